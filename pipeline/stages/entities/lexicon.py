"""The entity stage's word classes (``configs/entities/rules.json``) and the reading of a
capital's use that rests on them alone: a place ("arrived in Moscow") or its government
("Moscow denied")."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Span

from ...schema import ENTITY_LABELS
from .. import settings


@dataclass(frozen=True)
class EntityLexicon:
    """``configs/entities/rules.json``: the word classes the corrections read."""

    location_prepositions: frozenset[str]
    motion_prepositions: frozenset[str]
    motion_verbs: frozenset[str]
    target_verbs: frozenset[str]
    target_prepositions: frozenset[str]
    government_nouns: frozenset[str]
    leadership_verbs: frozenset[str]
    uncoded_by_inner_names: frozenset[str]
    separators: frozenset[str]
    dateline_punct: frozenset[str]
    dateline_joiners: frozenset[str]
    org_title_words: frozenset[str]
    person_title_words: frozenset[str]
    office_titles: frozenset[str]
    movement_words: frozenset[str]
    name_genitives: frozenset[str]
    facility_heads: frozenset[str]
    organisation_heads: frozenset[str]
    actor_nouns: frozenset[str]
    affiliation_prepositions: frozenset[str]
    place_nouns: frozenset[str]
    settlement_nouns: frozenset[str]
    vessel_nouns: frozenset[str]
    statement_verbs: frozenset[str]
    byline_words: frozenset[str]
    acronym_bodies: frozenset[str]
    landform_heads: frozenset[str]
    venue_prepositions: frozenset[str]
    venue_verbs: frozenset[str]
    misread_person_labels: frozenset[str]
    state_sectors: frozenset[str]


def load_names(path: Path) -> dict[str, tuple[str, ...]]:
    """``names.json``: label -> names that are no actors but need that label."""
    if not path.exists():
        return {}
    return settings.convert(settings.read_json(path), dict[str, tuple[str, ...]], path)


def speaks_as_body(span: Span, lex: EntityLexicon) -> bool:
    """Does a name headed by a building word speak or act as the body housed there ("the
    U.S. Embassy in Manila said", "the Catholic Church ... warned")?  A building says
    nothing: the subject of a verb of public statement is the institution, an ORG."""
    root = span.root
    return len(span) > 1 and root.dep_ == "nsubj" \
        and root.head.lemma_.lower() in lex.statement_verbs


def opens_dateline(span: Span, lex: EntityLexicon) -> bool:
    """Is the name the place of a wire dateline ("MOSCOW, Aug 23 -", the city alone on its
    line), or one of places joined by a slash that open it together ("JERUSALEM/BEIRUT,
    Jan 8 -": a story filed from two cities)?"""
    doc = span.doc
    start, end = span.start, span.end
    # step over the capitals joined to this one, before and after it
    while start >= 2 and doc[start - 1].text in lex.dateline_joiners and doc[start - 2].is_upper:
        start -= 2
        while start and doc[start - 1].is_upper and "\n" not in doc[start - 1].text_with_ws:
            start -= 1
    while end + 1 < len(doc) and doc[end].text in lex.dateline_joiners and doc[end + 1].is_upper:
        end += 2
        while end < len(doc) and doc[end].is_upper and not doc[end].is_punct:
            end += 1
    line_start = start == 0 or "\n" in doc[start - 1].text_with_ws
    line_end = end == len(doc) or "\n" in doc[end - 1].text_with_ws \
        or (doc[end].is_space and "\n" in doc[end].text)
    return line_start and (line_end or doc[end].text in lex.dateline_punct)


def is_place_use(span: Span, lex: EntityLexicon) -> bool:
        """Is a capital or seat named as a place ("arrived in Moscow"), not its government?"""
        root = span.root
        if opens_dateline(span, lex):
            return True
        # introduced as a city ("the capital Bangui", "the Sudanese capital, Khartoum")
        if root.dep_ == "appos" and root.head.lemma_.lower() in lex.place_nouns or any(
                c.dep_ in ("compound", "appos") and c.lemma_.lower() in lex.place_nouns
                for c in root.children):
            return True
        # what is struck, entered or fled is the city ("missiles struck Kyiv", "fled
        # Khartoum", "the strike on Kyiv"), not its government
        if root.dep_ == "dobj":
            return root.head.lemma_.lower() in lex.target_verbs
        if root.dep_ != "pobj":
            return False
        prep = root.head
        word = prep.lower_
        if word == "of" and prep.head.lemma_.lower() in lex.place_nouns:
            return True  # "the city of Kyiv": named as a city, as in an apposition
        if word in lex.location_prepositions:
            return prep.head.lemma_.lower() not in lex.government_nouns
        if word in lex.motion_prepositions:
            return prep.head.lemma_.lower() in lex.motion_verbs
        if word in lex.target_prepositions:
            return prep.head.lemma_.lower() in lex.target_verbs
        return False


def names_a_vessel(span: Span, lex: EntityLexicon) -> bool:
    """Is the name a ship's, set beside a vessel noun ("the Galaxy Leader, a car carrier",
    "the tanker Marlin Luanda")?  A ship is a PRODUCT (OntoNotes: vehicles), no actor."""
    root = span.root
    near = [c for c in root.children if c.dep_ in ("appos", "compound") and c.i < span.start
            or c.dep_ == "appos"]
    if root.dep_ == "appos":
        near.append(root.head)
    # "a Greek-owned ship sailing under ...": the parser may head the apposition with
    # the participle, the vessel noun its compound
    near += [c for t in near for c in t.children if c.dep_ == "compound"]
    return any(t.lemma_.lower() in lex.vessel_nouns for t in near)


def names_a_landform(span: Span, lex: EntityLexicon) -> bool:
    """Is the name a sea, strait, reef or other landform: headed by a landform word
    ("Second Thomas Shoal"), opening with one before "of" ("Strait of Hormuz"), or set
    before one in lower case ("the Bab el-Mandeb strait")?  OntoNotes labels these LOC."""
    doc = span.doc
    if span[-1].lower_ in lex.landform_heads and len(span) > 1:
        return True
    if len(span) > 2 and span[0].lower_ in lex.landform_heads and span[1].lower_ == "of":
        return True
    after = doc[span.end] if span.end < len(doc) else None
    return after is not None and after.is_lower and after.lower_ in lex.landform_heads


def relabel_by_head(span: Span, lex: EntityLexicon) -> Span:
    """The label a name's last word gives it: a ship beside a vessel noun is a PRODUCT, a
    name headed by a building word a FAC unless it speaks as the body housed there, a
    PERSON headed by an organisation's word an ORG."""
    if span.label_ in ("ORG", "PERSON", "GPE", "FAC") and names_a_vessel(span, lex):
        return Span(span.doc, span.start, span.end, label="PRODUCT")  # a ship's name
    last = span[-1].lower_
    if span.label_ in ("ORG", "PERSON", "GPE", "FAC") and names_a_landform(span, lex):
        return Span(span.doc, span.start, span.end, label="LOC")  # "Second Thomas Shoal"
    if last in lex.facility_heads and speaks_as_body(span, lex):
        return Span(span.doc, span.start, span.end, label="ORG")  # "the embassy said"
    if span.label_ in ("ORG", "PERSON", "GPE") and last in lex.facility_heads and len(span) > 1:
        return Span(span.doc, span.start, span.end, label="FAC")
    if span.label_ == "PERSON" and last in lex.organisation_heads and len(span) > 1:
        return Span(span.doc, span.start, span.end, label="ORG")
    return span


def names_a_titled_person(span: Span, lex: EntityLexicon) -> bool:
    """Is a name the model took for a work or a product ("\"...,\" Maly Socheata, a
    ministry spokeswoman, told reporters": WORK_OF_ART after a quotation) a person after
    all, set beside an office title ("X, a spokeswoman", "Spokeswoman X")?"""
    if span.label_ not in lex.misread_person_labels:
        return False
    root = span.root
    near = [c for c in root.children if c.dep_ in ("appos", "compound") and c.i < span.start
            or c.dep_ == "appos"]
    if root.dep_ == "appos":
        near.append(root.head)
    return any(t.lemma_.lower() in lex.office_titles or t.lower_ in lex.office_titles
               for t in near)


def relabel(span: Span, lex: EntityLexicon) -> Span:
    """A model name's label after the checks above: a misread work or product beside an
    office title is a PERSON; a name of the record's labels takes its head word's label."""
    if names_a_titled_person(span, lex):
        return Span(span.doc, span.start, span.end, label="PERSON")
    return relabel_by_head(span, lex) if span.label_ in ENTITY_LABELS else span
