"""An injury and the attack it is told with share their sides.

"Wounded after forces opened fire", "killed following shelling from X": the harm is told
with its cause, an attack, so whoever attacked there did the harm, and whoever was harmed
underwent the attack.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from .arguments import Arguments
from .settings import EventSettings

Event = dict[str, Any]


def cause_of(ev: Event, by_tok: dict[int, Event], cfg: EventSettings
             ) -> tuple[Event | None, list[Token]]:
    """The attack an injury is told after ("wounded after forces opened fire",
    "killed after shooting broke out with X"): the event inside an after/following
    adjunct of the trigger, else the adjunct's tokens."""
    tok: Token = ev["_tok"]
    kids = list(tok.children)
    for c in kids:
        is_cause = (c.dep_ == "prep" and c.lower_ in cfg.cause_preps) or (
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in cfg.cause_preps
                                      for m in c.children))
        if not is_cause:
            continue
        region = list(c.subtree)
        region += [t for k in kids if k.dep_ == "advcl" and k.left_edge.i == c.right_edge.i + 1
                   for t in k.subtree]
        for t in region:
            other = by_tok.get(t.i)
            if other is not None and other is not ev and other["type"] == ev["type"]:
                return other, region
        return None, region
    return None, []


def link_causes(events: list[Event], cfg: EventSettings, args: Arguments) -> None:
    """An attack and the injury it caused share their sides."""
    by_tok = {ev["_tok"].i: ev for ev in events}
    for ev in events:
        if ev["type"] != "ASSAULT":
            continue
        cause, region = cause_of(ev, by_tok, cfg)
        if not region:
            continue
        attackers = cause["actors"] if cause is not None else []
        if not attackers:
            # "killed after shooting broke out with Azerbaijan's forces"
            heads = [o for t in region
                     if t.dep_ == "prep" and t.lower_ in ("with", "from", "by")
                     for o in t.children if o.dep_ == "pobj"]
            codes = [a["code"] for h in heads for a in args.actors_of(h)]
            attackers = [c for c in dict.fromkeys(codes) if c not in ev["recipients"]]
        if not ev["actors"]:
            ev["actors"] = [c for c in attackers if c not in ev["recipients"]]
        if cause is not None and not cause["actors"]:
            cause["actors"] = [c for c in ev["actors"]]  # "shooting broke out with X"
        elif cause is not None and not cause["recipients"]:
            cause["recipients"] = [c for c in ev["recipients"] if c not in cause["actors"]]
