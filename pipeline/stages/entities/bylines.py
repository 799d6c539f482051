"""Bylines: "By Hamid Osman" on a line of its own names the story's reporter.

Wire copy opens with a headline, a byline and a dateline ("KHARTOUM, March 12 (Reuters) -").
The byline's names are journalists of the agency the dateline credits, so they are
persons coded with the agency's country and sector MED (ANNOTATION.md: "a journalist
MED").  The small model reads an unknown name on such a short line at random (ORG, GPE,
nothing), so the line's frame, not the model, gives the label.  A name the actor
dictionary knows ("By Reuters staff") keeps its own reading.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from typing import Any

from spacy.attrs import IDX
from spacy.tokens import Doc, Span

from ...extensions import doc_text
from .settled import actor_changed

# labels the model gives a reporter's name on a byline
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART"})
# a byline line is short: "By" and one to three names
_MAX_BYLINE_TOKENS = 12


def byline_lines(doc: Doc, words: frozenset[str]) -> list[tuple[int, int]]:
    """Token ranges of the lines that open with a byline word followed by a capitalised
    word and hold no sentence punctuation ("By Nadia Karim", "By A and B").

    A line ends with the token that holds a line break (a token's trailing whitespace is
    one space at most, so the break is in its text).  Those tokens are found from the
    text's line breaks, not by making every token: only a line whose first word may be a
    byline word (the word occurs in the text at all) is read token by token."""
    n = len(doc)
    text = doc_text(doc)
    if not n or not any(word in text for word in words):
        return []
    starts = doc.to_array([IDX]).tolist()
    ends = sorted({bisect_right(starts, p) - 1 for p in _line_breaks(text)})
    out: list[tuple[int, int]] = []
    start = 0
    for end in [*(e + 1 for e in ends if e >= 0), n]:
        if end <= start:
            continue
        first = start
        while first < end and doc[first].is_space:
            first += 1
        if first < end and doc[first].text in words:
            toks = [t for t in doc[start:end] if not t.is_space]
            if (len(toks) >= 2 and toks[1].is_title and len(toks) <= _MAX_BYLINE_TOKENS
                    and not any(t.text in (".", "!", "?", ":", ";") for t in toks)):
                out.append((start, end))
        start = end
    return out


def _line_breaks(text: str) -> list[int]:
    """Offsets of the line feeds in ``text``."""
    out = []
    at = text.find("\n")
    while at >= 0:
        out.append(at)
        at = text.find("\n", at + 1)
    return out


def byline_persons(doc: Doc, spans: list[Span], words: frozenset[str],
                   known: Callable[[str], Any]) -> list[Span]:
    """``spans`` with each name on a byline line read as a PERSON, unless the dictionary
    knows it as an actor of its own."""
    lines = byline_lines(doc, words)
    if not lines:
        return spans
    out = []
    for span in spans:
        inside = any(a <= span.start and span.end <= b for a, b in lines)
        if inside and span.label_ in _NAME_LABELS and span.label_ != "PERSON" \
                and known(span.text) is None:
            span = Span(doc, span.start, span.end, label="PERSON")
        out.append(span)
    return out


def code_bylines(ents: list[Span], words: frozenset[str]) -> None:
    """Give each uncoded person on a byline line the country of the story's news agency
    (the first name coded with sector MED), sector MED."""
    if not ents:
        return
    lines = byline_lines(ents[0].doc, words)
    if not lines:
        return
    agency = next((e._.actor for e in ents if e._.actor and e._.actor.get("sector") == "MED"
                   and e.label_ == "ORG"), None)
    if agency is None:
        return
    for ent in ents:
        if ent.label_ == "PERSON" and ent._.actor is None \
                and any(a <= ent.start and ent.end <= b for a, b in lines):
            ent._.actor = {"code": agency["code"], "sector": "MED"}
            actor_changed(ent)
