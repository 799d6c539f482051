"""Earlier mentions a reference may point back to, found without walking the text back.

Reference resolution looks back from a descriptor or a pronoun to an earlier mention
("the junta" to the last "junta" that named its owner, "it" to the last coded state or
body).  Walking back token by token made each look-up as long as the text before it, so
a long article's look-ups grew with the square of its length.  Once the entity stage has
settled a Doc's entities (:mod:`.settled`), the positions each look-up may stop at are
listed once per Doc and searched by bisection: each common noun's by its lower-case
form, and the tokens inside entities.  A Doc that was never settled (a stage run on its
own) gives None, and the caller walks as before.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from typing import Any

import numpy
from spacy.attrs import ENT_IOB, ENT_TYPE, LOWER, POS
from spacy.symbols import NOUN
from spacy.tokens import Doc, Span, Token

from .coding import entity_at
from .settled import settled

STATE_LABELS = frozenset({"GPE", "NORP"})  # what "the junta", "the government" point to

Actor = dict[str, Any]

# ENT_IOB values of a token inside an entity: "I" and "B"
_IN_ENTITY = (1, 3)


def _nouns(doc: Doc) -> dict[int, list[int]] | None:
    """A settled Doc's common nouns: lower-case form id -> their positions, in order."""
    known = settled(doc)
    if known is None:
        return None
    found = known.answers.get("lookback_nouns")
    if found is None:
        rows = doc.to_array([LOWER, POS])
        picked = numpy.flatnonzero(rows[:, 1] == NOUN)
        found = known.answers["lookback_nouns"] = {}
        for i, lower in zip(picked.tolist(), rows[picked, 0].tolist(), strict=True):
            found.setdefault(lower, []).append(i)
    return found


def _entity_tokens(doc: Doc, labels: frozenset[str]) -> list[int] | None:
    """A settled Doc's tokens inside an entity labelled with one of ``labels``, in order."""
    known = settled(doc)
    if known is None:
        return None
    found = known.answers.get(("lookback_entities", labels))
    if found is None:
        rows = doc.to_array([ENT_IOB, ENT_TYPE])
        strings = doc.vocab.strings
        wanted = [label for label in set(rows[:, 1].tolist()) if label and strings[label] in labels]
        found = known.answers["lookback_entities", labels] = numpy.flatnonzero(
            numpy.isin(rows[:, 0], _IN_ENTITY) & numpy.isin(rows[:, 1], wanted)).tolist()
    return found


def _back_from(found: list[int], i: int) -> Iterator[int]:
    """The positions of ``found`` (sorted) before ``i``, nearest first."""
    return map(found.__getitem__, range(bisect_left(found, i) - 1, -1, -1))


def same_nouns_before(tok: Token) -> Iterator[int] | None:
    """Positions, nearest first, of the common nouns before ``tok`` with its lower-case
    form (those ``doc[i].lower_ == tok.lower_ and doc[i].pos_ == "NOUN"`` picks)."""
    index = _nouns(tok.doc)
    return None if index is None else _back_from(index.get(tok.lower, []), tok.i)


def entity_tokens_before(tok: Token, labels: frozenset[str]) -> Iterator[int] | None:
    """Positions, nearest first, of the tokens before ``tok`` inside an entity (IOB "B"
    or "I") labelled with one of ``labels``."""
    found = _entity_tokens(tok.doc, labels)
    return None if found is None else _back_from(found, tok.i)


def entities_before(tok: Token, floor: int = 0) -> Iterator[Span]:
    """The entities ending before ``tok`` and starting at ``floor`` or later, nearest
    first, found by walking back over their tokens: listing ``doc.ents`` for every
    pronoun made long articles quadratic, and the nearest entities are usually enough."""
    i = tok.i - 1
    while i >= floor:
        ent = entity_at(tok.doc[i])
        if ent is None:
            i -= 1
            continue
        if floor <= ent.start and ent.end <= tok.i:
            yield ent
        i = ent.start - 1


def plural_nouns_before(tok: Token) -> Iterator[Token]:
    """Plural common nouns of ``tok``'s sentence and the one before, nearest first: what
    a plural pronoun with no coordinated group before it may stand for ("Chinese ships
    entered the zone. Patrol boats warned them to leave")."""
    sent = tok.sent
    start = tok.doc[sent.start - 1].sent.start if sent.start else sent.start
    for i in range(tok.i - 1, start - 1, -1):
        if tok.doc[i].tag_ == "NNS":
            yield tok.doc[i]


def sole_state_before(tok: Token) -> list[Actor]:
    """"Chad closed its border. Police arrested 30 smugglers": a bare state body is
    the state's when the article named it alone before."""
    found: dict[str, Actor] = {}
    for ent in entities_before(tok):
        actor = ent._.actor
        if ent.label_ in STATE_LABELS and actor and actor.get("code") \
                and actor.get("sector") != "MED":
            found.setdefault(actor["code"], {"code": actor["code"], "sector": None})
            if len(found) > 1:
                return []
    return list(found.values())


def half_named_before(tok: Token) -> list[Actor]:
    """"the North", "the South": the coded country named "North ..." / "South ..."
    before (the headline included), as news shortens a divided country's name."""
    prefix = tok.text + " "
    for ent in entities_before(tok):
        actor = ent._.actor
        if ent.text.startswith(prefix) and actor and actor.get("code") \
                and ent.label_ in STATE_LABELS:
            return [dict(actor)]
    return []
