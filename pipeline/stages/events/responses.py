"""A reprisal told with no object is aimed at the doer of the act it answers.

Why: "Chile raised tariffs on Argentine wheat.  Buenos Aires said it would retaliate",
"Sri Lankan sailors fired on Indian boats.  New Delhi vowed to hit back", "Thai troops
returned fire after Cambodian soldiers shelled a post": a response verb (CAMEO 13x
threats of reprisal, 19x force used in reply) names the responder only; whom it answers
is the side whose hostile act was just told against the responder.  The answered act
is the latest hostile act by another side that was done to the responder, in the
response's own sentence or the ``reach`` sentences before (the guide's "previous
sentence"), or, in the response's own sentence, one that names no target ("returned fire
after X shelled a post": the shelling told with the answer befell the one answering).
Whoever did nothing to the responder is not answered ("Chile raised tariffs on
Argentina.  Peru said it would retaliate": no recipient).  The words are data
(``responses`` in ``configs/events/lexicon.json``).

The act answered may be told as a gerund under the response verb ("Armenian troops
responded to shelling from Azerbaijani positions", "retaliated for firing by Afghan
guards"): the parser hands it the response verb's subject, but the responder underwent
it; its doer is its own "from" / "by" phrase (:func:`answered_gerunds`).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from typing import Any

from spacy.tokens import Token

from .. import nominal
from . import syntax
from .settings import EventSettings

Event = dict[str, Any]
DOER_PREPS = ("from", "by")
"""Prepositions naming the doer of an answered act told as a gerund."""
MODIFIER_DEPS = ("amod", "compound", "poss")
"""Words on an act noun that name its doer ("the Kenyan aggression")."""
VOW_DEPS = ("xcomp",)
"""How the answering verb hangs on a vow or threat ("vowed to retaliate")."""


def answers(tok: Token, cfg: EventSettings) -> bool:
    """Whether ``tok`` (or the infinitive it vows) is a verb of answering force with
    force: "retaliate", "hit back", "returned fire"."""
    for verb in (tok, *(c for c in tok.children if c.dep_ in VOW_DEPS)):
        lemma = verb.lemma_.lower()
        if lemma in cfg.response_verbs:
            return True
        if lemma in cfg.response_back_verbs and any(
                c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children):
            return True
        if any(c.dep_ == "dobj" and f"{lemma} {c.lemma_.lower()}" in cfg.response_object_frames
               for c in verb.children):
            return True
    return False


def answered(ev: Event, events: list[Event], cfg: EventSettings,
             window: tuple[int, int] | None = None) -> Event | None:
    """The hostile act ``ev`` answers: by another side, done to ``ev``'s actors (or
    naming no target, in ``ev``'s own sentence), the latest before it, else the first
    after it in its sentence.  ``window``: the slice of ``events`` (in text order) that
    holds every event of the ``reach`` sentences up to ``ev``'s, when the caller knows it."""
    mine, sent, at = set(ev["actors"]), ev["sentence"], ev["_tok"].i
    hostile = cfg.hostile_types
    near = events if window is None else events[window[0]:window[1]]
    found = [o for o in near if o is not ev and o["actors"]
             and o["type"] in hostile and not set(o["actors"]) & mine
             and sent - cfg.response_reach <= o["sentence"] <= sent
             and (o["_tok"].i < at or o["sentence"] == sent)
             and (mine & set(o["recipients"])
                  or (o["sentence"] == sent and not o["recipients"]))]
    before = [o for o in found if o["_tok"].i < at]
    if before:
        return max(before, key=lambda o: o["_tok"].i)
    return min(found, key=lambda o: o["_tok"].i) if found else None


def _windows(events: list[Event], reach: int) -> Callable[[Event], tuple[int, int] | None]:
    """For events in sentence order, the slice of those ``reach`` sentences before an
    event's up to its own (a scan of every event for each response was quadratic on long
    articles); None when the events are not in sentence order."""
    sentences = [e["sentence"] for e in events]
    if any(a > b for a, b in zip(sentences, sentences[1:], strict=False)):
        return lambda ev: None
    return lambda ev: (bisect_left(sentences, ev["sentence"] - reach),
                       bisect_right(sentences, ev["sentence"]))


def named_doers(tok: Token, codes: Callable[[Token], list[str]]) -> list[str]:
    """Sides named as the doers of the act noun a response is "to" or "for" ("would
    respond to the Kenyan aggression", "to Peru's provocations", "to attacks by X")."""
    verbs = (tok, *(c for c in tok.children if c.dep_ in VOW_DEPS))
    nouns = [o for v in verbs for p in syntax.ANSWER_PREPS for o in syntax.prep_objects(v, p)
             if o.pos_ == "NOUN"]
    heads = [h for n in nouns for h in (*nominal.roles(n).doers, *syntax.prep_objects(n, "from"),
                                         *(c for c in n.children if c.dep_ in MODIFIER_DEPS))]
    return [c for h in heads for c in codes(h)]


def aim_responses(events: list[Event], cfg: EventSettings,
                  codes: Callable[[Token], list[str]]) -> None:
    """Give a hostile response with no recipient the doers of the act it answers: named
    in its "to" phrase, else told before it."""
    hostile = cfg.hostile_types
    window = _windows(events, cfg.response_reach)
    for ev in events:
        if ev["type"] not in hostile or ev["recipients"] or not ev["actors"]:
            continue
        if not answers(ev["_tok"], cfg):
            continue
        doers = named_doers(ev["_tok"], codes)
        if not doers:
            found = answered(ev, events, cfg, window(ev))
            doers = found["actors"] if found is not None else []
        ev["recipients"] = [c for c in dict.fromkeys(doers) if c not in ev["actors"]]


def answered_gerunds(events: list[Event], codes: Callable[[Token], list[str]]) -> None:
    """A hostile act told as a gerund the response verb answers ("responded to shelling
    from X") was done to the responder, by its own "from" / "by" phrase, if any."""
    for ev in events:
        tok: Token = ev["_tok"]
        if tok.dep_ != "pcomp" or tok.pos_ != "VERB" or syntax.own_subjects(tok):
            continue
        prep = tok.head
        verb = prep.head
        if prep.lower_ not in syntax.ANSWER_PREPS \
                or verb.lemma_.lower() not in syntax.GRAMMAR.response_verbs:
            continue
        responders = [c for s in syntax.subjects(verb) for c in codes(s)]
        if not set(responders) & set(ev["actors"]):
            continue
        doers = [c for p in DOER_PREPS for o in syntax.prep_objects(tok, p) for c in codes(o)]
        ev["actors"] = [c for c in dict.fromkeys(doers) if c not in responders]
        ev["recipients"] = list(dict.fromkeys(responders))
