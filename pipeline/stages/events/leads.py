"""A headline's act told again in the lead: the lead names the sides the headline leaves out.

A news headline is a summary of its lead ("Police arrests draw UN rebuke" over "The
detention of 30 people by police in X alarmed the UN, ..."): a headline act that names
no side at all is the act of its type the first body sentences tell, and takes both of
that act's sides.  The reach (how many sentences after the headline count as the lead:
a dateline line or a subheading may come first) is data (``lead_reach`` in
``configs/events/lexicon.json``); the types are those an act told again may be
(``repeated_types``).
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from ..sentences.headlines import open_lines

Event = dict[str, Any]


def is_headline(tok: Token) -> bool:
    """Whether ``tok`` is in the text's first sentence and that sentence is a line with
    no closing punctuation (a headline)."""
    doc = tok.doc
    first = next(iter(doc.sents), None)
    if first is None or not first.start <= tok.i < first.end:
        return False
    return any(line.start == first.start for line in open_lines(doc))


def lend_from_lead(events: list[Event], types: frozenset[str], reach: int) -> None:
    """Give a headline act with no side named the sides of the first act of its type,
    with a side named, in the ``reach`` sentences after the headline."""
    for ev in events:
        if ev["actors"] or ev["recipients"] or ev["type"] not in types \
                or not is_headline(ev["_tok"]):
            continue
        lead = next((o for o in events if o["type"] == ev["type"] and o["actors"]
                     and ev["sentence"] < o["sentence"] <= ev["sentence"] + reach), None)
        if lead is not None:
            ev["actors"] = list(lead["actors"])
            ev["recipients"] = list(lead["recipients"])
