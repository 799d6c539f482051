"""Deployments into another's territory are acts of force when pairing.

Why: PLOVER's MOBILIZE holds both a show of force at home ("massed troops at the
border", CAMEO 15 "exhibit military posture") and the sending of forces into another
country ("sent troops into Central Equatoria", "deployed soldiers across the border
into Somalia"), which CAMEO files under 19 "fight" (192 occupy territory).  A charge of
attacking inside a country is answered by a denial of sending troops into it, and the
reverse; massing troops at home answers no charge of an attack.  So a deployment told
with a preposition of entering ("into", "across") counts in the force family too, beside
its own.  Read from the parse, inside an article; across articles (records only) the
type's own family stands.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from spacy.tokens import Doc

from .rules import StanceRules


def incursion_events(doc: Doc, events: Iterable[Mapping[str, Any]],
                     rules: StanceRules) -> frozenset[str]:
    """Ids of the deployments (``pairs.incursion.types``) told as going into a place:
    a preposition of entering on the verb or on what is sent ("sending troops into")."""
    out = set()
    for event in events:
        trigger = event.get("trigger")
        if event.get("type") not in rules.incursion_types or not trigger or not event.get("id"):
            continue
        span = doc.char_span(trigger["start"], trigger["end"], alignment_mode="expand")
        if span is None:
            continue
        verb = span.root
        heads = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))]
        if any(c.dep_ == "prep" and c.lower_ in rules.incursion_preps
               for head in heads for c in head.children):
            out.add(str(event["id"]))
    return frozenset(out)
