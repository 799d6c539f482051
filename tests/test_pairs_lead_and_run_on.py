"""Pairs that pass from one claim to another told as the same utterance (ANNOTATION.md,
Pairs: many to many): a quotation running on from a charge (:mod:`pipeline.stages.
stance.runon`), a headline's denial summing up the story's (:mod:`pipeline.stages.
stance.lead`), which does not make the story's reply a background exchange
(:mod:`pipeline.stages.stance.background`).  Probe sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.claim_probes import one_claim as _one
from tests.claim_probes import pair_ids as _pairs


@pytest.mark.parametrize(("text", "denier"), [
    ("Peru's navy said Chilean gunboats had fired on a fishing vessel off Arica. "
     '"Chilean sailors are shooting at unarmed fishermen," navy spokesman Luis Vera said. '
     '"This is an outrage." Chile denied firing on the vessel.', "CHL"),
    # nobody named: the charge is answered by its act, the run-on by continuing it
    ("Kenya's army said gunmen had raided a police post in Mandera. "
     '"The militants are killing civilians and burning homes," army spokesman Paul '
     'Njuguna said. "This is a massacre." Al Shabaab denied killing civilians in '
     "Mandera.", "ALSHABAAB"),
])
def test_a_run_on_quotation_is_answered_with_the_charge_it_continues(
        nlp: Language, text: str, denier: str) -> None:
    doc = nlp(text)
    tagged = _one(doc, "accusation", sentence=1)
    run_on = _one(doc, "accusation", sentence=2)
    denial = _one(doc, "denial")
    assert run_on["speaker"] is None and denial["speaker"]["actor"] == denier
    assert (denial["id"], tagged["id"]) in _pairs(doc)
    assert (denial["id"], run_on["id"]) in _pairs(doc)
    [pair] = [p for p in doc._.pairs if p["claim"] == run_on["id"]]
    assert pair["evidence"] == [f"runs-on-from:{tagged['id']}"]


def test_a_run_on_quotation_is_not_answered_by_a_denial_of_another_charge(
        nlp: Language) -> None:
    doc = nlp("Peru's navy said Chilean gunboats had fired on a fishing vessel off Arica. "
              '"Chilean sailors are shooting at unarmed fishermen," navy spokesman Luis '
              'Vera said. "This is an outrage." Bolivia denied closing its border with Peru.')
    run_on = _one(doc, "accusation", sentence=2)
    assert not any(claim == run_on["id"] for _, claim in _pairs(doc))


@pytest.mark.parametrize(("text", "denier"), [
    ("Ecuador blames Colombia for border raid; Bogota rejects charges\n"
     "Ecuador's defence ministry said on Monday that Colombian soldiers had crossed the "
     "San Miguel river and burned two farms. President Daniel Noboa accused Colombia of "
     "sheltering armed gangs on its side of the border. Colombia's foreign ministry "
     "rejected the accusations.", "COL"),
    ("Ghana accuses Togo over fishing boat seizure; Lome dismisses allegations\n"
     "Ghana's navy said on Tuesday that Togolese patrol boats had seized three Ghanaian "
     "canoes off Aflao. Ghana's fisheries minister accused Togo of harassing fishermen in "
     "Ghanaian waters. Togo's government rejected the claims in a statement.", "TGO"),
])
def test_a_headline_denial_answers_what_the_storys_denial_answers(
        nlp: Language, text: str, denier: str) -> None:
    doc = nlp(text)
    headline = _one(doc, "denial", sentence=0)
    story = _one(doc, "denial", sentence=3)
    later_charge = _one(doc, "accusation", sentence=2)
    assert headline["speaker"]["actor"] == story["speaker"]["actor"] == denier
    assert (story["id"], later_charge["id"]) in _pairs(doc)
    assert (headline["id"], later_charge["id"]) in _pairs(doc)


def test_a_headline_denial_takes_nothing_from_another_partys_denial(nlp: Language) -> None:
    doc = nlp("Ecuador blames Colombia for border raid; Bogota rejects charges\n"
              "Ecuador's defence ministry said on Monday that Colombian soldiers had crossed "
              "the San Miguel river. Peru's government accused Venezuela of sheltering "
              "armed gangs near its border. Venezuela's foreign ministry rejected the "
              "accusations.")
    headline = _one(doc, "denial", sentence=0)
    other = _one(doc, "accusation", sentence=2)
    assert other["target"] == "VEN"
    assert (headline["id"], other["id"]) not in _pairs(doc)


@pytest.mark.parametrize("text", [
    ("Ecuador blames Colombia for border raid; Bogota rejects charges\n"
     "Ecuador's defence ministry said on Monday that Colombian soldiers had crossed the "
     "San Miguel river and burned two farms. President Daniel Noboa accused Colombia of "
     "sheltering armed gangs on its side of the border. Colombia's foreign ministry "
     "rejected the accusations."),
    ("Ghana accuses Togo over fishing boat seizure; Lome dismisses allegations\n"
     "Ghana's navy said on Tuesday that Togolese patrol boats had seized three Ghanaian "
     "canoes off Aflao. Ghana's fisheries minister accused Togo of harassing fishermen in "
     "Ghanaian waters. Togo's government rejected the claims in a statement."),
])
def test_a_headline_denial_does_not_make_the_storys_reply_background(
        nlp: Language, text: str) -> None:
    """The reply right after the last charge is the story's denial, not an older
    exchange told after it: its plural noun sums up every charge before it."""
    doc = nlp(text)
    story = _one(doc, "denial", sentence=3)
    charges = [c["id"] for c in doc._.claims if c["kind"] == "accusation"]
    assert len(charges) == 3
    assert {claim for denial, claim in _pairs(doc) if denial == story["id"]} == set(charges)
