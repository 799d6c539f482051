"""Charges that name no accused, answered by whoever denies their act (ANNOTATION.md,
Pairs: by content, the same act).

Why a module of its own: pairing by act (:mod:`.pairs`) finds a charge through its
accused (``target``), and a charge that names none ("the army said gunmen crossed the
line", "cartel gunmen killed six soldiers", "the militia is targeting civilians": an
unidentified or uncoded doer) has no accused to find, though the party that later
denies the act answers it.  Such a charge is answered by a denial told after it that
speaks of the same act: a content word in common with the denial or with a charge the
denial answers ("denied any part in the ambush" ... "killed six soldiers in an
ambush"; "denied targeting clinics" ... "the militia is targeting civilians").  An
event family alone is too weak a sign here: with no accused to narrow it, every
charge of force in a war report would answer every denial of force.  A charge told
after the denial is not what was denied, as for contested claims.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .rules import StanceRules
from .speaking import speaker_code


def pair_unnamed(claims: list[dict[str, Any]], out: dict[tuple[str, str], dict[str, Any]],
                 keys: Mapping[str, frozenset[str]], rules: StanceRules) -> None:
    """Add to ``out`` ((denial id, claim id) -> pair) a pair for every denial and earlier
    charge of a kind in ``rules.unnamed_kinds`` that names no accused and shares a
    content word (``keys``, :func:`.pairs.content_keys`) with the denial or a charge it
    answers, within ``rules.pair_reach`` sentences, unless the denier made it."""
    unnamed = [c for c in claims if c.get("kind") in rules.unnamed_kinds
               and not c.get("target")]
    if not unnamed:
        return
    answered: dict[str, list[str]] = {}
    for denial_id, claim_id in out:
        answered.setdefault(denial_id, []).append(claim_id)
    # the charges by sentence: a denial reads only those within reach, in their order
    # (every charge for each denial was quadratic on long articles)
    by_sentence: dict[int, list[int]] = {}
    for pos, claim in enumerate(unnamed):
        by_sentence.setdefault(claim["sentence"], []).append(pos)
    for denial in claims:
        if denial["kind"] != "denial":
            continue
        words = keys.get(denial["id"], frozenset()).union(
            *(keys.get(c, frozenset()) for c in answered.get(denial["id"], [])))
        near = sorted(pos for s in range(denial["sentence"] - rules.pair_reach,
                                         denial["sentence"] + 1)
                      for pos in by_sentence.get(s, ()))
        for claim in map(unnamed.__getitem__, near):
            if claim is denial or (denial["id"], claim["id"]) in out or \
                    not 0 <= denial["sentence"] - claim["sentence"] <= rules.pair_reach or \
                    (speaker_code(claim) and speaker_code(claim) == speaker_code(denial)):
                continue
            shared = sorted(words & keys.get(claim["id"], frozenset()))
            if shared:
                out[(denial["id"], claim["id"])] = {
                    "claim": claim["id"], "denial": denial["id"], "score": 1.0,
                    "evidence": ["unnamed-accused", *(f"same-word:{w}" for w in shared[:3])]}
