"""Which tokens of a Doc can be cue words: decided from hash ids, without Token objects.

A stage that looks for cue words (claims' reporting verbs and attribution nouns, events'
trigger lemmas) used to walk every token of every sentence, and each step made a spaCy
``Token`` (``doc[i]``) and read its strings: about a fifth of the project's stage time
on news, for tokens of which fewer than one in five can be a cue.  Here the lemma,
lower-case form and part of speech of every token come from one ``Doc.to_array`` call;
the stage's own test says once per distinct (lemma, form, part of speech) whether such
a token can be a cue at all, and only those tokens are ever made into ``Token``
objects.  The test must be a necessary condition of the stage's cue checks (it may let
through tokens the checks then reject, never the other way), so the stage finds the same
cues.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable
from itertools import compress
from typing import Any

import numpy
from spacy.attrs import LEMMA, LOWER, POS
from spacy.strings import StringStore
from spacy.tokens import Doc, Span

# distinct (lemma, form, part of speech) decisions kept; a long batch meets ever new words
MEMO_LIMIT = 50_000


class CueFilter:
    """Token positions that pass ``may_be_cue(*strings)``, per Doc: the strings of the
    token attributes ``attrs`` (default lemma, lower-case form and part of speech), the
    lemma lower-cased.  A test that reads fewer attributes names fewer: each distinct
    combination is decided once."""

    def __init__(self, may_be_cue: Callable[..., bool],
                 attrs: tuple[int, ...] = (LEMMA, LOWER, POS)) -> None:
        self.may_be_cue = may_be_cue
        self.attrs = attrs
        self._lower = tuple(a == LEMMA for a in attrs)
        self._memo: dict[Any, bool] = {}

    def _decide(self, key: Any, strings: StringStore) -> bool:
        ids = numpy.frombuffer(key, dtype=numpy.uint64).tolist() if isinstance(key, bytes) \
            else (key,)
        words = [strings[h].lower() if low else strings[h] for h, low in zip(ids, self._lower,
                                                                              strict=True)]
        return bool(self.may_be_cue(*words))

    def positions(self, doc: Doc) -> list[int]:
        """Positions (in order) of the tokens of ``doc`` that may be cues."""
        memo = self._memo
        rows = doc.to_array(list(self.attrs))
        # one key per token: a token's row of hash ids read as one bytes object (one
        # Python object per token, hashed fast, where tuples of three ints cost twice
        # the time); every key looked up in one pass, the few new ones decided after
        keys = rows.tolist() if len(self.attrs) == 1 \
            else numpy.ascontiguousarray(rows).view(f"V{rows.itemsize * len(self.attrs)}")\
            .ravel().tolist()
        hits = list(map(memo.get, keys))
        if None in hits:
            strings = doc.vocab.strings
            for i, hit in enumerate(hits):
                if hit is None:
                    key = keys[i]
                    hit = memo.get(key)  # decided already for an earlier token
                    if hit is None:
                        if len(memo) >= MEMO_LIMIT:
                            memo.clear()
                        hit = memo[key] = self._decide(key, strings)
                    hits[i] = hit
        return list(compress(range(len(hits)), hits))


def in_span(positions: list[int], span: Span) -> list[int]:
    """The positions (sorted) that fall inside ``span``."""
    return positions[bisect_left(positions, span.start):bisect_left(positions, span.end)]


def prefixes(keys: Iterable[str], sep: str) -> frozenset[str]:
    """Every key, and each of its beginnings that ends before a ``sep``: the first words
    a token's lemma may be for a multi-word key ("rule out", "back_down") to apply."""
    out: set[str] = set()
    for key in keys:
        out.add(key)
        cut = key.find(sep)
        while cut >= 0:
            out.add(key[:cut])
            cut = key.find(sep, cut + 1)
    return frozenset(out)
