"""Who did what to whom in an event noun: its doers and its undergoers, from the grammar.

Why one function: the events stage (argument sources ``agent``, ``poss``,
``poss_undergoer``; an act noun standing as another act's participant), the claims stage
(whom a hostile act in a statement befell; whom "condemned the <act>" accuses) and the
stance pass (a wrong owned by another party; the side of a subject) each used to guess
the doer of "X's <act>" on their own, and all took the possessor (or any party the
phrase named) for the doer.  The possessor of a
noun of an act done to someone is its doer only when the act's undergoer is named
elsewhere; alone, it is what the act befell:

- "Peru's invasion of the islands", "Uganda's shelling of border villages": an "of"
  object (or an "on"/"against"/"into" phrase: "Togo's strike on the depot") takes the
  undergoer's place, so the possessor is the doer;
- "Kenya's annexation by the empire", "the convoy's ambush by gunmen": a "by" agent is the
  doer, and the possessor is what the act befell;
- "the envoy's arrest", "the city's destruction", "Crimea's annexation": a noun of an
  act done to people or places (``undergone_nominals`` in ``configs/lexicon/acts.json``)
  with neither, the possessor undergoes it (the "theme" genitive) — in the singular:
  acts counted in the plural ("the regime's executions", "Togo's arrests") are told of
  their doer, as a noun that takes a theme genitive names one act, not a series;
- "Russia's invasion", "Israel's occupation", "the regime's bombing": a state's or a
  force's campaign (the class's ``campaigns``) is told of its doer when its possessor
  stands alone, the usual reading in news; the rarer theme reading ("Kuwait's invasion
  in 1990") needs a "by" agent to be read;
- any other noun ("Togo's attacks", "Yerevan's provocations", "its breaches"): no
  undergoer takes the possessor's place, so the possessor is the doer.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from .wordclasses import shared_class, shared_classes

NOUN_POS = frozenset({"NOUN", "PROPN"})
UNDERGOER_PREPS = frozenset({"on", "against", "into", "upon"})
"""Prepositions naming whom a noun's act is aimed at ("a strike on", "raids into")."""
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
"""Acts counted ("Togo's arrests", "the regime's executions") are told of their doer: a
possessor is what an act befell only with a noun of one act ("the envoy's arrest")."""
TIME_LABELS = frozenset({"DATE", "TIME"})
"""An "of" phrase that is a date names when, not whom ("the invasion of 1990")."""
DOER = "doer"
UNDERGOER = "undergoer"


@lru_cache(maxsize=1)
def undergone_nominals() -> frozenset[str]:
    """Nouns of an act done to a party or a place, whose undergoer is their "of" phrase
    (the shared class ``undergone_nominals``)."""
    return frozenset(w.lower() for w in shared_class("undergone_nominals"))


@lru_cache(maxsize=1)
def campaign_nominals() -> frozenset[str]:
    """The campaigns among them ("invasion", "occupation", "bombing"): a lone possessor
    is their doer."""
    return frozenset(w.lower() for w in shared_classes()["undergone_nominals"]["campaigns"])


@dataclass(frozen=True)
class Roles:
    """The heads of an event noun's doers and undergoers (phrases to be coded by the
    caller: a possessive pronoun is returned as it is)."""

    doers: tuple[Token, ...]
    undergoers: tuple[Token, ...]


def _pobjs(tok: Token, words: frozenset[str]) -> list[Token]:
    return [o for p in tok.children if p.dep_ in ("prep", "agent") and p.lower_ in words
            for o in p.children if o.dep_ in ("pobj", "pcomp")]


def possessors(noun: Token) -> list[Token]:
    return [c for c in noun.children if c.dep_ == "poss"]


def of_objects(noun: Token) -> list[Token]:
    """The "of" phrase naming what the act is done to (not a date: "of 1990")."""
    return [o for o in _pobjs(noun, frozenset({"of"})) if o.ent_type_ not in TIME_LABELS
            and not o.like_num]


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _misplaced(noun: Token) -> list[Token]:
    """"condemned the shelling of the villages by Libya": an active verb takes no "by"
    agent, so a "by" phrase the parser hung on it after its event-noun object is that
    noun's doer."""
    verb = noun.head
    if noun.dep_ != "dobj" or _passive(verb) or not any(
            c.dep_ in ("nsubj", "csubj") for c in verb.children):
        return []
    return [o for o in _pobjs(verb, frozenset({"by"})) if o.i > noun.i]


def by_agents(noun: Token) -> list[Token]:
    """The "by" agents of an event noun: on the noun ("the annexation by the empire"),
    on a participle describing it ("sanctions adopted by the EU"), on its "of" object
    (or that one's), where the parser may hang it ("the expulsion of diplomats by
    Poland"), or on the active verb whose object it is ("condemned the shelling of
    villages by Libya").  Of a verb, its passive's agent ("was annexed by the empire")."""
    by = frozenset({"by"})
    if noun.pos_ not in NOUN_POS:
        return _pobjs(noun, by)
    return (_pobjs(noun, by)
            or [a for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
                for a in _pobjs(c, by)]
            or [a for o in _of_chain(noun) for a in _pobjs(o, by)]
            or _misplaced(noun))


def _of_chain(noun: Token) -> list[Token]:
    """The "of" objects of a noun and theirs in turn, two deep ("the torture of dozens
    of students by X": "by X" may hang on either)."""
    first = of_objects(noun)
    return first + [o for f in first for o in of_objects(f)]


def possessor_role(noun: Token) -> str | None:
    """``"doer"`` or ``"undergoer"``: what the possessor of an event noun is (see the
    module docstring); None when the noun has no possessor, or when a "by" agent and an
    "of" object leave the possessor no role."""
    if noun.pos_ not in NOUN_POS or not possessors(noun):
        return None
    named_object = bool(of_objects(noun) or _pobjs(noun, UNDERGOER_PREPS))
    if by_agents(noun):
        return None if named_object else UNDERGOER
    lemma = noun.lemma_.lower()
    if (named_object or lemma not in undergone_nominals() or lemma in campaign_nominals()
            or noun.tag_ in PLURAL_TAGS):
        return DOER
    return UNDERGOER


def names_an_act(tok: Token) -> bool:
    """Whether ``tok`` heads a noun of an act done to someone: as a participant of
    another act ("Somalia's bombardment killed dozens", "condemned the invasion of the
    islands") it stands for its doers, not for what it befell."""
    return tok.pos_ in NOUN_POS and tok.lemma_.lower() in undergone_nominals()


def possessive_doers(noun: Token) -> list[Token]:
    """The possessors of ``noun`` that did its act ("Peru's" in "Peru's invasion of the
    islands" and in "Peru's invasion"; none in "the envoy's arrest")."""
    return possessors(noun) if possessor_role(noun) == DOER else []


def possessive_undergoers(noun: Token) -> list[Token]:
    """The possessors of ``noun`` its act befell ("Togo's" in "Togo's annexation by the
    empire" and "the envoy's arrest")."""
    return possessors(noun) if possessor_role(noun) == UNDERGOER else []


def roles(noun: Token) -> Roles:
    """The doers and undergoers of an event noun: a "by" agent wins the doer's place;
    the undergoers are its "of" object, its "on"/"against"/"into" phrases and a
    possessor the act befell."""
    if noun.pos_ not in NOUN_POS:
        return Roles((), ())
    doers = by_agents(noun) or possessive_doers(noun)
    undergoers = of_objects(noun) + _pobjs(noun, UNDERGOER_PREPS) + possessive_undergoers(noun)
    if not doers and not undergoers and noun.dep_ == "conj" and noun.head.pos_ in NOUN_POS:
        # "the detention and torture of protesters by X": the phrases hang on the first
        return roles(noun.head)
    return Roles(tuple(doers), tuple(undergoers))


def undergoer_positions(noun: Token) -> set[int]:
    """Positions of the words naming whom an event noun's act befell: its undergoers'
    phrases, less a doer's phrase the parser hung inside one ("the torture of
    protesters by X": "by X" hangs on "protesters")."""
    found = roles(noun)
    doers = {t.i for d in found.doers for t in d.subtree}
    return {t.i for u in found.undergoers for t in u.subtree} - doers
