"""Events: matching on (gold sentence, type, trigger), then attributes of matched pairs.

Optional gold events are matched like any other, then dropped from precision and
recall: finding one is no false alarm, missing one is no miss.  Attribute scores
(participants, direction, polarity, ...) are taken over *all* matched pairs, optional
ones included, because an optional event's attributes are still gold.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from .matching import (
    Record,
    SentenceLocator,
    SortKey,
    match_in_sentences,
    overlap,
    same_sentence_and,
    sentence_start,
    span_of,
    strip_the,
)
from .tally import Tally, accuracies, count_if, is_vacuous, prf

FAR = 10**9
"""Trigger distance used when a trigger is missing (sorts after every real distance)."""


def event_anchor(event: Record, sentences: Sequence[Record]) -> int | None:
    """Offset that places an event in a sentence: its trigger start, else its sentence's."""
    trigger = span_of(event.get("trigger"))
    if trigger is not None:
        return trigger[0]
    return sentence_start(sentences, event.get("sentence"))


def _codes(event: Record, side: str) -> set[str]:
    """Actor codes of one side as a set (order and duplicates carry no meaning)."""
    return {str(code) for code in event.get(side) or [] if code is not None}


def direction_correct(pred: Record, gold: Record) -> bool:
    """Who acted on whom is right.

    Correct when no gold actor is predicted as a recipient, no gold recipient as an
    actor, and each side gold fills overlaps the same predicted side.  Codes that gold
    puts on both sides are not held against either side.
    """
    g_act, g_rec = _codes(gold, "actors"), _codes(gold, "recipients")
    p_act, p_rec = _codes(pred, "actors"), _codes(pred, "recipients")
    only_act, only_rec = g_act - g_rec, g_rec - g_act
    if only_act & p_rec or only_rec & p_act:
        return False
    if g_act and not g_act & p_act:
        return False
    return not (g_rec and not g_rec & p_rec)


def _norm_location(value: Any) -> str | None:
    """Location text compared without case and a leading "the "."""
    return None if value is None else (strip_the(str(value)) or "").lower()


ATTRIBUTES: dict[str, Callable[[Record, Record], bool]] = {
    "direction": direction_correct,
    "polarity": lambda p, g: p.get("polarity") == g.get("polarity"),
    "modality": lambda p, g: p.get("modality") == g.get("modality"),
    "date": lambda p, g: p.get("date") == g.get("date"),
    "mode": lambda p, g: p.get("mode") == g.get("mode"),
    "cameo": lambda p, g: p.get("cameo") == g.get("cameo"),
    "context": lambda p, g: set(p.get("context") or []) == set(g.get("context") or []),
    "location": lambda p, g: _norm_location(p.get("location")) == _norm_location(g.get("location")),
}
"""Per-pair checks; each yields ``{name}_accuracy``."""

SIDES = {
    "participant": ("actors", "recipients"),
    "actor": ("actors",),
    "recipient": ("recipients",),
}
"""Code sets compared as sets; each yields ``{name}_precision/recall/f1``."""


def _match_key(
    locate: Callable[[Record, bool], int | None],
) -> Callable[[Record, Record], SortKey | None]:
    """Same gold sentence and type; overlapping triggers first, required gold first."""

    def key(pred: Record, gold: Record) -> SortKey | None:
        if not same_sentence_and(locate, pred, gold, "type"):
            return None
        p_trig, g_trig = span_of(pred.get("trigger")), span_of(gold.get("trigger"))
        shared = overlap(p_trig, g_trig)
        distance = abs(p_trig[0] - g_trig[0]) if p_trig and g_trig else FAR
        return (0 if shared else 1, count_if(bool(gold.get("optional"))), -shared, distance)

    return key


def match_events(
    pred_doc: Mapping[str, Any], gold_doc: Mapping[str, Any], locator: SentenceLocator
) -> list[tuple[int, int]]:
    """One-to-one ``(pred_index, gold_index)`` event matches."""
    return match_in_sentences(pred_doc, gold_doc, locator, "events", event_anchor, _match_key)


def tally_events(
    pred_doc: Mapping[str, Any], gold_doc: Mapping[str, Any], locator: SentenceLocator
) -> Tally:
    """Counts for event P/R/F1 and for the attributes of matched pairs."""
    preds, golds = pred_doc.get("events") or [], gold_doc.get("events") or []
    pairs = match_events(pred_doc, gold_doc, locator)
    optional_matched = sum(count_if(bool(golds[gi].get("optional"))) for _, gi in pairs)
    n_optional = sum(count_if(bool(g.get("optional"))) for g in golds)
    tally: Tally = {
        "gold": len(golds) - n_optional,
        "gold_optional": n_optional,
        "pred": len(preds),
        "matched": len(pairs),
        "optional_matched": optional_matched,
        "tp": len(pairs) - optional_matched,
    }
    for name, check in ATTRIBUTES.items():
        tally[f"{name}_correct"] = sum(count_if(check(preds[pi], golds[gi])) for pi, gi in pairs)
    for name, sides in SIDES.items():
        _tally_codes(tally, name, sides, [(preds[pi], golds[gi]) for pi, gi in pairs])
    return tally


def _tally_codes(
    tally: Tally, name: str, sides: tuple[str, ...], pairs: list[tuple[Record, Record]]
) -> None:
    """Micro counts of code-set agreement over matched pairs."""
    tp = n_pred = n_gold = 0
    for pred, gold in pairs:
        p_codes = set().union(*(_codes(pred, side) for side in sides))
        g_codes = set().union(*(_codes(gold, side) for side in sides))
        tp += len(p_codes & g_codes)
        n_pred += len(p_codes)
        n_gold += len(g_codes)
    tally[f"{name}_tp"], tally[f"{name}_pred"], tally[f"{name}_gold"] = tp, n_pred, n_gold


def metrics_events(tally: Mapping[str, float]) -> dict[str, float]:
    """precision/recall/f1; participant_*, actor_*, recipient_* P/R/F1; *_accuracy."""
    out = prf(tally["tp"], tally["pred"] - tally["optional_matched"], tally["gold"])
    layer_empty = is_vacuous(tally)
    for name in SIDES:
        n_pred, n_gold = tally[f"{name}_pred"], tally[f"{name}_gold"]
        vacuous = not n_pred and not n_gold and (layer_empty or tally["matched"] > 0)
        out.update(prf(tally[f"{name}_tp"], n_pred, n_gold, f"{name}_", vacuous=vacuous))
    out.update(accuracies(tally, ATTRIBUTES, "matched"))
    return out
