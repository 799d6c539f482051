"""Which earlier act a definite act noun points back to, and what it lends the verb.

A long report tells one act several times: "U.S. forces struck targets in Iraq ...
Iraq condemned the raids ... the strikes hit a village".  Between two mentions other
acts are told (the attack the strikes answered, a militia's threat), so the latest
earlier act of the type is often another one.  A mention names its act by the same
word ("the strikes" after "struck", "the seizure" after "seized"), or is judged by the
one it was done to ("Baghdad condemned the raids" after strikes on Iraq); only when
neither singles one out does the latest act stand for it.  An act noun that is the
subject of a hostile verb ("the strikes hit a village") lends that verb its doers.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from typing import Any

from spacy.tokens import Token

from . import syntax
from .scope import objects
from .settings import EventSettings

Event = dict[str, Any]

MIN_STEM = 4
"""Shortest shared beginning of two lemmas taken as one word family ("seiz")."""


def same_word(a: Token, b: Token) -> bool:
    """Two triggers name the act by one word family: "strike"/"struck" share a lemma,
    "seizure"/"seized" and "shelling"/"shelled" a stem (every letter but the last two
    of the shorter lemma, and at least four).  Derivational morphology without a
    lexicon: English act nouns are their verb plus a suffix."""
    x, y = a.lemma_.lower(), b.lemma_.lower()
    if x == y:
        return True
    shared = 0
    for cx, cy in zip(x, y, strict=False):
        if cx != cy:
            break
        shared += 1
    return shared >= max(MIN_STEM, min(len(x), len(y)) - 2)


def within(events: list[Event], sentence: int, reach: int) -> list[Event]:
    """The acts of ``events`` (in text order) told from ``reach`` sentences before
    ``sentence`` up to it: where a definite mention looks back (bisections, so a long
    article costs no scan of every act per mention)."""
    def key(o: Event) -> int:
        return o["sentence"]
    return events[bisect_left(events, sentence - reach, key=key):
                  bisect_right(events, sentence, key=key)]


def pick(tok: Token, earlier: Iterable[Event], judges: Iterable[str] = (),
         worded: bool = False) -> Event | None:
    """The earlier act a definite mention ``tok`` names: the latest told by the same
    word, else (unless ``worded``) the latest done to one of ``judges`` (who condemns
    a raid was raided), else the latest.  ``earlier`` is in text order."""
    acts = list(earlier)
    same = [o for o in acts if same_word(tok, o["_tok"])]
    if same or worded or not acts:
        return same[-1] if same else None
    judged = set(judges)
    undergone = [o for o in acts if judged & set(o["recipients"])]
    return (undergone or acts)[-1]


def lend_to_verbs(events: list[Event], hostile: frozenset[str]) -> None:
    """"The strikes hit weapons depots", "the raids had killed civilians": a verb whose
    subject is an act noun told as an event of its own was done by that act's doers.
    So is a verb whose subject is a weapon described by a hostile act ("drones launched
    by the RSF struck a depot in Port Sudan", "a rocket fired by Hezbollah hit a house"):
    firing and striking are one act, so the firing takes the struck side too."""
    by_tok = {ev["_tok"].i: ev for ev in events}
    for ev in events:
        tok: Token = ev["_tok"]
        if ev["type"] not in hostile or ev["actors"] or tok.pos_ not in ("VERB", "AUX"):
            continue
        for subj in syntax.children(tok, ("nsubj",)):
            act = by_tok.get(subj.i)
            fired = [by_tok[c.i] for c in syntax.children(subj, ("acl",)) if c.i in by_tok]
            if act is None and fired:
                act = fired[0]
                if not act["recipients"]:
                    act["recipients"] = [c for c in ev["recipients"] if c not in act["actors"]]
            if act is not None and act["type"] in hostile and act["actors"]:
                ev["actors"] = [c for c in act["actors"] if c not in ev["recipients"]]
                break


def pointed_to(ev: Event, events: list[Event], cfg: EventSettings) -> list[str]:
    """"Ankara condemned the move", "Iran criticised the decision": a definite act noun
    with no event of its own points back to an earlier act by another side (an act,
    not a judgement of one), chosen by :func:`pick`; its doers are judged."""
    tok: Token = ev["_tok"]
    grammar = syntax.GRAMMAR
    mine = set(ev["actors"])
    events = within(events, ev["sentence"], cfg.antecedent_reach)
    definite = [o for o in objects(tok) if o.pos_ == "NOUN" and any(
        c.dep_ in ("det", "poss") and c.lower_ in cfg.definite_words for c in o.children)]
    nouns = [o for o in definite
             if o.lemma_.lower() in grammar.act_anaphors | grammar.hostile_act_anaphors]
    if not nouns:
        # "called the withdrawal regrettable" after "were withdrawing", "criticised the
        # suspension" after "suspended": a definite noun of an earlier act's word family
        # (by another side) names that act, whatever its word
        told = [o for o in events if o["_tok"].i < tok.i and o["actors"]
                and o["type"] not in cfg.object_event_types and not set(o["actors"]) & mine]
        found = next((pick(n, told, worded=True) for n in definite
                      if pick(n, told, worded=True) is not None), None)
        return list(found["actors"]) if found else []
    # "condemned the raids", "denounced the seizure": a hostile act noun points back
    # to a hostile act (not to a visit or a deal told in between)
    general = any(n.lemma_.lower() in grammar.act_anaphors for n in nouns)
    kinds = None if general else cfg.hostile_types
    earlier = [o for o in events if o["_tok"].i < tok.i and o["actors"]
               and o["type"] not in cfg.object_event_types
               and (kinds is None or o["type"] in kinds)
               and not set(o["actors"]) & mine]
    found = pick(nouns[0], earlier, judges=mine)
    return list(found["actors"]) if found else []
