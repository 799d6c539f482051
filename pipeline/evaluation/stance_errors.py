"""Readable stance differences of one text, for ``bench stance --errors N``.

The figures say how much fails; a rule writer needs to see which claim and which pair.
Claims are placed with ``evaluate``'s kind-blind match (same sentence, overlapping cue or
content), so a denial found as a statement shows as a kind error rather than as one miss
and one extra; pairs are compared through the kind-aware match that the pair score uses.
Only development material is meant to be read this way: a held half is scored, not read.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .scoring.claims import (
    claim_anchor,
    kindless_key,
    match_claims,
    speaker_correct,
)
from .scoring.matching import SentenceLocator, match_in_sentences

Record = Mapping[str, Any]


def _text(span: Any, width: int = 70) -> str:
    text = span.get("text") if isinstance(span, Mapping) else None
    if not text:
        return "-"
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 3] + "..."


def _describe(claim: Record) -> str:
    speaker = claim.get("speaker") if isinstance(claim.get("speaker"), Mapping) else {}
    actor = speaker.get("actor") or (claim.get("resolved_speaker") or {}).get("actor")
    target = f" target={claim.get('target')}" if claim.get("kind") == "accusation" else ""
    return (f"{claim.get('kind')} [{_text(speaker, 30)}/{actor}] {_text(claim.get('cue'), 25)!r}"
            f"{target}: {_text(claim.get('content'))!r}")


def claim_errors(doc_id: str, pred: Record, gold: Record) -> list[str]:
    """Missed, extra, wrongly kinded, wrongly spoken or targeted claims, then missed and
    extra pairs, one line each."""
    locator = SentenceLocator(gold.get("sentences") or [])
    preds, golds = pred.get("claims") or [], gold.get("claims") or []
    placed = dict((gi, pi) for pi, gi in match_in_sentences(
        pred, gold, locator, "claims", claim_anchor, kindless_key))
    lines: list[str] = []
    for gi, g in enumerate(golds):
        pi = placed.get(gi)
        if pi is None:
            if not g.get("optional"):
                lines.append(f"{doc_id}: missed {_describe(g)}")
            continue
        p = preds[pi]
        wrong = []
        if p.get("kind") != g.get("kind"):
            wrong.append(f"kind {p.get('kind')}")
        elif g.get("kind") == "accusation" and p.get("target") != g.get("target"):
            wrong.append(f"target {p.get('target')}")
        if not speaker_correct(p, g):
            wrong.append(f"speaker {_text(p.get('speaker'), 30)}")
        if wrong:
            lines.append(f"{doc_id}: {', '.join(wrong)} for gold {_describe(g)}")
    for pi in sorted(set(range(len(preds))) - set(placed.values())):
        lines.append(f"{doc_id}: extra {_describe(preds[pi])}")
    lines.extend(_pair_errors(doc_id, pred, gold, locator))
    return lines


def _pair_errors(doc_id: str, pred: Record, gold: Record,
                 locator: SentenceLocator) -> list[str]:
    preds, golds = pred.get("claims") or [], gold.get("claims") or []
    to_gold = {str(preds[pi].get("id")): str(golds[gi].get("id"))
               for pi, gi in match_claims(pred, gold, locator)}
    by_gold = {str(c.get("id")): c for c in golds}
    by_pred = {str(c.get("id")): c for c in preds}
    gold_links = {(str(p.get("claim")), str(p.get("denial"))): bool(p.get("optional"))
                  for p in gold.get("pairs") or []}
    found = set()
    lines = []
    for pair in pred.get("pairs") or []:
        claim, denial = str(pair.get("claim")), str(pair.get("denial"))
        link = (to_gold.get(claim), to_gold.get(denial))
        if link in gold_links:
            found.add(link)
            continue
        lines.append(f"{doc_id}: extra pair {_text(by_pred.get(denial, {}).get('cue'), 25)!r}"
                     f" <- {_describe(by_pred.get(claim, {}))}")
    for (claim, denial), optional in sorted(gold_links.items()):
        if (claim, denial) not in found and not optional:
            lines.append(f"{doc_id}: missed pair {_describe(by_gold.get(denial, {}))}"
                         f" <- {_describe(by_gold.get(claim, {}))}")
    return lines
