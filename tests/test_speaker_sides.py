"""Who speaks for whom (issue 12): the nearest evidence of a titled speaker's side comes
before a wire story's dateline, a name the model misreads beside a quotation is still a
person whose pronouns carry the side, and a movement that rules a state answers for it.
Every sentence is written for these tests (none comes from the corpus, the written sets
or the stance probes)."""

from __future__ import annotations

import pytest
from spacy.language import Language

LEAD_KH = ("BANGKOK, May 2 (Wire) - Thailand's army accused Cambodian troops on Thursday "
           "of firing rockets into Sisaket province.\n\n")
LEAD_AF = ("ISLAMABAD, May 2 (Wire) - Pakistan accused Afghan forces on Thursday of firing "
           "mortars at a border post in Chaman.\n\n")


def _last(nlp: Language, text: str) -> dict:
    claims = nlp(text)._.claims
    assert claims, text
    return claims[-1]


def _code(claim: dict) -> str | None:
    return (claim.get("speaker") or {}).get("actor") or \
        (claim.get("resolved_speaker") or {}).get("actor")


@pytest.mark.parametrize(("text", "code"), [
    (LEAD_KH + "In Phnom Penh, Defence Ministry spokeswoman Maly Socheata said the soldiers "
     "had not fired any rockets.", "KHM"),
    (LEAD_KH + "Defence Ministry spokeswoman Maly Socheata told reporters in Phnom Penh that "
     "the soldiers had not fired any rockets.", "KHM"),
    (LEAD_AF + "Speaking in Kabul, deputy government spokesman Hamdullah Fitrat said the "
     "forces had not fired first.", "AFG"),
])
def test_the_capital_a_titled_official_speaks_in_comes_before_the_dateline(
        nlp: Language, text: str, code: str) -> None:
    claim = _last(nlp, text)
    assert _code(claim) == code
    assert claim["kind"] == "denial"


def test_a_city_that_is_no_seat_of_government_says_nothing_of_the_speaker(ents) -> None:
    text = ("BANGKOK, May 2 (Wire) - Foreign Minister Somchai Rattana told reporters in "
            "Geneva that the talks would resume.")
    assert ("Somchai Rattana", "THA", "GOV") in [(n, c, s) for n, _, c, s in ents(text)]


@pytest.mark.parametrize(("text", "code"), [
    (LEAD_KH + "Cambodia denied the charge. Government spokesman Pen Bona said the soldiers "
     "had not fired any rockets.", "KHM"),
    (LEAD_KH + "The Cambodian defence ministry said its soldiers had not fired first. "
     "Spokeswoman Maly Socheata said the Thai account was invented.", "KHM"),
    (LEAD_AF + "Afghanistan rejected the charge. Interior Ministry spokesman Abdul Matin "
     "Qani said Afghan forces had not fired first.", "AFG"),
])
def test_a_titled_official_answers_for_the_state_that_spoke_just_before(
        nlp: Language, text: str, code: str) -> None:
    claim = _last(nlp, text)
    assert _code(claim) == code
    assert claim["kind"] == "denial"


def test_the_state_before_counts_only_within_one_paragraph(ents) -> None:
    text = ("BANGKOK, May 2 (Wire) - Cambodia denied the charge.\n\n"
            "Army spokesman Winthai Suvaree said four villagers had been wounded.")
    assert ("Winthai Suvaree", "THA") in [(n, c) for n, _, c, _ in ents(text)]


@pytest.mark.parametrize(("text", "code"), [
    (LEAD_KH + "\"Our soldiers did not fire a single rocket,\" Maly Socheata, a Cambodian "
     "defence ministry spokeswoman, told reporters.\n\nThai villagers fled to shelters "
     "overnight.\n\n\"The Thai side is spreading lies,\" she said.", "KHM"),
    (LEAD_KH + "\"We did not cross the border,\" Sovann Ke, Cambodia's ambassador, told "
     "reporters on Friday.\n\nThai villagers fled to shelters overnight.\n\n"
     "\"The Thai side is spreading lies,\" he said.", "KHM"),
])
def test_a_pronoun_keeps_the_side_of_a_titled_name_beside_a_quotation(
        nlp: Language, text: str, code: str) -> None:
    claim = _last(nlp, text)
    assert _code(claim) == code
    assert claim["kind"] == "denial"


@pytest.mark.parametrize("text", [
    "ISLAMABAD, May 2 (Wire) - Pakistan accused Afghanistan of sheltering militants who "
    "attacked a border post.\n\nTaliban spokesman Zabihullah Mujahid said Kabul would not "
    "allow anyone to use its soil against another country.",
    "KABUL, May 2 (Wire) - Pakistan accused the Taliban of sheltering militants who attacked "
    "a border post.\n\nThe Islamic Emirate does not allow any group to use Afghan territory "
    "against its neighbours, Taliban spokesman Zabihullah Mujahid said.",
    "BAKU, May 2 (Wire) - Armenia accused Azerbaijan of letting foreign drones fly from its "
    "bases.\n\nAzerbaijan's foreign ministry said Azerbaijan does not allow foreign forces "
    "to use its airspace against Armenia.",
])
def test_not_letting_ones_ground_be_used_against_others_is_a_denial(
        nlp: Language, text: str) -> None:
    assert _last(nlp, text)["kind"] == "denial"


def test_letting_ones_ground_be_used_is_no_denial(nlp: Language) -> None:
    text = ("KABUL, May 2 (Wire) - Taliban spokesman Zabihullah Mujahid said Kabul would "
            "allow traders to use its roads to reach Central Asia.")
    assert _last(nlp, text)["kind"] != "denial"


def test_a_ruling_movement_answers_a_charge_against_its_state(nlp: Language) -> None:
    text = ("ISLAMABAD, May 2 (Wire) - Pakistan accused Afghanistan of sheltering militants "
            "who attacked a border post.\n\nTaliban spokesman Zabihullah Mujahid said Kabul "
            "had never allowed militants to use Afghan soil against Pakistan.")
    doc = nlp(text)
    denial = doc._.claims[-1]
    assert denial["kind"] == "denial"
    assert any(p for p in doc._.pairs), doc._.pairs
