"""A denial that names whose claim it rejects answers the claims that owner made
(ANNOTATION.md, Pairs: by reference; :mod:`pipeline.stages.stance.owners`).  Probe
sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.claim_probes import one_claim as _one
from tests.claim_probes import pair_ids as _pairs


@pytest.mark.parametrize(("text", "owner", "target"), [
    # a third party: "its" is the party named before it, whose charge is against another
    ("Rwanda's army said Burundian troops had shelled a border post near Bugarama. "
     "The African Union said Rwanda had provided no evidence for its allegations.",
     "RWA", "BDI"),
    ("Djibouti's interior ministry said Eritrean troops had dug trenches inside its "
     "territory. The Arab League said Djibouti had offered no evidence to support its "
     "account.", "DJI", "ERI"),
])
def test_a_denial_naming_the_owner_answers_the_owners_charge(
        nlp: Language, text: str, owner: str, target: str) -> None:
    doc = nlp(text)
    charge = _one(doc, "accusation", sentence=0)
    denial = _one(doc, "denial")
    assert charge["speaker"]["actor"] == owner
    assert charge["target"] == target
    assert _pairs(doc) == {(denial["id"], charge["id"])}
    [pair] = doc._.pairs
    assert f"owner-of-claim-noun:{owner}" in pair["evidence"]


@pytest.mark.parametrize("text", [
    ("Venezuela's defence minister said Guyanese soldiers had fired on a patrol boat on "
     "the Cuyuni river. The foreign ministry in Caracas said Guyanese troops had wounded "
     "two sailors in the attack. Brazil dismissed Venezuela's claims as unfounded."),
    # an "of" owner
    ("Serbia's interior ministry said Kosovo police had beaten Serb protesters in Zvecan. "
     "Belgrade also said Kosovo police had arrested three Serb mayors. "
     "The European Union rejected the claims of the Serbian government."),
])
def test_an_owned_plural_noun_answers_every_charge_of_its_owner(
        nlp: Language, text: str) -> None:
    """The claims stage points "Venezuela's claims" back to one charge; the owner made
    two, and the denial answers both."""
    doc = nlp(text)
    first = _one(doc, "accusation", sentence=0)
    second = _one(doc, "accusation", sentence=1)
    denial = _one(doc, "denial")
    assert _pairs(doc) == {(denial["id"], first["id"]), (denial["id"], second["id"])}


@pytest.mark.parametrize("text", [
    ("Rwanda's army said Burundian troops had shelled a border post near Bugarama. "
     "The African Union said Uganda had provided no evidence for its allegations."),
    ("Venezuela's defence minister said Guyanese soldiers had fired on a patrol boat on "
     "the Cuyuni river. Brazil dismissed Colombia's claims as unfounded."),
])
def test_an_owner_who_made_no_claim_gets_no_pair(nlp: Language, text: str) -> None:
    doc = nlp(text)
    _one(doc, "accusation", sentence=0)
    _one(doc, "denial")
    assert not _pairs(doc)


@pytest.mark.parametrize(("text", "answered", "other"), [
    # the owner accused two parties; the one that answers "its allegations" answers
    # the charge against itself, not the other
    ("Ethiopia's government said Eritrean troops had looted clinics in Adwa. "
     "Ethiopia also accused the World Health Organization of buying weapons for "
     "the rebels. The World Health Organization said Ethiopia had provided no "
     "evidence for most of its allegations.", "WHO", "ERI"),
    # a denial on behalf of a named party leaves the charges against another
    ("Azerbaijan's defence ministry said Armenian troops had shelled a village in "
     "Nakhchivan. Azerbaijan also accused Iran of arming the Armenian army. "
     "Russia's foreign ministry rejected the accusations against Armenia as "
     "provocations.", "ARM", "IRN"),
])
def test_a_denial_answers_only_the_charges_against_the_party_it_stands_for(
        nlp: Language, text: str, answered: str, other: str) -> None:
    doc = nlp(text)
    kept = _one(doc, "accusation", target=answered)
    _one(doc, "accusation", target=other)
    denial = _one(doc, "denial")
    assert _pairs(doc) == {(denial["id"], kept["id"])}


def test_the_owners_charge_of_another_act_is_not_answered(nlp: Language) -> None:
    """The denial tells the act it rejects: the owner's charge of another kind of act
    is not what it answers."""
    doc = nlp("Venezuela's defence minister said Guyanese soldiers had fired on a patrol "
              "boat on the Cuyuni river. The minister also said Guyana had signed an oil "
              "deal with Exxon in disputed waters. Brazil rejected Venezuela's claim that "
              "Guyanese soldiers had shot at the boat.")
    shooting = _one(doc, "accusation", sentence=0)
    denial = _one(doc, "denial")
    assert (denial["id"], shooting["id"]) in _pairs(doc)
    assert all(c == shooting["id"] for d, c in _pairs(doc) if d == denial["id"])


def test_a_headline_denial_answers_the_owners_later_charge(nlp: Language) -> None:
    doc = nlp("Brazil rejects Venezuela's claims over river shooting\n\n"
              "Venezuela's defence minister said on Monday that Guyanese soldiers had "
              "fired on a patrol boat on the Cuyuni river.")
    denial = _one(doc, "denial")
    charge = _one(doc, "accusation", target="GUY")
    assert (denial["id"], charge["id"]) in _pairs(doc)


@pytest.mark.parametrize("text", [
    ("Azerbaijan's defence ministry said Armenian troops had shelled a village in "
     "Nakhchivan. Armenia denied shelling the village. Russia's foreign ministry "
     "rejected what it called baseless accusations against its allies in Yerevan."),
    ("Colombia's army said ELN guerrillas had bombed an oil pipeline in Arauca. The ELN "
     "denied bombing the pipeline. Venezuela's government dismissed accusations against "
     "its friends in Colombia as lies."),
])
def test_a_denial_on_behalf_of_allies_answers_the_charges_they_denied(
        nlp: Language, text: str) -> None:
    """No definite noun points back: the allies' own denial tells which charges."""
    doc = nlp(text)
    charge = _one(doc, "accusation", sentence=0)
    own, behalf = sorted((c for c in doc._.claims if c["kind"] == "denial"),
                         key=lambda c: c["sentence"])
    assert (own["id"], charge["id"]) in _pairs(doc)
    assert (behalf["id"], charge["id"]) in _pairs(doc)


def test_a_denial_on_behalf_of_a_named_party_answers_the_charges_against_it(
        nlp: Language) -> None:
    doc = nlp("Azerbaijan's defence ministry said Armenian troops had shelled a village in "
              "Nakhchivan. Russia's foreign ministry rejected the accusations against "
              "Armenia as provocations.")
    charge = _one(doc, "accusation", sentence=0)
    denial = _one(doc, "denial")
    assert _pairs(doc) == {(denial["id"], charge["id"])}


def test_allies_who_denied_nothing_get_no_pair(nlp: Language) -> None:
    """Only the charges the allies themselves denied are known to be the ones meant."""
    doc = nlp("Azerbaijan's defence ministry said Armenian troops had shelled a village in "
              "Nakhchivan. Russia's foreign ministry rejected what it called baseless "
              "accusations against its allies in Yerevan.")
    _one(doc, "accusation", sentence=0)
    _one(doc, "denial")
    assert not _pairs(doc)
