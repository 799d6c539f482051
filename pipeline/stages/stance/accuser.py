"""The accuser going on: what a party that accuses X says next about X is the charge too.

'Chad accused Sudan of arming rebels. Its minister told reporters that Sudanese lorries
had crossed the border with crates of rifles'; 'Estonia accused Russia of jamming
signals. The ministry said the interference had been traced to a Russian base': the
second claim has no accusing verb and tells no hostile act in its own words, so
:mod:`.kinds` keeps it a statement, yet it is the accuser's evidence for the charge it
has just made (ANNOTATION.md, accusation "in any words": "the bloc collected evidence of
Iran's supply of drones"), and a denial of the charge answers it.  So a plain statement
by the side that accuses X, in a sentence near the charge, that names X as the owner or
source of something it tells becomes an accusation against X.  X named as the one
something is given to or done to ("had handed Sudan a list", "fired at Sudanese
positions") is no charge, and X as the plain doer of the clause is left to
:mod:`.kinds`, which has judged its act.  Only a told fact counts: a resolve, a
possibility or a request ("would respond", "urged X to") tells no act.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span, Token

from ..claims import actors
from . import frames
from .rules import StanceRules
from .speaking import speaker_code

EVIDENCE = "accuser-goes-on"


def _tells_a_fact(content: Span, rules: StanceRules) -> bool:
    """Every main clause is a finite, unhedged predicate: no "would", "could", and no
    infinitive ("voters to turn out": a request's content)."""
    clauses = frames.main_clauses(content)
    return bool(clauses) and not any(
        frames.modal(c, rules) or c.pos_ not in frames.VERBAL or
        any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children) for c in clauses)


QUALIFIERS = frozenset({"amod", "compound", "poss", "nmod"})


def _owns(tok: Token, rules: StanceRules) -> bool:
    """Whether the name ``tok`` heads qualifies a noun as its owner or source
    ("Emirati planes", "a Hamas post", "markings of the Serbian army", "money from the
    Kremlin"), that noun not being the one something goes to or is done to ("aid to
    Sudanese refugees", "fired at Israeli positions").  A name that is itself the doer
    or the object of the clause is left to :mod:`.kinds`, which reads the act it does
    or undergoes ("the EU had adopted sanctions", "gave Kabul the names")."""
    while tok.dep_ in ("appos", "conj") and tok.head.i != tok.i:
        tok = tok.head
    if not (tok.dep_ in QUALIFIERS or (
            tok.dep_ == "pobj" and tok.head.lower_ in rules.accuser_owner_preps)):
        return False
    noun = tok
    while noun.dep_ in QUALIFIERS | {"pobj", "prep"} and noun.head.i != noun.i and \
            not (noun.dep_ == "pobj" and noun.head.lower_ not in rules.accuser_owner_preps):
        noun = noun.head
    return not (noun.dep_ == "dative" or (
        noun.dep_ == "pobj" and noun.head.lower_ in rules.accuser_recipient_preps))


def _named(doc: Doc, content: Span, codes: set[str], rules: StanceRules) -> str | None:
    """The first of ``codes`` the content names as an owner or source."""
    for start, code in actors.mentions(list(content)):
        if code in codes and _owns(actors.entity_of(doc[start]).root, rules):
            return code
    return None


def accuser_goes_on(doc: Doc, claims: list[dict[str, Any]], rules: StanceRules) -> None:
    """Turn each plain statement by an accuser naming the party it accuses (within
    ``rules.accuser_window`` sentences of the charge) into an accusation against it."""
    charges: dict[str, list[tuple[int, str]]] = {}
    for claim in claims:
        code = speaker_code(claim)
        if claim.get("kind") == "accusation" and code and claim.get("target") and \
                claim["target"] != code and claim.get("sentence") is not None:
            charges.setdefault(code, []).append((claim["sentence"], claim["target"]))
    if not charges:
        return
    for claim in claims:
        code, content = speaker_code(claim), claim.get("content")
        if claim.get("kind") != "statement" or not code or code not in charges or \
                not content or claim.get("sentence") is None:
            continue
        targets = {target for sentence, target in charges[code]
                   if abs(sentence - claim["sentence"]) <= rules.accuser_window}
        span = doc.char_span(content["start"], content["end"], alignment_mode="expand")
        if not targets or span is None or not _tells_a_fact(span, rules):
            continue
        target = _named(doc, span, targets, rules)
        if target is not None:
            claim["kind"], claim["target"] = "accusation", target
            claim["rule"] = f"{claim.get('rule')}+{EVIDENCE}"
