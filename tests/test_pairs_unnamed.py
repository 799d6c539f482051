"""A charge that names no accused is answered by a later denial of the same act
(ANNOTATION.md, Pairs: by content; :mod:`pipeline.stages.stance.unnamed`).  Probe
sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.claim_probes import one_claim as _one
from tests.claim_probes import pair_ids as _pairs


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
