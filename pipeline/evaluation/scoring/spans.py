"""Span layers: sentences, entities and timexes (TempEval-3 style).

Each ``tally_*`` counts one document; each ``metrics_*`` turns (summed) counts into
the named metrics that :mod:`pipeline.evaluation.evaluate` documents.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from .matching import Record, SortKey, greedy_match, overlap, span_of, trimmed_span
from .tally import DIGITS, Tally, accuracies, count_if, is_vacuous, prf

# ---------------------------------------------------------------- sentences


def tally_sentences(preds: Sequence[Record], golds: Sequence[Record]) -> Tally:
    """Exact boundary matches; a Counter intersection is one-to-one by construction."""
    pred_spans = Counter(span_of(s) for s in preds)
    gold_spans = Counter(span_of(s) for s in golds)
    pred_spans.pop(None, None)
    gold_spans.pop(None, None)
    tp = sum((pred_spans & gold_spans).values())
    return {"gold": len(golds), "pred": len(preds), "tp": tp}


def metrics_sentences(tally: Mapping[str, float]) -> dict[str, float]:
    """precision, recall, f1."""
    return prf(tally["tp"], tally["pred"], tally["gold"])


# ---------------------------------------------------------------- shared span matching


def _strict_key(pred: Record, gold: Record, trim_the: bool) -> SortKey | None:
    """Admissible when the (optionally "the "-trimmed) spans are identical."""
    span = trimmed_span if trim_the else span_of
    a, b = span(pred), span(gold)
    if a is None or a != b or not _same_label(pred, gold):
        return None
    return (0,)


def _relaxed_key(pred: Record, gold: Record) -> SortKey | None:
    """Admissible when the spans overlap; larger overlap first, then nearer starts."""
    a, b = span_of(pred), span_of(gold)
    shared = overlap(a, b)
    if not shared or not _same_label(pred, gold):
        return None
    assert a is not None and b is not None
    return (-shared, abs(a[0] - b[0]) + abs(a[1] - b[1]))


def _same_label(pred: Record, gold: Record) -> bool:
    """Entities must agree on the label; timexes have none (type is scored separately)."""
    return pred.get("label") == gold.get("label")


# ---------------------------------------------------------------- entities


def _actor_field(record: Record, field: str) -> Any:
    """``actor.code`` or ``actor.sector``; a null actor has null code and sector."""
    actor = record.get("actor")
    return actor.get(field) if isinstance(actor, Mapping) else None


def _span_tally(
    preds: Sequence[Record], golds: Sequence[Record], trim_the: bool
) -> tuple[Tally, list[tuple[int, int]]]:
    """Counts of strict (exact) and relaxed (overlap) matches, and the relaxed pairs on
    which a layer's attributes are compared."""
    strict = greedy_match(preds, golds, lambda p, g: _strict_key(p, g, trim_the=trim_the))
    relaxed = greedy_match(preds, golds, _relaxed_key)
    tally: Tally = {
        "gold": len(golds),
        "pred": len(preds),
        "strict_tp": len(strict),
        "relaxed_tp": len(relaxed),
    }
    return tally, relaxed


def _span_metrics(tally: Mapping[str, float]) -> dict[str, float]:
    out = prf(tally["strict_tp"], tally["pred"], tally["gold"], "strict_")
    out.update(prf(tally["relaxed_tp"], tally["pred"], tally["gold"], "relaxed_"))
    return out


def tally_entities(preds: Sequence[Record], golds: Sequence[Record]) -> Tally:
    """Strict and relaxed matches; actor code and sector agreement on relaxed matches."""
    tally, relaxed = _span_tally(preds, golds, trim_the=True)
    tally.update({"actor_correct": 0, "sector_correct": 0})
    for pi, gi in relaxed:
        for field, name in (("code", "actor_correct"), ("sector", "sector_correct")):
            same = _actor_field(preds[pi], field) == _actor_field(golds[gi], field)
            tally[name] += count_if(same)
    return tally


def metrics_entities(tally: Mapping[str, float]) -> dict[str, float]:
    """strict_* and relaxed_* P/R/F1, actor_accuracy, sector_accuracy."""
    out = _span_metrics(tally)
    out.update(accuracies(tally, ("actor", "sector"), "relaxed_tp"))
    return out


# ---------------------------------------------------------------- timexes

TIMEX_ATTRIBUTES = ("type", "value", "mod")


def tally_timexes(preds: Sequence[Record], golds: Sequence[Record]) -> Tally:
    """Strict (exact) and relaxed (overlap) matches; attributes compared on relaxed ones."""
    tally, relaxed = _span_tally(preds, golds, trim_the=False)
    for name in TIMEX_ATTRIBUTES:
        tally[f"{name}_correct"] = sum(
            count_if(preds[pi].get(name) == golds[gi].get(name)) for pi, gi in relaxed
        )
    return tally


def metrics_timexes(tally: Mapping[str, float]) -> dict[str, float]:
    """strict_*/relaxed_* P/R/F1; type/value/mod accuracy; type_f1 and value_f1.

    TempEval-3 defines attribute F1 as relaxed F1 x attribute accuracy.
    """
    out = _span_metrics(tally)
    out.update(accuracies(tally, TIMEX_ATTRIBUTES, "relaxed_tp"))
    for name in ("type", "value"):
        product = out["relaxed_f1"] * out[f"{name}_accuracy"]
        out[f"{name}_f1"] = 1.0 if is_vacuous(tally) else round(product, DIGITS)
    return out
