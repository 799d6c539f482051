"""What the parse tells the normaliser: tense of the governing verb, quotation, gates.

Relative expressions ("on Monday", "Aug 9") are resolved towards the past or the
future depending on the verb they modify, which is why this reads spaCy's tags.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc, Span, Token

FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "going"})
PAST_TAGS = frozenset({"VBD", "VBN"})
PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def _verb_of(token: Token) -> Token | None:
    node = token
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX"):
            return node
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _infinitive_tense(verb: Token, intent: Collection[str]) -> str | None:
    """ "to resume" under "set", "scheduled", "due", "is" points forward, unless "had" ."""
    head = verb.head
    if head is verb or head.lemma_.lower() not in intent and head.lower_ not in FUTURE_AUX:
        return None
    if any(c.lower_ == "had" for c in head.children) or (
            head.head.i != head.i and any(c.lower_ == "had" for c in head.head.children)):
        return "past"
    return "future"


def governing_verb(span: Span) -> Token | None:
    """The verb (or auxiliary) the span hangs from, if any within a few steps."""
    return _verb_of(span.root.head if span.root.dep_ != "ROOT" else span.root)


def tense(span: Span, intent: Collection[str] = ()) -> str | None:
    """``past``, ``future``, ``present`` or ``None`` for the verb governing ``span``.

    ``intent`` lists lemmas whose infinitive complement is future ("scheduled to
    close Monday", "is to resume Tuesday"), read from the lexicon.
    """
    verb = _verb_of(span.root.head if span.root.dep_ != "ROOT" else span.root)
    if verb is None:
        return None
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    for aux in auxes:
        low = aux.lower_
        if low in FUTURE_AUX or (aux.tag_ == "MD" and low == "would"):
            return "future"
        if aux.tag_ == "MD" and low in ("could", "might", "may"):
            return None  # "could not be located Wednesday": no direction
        if aux.tag_ == "TO" and verb.head.i != verb.i:
            return _infinitive_tense(verb, intent)
    for aux in auxes:
        if aux.tag_ == "VBD" or aux.lower_ in ("has", "have", "had"):
            return "past"
    if verb.tag_ == "VBN" and any(a.dep_ == "auxpass" and a.tag_ in PRESENT_TAGS
                                  for a in auxes):
        return "present"
    if verb.tag_ == "VBN" and not auxes and verb.dep_ in ("acl", "amod") and any(
            t.lower_ == "for" for t in span.doc[max(0, span.start - 2):span.start]):
        return None  # "a summit set for April": a planned time, not a past one
    if verb.tag_ in PAST_TAGS:
        return "past"
    if verb.tag_ == "VBG" and any(a.lower_ in ("is", "are", "am") for a in auxes):
        return "future"
    if verb.tag_ in PRESENT_TAGS or any(a.tag_ in PRESENT_TAGS for a in auxes):
        return "present"
    return None


def inside_quote(text: str, pos: int) -> bool:
    """Whether ``pos`` lies inside a direct quotation opened in the same paragraph."""
    start = text.rfind("\n", 0, pos) + 1
    inside = False
    for ch in text[start:pos]:
        if ch == "\u201c":
            inside = True
        elif ch == "\u201d":
            inside = False
        elif ch == '"':
            inside = not inside
    return inside


def year_ok(doc: Doc, span: Span, signals: dict[str, bool], blockers: dict[str, bool]) -> bool:
    """A bare four-digit number is a year after a temporal signal or as a DATE entity.

    It is not one when a name precedes it ("Army 2023" is an event) or a measure
    noun follows ("2000 troops").
    """
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.lower_ in blockers:
        return False
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ in signals:
        return True
    if before is not None and before.pos_ == "PROPN" and before.is_title:
        return False
    if before is not None and before.like_num:
        return False
    return any(t.ent_type_ == "DATE" for t in span)


def month_ok(doc: Doc, span: Span) -> bool:
    """A bare month name ("May", "March") is a date unless it is a verb or part of a name."""
    tok = doc[span.start]
    if tok.text in ("May", "March") and tok.pos_ in ("VERB", "AUX"):
        return False
    if tok.ent_type_ in ("PERSON", "ORG", "FAC", "GPE") and tok.ent_iob_ != "":
        return tok.ent_type_ not in ("PERSON", "ORG", "FAC", "GPE")
    return True
