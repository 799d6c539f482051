"""Denials of one's own acts (issue 12 item 4): a side saying it did not do an act is a
denial only when the act is one it could be blamed for (ANNOTATION.md, denial: "did
not do an act they are blamed for").  Every sentence here is written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.claim_probes import claim_at


@pytest.mark.parametrize(("sentence", "cue"), [
    # active, passive with the own side as agent, agentless passive of a supply act
    ("Serbia's defence ministry insisted that no arms had been transferred to the militia.",
     "insisted"),
    ("No ammunition was delivered by Serbia to either party, the Serbian president said.",
     "said"),
    ("Egypt said no Egyptian troops had entered Libyan territory.", "said"),
    # a part in something
    ("Minsk stated that not a single Belarusian soldier was involved in the operation.",
     "stated"),
    ("Quito said its police had not participated in the raid.", "said"),
    # no share in a hostile act (the complicity nouns, negated: stance/involvement.py)
    ("Kenya said it was no party to the shelling of the camp.", "said"),
    ("Uganda's army said it was not a party to the fighting in Ituri.", "said"),
    ('"Our country was never an accomplice in the bombing of the market," the Malian '
     "minister said.", "said"),
    ("Kampala said its troops were not complicit in the killing of the protesters.", "said"),
    # an act done to armed forces
    ("Chile's defence minister said Chile had never hosted foreign troops.", "said"),
    ("Tunisia said it had not lent any warships to the coalition.", "said"),
    # a verb of harming
    ("Chad's army said its jets had not targeted the market.", "said"),
    ('"We never harmed a single villager," the Malian colonel told reporters.', "told"),
    # its forces, ships or aircraft not present where they are said to have acted
    ("Seoul said none of its ships had been in the area.", "said"),
    ("Kigali said no Rwandan soldier had set foot in Congo.", "said"),
    ("Manila said its coast guard vessels had not been near the shoal that day.", "said"),
    # falsehoods another party spreads about the speaker's side
    ("Algiers said Morocco was once again spreading lies about its army.", "said"),
    ("Caracas said Washington was peddling falsehoods about Venezuela.", "said"),
])
def test_own_side_not_doing_a_chargeable_act_is_a_denial(
        nlp: Language, sentence: str, cue: str) -> None:
    assert claim_at(nlp(sentence), cue)["kind"] == "denial"


@pytest.mark.parametrize("sentence", [
    # nothing anyone could be charged with
    "Norway said no agreement was reached at the talks.",
    "The Swiss foreign ministry said no decision had been taken on the request.",
    "Austria said it had not received an invitation to the summit.",
    "Portugal's foreign ministry said no date had been set for the visit.",
    "Ireland said its troops had not been consulted about the mission.",
    # the own side suffering a hostile act, not doing it
    "The Danish navy said no Danish vessels were damaged in the storm.",
    "Peru said no Peruvian soldiers were wounded in the ambush.",
    # absent, but not forces; falsehoods, but not about the speaker's side
    "Tokyo said its envoy had not been in Beijing since March.",
    "Kigali said no Rwandan minister had set foot in Kinshasa since the talks.",
    "Quito said the network had circulated disinformation about the vote.",
    # no party to something nobody calls a wrong; another party said to be no party
    "Chile said it was no party to the fishing accord.",
    "Bolivia said it was not a party to the treaty on fishing.",
    "Kenya said Somalia was not a party to the shelling of the camp.",
])
def test_own_side_negation_of_an_act_nobody_blames_is_no_denial(
        nlp: Language, sentence: str) -> None:
    assert claim_at(nlp(sentence), "said")["kind"] != "denial"


# ---------------------------------------------------------------- contested accounts
# (issue 12 item 3; ANNOTATION.md kind 3: "Beijing says the balloon is a civilian airship")


@pytest.mark.parametrize("sentence", [
    "Ottawa said the aircraft was a civilian weather balloon.",
    "Minsk said the convoy was a humanitarian mission.",
    "Hanoi said the exercises were routine and defensive.",
    "Tehran said the vessel was a research ship.",
])
def test_a_harmless_nature_asserted_is_a_contested_claim(nlp: Language, sentence: str) -> None:
    claim = claim_at(nlp(sentence), "said")
    assert claim["kind"] == "claim"
    assert claim["rule"].endswith("innocent-nature")


@pytest.mark.parametrize("sentence", [
    "Lima said the talks were a success.",
    "Oslo said the victims were civilians.",
    "Seoul said the flight was not a civilian one.",
])
def test_other_judgements_of_nature_stay_statements(nlp: Language, sentence: str) -> None:
    assert claim_at(nlp(sentence), "said")["kind"] == "statement"


# ---------------------------------------------------------------- "neither ... nor"


@pytest.mark.parametrize("text", [
    "Uganda accused Kenya of arming the rebels. Kenya's foreign minister said Kenya would "
    "neither fund nor arm any armed group.",
    "Mali accused Algeria of sheltering the militants. Algeria's army said it had neither "
    "trained nor armed the militants.",
])
def test_neither_nor_negates_both_acts(nlp: Language, text: str) -> None:
    doc = nlp(text)
    denial = claim_at(doc, "said")
    assert denial["kind"] == "denial"
    assert any(p["denial"] == denial["id"] for p in doc._.pairs)


def test_a_conjoined_verb_shares_the_modal_of_the_first(nlp: Language) -> None:
    """"would neither fund nor arm": "arm" is as modal as "fund" (a policy, unblamed)."""
    claim = claim_at(nlp("Brazil's defence ministry said Brazil would neither fund nor arm "
                         "the rebels."), "said")
    assert claim["kind"] == "statement"
