"""Non-state armed movements the dictionary does not list.

A movement's name often holds the place it fights for: "the Balochistan Liberation
Front", "the West Papua National Liberation Army".  Read by the place inside, it would
be that state's own army (PAK, IDN with sector MIL), the opposite of what it is.
ANNOTATION.md codes a non-state armed group by its short name in capitals, sector null:
the short form the article defines in brackets after the name (the dictionary's code for
it when it knows it: "the National Liberation Army (ELN)"), else the name's initials.
A movement is told by a word of armed struggle in its name (``movement_words``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Span

from .acronyms import initials


def _bracketed(span: Span) -> str | None:
    """The all-capital word in brackets right after ``span``, if any."""
    doc, i = span.doc, span.end
    if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
        short = doc[i + 1].text
        if len(short) > 1 and short.isupper() and short.isalpha():
            return short
    return None


def movement_actor(span: Span, words: frozenset[str], known: Callable[[str], Any]
                   ) -> dict[str, Any] | None:
    """``{code, sector: None}`` of an armed movement's name, or None for any other name."""
    if span.label_ != "ORG" or not any(t.lower_ in words for t in span):
        return None
    short = _bracketed(span)
    if short is None:
        code = initials(span)
        return {"code": code, "sector": None} if len(code) > 2 else None
    entry = known(short)
    return {"code": entry.code if entry is not None else short, "sector": None}
