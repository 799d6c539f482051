""""Both sides", "the war": the two parties of the fight told before.

Why: news names the parties of a conflict once and then calls them "both sides" ("the UN
condemned the strike and urged both sides to protect civilians").  The reference
resolver, which knows no events, takes the last two parties named, and those are often a
third party or a side's backer named in between.  A side is a party to a fight, so the
phrase points to the two parties of the latest hostile event told before it (its actors
and recipients together), when that event names exactly two.  So does a fight named with
one side or none ("since the war began"): the guide makes all its parties actors.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from . import syntax
from .arguments import Arguments

Event = dict[str, Any]


def _side_phrases(tok: Token, names: tuple[str, ...], args: Arguments,
                  side_nouns: frozenset[str]) -> bool:
    """Whether the first source in ``names`` that finds anything finds a "sides" phrase."""
    for name in names:
        heads = args.heads(name, tok)
        if heads:
            return any(h.lemma_.lower() in side_nouns and args.refs.kind(h) == "plural"
                       for h in heads)
    return False


def lend_sides(events: list[Event], hostile: frozenset[str],
               args: Arguments, side_nouns: frozenset[str]) -> None:
    """Give an event whose recipients are "both sides", and a fight ("war", "clashes")
    named with fewer than two sides, the parties of the latest hostile event before it
    that names exactly two (events sorted by trigger start)."""
    if not side_nouns:
        return
    last: list[str] = []
    for ev in events:
        tok: Token = ev["_tok"]
        parties = list(dict.fromkeys(ev["actors"] + ev["recipients"]))
        if ev["type"] not in hostile and _side_phrases(
                tok, tuple(ev["_rule"].recipient_from), args, side_nouns):
            sides = [c for c in last if c not in ev["actors"]]
            if len(sides) == 2:
                ev["recipients"] = sides
        elif ev["type"] in hostile and len(parties) < 2 and set(parties) < set(last) \
                and two_sided(tok):
            # "since the war began", "the fighting began after X struck Y": a fight named
            # with one side or none is fought by the two sides of the act told before
            ev["actors"], ev["recipients"] = list(last), []
            parties = list(last)
        if ev["type"] in hostile and len(parties) == 2:
            last = parties


def two_sided(tok: Token) -> bool:
    """An act told as a war, a clash or a battle ("their war", "a war fought over X",
    "fought a war"): a fight has two sides by its very name, so whoever it is said of
    fought in it, none only underwent it."""
    nouns = [tok] if tok.pos_ == "NOUN" else [tok.head] if tok.dep_ == "acl" else []
    nouns += [c for c in tok.children if c.dep_ in syntax.OBJ_DEPS]
    return any(n.lemma_.lower() in syntax.GRAMMAR.two_sided_nouns for n in nouns)
