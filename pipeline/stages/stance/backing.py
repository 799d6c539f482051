"""Another party blamed for backing an armed party (ANNOTATION.md, Claims: accusation
"in any words"; CAMEO 112 "accuse" as told of sponsors: "Kinshasa is collaborating
with the FDLR militia", "Athens was arming the militants"): a state or body said to
work with, arm, fund or train a non-state armed party shares the blame for what that
party does.  The backing verbs, and the prepositions that lead from a verb of working
together to its partner, are data (configs/claims/stance.json "backing"); a noun of
backing after "in" ("operating inside Congo in support of the rebels") names the
partner whatever the verb.

The partner is armed by its head noun (a hostile agent that names people by their
arms, not the generic "men" or "group"), by an apposition that is one ("the FDLR, a
genocidal militia"), or by its code: a non-state armed group of the actor dictionary.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..claims import actors
from ..wordclasses import word_forms
from . import frames
from .rules import StanceRules


def _armed(tok: Token, rules: StanceRules) -> bool:
    """Whether a partner phrase names an armed party."""
    heads = [tok, *(c for c in tok.children if c.dep_ == "appos")]
    if any(word_forms(h) & rules.hostile_agents and
           not word_forms(h) & (rules.origin_generic | rules.backing_governments)
           for h in heads):
        return True
    # "the PKK": a coded armed group; its modifier too ("the PKK militants" is a head)
    books = actors.book_for(None).group_codes
    return any(actors.code_of(actors.token_actor(t)) in books
               for t in (tok, *(c for c in tok.children if c.dep_ == "compound")))


def _partners(verb: Token, rules: StanceRules) -> list[Token]:
    """The party a backing verb backs: its object, or the object of "with"."""
    found = [c for c in verb.children if c.dep_ == "dobj"]
    found += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in rules.backing_preps
              for g in c.children if g.dep_ == "pobj"]
    return found + [c for f in found for c in f.children if c.dep_ == "conj"]


def _backed_in_phrase(act: Token, rules: StanceRules) -> list[Token]:
    """"were operating inside Congo in support of the rebels", "fought in support of the
    militia": whatever the verb, an "in" phrase whose noun is one of backing names the
    party backed in its "of" phrase."""
    return [o for c in act.children if c.dep_ == "prep" and c.lower_ == "in"
            for n in c.children if n.dep_ == "pobj" and n.lemma_.lower() in rules.backing_verbs
            for p in n.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj"]


def backs_armed(clause: Token, speaker: str | None, rules: StanceRules) -> str | None:
    """The code of another party said to back an armed party in this clause, told as a
    fact (not negated, not modal); None otherwise."""
    if clause.pos_ not in frames.VERBAL or frames.negated(clause) or frames.modal(clause, rules):
        return None
    act = frames.attempted_act(clause, rules)  # "continued to arm the rebels"
    partners = _backed_in_phrase(act, rules)
    if act.lemma_.lower() in rules.backing_verbs:
        partners += _partners(act, rules)
    if not partners:
        return None
    who, code = frames.side(frames.doer(clause), speaker, rules)
    if who != "other":
        return None
    return code if any(_armed(p, rules) for p in partners) else None
