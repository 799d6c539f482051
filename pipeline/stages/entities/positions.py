"""Spans found by the tokens they cover.

Merging entity sources asks, for every dictionary name or pattern match, which spans
already chosen overlap it.  Comparing each with every chosen span is quadratic in the
length of the article (a 3 MB transcript has tens of thousands of names); looking the
clashes up token by token costs only the length of the spans involved.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Span


class SpanIndex:
    """Non-empty spans in insertion order, with an index from token to the spans over it.

    Keys are insertion numbers, so :meth:`spans` gives the spans in the order they were
    added (removals keep the others' order), as a list rebuilt on every change would.
    """

    def __init__(self, spans: list[Span] | None = None) -> None:
        self._spans: dict[int, Span] = {}
        self._at: dict[int, set[int]] = {}
        self._next = 0
        for span in spans or ():
            self.add(span)

    def add(self, span: Span) -> int:
        key = self._next
        self._next += 1
        self._spans[key] = span
        for i in range(span.start, span.end):
            self._at.setdefault(i, set()).add(key)
        return key

    def remove(self, key: int) -> None:
        span = self._spans.pop(key)
        for i in range(span.start, span.end):
            self._at[i].discard(key)

    def span(self, key: int) -> Span:
        return self._spans[key]

    def overlapping(self, span: Span) -> list[int]:
        """Keys of the spans sharing at least one token with ``span``, in insertion order."""
        keys: set[int] = set()
        for i in range(span.start, span.end):
            keys.update(self._at.get(i, ()))
        return sorted(keys)

    def spans(self) -> list[Span]:
        return list(self._spans.values())


def coordinated_names(span: Span, names: list[Span]) -> bool:
    """Is ``span`` only names joined by "and" or commas ("Amnesty International and Human
    Rights Watch")?  Then it is those names, not one name that embeds them.  ``names``:
    non-overlapping name spans, in order."""
    # (names are in order: a bisection finds the first inside, so a long article costs
    # no scan of every name per span)
    inner = []
    for k in range(bisect_left(names, span.start, key=lambda n: n.start), len(names)):
        if names[k].start >= span.end:
            break
        if names[k].end <= span.end:
            inner.append(names[k])
    if len(inner) < 2:
        return False
    covered = {i for n in inner for i in range(n.start, n.end)}
    return all(span.doc[i].pos_ == "CCONJ" or span.doc[i].text == ","
               for i in range(span.start, span.end) if i not in covered)
