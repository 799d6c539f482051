"""Pairs for a denier no dictionary codes, by its name (ANNOTATION.md, Pairs: the accused
now denying).

Why a module of its own: pairing by act matches parties by actor code, and an
organisation the actor dictionary lacks ("the RSF", "the ONLF") has none, so "The RSF
denied it" found no charge although the charge names the RSF as doer.  The record keeps
such a speaker uncoded (RECORDS.md: ``actor`` may be null); the name is the party.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

ARTICLES = ("the ", "The ")


def _name(claim: Mapping[str, Any]) -> str | None:
    """The denier's name when it is a proper name ("The RSF" -> "RSF"): every word
    capitalised, as written; None for "Authorities", "the group", a pronoun."""
    text = ((claim.get("speaker") or {}).get("text") or "").strip()
    for article in ARTICLES:
        if text.startswith(article):
            text = text[len(article):]
    words = text.split()
    if not words or len(words) > 5 or any(not w[:1].isupper() for w in words):
        return None
    if len(words) == 1 and not (text.isupper() and len(text) >= 2):
        return None  # one capitalised word may open a sentence ("Authorities", "Officials")
    return text


def pair_named_deniers(claims: list[dict[str, Any]], out: dict[tuple[str, str], dict[str, Any]],
                       codes: Mapping[str, str | None], reach: int) -> None:
    """A denial whose speaker is uncoded (``codes``: each claim's speaker code) and
    answers nothing yet is paired with every earlier accusation or claim within
    ``reach`` sentences whose content names it, as written, and whose speaker is not it."""
    answered = {denial for denial, _ in out}
    for i, denial in enumerate(claims):
        if denial["kind"] != "denial" or denial["id"] in answered or codes.get(denial["id"]):
            continue
        name = _name(denial)
        if name is None:
            continue
        named = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
        for claim in claims[:i]:
            content = (claim.get("content") or {}).get("text") or ""
            speaker = (claim.get("speaker") or {}).get("text") or ""
            if claim["kind"] not in ("accusation", "claim") or \
                    denial["sentence"] - claim["sentence"] > reach or \
                    not named.search(content) or named.search(speaker):
                continue
            out[(denial["id"], claim["id"])] = {
                "claim": claim["id"], "denial": denial["id"], "score": 1.0,
                "evidence": [f"denier-named-in-claim:{name}"]}
