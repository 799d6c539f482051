"""Background exchanges: an older charge told with its own reply (ANNOTATION.md, Pairs).

Why a module of its own: wire copy closes with background — "A UN panel reported in
January that the group had killed hundreds in another town. The group has previously
rejected such findings", "The army has long accused the rebels of extortion, charges the
group has rejected".  Such a charge is answered by the denial that refers back to it
in the same or the next sentence, after the story's own denial by that party: it is
another incident, so the story's denial does not answer it, and the background denial
does not answer the story's charges — unless the two tell one act, shown by a party or
a name both contents mention besides the accused ("sheltering the TTP" ... "giving the
TTP a free hand"): the guide pairs by the same act, not by the same accused alone.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from spacy.symbols import PROPN
from spacy.tokens import Doc

from ..claims import actors
from .positions import content_spans


def content_marks(doc: Doc, claims: list[dict[str, Any]]) -> dict[str, frozenset[str]]:
    """What singles out one act in a claim's content: the codes of the parties it names
    and the proper names not coded as a party ("El Geneina", "Moura")."""
    out: dict[str, frozenset[str]] = {}
    for claim, span in content_spans(doc, claims):
        found = actors.mentions(list(span))
        coded: set[int] = set()
        for start, _ in found:
            ent = actors.entity_of(doc[start])
            coded.update(range(ent.start, ent.end))
        names, run = set(), []
        for tok in [*span, None]:  # whole names: "El Fasher" is not "El Geneina"
            if tok is not None and tok.pos == PROPN and tok.i not in coded:
                run.append(tok.lower_)
            elif run:
                names.add(" ".join(run))
                run = []
        out[claim["id"]] = frozenset({f"@{code}" for _, code in found} | names)
    return out


def _speaker(claim: Mapping[str, Any]) -> str | None:
    speaker = claim.get("speaker") or {}
    resolved = claim.get("resolved_speaker") or {}
    return speaker.get("actor") or resolved.get("actor")


def _exchanges(claims: list[dict[str, Any]], anchors: Mapping[str, list[dict[str, Any]]],
               lead: int = 0) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """(charge, its reply) pairs told as background: the reply refers back to the
    charge, told in its sentence or the one before, after an earlier denial by the
    reply's party in the story (a headline's denial, in the first ``lead`` sentences,
    is the story's denial told first, not an earlier exchange)."""
    out = []
    denials = [c for c in claims if c["kind"] == "denial"]
    for reply in denials:
        for charge in anchors.get(reply["id"], []):
            if not 0 <= reply["sentence"] - charge["sentence"] <= 1:
                continue
            # an uncoded replier ("the militants") is the party the charge accuses
            party = _speaker(reply) or charge.get("target")
            if party and any(_speaker(d) == party and lead <= d["sentence"] < charge["sentence"]
                             for d in denials if d is not reply):
                out.append((charge, reply))
    return out


def _one_act(a: Mapping[str, Any], b: Mapping[str, Any],
             marks: Mapping[str, frozenset[str]], accused: set[str]) -> bool:
    """Whether ``a`` and ``b`` name a party or a place in common besides the sides of
    the quarrel (``accused``, and the accusers: a place in the accuser's country is
    coded as the accuser)."""
    sides = accused | {_speaker(a), _speaker(b)} - {None}
    shared = marks.get(a["id"], frozenset()) & marks.get(b["id"], frozenset())
    return bool(shared - {f"@{code}" for code in sides})


def separate_background(claims: list[dict[str, Any]],
                        out: dict[tuple[str, str], dict[str, Any]],
                        anchors: Mapping[str, list[dict[str, Any]]],
                        marks: Mapping[str, frozenset[str]], lead: int = 0) -> None:
    """Drop from ``out`` ((denial id, claim id) -> pair) the pairs joining a background
    exchange to the rest of the article, unless the two contents tell one act."""
    by_id = {c["id"]: c for c in claims}
    # the pairs an exchange can drop join its charge or its reply: looked up by id, so a
    # long article costs no scan of every pair per exchange
    touching: dict[str, list[tuple[str, str]]] = {}
    for key in out:
        touching.setdefault(key[0], []).append(key)
        touching.setdefault(key[1], []).append(key)
    for charge, reply in _exchanges(claims, anchors, lead):
        party = _speaker(reply) or charge.get("target")
        accused = {party, charge.get("target")} - {None}
        keys = dict.fromkeys(touching.get(charge["id"], []) + touching.get(reply["id"], []))
        for denial_id, claim_id in keys:
            if (denial_id, claim_id) not in out:
                continue
            denial, claim = by_id.get(denial_id), by_id.get(claim_id)
            if denial is None or claim is None:
                continue
            if claim in anchors.get(denial_id, []):
                continue  # what the claims stage found the denial points to
            if claim is charge and denial is not reply and \
                    denial["sentence"] < charge["sentence"] and \
                    not _one_act(denial, charge, marks, accused):
                del out[(denial_id, claim_id)]
            elif denial is reply and claim is not charge and \
                    claim["sentence"] < charge["sentence"] and \
                    not _one_act(claim, charge, marks, accused | {claim.get("target")}):
                del out[(denial_id, claim_id)]
