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

from spacy.attrs import LEMMA, LOWER, POS
from spacy.tokens import Doc, Span

# distinct (lemma, form, part of speech) decisions kept; a long batch meets ever new words
MEMO_LIMIT = 50_000


class CueFilter:
    """Token positions that pass ``may_be_cue(lemma_lower, lower, pos)``, per Doc."""

    def __init__(self, may_be_cue: Callable[[str, str, str], bool]) -> None:
        self.may_be_cue = may_be_cue
        self._memo: dict[tuple[int, int, int], bool] = {}

    def positions(self, doc: Doc) -> list[int]:
        """Positions (in order) of the tokens of ``doc`` that may be cues."""
        strings = doc.vocab.strings
        memo = self._memo
        out: list[int] = []
        for i, key in enumerate(map(tuple, doc.to_array([LEMMA, LOWER, POS]).tolist())):
            hit = memo.get(key)
            if hit is None:
                if len(memo) >= MEMO_LIMIT:
                    memo.clear()
                hit = memo[key] = self.may_be_cue(
                    strings[key[0]].lower(), strings[key[1]], strings[key[2]])
            if hit:
                out.append(i)
        return out


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
