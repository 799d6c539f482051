"""Acronyms defined in brackets after a name: "the Border Truce Accord (BTA)".

News defines a short form once, right after the full name; the short form names the same
thing, so it takes the full name's label (and, when it codes nothing itself, its actor).
spaCy's small model labels such bare capitals at random (PRODUCT, ORG, nothing), so the
label is read from the definition rather than from the model.

An organisation's short form often comes from its own language: "the Central African
Armed Forces (FACA)", "the Free Papua Movement (OPM)", "the State Committee for National
Security (GKNB)".  Brackets right after an organisation's name hold its short form
whatever the letters, unless the dictionary knows them as another actor ("(AFP)" after a
name credits the agency).  Later bare mentions of a defined short form are the same name,
even where the model saw none.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy
from spacy.attrs import ORTH
from spacy.tokens import Doc, Span

from ...schema import ENTITY_LABELS

# lower-case words an acronym leaves out ("Organization of American States" is OAS)
_SKIPPED = frozenset({"of", "and", "the", "for", "on", "in", "&", "-"})


def initials(span: Span) -> str:
    """The capital initials of a name's words, leaving out "of", "and", "the" ..."""
    return "".join(t.text[0] for t in span if t.lower_ not in _SKIPPED and t.text[:1].isalpha()
                   ).upper()


def defined_acronym(doc: Doc, span: Span, known: Callable[[str], Any] | None = None
                    ) -> int | None:
    """Position of the acronym in brackets right after ``span`` whose letters are the
    initials of its words, or None.  With ``known`` (the dictionary's look-up), an
    organisation's short form in another language counts too, unless ``known`` reads it
    as an actor of its own."""
    i = span.end
    if i + 2 >= len(doc):
        return None
    if doc[i].text != "(" or doc[i + 2].text != ")":
        return None
    short = doc[i + 1].text
    if len(short) < 2 or not short.isupper() or not short.isalpha():
        return None
    if initials(span) == short:
        return i + 1
    foreign = known is not None and span.label_ == "ORG" and len(short) > 2
    return i + 1 if foreign and known(short) is None else None


def _later_mentions(doc: Doc, taken: set[int], short: Span,
                    where: dict[str, list[int]]) -> list[Span]:
    """Bare mentions of ``short`` after its definition that no other name covers.

    ``where`` maps a token text to its positions, built once per Doc: scanning the rest
    of the text for each definition was quadratic on long articles."""
    return [Span(doc, i, i + 1, label=short.label_) for i in where.get(short.text, ())
            if i >= short.end and i not in taken]


def _body_owner(doc: Doc, bracket: int, bodies: frozenset[str],
                by_token: dict[int, Span]) -> Span | None:
    """The organisation that owns the body named right before the bracket at ``bracket``:
    "the European Union's monitoring mission in Armenia (EUMA)", "the Maritime Trade
    Operations agency (UKMTO)".  The body (a lower-case noun of ``bodies``, or the one
    whose "in" phrase ends there) has no name of its own; its owner, a possessive or a
    compound organisation name, is whose it is."""
    anchor = doc[bracket - 1]
    if anchor.dep_ == "pobj" and anchor.head.dep_ == "prep":
        anchor = anchor.head.head
    if anchor.lemma_.lower() not in bodies or not anchor.is_lower:
        return None
    owners = [by_token.get(c.i) for c in anchor.children if c.dep_ in ("poss", "compound")]
    return next((o for o in owners if o is not None and o.label_ == "ORG"), None)


def _bracket_pairs(doc: Doc) -> list[int]:
    """Positions ``i`` (from 1 to ``len(doc) - 3``) of the tokens "(" with ")" two tokens on,
    read from the word ids (a few in an article), not by making every token."""
    orth = doc.to_array(ORTH)
    strings = doc.vocab.strings
    hits = (orth[1:-2] == strings["("]) & (orth[3:] == strings[")"])
    return (numpy.flatnonzero(hits) + 1).tolist()


def body_acronyms(doc: Doc, spans: list[Span], bodies: frozenset[str],
                  known: Callable[[str], Any] | None = None) -> list[tuple[Span, Span]]:
    """(owner, short form) for each short form in brackets after an unnamed body of a
    named organisation (:func:`_body_owner`): the short form is an ORG, the owner's."""
    by_token = {i: s for s in spans for i in range(s.start, s.end)}
    pairs = []
    for tok in map(doc.__getitem__, _bracket_pairs(doc)):
        short = doc[tok.i + 1]
        if tok.text != "(" or doc[tok.i + 2].text != ")":
            continue
        model = by_token.get(short.i)
        if model is not None and len(model) > 1:
            continue  # a longer name holds the letters
        if len(short) < 2 or not short.is_upper or not short.is_alpha:
            continue
        if known is not None and known(short.text) is not None:
            continue
        owner = _body_owner(doc, tok.i, bodies, by_token)
        if owner is not None:
            pairs.append((owner, Span(doc, short.i, short.i + 1, label="ORG")))
    return pairs


def _without(spans: list[Span], dropped: list[tuple[Span, int]]) -> list[Span]:
    """``spans`` less, for each ``(span, n)`` of ``dropped`` in turn, the first equal
    span among the first ``n``, in one pass: what ``list.remove`` did at each
    definition, when ``spans`` held ``n`` spans, but that scanned the whole list each time."""
    pending: dict[tuple[int, int], list[tuple[Span, int]]] = {}
    for span, n in dropped:
        pending.setdefault((span.start, span.end), []).append((span, n))
    out = []
    for j, span in enumerate(spans):
        waiting = pending.get((span.start, span.end))
        match = next((i for i, (d, n) in enumerate(waiting) if j < n and d == span), None) \
            if waiting else None
        if match is None:
            out.append(span)
        else:
            waiting.pop(match)
    if any(pending.values()):
        raise ValueError("list.remove(x): x not in list")
    return out


def add_acronyms(doc: Doc, spans: list[Span], labels: frozenset[str] = ENTITY_LABELS,
                 known: Callable[[str], Any] | None = None,
                 bodies: frozenset[str] = frozenset()
                 ) -> tuple[list[Span], list[tuple[Span, Span]]]:
    """``spans`` with each defined acronym labelled as its full name, and the (full, short)
    pairs, so that a short form that codes nothing itself can take the full name's actor."""
    by_start = {s.start: s for s in spans}
    out = list(spans)
    dropped: list[tuple[Span, int]] = []
    pairs = body_acronyms(doc, spans, bodies, known) if bodies else []
    for _, short in pairs:  # the definition's reading beats the model's
        if short.start in by_start:
            dropped.append((by_start.pop(short.start), len(out)))
        out.append(short)
    for span in spans:
        if span.label_ not in labels:
            continue
        pos = defined_acronym(doc, span, known)
        if pos is None:
            continue
        short = Span(doc, pos, pos + 1, label=span.label_)
        old = by_start.get(pos)
        if old is not None:
            if old.end != pos + 1:
                continue  # a longer name starts with the acronym: leave it
            dropped.append((old, len(out)))
        out.append(short)
        pairs.append((span, short))
    if dropped:
        out = _without(out, dropped)
    taken = {i for s in out for i in range(s.start, s.end)}
    where: dict[str, list[int]] = {}
    if pairs:
        shorts = {short.text for _, short in pairs}
        for tok in doc:
            if tok.text in shorts:
                where.setdefault(tok.text, []).append(tok.i)
    for _, short in pairs:
        later = _later_mentions(doc, taken, short, where)
        out.extend(later)
        taken.update(s.start for s in later)
    return sorted(out, key=lambda s: s.start), pairs


def acronym_readings(ents: list[Span], pairs: list[tuple[Span, Span]]
                     ) -> list[tuple[Span, dict[str, Any]]]:
    """(mention, actor) for the defined short form and every later mention of it: "the
    Rapid Support Forces (RSF) ... the RSF denied" is one actor throughout.  The article's
    own definition beats the dictionary's reading of the letters ("the Armed Forces of the
    Philippines (AFP)" is not the French news agency AFP), but only from the definition on."""
    out = []
    by_text: dict[str, list[Span]] = {}  # mentions by text: not every entity per definition
    for ent in ents:
        by_text.setdefault(ent.text, []).append(ent)
    for full, short in pairs:
        actor = full._.actor
        if actor is None:
            continue
        out.extend((ent, dict(actor)) for ent in by_text.get(short.text, ())
                   if ent.start >= short.start and ent._.actor != actor)
    return out
