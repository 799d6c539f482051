"""The country of a small place the dictionary does not know, read from the words that
locate it.

Wire copy places a village or town it names by the country or province around it: "the
village of Hroza in Ukraine's Kharkiv region", "Granada, Spain", "Tindouf, the Algerian
city", "near Yevpatoriia in occupied Crimea".  A place inside a coded place is in that
place's country (ANNOTATION.md: countries and their places take the country's code).
Only these grammatical frames are read: a place the text does not locate stays uncoded,
since a guess from the dateline goes wrong on the cross-border places conflict news
names.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .settled import actor_changed

# labels of places that take their country's code (ANNOTATION.md, Entities)
PLACE_LABELS = frozenset({"GPE", "FAC"})
# labels of the names that locate a place: a place, or a demonym ("the Algerian city")
_LOCATING_LABELS = frozenset({"GPE", "LOC", "NORP"})


def _anchors(root: Token, place_nouns: frozenset[str]) -> list[Token]:
    """The place's head word, and the noun of its kind ("the town of [X]", "Chad's [X]
    province": "town", "province")."""
    out = [root]
    if root.dep_ == "pobj" and root.head.lower_ == "of" \
            and root.head.head.lemma_.lower() in place_nouns:
        out.append(root.head.head)
    elif root.dep_ == "compound" and root.head.lemma_.lower() in place_nouns:
        out.append(root.head)
    return out


def _locators(anchor: Token) -> list[Token]:
    """Words that locate ``anchor``: the object of its "in", its apposition, its owner
    ("Chad's ... province"), and the owners and modifiers of those ("in Ukraine's
    Kharkiv region", "the Algerian city")."""
    near = [o for p in anchor.children if p.dep_ == "prep" and p.lower_ == "in"
            for o in p.children if o.dep_ == "pobj"]
    near += [c for c in anchor.children if c.dep_ in ("appos", "poss")]
    return near + [c for t in near for c in t.children
                   if c.dep_ in ("poss", "amod", "compound")]


def code_located_places(ents: list[Span], countries: frozenset[str],
                        place_nouns: frozenset[str]) -> None:
    """Give each uncoded place the country of the coded place that locates it."""
    by_token = {i: ent for ent in ents for i in range(ent.start, ent.end)}
    for ent in ents:
        if ent._.actor is not None or ent.label_ not in PLACE_LABELS:
            continue
        for anchor in _anchors(ent.root, place_nouns):
            near = _locators(anchor)
            if anchor.i != ent.root.i:  # the kind's own demonym: "the Armenian village of X"
                near += [c for c in anchor.children if c.dep_ == "amod"]
            found = [by_token.get(t.i) for t in near]
            codes = [(f._.actor or {}).get("code") for f in found
                     if f is not None and f is not ent and f.label_ in _LOCATING_LABELS]
            code = next((c for c in codes if c in countries), None)
            if code is not None:
                ent._.actor = {"code": code, "sector": None}
                actor_changed(ent)
                break
