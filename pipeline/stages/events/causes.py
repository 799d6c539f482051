"""An injury and the attack it is told with share their sides.

"Wounded after forces opened fire", "killed when gunfire erupted with X", "killed in a
clash with X": the harm is told with its circumstance, an attack, so whoever attacked
there did the harm, and whoever was harmed underwent the attack.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from . import syntax
from .arguments import Arguments
from .settings import EventSettings

Event = dict[str, Any]


def _circumstance(tok: Token, word: str, preps: frozenset[str]) -> bool:
    """Whether ``tok``, a child of the trigger, opens an adjunct led by one of ``preps``:
    a preposition ("after the shelling", "in a clash") or a clause's subordinator
    ("after forces opened fire", "when gunfire erupted")."""
    if tok.dep_ == "prep":
        return word in preps
    return tok.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in preps
                                       for m in tok.children)


def cause_of(ev: Event, by_tok: dict[int, Event], cfg: EventSettings
             ) -> tuple[Event | None, list[Token]]:
    """The attack an injury is told with: the event of the same type inside an
    after/following/amid adjunct of the trigger (else that adjunct's tokens), or inside
    a when/in/during adjunct (which alone, with no attack in it, names no cause: "killed
    in a village near the border with X")."""
    tok: Token = ev["_tok"]
    kids = list(tok.children)
    for c in kids:
        word = c.lower_
        causal = _circumstance(c, word, cfg.cause_preps)
        if not causal and not _circumstance(c, word, cfg.setting_cause_preps):
            continue
        region = list(c.subtree)
        region += [t for k in kids if k.dep_ == "advcl" and k.left_edge.i == c.right_edge.i + 1
                   for t in k.subtree]
        for t in region:
            other = by_tok.get(t.i)
            if other is not None and other is not ev and other["type"] == ev["type"]:
                if syntax.response_to(t) is not None:
                    break  # "struck in retaliation for the attack": answered, not its cause
                return other, region
        if causal:
            return None, region
    return None, []


def link_causes(events: list[Event], cfg: EventSettings, args: Arguments) -> None:
    """An attack and the injury it caused share their sides; a two-sided cause ("a clash
    with X") lends the injury the side that is not the injured."""
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
