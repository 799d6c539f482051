"""Names after a person's title: "President Faustin-Archange Touadera", "MINUSCA
spokesperson Florence Marchal".

spaCy's small model drops a name it has not seen when a title stands before it, or takes
it for an organisation when an organisation's name comes just before the title.  A
title of office is a grammatical frame for a person: the run of capitalised proper
nouns right after it is a PERSON, unless the model gave those words another kind of name
(a date, a place), the dictionary knows them, or a word of an organisation's head
("Command", "Ministry") shows an organisation ("chief of the Joint Command").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span


def _run_end(doc: Doc, start: int, titles: frozenset[str]) -> int:
    """End of the run of capitalised proper nouns from ``start`` (hyphens written inside
    a name, "Faustin-Archange", belong to it)."""
    end = start
    while end < len(doc):
        tok = doc[end]
        if tok.pos_ == "PROPN" and tok.is_title and tok.lower_ not in titles:
            end += 1
        elif tok.text == "-" and end > start and not doc[end - 1].whitespace_ \
                and not tok.whitespace_ and end + 1 < len(doc) and doc[end + 1].is_title:
            end += 1
        else:
            break
    return end


def titled_persons(doc: Doc, spans: list[Span], titles: frozenset[str],
                   organisation_words: frozenset[str],
                   known: Callable[[str], Any]) -> list[Span]:
    """``spans`` with the names after titles of office made persons (see module doc)."""
    ids = {get_string_id(t) for t in titles}
    found = [i for i, h in enumerate(doc.to_array(LOWER).tolist()) if h in ids]
    if not found:
        return spans
    by_token = {i: s for s in spans for i in range(s.start, s.end)}
    out = list(spans)
    for i in found:
        start = i + 1
        while start < len(doc) and doc[start].lower_ in titles:  # "Lt. Gen. X"
            start += 1
        end = _run_end(doc, start, titles)
        if end == start or any(doc[k].lower_ in organisation_words for k in range(start, end)):
            continue
        holders = {id(by_token[k]): by_token[k] for k in range(start, end) if k in by_token}
        name = Span(doc, start, end, label="PERSON")
        if known(name.text) is not None:
            continue
        if not holders:
            out.append(name)
            continue
        (held,) = holders.values() if len(holders) == 1 else (None,)
        if held is not None and held.label_ in ("ORG", "GPE") \
                and (held.start, held.end) == (start, end):
            # "spokesperson [Florence Marchal]" is no body, "President [Jean Mbeki]" no place
            out[out.index(held)] = name
    return sorted(out, key=lambda s: s.start)
