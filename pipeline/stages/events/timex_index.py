"""Which tokens of a Doc lie inside a DATE timex, for dating events.

A dict from token index to the DATE span covering it, plus the question the dating asks
of every event head: is any such token between two positions?  Asked of the dict's keys
one by one, that question cost the number of timexes per event, so long articles went
quadratic (``bench long``); a sorted list of the positions answers it by bisection.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Span


class TimexIndex(dict[int, Span]):
    """Token index -> DATE timex span covering it."""

    _sorted: list[int] | None = None

    def __setitem__(self, key: int, value: Span) -> None:
        self._sorted = None
        super().__setitem__(key, value)

    def any_between(self, low: int, high: int) -> bool:
        """Whether a token from ``low`` to ``high`` (both included) is inside a DATE."""
        if self._sorted is None:
            self._sorted = sorted(self)
        at = bisect_left(self._sorted, low)
        return at < len(self._sorted) and self._sorted[at] <= high
