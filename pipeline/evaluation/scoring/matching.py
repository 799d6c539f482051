"""One-to-one matching of predicted items with gold items, and span helpers.

Matching is greedy best-first: every admissible (pred, gold) pair gets a sort key,
pairs are taken in key order while both sides are still free.  Keys end with the
gold and pred positions, so equal candidates always resolve the same way and the
output is deterministic.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Mapping, Sequence
from typing import Any

Record = Mapping[str, Any]
SortKey = tuple[Any, ...]
Scorer = Callable[[Record, Record], "SortKey | None"]


def greedy_match(
    preds: Sequence[Record], golds: Sequence[Record], key: Scorer
) -> list[tuple[int, int]]:
    """Pairs ``(pred_index, gold_index)``; ``key`` returns None for inadmissible pairs.

    Lower keys are better.  The result is sorted by gold index.
    """
    candidates: list[tuple[SortKey, int, int]] = []
    for gi, gold in enumerate(golds):
        for pi, pred in enumerate(preds):
            k = key(pred, gold)
            if k is not None:
                candidates.append((k, gi, pi))
    candidates.sort()
    used_pred: set[int] = set()
    used_gold: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, gi, pi in candidates:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        pairs.append((pi, gi))
    return sorted(pairs, key=lambda pair: pair[1])


def span_of(record: Record | None) -> tuple[int, int] | None:
    """``(start, end)`` of a span-like record, or None when it has no usable offsets."""
    if not isinstance(record, Mapping):
        return None
    start, end = record.get("start"), record.get("end")
    if isinstance(start, int) and isinstance(end, int):
        return start, end
    return None


def overlap(a: tuple[int, int] | None, b: tuple[int, int] | None) -> int:
    """Characters shared by two spans (0 when either is missing or they are disjoint)."""
    if a is None or b is None:
        return 0
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def strip_the(text: str | None) -> str | None:
    """Text without a leading "the " (any case), so "the West" and "West" compare equal."""
    if text is None:
        return None
    text = text.strip()
    return text[4:] if text[:4].lower() == "the " else text


def trimmed_span(record: Record) -> tuple[int, int] | None:
    """A span's offsets with a leading "the " cut off, as strict entity matching wants."""
    span = span_of(record)
    if span is None:
        return None
    text = str(record.get("text") or "")
    start = span[0] + (4 if text[:4].lower() == "the " else 0)
    return start, span[1]


class SentenceLocator:
    """Maps a character offset to the index of the gold sentence that contains it.

    Sentence indices in predictions are not comparable with gold ones (the splits may
    differ), so every item is placed by an offset into the gold sentence list.  An
    offset in the whitespace between two sentences belongs to the earlier one.
    """

    def __init__(self, gold_sentences: Sequence[Record]) -> None:
        spans = sorted(s for s in (span_of(r) for r in gold_sentences) if s is not None)
        self._starts = [start for start, _ in spans]

    def index(self, offset: int | None) -> int | None:
        """Gold sentence index for ``offset``; None when the offset is unknown."""
        if offset is None:
            return None
        if not self._starts:
            return 0
        return max(bisect.bisect_right(self._starts, offset) - 1, 0)


def sentence_start(sentences: Sequence[Record], index: Any) -> int | None:
    """Start offset of ``sentences[index]`` (the fallback anchor for span-less items)."""
    if isinstance(index, int) and 0 <= index < len(sentences):
        span = span_of(sentences[index])
        return span[0] if span else None
    return None


def match_in_sentences(
    pred_doc: Mapping[str, Any],
    gold_doc: Mapping[str, Any],
    locator: SentenceLocator,
    layer: str,
    anchor: Callable[[Record, Sequence[Record]], int | None],
    make_key: Callable[[Callable[[Record, bool], int | None]], Callable[[Record, Record], Any]],
) -> list[tuple[int, int]]:
    """One-to-one matches of a layer whose items are compared within gold sentences.

    Each item is placed by ``anchor`` (an offset) in the gold sentence containing it, so
    predicted and gold sentence indices never need to agree.
    """
    pred_sents, gold_sents = pred_doc.get("sentences") or [], gold_doc.get("sentences") or []

    def locate(item: Record, is_pred: bool) -> int | None:
        return locator.index(anchor(item, pred_sents if is_pred else gold_sents))

    return greedy_match(pred_doc.get(layer) or [], gold_doc.get(layer) or [], make_key(locate))


def same_sentence_and(
    locate: Callable[[Record, bool], int | None], pred: Record, gold: Record, field: str
) -> bool:
    """Both items sit in the same gold sentence and agree on ``field`` (type, kind)."""
    sent = locate(pred, True)
    return sent is not None and sent == locate(gold, False) and pred.get(field) == gold.get(field)
