"""Helpers shared by the claim tests that run short sentences written for the tests."""

from __future__ import annotations

from spacy.tokens import Doc


def claim_at(doc: Doc, *cues: str) -> dict:
    """The one claim whose cue text starts with one of ``cues`` (case ignored)."""
    found = [c for c in doc._.claims
             if (c.get("cue") or {}).get("text", "").lower().startswith(cues)]
    assert len(found) == 1, doc._.claims
    return found[0]
