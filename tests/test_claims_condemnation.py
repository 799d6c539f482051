"""Accusations worded as judgements of another party's act, and hostile acts by an
armed party the text does not code (issue 12: kinds from what is said, not cue words).
Every sentence here is written for these tests (none comes from the corpus or the
stance probes)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from tests.claim_probes import claim_at


def _at(doc: Doc, cue: str) -> dict:
    return claim_at(doc, cue.lower())


# ---------------------------------------------------------------- calling an act by a
# condemning word (CAMEO 111, BRAND)


@pytest.mark.parametrize(("sentence", "cue", "target"), [
    ("Caracas called the American embargo illegal.", "called", "USA"),
    ("Havana branded the Spanish expulsions a hostile act.", "branded", "ESP"),
    ("Seoul described the Japanese export curbs as economic blackmail.", "described", "JPN"),
    ("Hanoi labelled the Chinese blockade a violation of its sovereignty.", "labelled", "CHN"),
    # phrasal verbs of criticism (CAMEO 111) take the accused after their preposition
    ("The Bolivian president lashed out at Chile over the river dispute.", "lashed", "CHL"),
    ("Athens hit out at Ankara for sending a survey ship.", "hit", "TUR"),
    ("Nigerian officials assailed France for its role in the coup.", "assailed", "FRA"),
    # judged in a clause: "X's act was <condemning word>"
    ("Belgrade said the Albanian border checks were illegal and provocative.", "said", "ALB"),
    ("Manila said Beijing's blockade of the shoal was an act of aggression.", "said", "CHN"),
])
def test_condemning_another_partys_act_is_an_accusation(
        nlp: Language, sentence: str, cue: str, target: str) -> None:
    claim = _at(nlp(sentence), cue)
    assert claim["kind"] == "accusation"
    assert claim["target"] == target


@pytest.mark.parametrize("sentence", [
    "Lima called the trade agreement historic.",
    "The envoy described the talks as frank and useful.",
])
def test_calling_an_act_by_a_neutral_word_accuses_nobody(nlp: Language, sentence: str) -> None:
    assert all(c["kind"] != "accusation" for c in nlp(sentence)._.claims)


def test_calling_a_claim_false_stays_a_denial(nlp: Language) -> None:
    """A claim noun as object: the judgement denies it (``call_denial``), never accuses."""
    claim = _at(nlp("Quito branded the Colombian allegations a provocation."), "branded")
    assert claim["kind"] == "denial"


# ---------------------------------------------------------------- neutral or negated judgements


@pytest.mark.parametrize("sentence", [
    "Belgrade said the Albanian border checks were temporary.",
    "Manila said Beijing's proposal was not an act of aggression.",
])
def test_a_neutral_or_negated_judgement_accuses_nobody(nlp: Language, sentence: str) -> None:
    assert _at(nlp(sentence), "said")["kind"] != "accusation"


# ---------------------------------------------------------------- unnamed armed doers


@pytest.mark.parametrize("sentence", [
    "The Malian army said gunmen had ambushed a supply convoy near Gao.",
    "Police in Lagos said a group of armed men attacked a checkpoint overnight.",
])
def test_a_hostile_act_by_an_uncoded_armed_party_is_an_accusation(
        nlp: Language, sentence: str) -> None:
    claim = _at(nlp(sentence), "said")
    assert claim["kind"] == "accusation"
    assert claim["target"] is None  # the text names no party that can be coded


@pytest.mark.parametrize(("sentence", "kind"), [
    ("The Malian army said its soldiers had killed six fighters near Gao.", "claim"),
    ("The hospital says the fighting has killed more than 300 people.", "statement"),
])
def test_own_acts_and_doerless_harm_are_no_accusation(
        nlp: Language, sentence: str, kind: str) -> None:
    assert _at(nlp(sentence), "says" if "says" in sentence else "said")["kind"] == kind


# ---------------------------------------------------------------- acts named as nouns,
# and acts judged rather than done


@pytest.mark.parametrize(("sentence", "target"), [
    ("Nairobi said Somali agents had planned the attack.", "SOM"),
    ("Tunis said Libyan militias had plotted a coup.", "LBY"),
])
def test_planning_a_hostile_act_named_as_a_noun_accuses_the_planner(
        nlp: Language, sentence: str, target: str) -> None:
    claim = _at(nlp(sentence), "said")
    assert claim["kind"] == "accusation"
    assert claim["target"] == target


@pytest.mark.parametrize(("sentence", "judge"), [
    ("Ghana said Togo had condemned the attack.", "TGO"),
    ("Benin said Niger had deplored the shelling.", "NER"),
])
def test_a_party_said_to_judge_a_hostile_act_is_not_accused_of_it(
        nlp: Language, sentence: str, judge: str) -> None:
    claim = _at(nlp(sentence), "said")
    assert not (claim["kind"] == "accusation" and claim["target"] == judge)


@pytest.mark.parametrize("sentence", [
    "Ghana said the accusations did not hold water.",
    "Accra said the Togolese claims don't hold water.",
    "Togo said there was no truth to the reports.",
    "Lome said there was no truth in the Ghanaian report.",
    "Benin said the claims were without any basis.",
])
def test_a_charge_said_to_have_no_truth_or_basis_is_denied(
        nlp: Language, sentence: str) -> None:
    assert _at(nlp(sentence), "said")["kind"] == "denial"
