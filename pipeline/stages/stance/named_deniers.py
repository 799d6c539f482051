"""Pairs for a denier no dictionary codes, by its name (ANNOTATION.md, Pairs: the accused
now denying).

Why a module of its own: pairing by act matches parties by actor code, and an
organisation the actor dictionary lacks ("the RSF", "the ONLF") has none, so "The RSF
denied it" found no charge although the charge names the RSF as doer.  The record keeps
such a speaker uncoded (RECORDS.md: ``actor`` may be null); the name is the party.
The reverse too: a coded denier that a charge names as a party to the act without being
its first-named target (:func:`named_parties`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from typing import Any

from .rules import StanceRules
from .speaking import speaker_code

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


def named_parties(claims: list[dict[str, Any]], out: dict[tuple[str, str], dict[str, Any]],
                  fams: Mapping[str, set[str]], keys: Mapping[str, frozenset[str]],
                  named: Mapping[str, frozenset[str]], rules: StanceRules) -> None:
    """"Washington said North Korea had shipped shells to Russia" ... "Moscow denied
    buying any": a denier the accusation names as a party to the act (not its first-named
    target) answers it when the two tell one act (same family or a shared content word).
    Accusations are indexed by the parties they name, in sentence order, so each denial
    reads only those naming it within reach (not every accusation of a long transcript)."""
    by_code: dict[str, list[dict[str, Any]]] = {}
    for claim in claims:
        for code in sorted(named.get(claim["id"], ())):
            by_code.setdefault(code, []).append(claim)
    for denial in claims:
        code = speaker_code(denial)
        if denial["kind"] != "denial" or code not in by_code:
            continue
        own = keys.get(denial["id"], frozenset())
        listed = by_code[code]
        lo = bisect_left(listed, denial["sentence"] - rules.pair_reach,
                         key=lambda c: c["sentence"])
        hi = bisect_right(listed, denial["sentence"] + rules.pair_reach,
                          key=lambda c: c["sentence"])
        for claim in listed[lo:hi]:
            if code == claim.get("target") or speaker_code(claim) == code:
                continue
            if not (fams[denial["id"]] & fams[claim["id"]] or
                    own & keys.get(claim["id"], frozenset())):
                continue
            out.setdefault((denial["id"], claim["id"]), {
                "claim": claim["id"], "denial": denial["id"], "score": 1.0,
                "evidence": [f"denier-named-in-claim:{code}"]})
