"""A request for someone's release is aimed at whoever holds them.

Why: "A court in Tehran sentenced a French citizen.  Paris demanded his release",
"Police in Minsk detained two journalists.  Vilnius called for their immediate release":
the request names no party but the one asking; its object (or "for" phrase) is a release
noun (``releases.nouns`` in ``configs/events/lexicon.json``) whose holder is the doer of
an earlier act of holding (``releases.holding_types``: arrests, detentions, seizures,
sentences).  PLOVER REQUEST goes from the side asking to the side asked, and CAMEO's
"demand release of persons or property" (1041/1241) is addressed to the holder.  The act
is chosen as for other definite act nouns (:func:`.antecedents.pick`: the latest done to
the side asking, else the latest), among earlier acts by another side.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from . import antecedents, syntax
from .scope import objects
from .settings import EventSettings

Event = dict[str, Any]
ASKING_TYPES = frozenset({"REQUEST"})
RELEASE_PREPS = ("for",)


def release_nouns(tok: Token, cfg: EventSettings) -> list[Token]:
    """Release nouns a request takes as object or "for" phrase ("demanded his release",
    "called for the release of the crew")."""
    heads = objects(tok) + [o for p in RELEASE_PREPS for o in syntax.prep_objects(tok, p)]
    return [o for o in heads if o.lemma_.lower() in cfg.release_nouns]


def address_releases(events: list[Event], cfg: EventSettings) -> None:
    """Give a release request with no recipient the doers of the earlier act of holding
    (``events`` in text order, within ``antecedent_reach`` sentences)."""
    for idx, ev in enumerate(events):
        if ev["type"] not in ASKING_TYPES or ev["recipients"] or not ev["actors"]:
            continue
        nouns = release_nouns(ev["_tok"], cfg)
        if not nouns:
            continue
        mine = set(ev["actors"])
        near = antecedents.within(events[:idx], ev["sentence"], cfg.antecedent_reach)
        earlier = [o for o in near if o["actors"] and not set(o["actors"]) & mine
                   and o["type"] in cfg.holding_types]
        found = antecedents.pick(nouns[0], earlier, judges=mine)
        if found is not None:
            ev["recipients"] = list(found["actors"])
