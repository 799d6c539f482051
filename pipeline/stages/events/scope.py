"""What a trigger acts on: its objects and the clause an intention word governs.

Rule constraints and the stage's absorption both ask for these; kept apart from the
constraint dispatch in :mod:`.rules` so each module stays small.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.tokens import Token

from . import syntax


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


_OBJECTS_MEMO: list[Any] = [None, 0, {}]  # the last Doc, its length, objects by position


def objects(tok: Token) -> list[Token]:
    """Objects of a verb, or the "of"/"on" complements of an event noun.

    Remembered per Doc as positions: each rule a candidate trigger is checked against
    asks again, and the answer depends only on the parse.  New ``Token`` objects are
    made for every answer, as before (callers may compare tokens by identity)."""
    doc = tok.doc
    memo = _OBJECTS_MEMO
    if memo[0] is not doc or memo[1] != len(doc):
        memo[:] = [doc, len(doc), {}]
    found = memo[2].get(tok.i)
    if found is None:
        found = memo[2][tok.i] = [o.i for o in _find_objects(tok)]
    return [doc[i] for i in found]


def _find_objects(tok: Token) -> list[Token]:
    objs = syntax.direct_objects(tok)
    if not objs and tok.lemma_.lower() in syntax.GRAMMAR.object_control:
        # "allowed Russian warplanes to take off": the controlled subject is the object
        for comp in syntax.children(tok, ("ccomp", "xcomp")):
            objs = syntax.children(comp, syntax.SUBJ_DEPS)
            if objs:
                break
    if not objs and tok.pos_ in ("NOUN", "PROPN"):
        objs = syntax.prep_objects(tok, "of") + syntax.prep_objects(tok, "on")
    if not objs and tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in ("NOUN", "PROPN"):
        objs = [tok.head]  # "abuses committed by X", "drones supplied by Iran": the noun
    # "a number of drones", "tens of thousands of containers of shells": quantity heads
    out, todo = [], syntax.with_conjuncts(objs)
    while todo:
        obj = todo.pop(0)
        out.append(obj)
        if _lemma(obj) in syntax.GRAMMAR.quantity_heads:
            todo.extend(syntax.prep_objects(obj, "of"))
    return out


def complements(tok: Token) -> list[Token]:
    """The clause or phrase an intention word governs ("ready to enhance", "readiness to")."""
    out = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp", "acl", "advcl")]
    for prep in (c for c in tok.children if c.dep_ == "prep"):
        out.extend(c for c in prep.children if c.dep_ in ("pobj", "pcomp"))
    if not out and tok.dep_ in ("acomp",):
        out = [c for c in tok.head.children if c.dep_ == "xcomp"]
    if not out and tok.dep_ == "dobj" and tok.pos_ in ("NOUN", "PROPN"):
        # "confirmed their inclination to strengthen ties": the infinitive hung on the verb
        out = [c for c in tok.head.children if c.dep_ == "xcomp" and c.i > tok.i
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    return out


def bare_infinitive(tok: Token) -> bool:
    """A "to" infinitive with no subject or subordinator of its own: an aim or the content
    of its head ("demanded a meeting to discuss", "marched to demand"), not a second clause
    ("after they had agreed", "so that troops withdraw")."""
    kids = list(tok.children)
    return (tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids)
            and not any(c.dep_ in _OWN_CLAUSE for c in kids))


def aim_tokens(tok: Token, scope: Iterable[int]) -> tuple[set[int], set[int]]:
    """Tokens of the act's own aims, and of aims of acts inside its scope.

    An aim gives only the one it is aimed at ("blocked roads to demand reforms from X":
    X), not its own parties ("asked for a session to discuss X's advance": X is what they
    would discuss); the aim of an act inside the object is that act's and gives no one
    ("stopped a rally staged to protest sending troops to X": X is the rally's matter)."""
    own = {t.i for c in tok.children
           if c.dep_ == "advcl" and bare_infinitive(c) for t in c.subtree}
    inner = {t.i for i in scope if (c := tok.doc[i]).dep_ == "advcl"
             and c.head.i != tok.i and bare_infinitive(c) for t in c.subtree}
    return own, inner


_OWN_CLAUSE = syntax.SUBJ_DEPS | syntax.PASS_SUBJ_DEPS | {"mark"}
