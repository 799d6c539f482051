"""The DATE positions the event dating asks about, answered by bisection
(:mod:`pipeline.stages.events.timex_index`): the same answers as asking every key."""

from __future__ import annotations

import itertools

from pipeline.stages.events.timex_index import TimexIndex


def test_any_between_is_the_scan_of_every_key():
    index = TimexIndex()
    for i in (3, 4, 9, 15, 16, 17):
        index[i] = None  # the span itself plays no part in the question
    for low, high in itertools.product(range(-1, 20), repeat=2):
        assert index.any_between(low, high) == any(low <= i <= high for i in index)


def test_a_key_added_later_is_seen():
    index = TimexIndex()
    index[10] = None
    assert not index.any_between(0, 5)
    index[2] = None
    assert index.any_between(0, 5)
