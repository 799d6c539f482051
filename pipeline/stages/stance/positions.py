"""Spans of a document's records looked up by character position.

Why: the stance pass asks, for every claim, which events lie inside its content or at its
cue. A scan of every event for every claim is quadratic and took most of a long
article's time; sorted starts and a bisect make each question cost what it returns.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from spacy.tokens import Doc
from spacy.tokens import Span as DocSpan

Span = Mapping[str, Any]


class SpanIndex:
    """Records (events, claim cues) by the start of one of their spans, in start order
    (ties in the given order)."""

    def __init__(self, records: Iterable[Any], span_of: str) -> None:
        placed = [(r[span_of]["start"], n, r) for n, r in enumerate(records)
                  if isinstance(r.get(span_of), Mapping) and "start" in r[span_of]]
        placed.sort(key=lambda item: (item[0], item[1]))
        self._starts = [start for start, _, _ in placed]
        self._records = [record for _, _, record in placed]
        self._span = span_of
        self._longest = max((r[span_of]["end"] - r[span_of]["start"] for r in self._records),
                            default=0)

    def starting_in(self, start: int, end: int) -> list[Any]:
        """Records whose span starts at ``start`` or later and before ``end``."""
        lo, hi = bisect_left(self._starts, start), bisect_left(self._starts, end)
        return self._records[lo:hi]

    def overlapping(self, span: Span) -> list[Any]:
        """Records whose span overlaps ``span`` (shares a character with it)."""
        near = self.starting_in(span["start"] - self._longest, span["end"])
        return [r for r in near if r[self._span]["end"] > span["start"]]


def content_spans(doc: Doc, claims: Iterable[dict[str, Any]]
                  ) -> Iterator[tuple[dict[str, Any], DocSpan]]:
    """Each claim with the Doc span of its content (claims without one are skipped)."""
    for claim in claims:
        content = claim.get("content")
        span = doc.char_span(content["start"], content["end"], alignment_mode="expand") \
            if content else None
        if span is not None:
            yield claim, span
