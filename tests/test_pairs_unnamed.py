"""A charge that names no accused is answered by a later denial of the same act
(ANNOTATION.md, Pairs: by content; :mod:`pipeline.stages.stance.unnamed`).  Probe
sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc


def _pairs(doc: Doc) -> set[tuple[str, str]]:
    return {(p["denial"], p["claim"]) for p in doc._.pairs}


def _one(doc: Doc, kind: str, **fields: object) -> dict:
    found = [c for c in doc._.claims if c["kind"] == kind
             and all(c.get(k) == v for k, v in fields.items())]
    assert len(found) == 1, doc._.claims
    return found[0]


@pytest.mark.parametrize("text", [
    # an unidentified doer: the group denying the ambush answers the police's account
    "Police said unidentified gunmen had ambushed a fuel convoy near Garissa on Monday. "
    "The Shabaab group denied any part in the ambush.",
    # an uncoded doer ("militants"): the act denied is the one charged
    "The Somali army said militants were deliberately shelling farms around Baidoa. "
    "Al-Shabaab denied shelling any farms.",
])
def test_a_charge_naming_no_accused_is_answered_by_a_denial_of_its_act(
        nlp: Language, text: str) -> None:
    doc = nlp(text)
    charge = _one(doc, "accusation", target=None)
    denial = _one(doc, "denial")
    assert _pairs(doc) == {(denial["id"], charge["id"])}
    [pair] = doc._.pairs
    assert "unnamed-accused" in pair["evidence"]


def test_a_charge_naming_no_accused_of_another_act_is_not_answered(nlp: Language) -> None:
    doc = nlp("Police said unidentified gunmen had ambushed a fuel convoy near Garissa. "
              "Al-Shabaab denied shelling a police post in Mandera.")
    _one(doc, "accusation", target=None)
    _one(doc, "denial")
    assert not _pairs(doc)


def test_a_charge_naming_no_accused_told_after_the_denial_is_not_answered(
        nlp: Language) -> None:
    doc = nlp("The Somali army said militants were deliberately shelling farms around Baidoa. "
              "Al-Shabaab denied shelling any farms. "
              "Officials later said militants had shelled a market in Kismayo.")
    first = _one(doc, "accusation", sentence=0)
    later = _one(doc, "accusation", sentence=2)
    denial = _one(doc, "denial")
    assert later["target"] is None
    assert _pairs(doc) == {(denial["id"], first["id"])}
