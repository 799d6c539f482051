"""Read the claim lexicons (``configs/claims/*.json``, and the shared verbs of saying,
accusing and denying in ``configs/lexicon``) into one frozen object.

Every word a rule looks at lives in those files, so a new reporting verb or denial
phrase is a data change, never a code change.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ...config import DEFAULT_CONFIG_DIR
from ..wordclasses import shared_class, shared_classes

DEFAULT_LEXICON_DIR = DEFAULT_CONFIG_DIR / "claims"


def _read(folder: Path, name: str) -> dict[str, Any]:
    path = folder / name
    if not path.exists():
        raise FileNotFoundError(f"claims lexicon file missing: {path}")
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def _words(items: Any) -> frozenset[str]:
    return frozenset(str(w).lower() for w in items or [])


@dataclass(frozen=True)
class Lexicon:
    """All claim word lists; sets hold lower-case lemmas or phrases."""

    verb_kind: dict[str, str]
    object_content: frozenset[str]
    accusation_of: frozenset[str]
    accusation_for: frozenset[str]
    deem_verbs: frozenset[str]
    deem_adjectives: frozenset[str]
    light_verbs: frozenset[str]
    light_nouns: frozenset[str]
    call_denial: frozenset[str]
    denial_needs_claim_object: frozenset[str]
    noun_kind: dict[str, str]
    agent_preps: frozenset[str]
    content_preps: frozenset[str]
    anaphoric: frozenset[str]
    anaphoric_determiners: frozenset[str]
    media_heads: frozenset[str]
    media_ambiguous: frozenset[str]
    evidence_nouns: frozenset[str]
    blame_lemmas: frozenset[str]
    own_possessives: frozenset[str]
    person_roles: frozenset[str]
    denial_adjectives: frozenset[str]
    denial_phrases: tuple[str, ...]
    claim_nouns: frozenset[str]
    hostile_event_types: frozenset[str]
    hostile_lemmas: frozenset[str]
    claim_when_accused: bool
    pairing: dict[str, Any]
    quote_open: frozenset[str]
    quote_close: frozenset[str]
    quote_toggle: frozenset[str]
    run_on_window: int
    min_quote_tokens: int
    reset_at_blank_line: bool
    pronouns: dict[str, frozenset[str]] = field(default_factory=dict)
    person_labels: frozenset[str] = frozenset({"PERSON"})
    max_back_sentences: int = 6
    raised_passive: dict[str, str] = field(default_factory=dict)
    factive_cues: frozenset[str] = frozenset()

    def verb_kind_of(self, key: str) -> str | None:
        return self.verb_kind.get(key)

    @property
    def strong_cues(self) -> frozenset[str]:
        """Verbs whose clause is a claim of its own even inside another claim's content."""
        return frozenset(k for k, v in self.verb_kind.items() if v in ("accusation", "denial"))


@lru_cache(maxsize=8)
def load_lexicon(folder: str | Path = DEFAULT_LEXICON_DIR) -> Lexicon:
    """Load the lexicon folder; cached because every document asks for it."""
    root = Path(folder or DEFAULT_LEXICON_DIR)
    verbs = _read(root, "verbs.json")
    nouns = _read(root, "nouns.json")
    denial = _read(root, "denial.json")
    hostility = _read(root, "hostility.json")
    pairing = _read(root, "pairing.json")
    quotes = _read(root, "quotes.json")
    speakers = _read(root, "speakers.json")
    verb_kind: dict[str, str] = {}
    # the verbs of each kind are the shared classes (configs/lexicon/speech.json); later
    # kinds win: a verb listed as both statement and denial is a denial
    shared = root.parent / "lexicon" if (root.parent / "lexicon").is_dir() else None
    by_kind = {kind: shared_class(f"{kind}_verbs", *([shared] if shared else []))
               for kind in ("accusation", "denial")}
    speech = shared_classes(*([str(shared)] if shared else [])).get("speech_verbs", {})
    for kind in ("statement", "claim", "report"):
        by_kind[kind] = list(speech.get(kind, []))
    for kind in ("statement", "claim", "report", "accusation", "denial"):
        for word in by_kind[kind]:
            verb_kind[word.lower()] = kind
    noun_kind: dict[str, str] = {}
    for kind, words in nouns.get("attribution", {}).items():
        for word in words:
            noun_kind.setdefault(word.lower(), kind)
    deem = verbs.get("deem_responsible", {})
    light = verbs.get("light_accusation", {})
    return Lexicon(
        verb_kind=verb_kind,
        object_content=_words(verbs.get("object_content")),
        accusation_of=_words(verbs.get("accusation_of")),
        accusation_for=_words(verbs.get("accusation_for")),
        deem_verbs=_words(deem.get("verbs")),
        deem_adjectives=_words(deem.get("adjectives")),
        light_verbs=_words(light.get("verbs")),
        light_nouns=_words(light.get("nouns")),
        call_denial=_words(verbs.get("call_denial")),
        denial_needs_claim_object=_words(verbs.get("denial_needs_claim_object")),
        noun_kind=noun_kind,
        agent_preps=_words(nouns.get("agent_preps")),
        content_preps=_words(nouns.get("content_preps")),
        anaphoric=_words(nouns.get("anaphoric")),
        anaphoric_determiners=_words(nouns.get("anaphoric_determiners")),
        media_heads=_words(nouns.get("media_heads")),
        media_ambiguous=_words(nouns.get("media_ambiguous")),
        evidence_nouns=_words(denial.get("evidence_nouns")),
        blame_lemmas=_words(hostility.get("blame_lemmas")),
        own_possessives=_words(speakers.get("own_possessives")),
        person_roles=_words(speakers.get("person_roles")),
        denial_adjectives=_words(denial.get("adjectives")),
        denial_phrases=tuple(p.lower() for p in denial.get("phrases", [])),
        claim_nouns=_words(denial.get("claim_nouns")),
        hostile_event_types=frozenset(hostility.get("event_types", [])),
        hostile_lemmas=_words(hostility.get("lemmas")),
        claim_when_accused=bool(hostility.get("claim_when_accused", True)),
        pairing=pairing,
        quote_open=frozenset(quotes.get("open", [])),
        quote_close=frozenset(quotes.get("close", [])),
        quote_toggle=frozenset(quotes.get("toggle", [])),
        run_on_window=int(quotes.get("run_on_window", 2)),
        min_quote_tokens=int(quotes.get("min_quote_tokens", 3)),
        reset_at_blank_line=bool(quotes.get("reset_at_blank_line", True)),
        pronouns={
            key: _words(speakers.get(key))
            for key in ("person", "thing", "plural", "first_person")
        },
        person_labels=frozenset(speakers.get("person_labels", ["PERSON"])),
        max_back_sentences=int(speakers.get("max_back_sentences", 6)),
        raised_passive={k.lower(): str(v) for k, v in verbs.get("raised_passive", {}).items()
                        if not k.startswith("_")},
        factive_cues=_words(verbs.get("factive")),
    )
