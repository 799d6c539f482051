"""Quotations found in the raw text (offsets into it; nothing is normalised).

Curly quotes open and close explicitly; straight quotes toggle.  A quotation still
open at a blank line is closed there: news style reopens a quote that runs on into the
next paragraph, and an unbalanced mark must not swallow the rest of the article.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from .lexicon import Lexicon

Region = tuple[int, int]
"""A quotation: offset of its first character inside the marks, offset just past its last."""


@cache
def _marks(*classes: frozenset[str]) -> re.Pattern[str]:
    """The characters :func:`find_quotes` acts on: line breaks and the quote marks."""
    chars = sorted({"\n", *(c for words in classes for c in words if len(c) == 1)})
    return re.compile("[" + "".join(re.escape(c) for c in chars) + "]")


def find_quotes(text: str, lex: Lexicon) -> list[Region]:
    """Quoted regions, inner text only (the marks themselves are outside each region).

    Only line breaks and quote marks are visited (found by one regular expression): a
    loop over every character of the article was a fifth of the claims stage's time.
    """
    regions: list[Region] = []
    open_at: int | None = None
    marks = _marks(lex.quote_open, lex.quote_close, lex.quote_toggle)
    for found in marks.finditer(text):
        i, ch = found.start(), found.group()
        if ch == "\n" and lex.reset_at_blank_line and open_at is not None:
            if text[i + 1:i + 2] == "\n" or i + 1 == len(text):
                regions.append((open_at, i))
                open_at = None
            continue
        if ch in lex.quote_open:
            if open_at is not None:
                regions.append((open_at, i))
            open_at = i + 1
        elif ch in lex.quote_close:
            if open_at is not None:
                regions.append((open_at, i))
                open_at = None
        elif ch in lex.quote_toggle:
            if open_at is None:
                open_at = i + 1
            else:
                regions.append((open_at, i))
                open_at = None
    if open_at is not None:
        regions.append((open_at, len(text)))
    return [(s, e) for s, e in regions if e > s]


def inside(regions: list[Region], start: int, end: int) -> Region | None:
    """The quotation that contains ``[start, end)``, if any."""
    for s, e in regions:
        if s <= start and end <= e:
            return (s, e)
    return None


def quotes_near(quotes: list[Region], lo: int, hi: int) -> list[Region]:
    """The regions touching ``[lo, hi]``, in order: what a sentence's steps need to see.

    Regions are in text order and do not overlap, so their ends are sorted too and a
    binary search finds the first; scanning every quotation for every sentence was
    quadratic on long articles.
    """
    first = bisect_left(quotes, lo, key=lambda region: region[1])
    out = []
    for region in quotes[first:]:
        if region[0] > hi:
            break
        out.append(region)
    return out

