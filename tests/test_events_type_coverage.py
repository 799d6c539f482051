"""Type coverage probes (issue 13): wordings wire copy uses for acts the coder missed.

Each class is held by two sentences written for these tests, none from the corpus or
the written benchmark (tests/data/written_types_*.jsonl).
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def nlp():
    from pipeline.nlp import build_nlp

    return build_nlp(exclude=("claims",))


def types(nlp, text: str) -> set[str]:
    return {e["type"] for e in nlp(text)._.events}


def one(nlp, text: str, etype: str) -> dict:
    found = [e for e in nlp(text)._.events if e["type"] == etype]
    assert len(found) == 1, (etype, text, found)
    return found[0]


@pytest.mark.parametrize("text", [
    "Georgian police fired water cannon and tear gas at protesters in Tbilisi.",
    "Kenyan police used tear gas against demonstrators in Nairobi.",
])
def test_crowd_control_weapons_on_people_are_an_assault(nlp, text):
    ev = one(nlp, text, "ASSAULT")
    assert ev["cameo"] == "175"
    assert ev["actors"] and ev["recipients"]  # the police of the place, on its people


def test_protesters_who_undergo_an_act_are_no_protest_of_their_own(nlp):
    assert "PROTEST" not in types(nlp, "Police in Dhaka fired rubber bullets at protesters.")
    # but protesters who act are one
    assert "PROTEST" in types(nlp, "Protesters in Dhaka stormed a police station.")


@pytest.mark.parametrize("text,etype", [
    # time given to comply is an ultimatum
    ("Venezuela's leader gave foreign oil firms three months to leave the region.", "THREATEN"),
    ("The junta in Niamey gave French troops a month to leave Niger.", "THREATEN"),
    # intelligence sharing told as a noun is cooperation
    ("Israel and the UAE stepped up intelligence sharing on Iran.", "COOPERATE"),
    ("South Korea and Japan restored military intelligence sharing.", "COOPERATE"),
])
def test_wording_gives_the_type(nlp, text, etype):
    assert etype in types(nlp, text)


def test_a_gift_last_year_is_no_ultimatum(nlp):
    found = types(nlp, "The United States gave Ukraine $2 billion in military aid last year.")
    assert "THREATEN" not in found


@pytest.mark.parametrize("text,found,not_found", [
    # forces ordered or sent to a place are mobilised, not supplied
    ("Haiti's government sent police reinforcements to the capital.", "MOBILIZE", "AID"),
    ("Kenya ordered troops to the Somali border.", "MOBILIZE", "AID"),
    # the charges a legal act rests on are no accusation of their own
    ("Russian police detained a Ukrainian journalist on espionage charges.", "COERCE", "ACCUSE"),
    ("A Chinese court jailed a Taiwanese activist on separatism charges.", "COERCE", "ACCUSE"),
])
def test_one_type_and_not_its_neighbour(nlp, text, found, not_found):
    got = types(nlp, text)
    assert found in got
    assert not_found not in got


@pytest.mark.parametrize("text,recipient", [
    ("France threw its weight behind Kenya's mediation.", "KEN"),
    ("Russia stood by Iran in the dispute over its nuclear programme.", "IRN"),
    ("Arab states rallied behind Egypt after the attack.", "EGY"),
])
def test_standing_behind_a_party_is_support(nlp, text, recipient):
    ev = one(nlp, text, "SUPPORT")
    assert ev["recipients"] == [recipient]
    assert "PROTEST" not in types(nlp, text)


def test_solidarity_with_a_party_names_it(nlp):
    ev = one(nlp, "The Lithuanian president voiced solidarity with Finland.", "SUPPORT")
    assert ev["recipients"] == ["FIN"]


@pytest.mark.parametrize("text", [
    "Rwanda and Congo initialled a peace agreement.",
    "Serbia and Hungary initialed a border accord in Szeged.",
])
def test_initialling_an_agreement_is_signing_it(nlp, text):
    assert one(nlp, text, "SUPPORT")["cameo"] == "057"


def test_charges_filed_are_still_an_accusation(nlp):
    assert "ACCUSE" in types(nlp, "Serbia filed charges against Kosovo police officers.")
