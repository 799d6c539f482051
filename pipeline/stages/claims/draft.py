"""The working form of a claim while the stage runs, before it becomes a plain record."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Token

from ...schema import ClaimRecord, SpanRef


@dataclass
class Draft:
    """One claim under construction.

    Tokens are kept beside the spans because later steps (kinds, pronouns, pairing)
    reason over the parse, while the record holds only offsets and text.
    """

    sentence: int
    kind: str
    rule: str
    cue: SpanRef | None = None
    cue_token: Token | None = None
    speaker: dict[str, Any] | None = None
    speaker_token: Token | None = None
    content: SpanRef | None = None
    content_tokens: list[Token] = field(default_factory=list)
    content_head: Token | None = None
    target: str | None = None
    resolved_speaker: dict[str, Any] | None = None
    relative: bool = False
    events: list[str] = field(default_factory=list)
    id: str = ""

    @property
    def anchor(self) -> int:
        """Where the claim sits in the text, for ordering and distance."""
        for ref in (self.cue, self.content, self.speaker):
            if ref:
                return int(ref["start"])
        return 0

    @property
    def speaker_code(self) -> str | None:
        if self.speaker and self.speaker.get("actor"):
            return self.speaker["actor"]
        if self.resolved_speaker and self.resolved_speaker.get("actor"):
            return self.resolved_speaker["actor"]
        return None

    def record(self) -> ClaimRecord:
        return {
            "id": self.id,
            "sentence": self.sentence,
            "kind": self.kind,
            "speaker": _public(self.speaker),
            "resolved_speaker": dict(self.resolved_speaker) if self.resolved_speaker else None,
            "cue": dict(self.cue) if self.cue else None,  # type: ignore[typeddict-item]
            "content": dict(self.content) if self.content else None,  # type: ignore[typeddict-item]
            "target": self.target,
            "events": list(self.events),
            "rule": self.rule,
        }


def _public(ref: dict[str, Any] | None) -> dict[str, Any] | None:
    """A speaker without the stage's private helper keys (``_sector``)."""
    if not ref:
        return None
    return {k: v for k, v in ref.items() if not k.startswith("_")}
