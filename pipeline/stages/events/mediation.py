"""A third party that speaks with both sides: who mediates acts on the pair.

Why: a contact act (a call, a meeting) is symmetric, so every party a source names is an
actor ("Putin and Lukashenko spoke by phone").  When the subject is one party and the
"with" / "to" phrase is a reference back to a pair it does not belong to ("the Malaysian
premier said he had spoken with both leaders", "the AU chairman spoke to the two
sides"), the subject is a third party reaching the two sides, as in PLOVER's CONSULT
third-party mode: the subject is the actor and the pair its recipients.  The sources are
a rule's ``third_party_from`` (``configs/events/triggers.json``); the pair is found by
:meth:`~..entities.references.References.kind`, so a phrase that names its parties
("with the leaders of A and B") stays symmetric.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..entities import coding as actor_coding

if TYPE_CHECKING:
    from .arguments import Arguments
    from .rules import Rule


def symmetric_sides(args: Arguments, tok: Token, rule: Rule, actors: list[str],
                    recipients: list[str]) -> tuple[list[str], list[str]]:
    """(actors, recipients) of a symmetric act: every party an actor, unless the subject's
    side speaks with a pair named by reference (then subject -> pair)."""
    merged = actors + [c for c in recipients if c not in actors]
    pair = _pair(args, tok, rule) if actors else []
    if len(pair) < 2 or set(pair) & set(actors):
        return merged, []
    return list(actors), pair


def _pair(args: Arguments, tok: Token, rule: Rule) -> list[str]:
    """Codes of the phrases of ``rule.third_party_from`` that refer back to a group."""
    codes: list[str] = []
    for name in rule.third_party_from:
        for head in args.heads(name, tok):
            if args.refs.kind(head) != "plural" or actor_coding.phrase_actors(head, args.book):
                continue
            for actor in args.actors_of(head):
                if actor.get("code") and actor["code"] not in codes:
                    codes.append(actor["code"])
    return codes
