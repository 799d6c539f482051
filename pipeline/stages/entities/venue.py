"""Nearer evidence than the dateline for whose official a titled name is.

A wire story filed from one capital quotes the other side's officials by title alone, and
then tells where they spoke or whose answer it is: "BANGKOK - ... In Phnom Penh, Defence
Ministry spokeswoman X said", "... told reporters in Kabul", "Cambodia denied the charge.
Government spokesman Y said ...".  The dateline's country is only the default for a title
with nothing closer: the capital a speaker speaks in, then the state that is the subject
of the sentence just before in the same paragraph, come first.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Span, Token

from .coding import phrase_codes
from .dateline import title_sector
from .dictionary import ActorDictionary
from .lexicon import EntityLexicon
from .settled import actor_changed

_SEATS = ("capital", "seat")
"""Dictionary kinds of a place that stands for its government: speaking there is
speaking for that state (a city that is no seat — Geneva, a border town — says nothing
about who speaks)."""

_STATES = ("country", "capital", "seat")


def _speech_verb(tok: Token, lex: EntityLexicon) -> Token | None:
    """The verb of saying whose subject phrase holds ``tok`` ("Spokeswoman X said")."""
    while tok.dep_ in ("compound", "appos", "conj", "poss", "pobj", "prep") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = tok.head
    return verb if verb.lemma_.lower() in lex.statement_verbs else None


def _venue_places(verb: Token, lex: EntityLexicon) -> Iterator[Token]:
    """Objects of "in" that say where the verb's speaker spoke: on the verb ("In Kabul,
    X said"), on its hearers ("told reporters in Kabul"), on a speaking clause beside it
    ("Speaking in Kabul, X said")."""
    holders = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "dative")),
               *(c for c in verb.children
                 if c.dep_ == "advcl" and c.lemma_.lower() in lex.venue_verbs)]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ in lex.venue_prepositions:
                yield from (o for o in prep.children if o.dep_ == "pobj")


def _entry_code(tok: Token, book: ActorDictionary, kinds: tuple[str, ...]) -> str | None:
    if tok.ent_type_ != "GPE":
        return None
    # the name's bounds from the token's IOB tags: reading ``doc.ents`` rebuilds every
    # entity of the article, once per speaker asked about
    doc, start, end = tok.doc, tok.i, tok.i + 1
    while doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    entry = book.lookup_entry(doc[start:end].text)
    return entry.code if entry is not None and entry.kind in kinds else None


def venue_code(verb: Token, lex: EntityLexicon, book: ActorDictionary) -> str | None:
    """The state whose capital the speaker of ``verb`` spoke in, or None."""
    return next((c for p in _venue_places(verb, lex) if (c := _entry_code(p, book, _SEATS))),
                None)


def answering_state(tok: Token, lex: EntityLexicon, book: ActorDictionary) -> str | None:
    """The state that is the subject of the sentence just before ``tok``'s, in the same
    paragraph, named ("Cambodia denied the charge. Government spokesman Y said ...") or
    as one of its bodies ("The Cambodian defence ministry said ... . Spokeswoman Y
    said ..."): an official named by title alone next speaks for it.  A dateline's
    capital in capitals ("NIAMEY -") is no subject."""
    start = tok.sent.start
    if start == 0 or "\n" in tok.doc[start - 1].text_with_ws or tok.doc[start - 1].is_space:
        return None
    before = tok.doc[start - 1].sent
    subjects = [c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or subjects[0].is_upper:
        return None
    named = _entry_code(subjects[0], book, _STATES)
    if named is not None or subjects[0].ent_type_:
        return named
    found = phrase_codes(subjects[0], book)
    return found[0]["code"] if found and found[0].get("sector") in lex.state_sectors else None


def code_from_nearer_evidence(pending: list[Span], lex: EntityLexicon, book: ActorDictionary,
                              heads_of: Callable[[Span], list[Token]]) -> None:
    """Give each uncoded titled person or organisation that speaks the state of the
    capital it speaks in, else of the state that answered just before; what is left
    waits for the dateline."""
    for ent in pending:
        if ent._.actor or ent.label_ not in ("PERSON", "ORG"):
            continue
        verb = _speech_verb(ent.root, lex)
        if verb is None:
            continue
        sector = title_sector(ent, heads_of(ent), book)
        if sector is None:
            continue
        code = venue_code(verb, lex, book) or answering_state(ent.root, lex, book)
        if code is not None:
            ent._.actor = {"code": code, "sector": sector}
            actor_changed(ent)
