"""Denial -> claim pairs by the same act, many to many (ANNOTATION.md, Pairs).

A denial answers every accusation or claim in the article about the act it denies, not
only the nearest one: the accused now denying.  The test is the same inside an article
and across articles (:mod:`pipeline.stages.claims.across`): the claim's accused is the
denier's side, and where both contents tell events, they share a family of acts
(force, supply, speech ...) — Russia denying arms deliveries does not answer a charge
of shelling.  The claims stage's evidence pairs (a denial's "these allegations" pointing
back) are kept beside these.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from .rules import StanceRules


def speaker_code(claim: Mapping[str, Any]) -> str | None:
    speaker = claim.get("speaker") or {}
    resolved = claim.get("resolved_speaker") or {}
    return speaker.get("actor") or resolved.get("actor")


def families(claim: Mapping[str, Any], events: Mapping[str, Mapping[str, Any]],
             rules: StanceRules) -> set[str]:
    """Families of the non-speech events a claim tells (its ``events`` ids)."""
    out = set()
    for event_id in claim.get("events") or []:
        event = events.get(event_id)
        if event is None or event.get("type") in rules.reported_exempt_types:
            continue
        family = rules.family(event.get("type"))
        if family:
            out.add(family)
    return out


def same_act(denial: Mapping[str, Any], claim: Mapping[str, Any],
             denial_families: set[str], claim_families: set[str],
             rules: StanceRules) -> list[str] | None:
    """Evidence that ``denial`` answers ``claim``, or None: the claim accuses the denier
    (its target), and the acts told, where both tell one, are of one family."""
    denier = speaker_code(denial)
    if not denier or claim.get("kind") not in rules.pair_kinds:
        return None
    if speaker_code(claim) == denier or claim.get("target") != denier:
        return None
    if denial_families and claim_families and not denial_families & claim_families:
        return None
    shared = sorted(denial_families & claim_families)
    return [f"denier-is-target:{denier}"] + [f"same-family:{f}" for f in shared]


def pair_by_act(claims: list[dict[str, Any]], events: Iterable[Mapping[str, Any]],
                kept: list[dict[str, Any]], rules: StanceRules) -> list[dict[str, Any]]:
    """``kept`` pairs whose denial is still a denial, plus a pair for every denial and
    claim of the same act, in claim order; a pair found both ways keeps both evidences."""
    by_id = {c["id"]: c for c in claims}
    by_event = {e["id"]: e for e in events if e.get("id")}
    fams = {c["id"]: families(c, by_event, rules) for c in claims}
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for pair in kept:
        denial = by_id.get(pair["denial"])
        if denial is not None and denial["kind"] == "denial" and pair["claim"] in by_id:
            out[(pair["denial"], pair["claim"])] = dict(pair)
    for denial in claims:
        if denial["kind"] != "denial":
            continue
        for claim in claims:
            if claim is denial:
                continue
            evidence = same_act(denial, claim, fams[denial["id"]], fams[claim["id"]], rules)
            if evidence is None:
                continue
            found = out.setdefault((denial["id"], claim["id"]), {
                "claim": claim["id"], "denial": denial["id"], "score": 1.0, "evidence": []})
            found["evidence"] = list(dict.fromkeys([*found["evidence"], *evidence]))
    order = {c["id"]: i for i, c in enumerate(claims)}
    return sorted(out.values(), key=lambda p: (order[p["denial"]], order[p["claim"]]))
