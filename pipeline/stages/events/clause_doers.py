"""A judged act the text tells in a clause of no event of its own: the clause's doer.

Why: "Venezuela's president ordered the army to set up a new division near the border.
Georgetown denounced the move as a threat", "Serbia's parliament passed a law on the
northern districts.  Kosovo denounced the law": the judgement's object is a definite act
noun (``act_anaphors`` in ``configs/events/grammar.json``) that points back to what the
sentence before tells, but that sentence holds no act of an event type (setting up a
division, passing a law), so :func:`.antecedents.pointed_to` finds none.  The doer of the
previous sentence's main clause made the move: the judgement's recipient (PLOVER:
who is criticised is the one whose act is judged).  A main verb of saying hands over
to the clause it reports ("Caracas said its army would set up ..."), a passive to its
"by" phrase; an uncoded or own-side doer gives nothing.

Also here: "Drones struck a depot in Port Sudan, the army said, in the first attack on
the city": the ranked act noun retells the act said (:func:`.clauses.ranked_retelling`),
so it takes that act's sides (:func:`lend_to_retellings`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Token

from . import clauses, syntax
from .scope import objects

Codes = Callable[[Token], list[str]]


def _definite_act_noun(tok: Token, definite: frozenset[str]) -> bool:
    """The judgement takes a definite act noun ("the move", "the law") as object."""
    return any(o.pos_ == "NOUN" and o.lemma_.lower() in syntax.GRAMMAR.act_anaphors
               and any(c.dep_ in ("det", "poss") and c.lower_ in definite
                       for c in o.children)
               for o in objects(tok))


def _doer_heads(root: Token, speech_verbs: frozenset[str], told: set[int]) -> list[Token]:
    """Who does what a sentence's main clause tells (the reported clause of a verb of
    saying; the agent of a passive), when that clause tells no event (``told``: trigger
    positions; an act told as an event is the antecedents' to find, and a judgement
    told before is no act: "Russia criticised the decision. Iran criticised it")."""
    verb = root
    if root.lemma_.lower() in speech_verbs:
        reported = syntax.children(root, ("ccomp",))
        if not reported:
            return []
        verb = reported[0]
    if verb.i in told:
        return []
    if syntax.is_passive(verb):
        return syntax.agents(verb)
    return syntax.own_subjects(verb)


def previous_doer(tok: Token, mine: set[str], codes_of: Codes, definite: frozenset[str],
                  speech_verbs: frozenset[str], told: set[int]) -> list[str]:
    """Codes of the previous sentence's doer for a judgement ``tok`` of a definite act
    noun, without the judge's own (``mine``); empty when the shape does not hold."""
    if not _definite_act_noun(tok, definite) or tok.sent.start == 0:
        return []
    previous = tok.doc[tok.sent.start - 1].sent
    heads = _doer_heads(previous.root, speech_verbs, told)
    codes = [c for h in heads for c in codes_of(h) if c not in mine]
    return list(dict.fromkeys(codes))


def lend_to_retellings(events: list[dict[str, Any]], speech_verbs: frozenset[str]) -> None:
    """A ranked retelling with no sides of its own takes the sides of the act its verb
    of saying tells (the clause that verb hangs on as a parenthetical, or reports)."""
    by_tok = {ev["_tok"].i: ev for ev in events}
    for ev in events:
        tok: Token = ev["_tok"]
        gov = syntax.governor(tok)
        if ev["actors"] or ev["recipients"] or gov is None \
                or not clauses.ranked_retelling(tok, gov, speech_verbs):
            continue
        said = [gov.head] if gov.dep_ == "parataxis" else syntax.children(gov, ("ccomp",))
        told = next((by_tok[c.i] for c in said if c.i in by_tok), None)
        if told is not None and told["type"] == ev["type"]:
            ev["actors"], ev["recipients"] = list(told["actors"]), list(told["recipients"])
