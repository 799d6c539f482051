"""Acts told by conjoined passive verbs share their sides: "were detained and later
released", "was held for a week and then let go", "were arrested and charged".

Two passive verbs joined by "and" share their subject (who underwent both) and, when
neither names a doer of its own, the same unnamed doer: the authority that holds people
is the one that frees or charges them.  So a conjoined verb that names no side of its
own takes both sides of the act of the verb it is joined to, when that verb is passive
too and the second verb has no subject or "by" phrase of its own.
"""

from __future__ import annotations

from typing import Any

from . import syntax

Event = dict[str, Any]
PARTICIPLE_TAGS = frozenset({"VBN", "VB"})
"""A past participle, or the base form the tagger gives one that looks the same ("let")."""


def share_passive_sides(events: list[Event]) -> None:
    """Give an act on a passive verb's conjunct that names no side, or only the doer of
    that verb's act, the sides of that verb's act."""
    by_tok = {ev["_tok"].i: ev for ev in events}
    for ev in events:
        tok = ev["_tok"]
        # "held and then let go": the parser may hang the light verb on its particle verb
        node = tok.head if tok.dep_ == "aux" and tok.head.dep_ == "conj" else tok
        if ev["recipients"] or node.dep_ != "conj" or tok.pos_ not in ("VERB", "AUX"):
            continue
        first = by_tok.get(node.head.i)
        if first is None or not first["actors"] or not syntax.is_passive(node.head) \
                or ev["actors"] not in ([], first["actors"]):
            continue  # (an actor of its own that is the first verb's doer: the same doer)
        if syntax.own_subjects(node) or syntax.children(node, ["nsubjpass"]) \
                or syntax.agents(node) or tok.tag_ not in PARTICIPLE_TAGS:
            continue  # "X was held and the army later freed him": a doer of its own
        ev["actors"] = list(first["actors"])
        ev["recipients"] = list(first["recipients"])
