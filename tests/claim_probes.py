"""Helpers shared by the claim tests that run short sentences written for the tests."""

from __future__ import annotations

from spacy.tokens import Doc


def claim_at(doc: Doc, *cues: str) -> dict:
    """The one claim whose cue text starts with one of ``cues`` (case ignored)."""
    found = [c for c in doc._.claims
             if (c.get("cue") or {}).get("text", "").lower().startswith(cues)]
    assert len(found) == 1, doc._.claims
    return found[0]


def pair_ids(doc: Doc) -> set[tuple[str, str]]:
    """The document's pairs as (denial id, claim id)."""
    return {(p["denial"], p["claim"]) for p in doc._.pairs}


def one_claim(doc: Doc, kind: str, **fields: object) -> dict:
    """The one claim of ``kind`` whose record has every value of ``fields``."""
    found = [c for c in doc._.claims if c["kind"] == kind
             and all(c.get(k) == v for k, v in fields.items())]
    assert len(found) == 1, doc._.claims
    return found[0]
