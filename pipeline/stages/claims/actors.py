"""Actor codes for speakers, targets and contents, through the shared actor coding.

Claims never keep their own actor dictionary: they ask
:mod:`pipeline.stages.entities.coding` (noun phrase → ``{code, sector}``) and read entities'
``ent._.actor``, so a speaker is coded exactly as the entity stage codes it.
"""

from __future__ import annotations

from bisect import bisect_left
from pathlib import Path
from typing import Any

from spacy.attrs import LEMMA, POS
from spacy.symbols import NOUN, PROPN
from spacy.tokens import Doc, Token

from ..entities import coding as actor_coding
from ..entities.coding import entity_at as entity_of
from ..entities.dictionary import DEFAULT_ACTORS_DIR, ActorDictionary, load_actors
from ..entities.settled import remembered, settled

Actor = dict[str, Any]


def book_for(folder: str | Path | None) -> ActorDictionary:
    return load_actors(str(folder) if folder else DEFAULT_ACTORS_DIR)


def token_actor(token: Token, book: ActorDictionary | None = None) -> Actor | None:
    """Actor of the phrase headed by ``token``; as fallbacks its entity's actor, then
    the place a generic body sits in ("officials in Kyiv", "the ministry in Beijing"),
    coded as the event stage codes its participants."""
    try:
        found = actor_coding.token_actor(token, book)
    except Exception:  # noqa: BLE001 - a coding failure must not lose the claim
        found = None
    if found:
        return found
    ent = entity_of(token)
    if ent is not None and ent._.actor:
        return dict(ent._.actor)
    located = actor_coding.member_actors(token, book)
    return located[0] if located else None


def phrase_actors(token: Token, book: ActorDictionary | None = None) -> list[Actor]:
    try:
        return list(actor_coding.phrase_actors(token, book))
    except Exception:  # noqa: BLE001
        actor = token_actor(token, book)
        return [actor] if actor else []


def code_of(actor: Actor | None) -> str | None:
    return actor.get("code") if actor else None


def mentions(tokens: list[Token]) -> list[tuple[int, str]]:
    """``(token index, code)`` for every coded entity mention among ``tokens``, in order."""
    out: list[tuple[int, str]] = []
    seen_ents: set[int] = set()
    if not tokens:
        return out
    doc = tokens[0].doc
    known = settled(doc)  # settled: entity bounds and actors read without Spans
    for tok in tokens:
        if known is not None:
            found = known.bounds(doc)[tok.i]
            start = None if found is None else found[0]
        else:
            ent = entity_of(tok)
            start = None if ent is None else ent.start
        if start is None or start in seen_ents:
            continue
        seen_ents.add(start)
        code = code_of(actor_coding.actor_at(doc[start]))
        if code:
            out.append((start, code))
    return out


def is_person(token: Token) -> bool:
    ent = entity_of(token)
    return ent is not None and ent.label_ == "PERSON"


ANTECEDENT_REACH = 2000
"""Tokens an uncoded phrase looks back for a coded one with its head noun: a few pages
of text, so a long transcript does not make every look-up scan from its start."""


def phrase_heads(tok: Token) -> list[Token]:
    """The nouns a phrase is known by: its head, a noun compounded with it ("a junta
    spokesman"), for a role "for"/"of" an institution ("a spokesman for the military
    government") that institution, and the common noun that owns it ("the region's
    interior ministry")."""
    return [tok, *(c for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN"),
            *(g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "of")
              for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"),
            # a lower-case owner tagged PROPN is a common noun all the same
            *(c for c in tok.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")
              and c.text.islower())]


def antecedent_code(tok: Token, book: ActorDictionary | None = None) -> str | None:
    """The code of the nearest earlier coded phrase with the same head noun as ``tok``'s
    phrase or its institution ("Myanmar's military" ... "the military said", "the
    junta" ... "a junta spokesman"): news names a party in full once, then by its
    generic head; an institution owned by a common noun ("the region's interior ministry")
    is that noun's party ("Iraq's Kurdistan region").  Remembered per settled Doc
    (:mod:`...entities.settled`): claims and stance ask about the same subjects."""
    return remembered(tok.doc, ("antecedent_code", tok.i, ANTECEDENT_REACH), book,
                      lambda: _antecedent_code(tok, book))


def _antecedent_code(tok: Token, book: ActorDictionary | None) -> str | None:
    start = tok.left_edge.i
    doc = tok.doc
    index = noun_positions(doc)
    for head in phrase_heads(tok):
        found = index.get(head.lemma_.lower(), ())
        lo = bisect_left(found, max(0, start - ANTECEDENT_REACH))
        for i in reversed(found[lo:bisect_left(found, start)]):
            code = code_of(token_actor(doc[i], book))
            if code:
                return code
    return None


_NOUN_INDEX: list[Any] = [None, {}, 0]  # the last Doc asked about, its index, its length


def noun_positions(doc: Doc) -> dict[str, list[int]]:
    """Positions (sorted) of the document's nouns by lower-cased lemma, built once per
    Doc from hash-id arrays: the antecedent search asks for a few head nouns per claim,
    and scanning up to ``ANTECEDENT_REACH`` tokens back for each made a ``Token`` per
    word scanned.  Kept with a settled Doc (claims and stance both ask), else for the
    last Doc asked about."""
    known = settled(doc)
    if known is not None:
        index = known.answers.get("noun_positions")
        if index is None:
            index = known.answers["noun_positions"] = _noun_index(doc)
        return index
    if _NOUN_INDEX[0] is doc and _NOUN_INDEX[2] == len(doc):
        return _NOUN_INDEX[1]
    index = _noun_index(doc)
    _NOUN_INDEX[:] = [doc, index, len(doc)]
    return index


def _noun_index(doc: Doc) -> dict[str, list[int]]:
    strings = doc.vocab.strings
    index: dict[str, list[int]] = {}
    lowered: dict[int, str] = {}
    rows = doc.to_array([POS, LEMMA])
    # the rows of nouns only, from the array; a lower-case lemma tagged PROPN is a common
    # noun in a capitalised title ("Britain's defence ministry on Sunday ..." in a headline)
    candidates = ((rows[:, 0] == NOUN) | (rows[:, 0] == PROPN)).nonzero()[0]
    for i, (pos, lemma) in zip(candidates.tolist(), rows[candidates].tolist(), strict=True):
        key = lowered.get(lemma)
        if key is None:
            key = lowered[lemma] = strings[lemma].lower()
        if pos == NOUN or strings[lemma].islower():
            index.setdefault(key, []).append(i)
    return index


PARTY_KINDS = frozenset({"group", "organisation"})


def own_party(token: Token, book: ActorDictionary | None = None) -> Actor | None:
    """The actor of the entity ``token`` is in, when the dictionary names that entity as
    a group or organisation of its own ("Rapid Support Forces", "Houthis")."""
    ent = entity_of(token)
    if ent is None or ent.label_ != "ORG":
        return None
    entry = (book or book_for(None)).lookup_entry(ent.text)
    return entry.actor() if entry is not None and entry.kind in PARTY_KINDS else None


def previous_subject_code(tok: Token, book: ActorDictionary | None = None) -> str | None:
    """The code of the subject of the sentence before ``tok``'s: what "its" or "their"
    in "its spokesman" most often points back to ("China's coast guard gave a different
    account. In a statement, its spokesman said ...").  None when that subject is
    uncoded or there is no sentence before."""
    start = tok.sent.start
    if start == 0:
        return None
    before = tok.doc[start - 1].sent
    subjects = [c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    return code_of(token_actor(subjects[0], book)) if subjects else None
