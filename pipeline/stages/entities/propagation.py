"""Actors a name takes from another name of the article: a surname from its full name,
an uncoded unit from the coded person it modifies, an agency from its possessive owner."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span

from .dictionary import ActorDictionary


def propagate_person_actors(ents: list[Span]) -> None:
    """A surname mention gets the actor of the full name it shortens."""
    known: dict[str, dict[str, Any]] = {}
    for ent in ents:
        if ent.label_ == "PERSON" and ent._.actor:
            known.setdefault(ent[-1].text, ent._.actor)
    for ent in ents:
        # family name first ("Zhao Lijian" ... "Zhao", "Kim Jong Un" ... "Kim"): a
        # given name alone is rare, and a surname seen above keeps its own person
        if ent.label_ == "PERSON" and ent._.actor and len(ent) >= 2 and ent[0].is_title:
            known.setdefault(ent[0].text, ent._.actor)
    for ent in ents:
        if ent.label_ == "PERSON" and not ent._.actor and ent[-1].text in known:
            ent._.actor = dict(known[ent[-1].text])


def inherit_from_head_entity(ents: list[Span], book: ActorDictionary) -> None:
    """An uncoded name modifying a coded person shares the person's country: the
    "Ground Forces" in "Ground Forces Commander Kioumars Haydari" are the commander's."""
    persons = {i: e for e in ents if e.label_ == "PERSON" and e._.actor
               for i in range(e.start, e.end)}
    for ent in ents:
        if ent.label_ not in ("ORG", "FAC") or ent._.actor:
            continue
        tok = ent.root
        while tok.dep_ == "compound" and tok.head.i != tok.i and tok.i not in persons:
            tok = tok.head
        owner = persons.get(tok.i)
        if owner is not None:
            sector = book.sector_in([t.text for t in ent]) or owner._.actor.get("sector")
            ent._.actor = {"code": owner._.actor["code"], "sector": sector}


def group_sectors(ents: list[Span], book: ActorDictionary) -> None:
    """A non-state armed group has no sector, nor have its units and members
    (ANNOTATION.md: "non-state armed groups: their short name, sector null"): the
    "commander" of Hezbollah or its "Radwan Force" is the group, not a state's military.
    A name the dictionary lists with a sector of its own keeps it (a group's TV station
    is its MED)."""
    groups = book.group_codes
    for ent in ents:
        actor = ent._.actor
        if not actor or actor.get("code") not in groups or actor.get("sector") is None:
            continue
        entry = book.lookup_entry(ent.text)
        if entry is None or entry.sector is None:
            ent._.actor = {"code": actor["code"], "sector": None}


def owner_country(span: Span, book: ActorDictionary) -> str | None:
    """The country a name's possessive owner names ("Ukraine's" in "Ukraine's Main
    Intelligence Directorate"), or None."""
    for child in span.root.children:
        if child.dep_ == "poss" and child.i < span.start:
            words = [t for t in child.subtree if t.dep_ != "case"]
            owner = book.lookup_entry(span.doc[words[0].i:words[-1].i + 1].text)
            if owner is not None and owner.kind == "country":
                return owner.code
    return None
