"""Who did what to whom on sentence benchmarks: participants and direction.

PLOVER's JSONL (and the written benchmarks in its format) give each expected event a
``source`` and a ``target`` list of ``{code, text}``.  With no trigger offsets, an
expected event is paired with a predicted event of the same type in the same text;
when a text holds several events of one type, the pairs that share most codes are taken
first (ties keep text order), so a right answer is never scored against the wrong act.
On the pairs, as ``evaluate`` scores the corpus: participant P/R/F1 over the code sets
(actors + recipients against source + target) and direction accuracy (actors against
source, recipients against target, :func:`~.scoring.events.direction_correct`).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from .scoring.events import direction_correct
from .scoring.matching import greedy_match

Record = dict[str, Any]


def has_arguments(expected: list[Record]) -> bool:
    """The item marks participants (PLOVER ``source``/``target`` lists)."""
    return any("source" in e or "target" in e for e in expected)


def as_gold(expected: Record) -> Record:
    """An expected PLOVER event as an event record (``actors``/``recipients`` codes)."""

    def codes(side: str) -> list[str]:
        return [str(a["code"]) for a in expected.get(side) or [] if a.get("code")]

    return {"type": expected.get("code"), "actors": codes("source"),
            "recipients": codes("target")}


def _codes(event: Record) -> set[str]:
    return {str(c) for side in ("actors", "recipients") for c in event.get(side) or [] if c}


def pair_by_type(preds: list[Record], golds: list[Record]) -> list[tuple[int, int]]:
    """One-to-one (pred, gold) pairs of the same type, most shared codes first."""

    def key(pred: Record, gold: Record) -> tuple[int] | None:
        if pred.get("type") != gold.get("type"):
            return None
        return (-len(_codes(pred) & _codes(gold)),)

    return greedy_match(preds, golds, key)


def score_item(item_id: str, preds: list[Record], expected: list[Record],
               counts: Counter[str], errors: list[Record]) -> None:
    """Add one item's participant and direction counts; note its argument errors."""
    golds = [as_gold(e) for e in expected]
    for pi, gi in pair_by_type(preds, golds):
        pred, gold = preds[pi], golds[gi]
        if not tally_pair(pred, gold, counts):
            errors.append({"id": item_id, "type": gold["type"],
                           "expected": [gold["actors"], gold["recipients"]],
                           "predicted": [list(pred.get("actors") or []),
                                         list(pred.get("recipients") or [])],
                           "trigger": (pred.get("trigger") or {}).get("text")})


def tally_pair(pred: Record, gold: Record, counts: Counter[str]) -> bool:
    """Add one matched pair's participant and direction counts; True when both are right."""
    p_codes, g_codes = _codes(pred), _codes(gold)
    counts["participant_tp"] += len(p_codes & g_codes)
    counts["participant_pred"] += len(p_codes)
    counts["participant_gold"] += len(g_codes)
    counts["pairs"] += 1
    right = direction_correct(pred, gold)
    counts["direction_correct"] += int(right)
    return right and p_codes == g_codes


def summary(counts: Counter[str]) -> dict[str, Any] | None:
    """Participant P/R/F1 and direction accuracy, or None when no item marked arguments."""
    if not counts.get("items"):
        return None
    tp, n_pred, n_gold = (counts["participant_tp"], counts["participant_pred"],
                          counts["participant_gold"])
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    pairs = counts["pairs"]
    return {"items": counts["items"], "pairs": pairs,
            "participant": {"precision": round(p, 4), "recall": round(r, 4),
                            "f1": round(f, 4), "tp": tp, "pred": n_pred, "gold": n_gold},
            "direction": round(counts["direction_correct"] / pairs, 4) if pairs else 0.0}


def format_arguments(args: dict[str, Any]) -> list[str]:
    """Report lines for :func:`summary`."""
    p = args["participant"]
    return [f"arguments on {args['pairs']} type-matched events ({args['items']} texts): "
            f"participant P={p['precision']:.3f} R={p['recall']:.3f} F1={p['f1']:.3f}  "
            f"direction={args['direction']:.3f}"]


def format_errors(errors: list[Record], limit: int | None) -> list[str]:
    """One line per argument error: expected and predicted actors -> recipients."""

    def side(pair: list[list[str]]) -> str:
        return f"{','.join(sorted(pair[0])) or '-'} -> {','.join(sorted(pair[1])) or '-'}"

    shown = errors[:limit] if limit else errors
    return [f"  {e['id']} {e['type']} ({e['trigger']}): expected {side(e['expected'])}; "
            f"predicted {side(e['predicted'])}" for e in shown]
