"""A concession told by the demand it meets is aimed at whoever made the demand.

Why: "Niger's rulers demanded that the US pull its troops out.  Washington agreed to
the demand", "Mali's junta ordered French troops to leave.  Paris said it would comply
with the demand": the yielding verb names no party but the one yielding; its "to" /
"with" phrase (or object: "accepted the terms") is a definite demand noun
(``demand_objects`` in ``configs/events/lexicon.json``) that points back to the act
that made the demand.  The act is chosen as for other definite act nouns
(:func:`.antecedents.pick`: the same word family, else the latest done to the one
yielding, else the latest), among earlier acts by another side; its doers are the
concession's recipients (PLOVER CONCEDE: the side yielded to), and the doers of the
demand noun when it is told as an act of its own (not the side that yields).
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from . import antecedents, syntax
from .scope import objects
from .settings import EventSettings

Event = dict[str, Any]
YIELDING_TYPES = frozenset({"CONCEDE"})
DEMAND_PREPS = ("to", "with")


def demand_nouns(tok: Token, cfg: EventSettings) -> list[Token]:
    """Definite demand nouns a yielding trigger takes as object or "to"/"with" phrase."""
    heads = objects(tok) + [o for p in DEMAND_PREPS for o in syntax.prep_objects(tok, p)]
    return [o for o in heads if o.lower_ in cfg.demand_nouns and any(
        c.dep_ in ("det", "poss") and c.lower_ in cfg.definite_words for c in o.children)]


def answer_demands(events: list[Event], cfg: EventSettings) -> None:
    """Give a concession with no recipient the doers of the demand it meets
    (``events`` in text order)."""
    for idx, ev in enumerate(events):
        if ev["type"] not in YIELDING_TYPES or ev["recipients"] or not ev["actors"]:
            continue
        nouns = demand_nouns(ev["_tok"], cfg)
        if not nouns:
            continue
        mine = set(ev["actors"])
        earlier = [o for o in events[:idx] if o["actors"] and not set(o["actors"]) & mine
                   and o["type"] not in YIELDING_TYPES]
        found = antecedents.pick(nouns[0], earlier, judges=mine)
        if found is None:
            continue
        ev["recipients"] = list(found["actors"])
        for told in events:  # the demand noun told as an act of its own is the demander's
            if told["_tok"].i == nouns[0].i and set(told["actors"]) <= mine:
                told["actors"], told["recipients"] = list(found["actors"]), list(ev["actors"])
