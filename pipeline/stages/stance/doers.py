"""Who a denial's content says did not do the act (ANNOTATION.md, Pairs: "the accused
now denying").

Why a module of its own: a denial is paired with the charges against its speaker's
side, but the side is often named only in what is denied.  A spokesman of the Taliban
rejects "the allegation that Afghanistan was sheltering" militants (the charges name
Afghanistan, the speaker is coded as the movement); a spokeswoman whose pronoun is not
resolved says "Rwanda has nothing to do with these attacks".  The party the content
names as the doer of the denied act (the subject of one of its clauses, or the one a
refused blame would fall on: "should not blame Afghanistan") speaks through the denial
too — when it is a party the article accuses, so that a denial naming a bystander pairs
with nothing new.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.tokens import Doc, Token

from ..claims import actors
from .frames import negated
from .rules import StanceRules
from .speaking import speaker_code

SUBJECTS = ("nsubj", "nsubjpass")
QUALIFIERS = ("poss", "amod", "compound")


def _code(token: Token) -> str | None:
    return actors.code_of(actors.token_actor(token))


def _denied(verb: Token, rules: StanceRules) -> bool:
    """Whether ``verb`` tells the act denied: negated, or the content of a claim noun
    ("the allegation that Afghanistan was sheltering ...")."""
    return negated(verb) or (verb.dep_ in ("acl", "ccomp", "relcl") and
                              verb.head.lemma_.lower() in rules.claim_heads)


def _doer_codes(token: Token, rules: StanceRules) -> Iterable[str | None]:
    """Codes of the doer ``token`` may name: the subject of a denied act, with its
    qualifiers ("no Eritrean soldier", "Rwanda's army"), unless the act is one of
    blaming — there the object is the one the blame falls on ("should not blame
    Afghanistan").  Other clauses of the content (the speaker's own charges) name
    no doer of what is denied."""
    head = token.head
    blames = head.lemma_.lower() in rules.blame_verbs
    if token.dep_ in SUBJECTS and not blames and _denied(head, rules):
        yield _code(token)
        yield from (_code(c) for c in token.children if c.dep_ in QUALIFIERS)
    if token.dep_ == "dobj" and blames and negated(head):
        yield _code(token)


def denied_doers(doc: Doc, claims: list[dict[str, Any]],
                 rules: StanceRules) -> dict[str, frozenset[str]]:
    """For each denial, the parties its content names as the doer of what it denies
    that another speaker accuses in the article."""
    out: dict[str, frozenset[str]] = {}
    accusers: dict[str, set[str | None]] = {}  # accused -> who accuses it
    for claim in claims:
        if claim.get("kind") == "accusation" and claim.get("target"):
            accusers.setdefault(claim["target"], set()).add(speaker_code(claim))
    for denial in claims:
        content = denial.get("content")
        if denial.get("kind") != "denial" or not content:
            continue
        span = doc.char_span(content["start"], content["end"], alignment_mode="expand")
        if span is None:
            continue
        codes = {code for tok in span for code in _doer_codes(tok, rules)}
        own = speaker_code(denial)
        found = frozenset(c for c in codes if c and accusers.get(c, set()) - {own})
        if found:
            out[denial["id"]] = found
    return out
