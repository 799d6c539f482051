"""Wordings of denials and accusations that the cue word alone misses (issue 12): the
own side said to be absent, a claim judged irrational, untrue or absurd in new words,
states that blame nobody, an unowned act judged hostile.  Every sentence here is
written for these tests (none comes from the corpus or the stance probes)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from tests.claim_probes import claim_at


def _said(doc: Doc) -> dict:
    return claim_at(doc, "said", "says", "told")


@pytest.mark.parametrize("text", [
    "Belgrade said there were no Serbian police in the northern villages.",
    '"There were no Moroccan soldiers anywhere near the camp," a Moroccan army spokesman said.',
])
def test_the_own_side_said_to_be_absent_is_a_denial(nlp: Language, text: str) -> None:
    assert _said(nlp(text))["kind"] == "denial"


def test_absence_of_harm_on_the_own_side_is_no_denial(nlp: Language) -> None:
    """"no casualties on the Peruvian side" names where, not who acted."""
    assert _said(nlp("Lima said there were no casualties on the Peruvian side."))["kind"] \
        != "denial"


@pytest.mark.parametrize("text", [
    "Beijing called the American charges \"Cold War mania\".",
    "Tehran described the British allegations as a fairy tale.",
    "The Iranian ministry said the information was not consistent with reality.",
    "Moscow said the report was not accurate.",
    "The Venezuelan minister said the idea of Russian bases in Venezuela was absurd.",
])
def test_a_claim_judged_irrational_untrue_or_absurd_is_denied(nlp: Language, text: str) -> None:
    assert [c["kind"] for c in nlp(text)._.claims] == ["denial"]


@pytest.mark.parametrize("text", [
    '"The West needs a new enemy," the Russian minister said.',
    "The Iranian envoy said Kyiv lacked the shells it needed.",
])
def test_a_state_of_another_party_accuses_nobody(nlp: Language, text: str) -> None:
    assert _said(nlp(text))["kind"] != "accusation"


def test_an_unowned_act_judged_hostile_is_an_accusation_of_nobody_named(nlp: Language) -> None:
    doc = nlp("The Turkish ministry said the measures were an attack on Turkey's sovereign rights.")
    assert (_said(doc)["kind"], _said(doc)["target"]) == ("accusation", None)
    assert _said(nlp("The Turkish ministry said the measures were temporary."))["kind"] \
        == "statement"


@pytest.mark.parametrize(("text", "target"), [
    ("Vilnius said fragments of a Belarusian drone had fallen on Lithuanian territory.", "BLR"),
    ("Tokyo said a Chinese balloon flew over Japanese airspace last week.", "CHN"),
])
def test_another_partys_objects_come_into_the_own_territory_is_an_accusation(
        nlp: Language, text: str, target: str) -> None:
    claim = _said(nlp(text))
    assert (claim["kind"], claim["target"]) == ("accusation", target)


@pytest.mark.parametrize("text", [
    "Warsaw said a Russian delegation had arrived in the capital.",
    "Tokyo said a Chinese balloon had landed in Mongolian territory.",
])
def test_arriving_or_landing_elsewhere_accuses_nobody(nlp: Language, text: str) -> None:
    assert _said(nlp(text))["kind"] != "accusation"


@pytest.mark.parametrize("text", [
    "Addis Ababa said the port agreement violated no country's sovereignty.",
    "The Serbian minister said the new law harmed no community's rights.",
])
def test_an_act_said_to_harm_no_one_accuses_nobody(nlp: Language, text: str) -> None:
    assert _said(nlp(text))["kind"] != "accusation"


@pytest.mark.parametrize("text", [
    "London accused Moscow of spying on the base. The Russian embassy said Britain was "
    "gripped by spy mania.",
    "Washington accused Beijing of hacking the agency. The Chinese embassy said America "
    "was in the grip of anti-China hysteria.",
])
def test_a_false_belief_named_by_the_accused_party_denies_the_charge(
        nlp: Language, text: str) -> None:
    assert nlp(text)._.claims[-1]["kind"] == "denial"


def test_a_false_belief_named_by_a_party_not_accused_denies_nothing(nlp: Language) -> None:
    doc = nlp("London accused Moscow of spying on the base. Berlin said the public mood "
              "was one of spy mania.")
    assert doc._.claims[-1]["kind"] != "denial"


@pytest.mark.parametrize(("text", "target"), [
    ("Oslo expelled two Russian diplomats who it said had tried to recruit an engineer.",
     "RUS"),
    ("Vilnius detained two Belarusian officers who prosecutors said had spied on a "
     "military base.", "BLR"),
])
def test_a_relative_pronoun_doer_is_the_noun_it_stands_for(
        nlp: Language, text: str, target: str) -> None:
    claim = _said(nlp(text))
    assert (claim["kind"], claim["target"]) == ("accusation", target)


def test_a_judged_subject_naming_no_party_keeps_the_accused_found(nlp: Language) -> None:
    """"the attackers were terrorists ... in Pakistani army uniforms": the judgement
    names no party, the content does."""
    doc = nlp("India's defence minister said the attackers were terrorists \"along with "
              "persons dressed in Pakistani army uniforms\".")
    assert (_said(doc)["kind"], _said(doc)["target"]) == ("accusation", "PAK")
