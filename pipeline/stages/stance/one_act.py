"""What a denial of one named charge answers (ANNOTATION.md, Pairs).

Why a module of its own: "denied the charge", "rejected this accusation" name one
charge — the one the claims stage pointed the denial back to — while the guide pairs a
denial, by content, with every claim of the same act.  So such a denial answers its
charge and the claims that retell that act, and no other charge against the denier: a
charge of the same broad family but of another incident ("seized boats", then "shot at
a ferry") is not what "the charge" names.  A claim retells the act when it shares an
event family and a content word with the charge, or with a claim already found to
retell it (a headline's "border shooting" retells "fired on positions" through "opened
fire across the border").  A plural reference ("the charges") sums up every charge.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def _retells(claim: Mapping[str, Any], other: Mapping[str, Any],
             fams: Mapping[str, set[str]], keys: Mapping[str, frozenset[str]]) -> bool:
    mine, theirs = fams[claim["id"]], fams[other["id"]]
    if mine and theirs and not mine & theirs:
        return False
    return bool(keys.get(claim["id"], frozenset()) & keys.get(other["id"], frozenset()))


def retold(named: list[dict[str, Any]], accepted: list[tuple[dict[str, Any], list[str]]],
           fams: Mapping[str, set[str]], keys: Mapping[str, frozenset[str]]
           ) -> list[tuple[dict[str, Any], list[str]]]:
    """Those of ``accepted`` (claim, evidence) that are the ``named`` charge or retell its
    act, directly or through one another."""
    found = list(named)
    ids = {c["id"] for c in found}
    grew = True
    while grew:
        grew = False
        for claim, _ in accepted:
            if claim["id"] not in ids and any(_retells(claim, f, fams, keys) for f in found):
                found.append(claim)
                ids.add(claim["id"])
                grew = True
    return [(claim, evidence) for claim, evidence in accepted if claim["id"] in ids]
