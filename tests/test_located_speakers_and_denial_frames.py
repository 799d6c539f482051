"""Speakers named as a body located by a place, a speaker's own label for what it
answers, parts of one's own side, claims said not to match the facts, and an accused
side's counter-account.  Every sentence is written for these tests (none comes from the
corpus or the stance probes)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.stages.entities import coding
from pipeline.stages.entities.dictionary import load_actors


def _kinds(doc: Doc) -> list[str]:
    return [c["kind"] for c in doc._.claims]


def _speaker_code(claim: dict) -> str | None:
    return (claim["speaker"] or {}).get("actor")


# ------------------------------------------------------------ located speakers


@pytest.mark.parametrize(("sentence", "code"), [
    ("The foreign ministry in Beijing branded the charges groundless.", "CHN"),
    ("Officials in Kyiv said Russian troops had shelled the town overnight.", "UKR"),
    ("Sources in Baghdad said Turkish drones hit a village in the north.", "IRQ"),
    ("State media in Tehran said the talks had stalled.", "IRN"),
    ("Police in Tbilisi said they had detained dozens of protesters.", "GEO"),
])
def test_a_body_located_by_a_place_speaks_for_its_country(
        nlp: Language, sentence: str, code: str) -> None:
    claims = nlp(sentence)._.claims
    assert len(claims) == 1, claims
    assert _speaker_code(claims[0]) == code


def test_a_body_of_another_country_is_not_coded_by_where_it_sits(nlp: Language) -> None:
    """An embassy in a capital is usually another country's: no code from the place."""
    claims = nlp("The embassy in Kyiv said the visa rules would change.")._.claims
    assert len(claims) == 1 and _speaker_code(claims[0]) is None


def test_events_and_claims_code_a_located_body_alike(nlp: Language) -> None:
    """One function codes "police in Minsk" for both layers."""
    doc = nlp("Police in Minsk detained two journalists. Police in Minsk said the men "
              "had been released.")
    police = doc[0]
    assert [a["code"] for a in coding.member_actors(police, load_actors())] == ["BLR"]
    assert "BLR" in doc._.events[0]["actors"]
    assert _speaker_code(doc._.claims[0]) == "BLR"


def test_a_located_body_first_codes_what_it_names_itself(nlp: Language) -> None:
    doc = nlp("Iranian officials in Baghdad said the border crossing had reopened.")
    assert _speaker_code(doc._.claims[0]) == "IRN"


# ------------------------------------------------------------ "what it called X"


@pytest.mark.parametrize("sentence", [
    "The ministry rejected what it called baseless speculation about troop movements.",
    "Beijing condemned what it described as a smear campaign by Washington.",
    "The ministry dismissed what it termed fabricated reports of a troop build-up.",
])
def test_what_the_speaker_called_x_is_its_own_label_not_a_second_claim(
        nlp: Language, sentence: str) -> None:
    claims = nlp(sentence)._.claims
    assert len(claims) == 1, claims
    assert claims[0]["kind"] == "denial"
    assert claims[0]["content"]["text"].startswith("what")
    assert claims[0]["speaker"]["text"] != "it"


def test_a_naming_verb_with_its_own_object_still_makes_a_claim(nlp: Language) -> None:
    """Without the free relative "what", calling a charge groundless is the claim."""
    doc = nlp("Hanoi called the report groundless.")
    assert _kinds(doc) == ["denial"]


# ------------------------------------------------------------ parts of a side


@pytest.mark.parametrize("sentence", [
    "The Indian army said none of its soldiers crossed the Line of Control.",
    "Tokyo said neither of its destroyers had fired on the trawler.",
    "Cairo said none of its aircraft had entered Libyan airspace.",
])
def test_no_part_of_ones_own_side_doing_an_act_is_a_denial(
        nlp: Language, sentence: str) -> None:
    assert _kinds(nlp(sentence)) == ["denial"]


def test_a_part_of_another_party_doing_an_act_accuses_that_party(nlp: Language) -> None:
    claims = nlp("Kyiv said two of Russia's bombers had struck the bridge.")._.claims
    assert [(c["kind"], c["target"]) for c in claims] == [("accusation", "RUS")]


# ------------------------------------------------------------ claims not matching facts


@pytest.mark.parametrize("sentence", [
    "The Kremlin said the accusations did not correspond to reality.",
    "Hanoi said the report did not reflect the facts.",
    "Minsk said the claims do not match the facts on the ground.",
])
def test_a_claim_said_not_to_match_the_facts_is_denied(nlp: Language, sentence: str) -> None:
    assert _kinds(nlp(sentence)) == ["denial"]


@pytest.mark.parametrize("sentence", [
    "The ministry said the statement does not reflect the government's position.",
    "The ministry said the figures did not reflect the situation.",
    "The Kremlin said the accusations did correspond to reality.",
])
def test_not_matching_a_position_or_a_matching_claim_denies_nothing(
        nlp: Language, sentence: str) -> None:
    assert "denial" not in _kinds(nlp(sentence))


# ------------------------------------------------------------ an accused side answers


@pytest.mark.parametrize("answer", [
    "Baku said its artillery had fired at Armenian gun positions.",
    "Baku said its troops had seized two hilltops near the village.",
])
def test_an_accused_side_admitting_an_act_of_its_own_makes_a_claim(
        nlp: Language, answer: str) -> None:
    """ANNOTATION.md: a denial rejects the charge or says one's side did not do the act;
    an account that admits a forceful act of its own and contests the story is a
    contested assertion, kind claim, and answers no charge as a denial."""
    doc = nlp("Armenia accused Azerbaijan of shelling a village. " + answer)
    assert _kinds(doc) == ["accusation", "claim"]
    assert all(p["denial"] != doc._.claims[1]["id"] for p in doc._.pairs)


@pytest.mark.parametrize("answer", [
    "Baku said its forces had only returned fire.",
    "Baku said its artillery had struck only military targets.",
    "Baku said its units fired solely at Armenian gun positions.",
])
def test_an_accused_side_saying_it_did_no_more_than_x_denies_the_act(
        nlp: Language, answer: str) -> None:
    """"only returned fire": restricting what one's own side did to what is named says
    it did not do the act it is blamed for — a denial, paired with the charge."""
    doc = nlp("Armenia accused Azerbaijan of shelling a village. " + answer)
    assert _kinds(doc) == ["accusation", "denial"]
    accusation, denial = doc._.claims
    assert (denial["id"], accusation["id"]) in {(p["denial"], p["claim"]) for p in doc._.pairs}


@pytest.mark.parametrize(("charge", "answer"), [
    ("Somalia accused Ethiopia of sending troops into Gedo.",
     "Addis Ababa said its mission in Gedo is purely humanitarian."),
    ("Ghana accused Togo of shelling a border post.",
     "Lome said its only aim was to protect its own villages."),
    ("Somalia accused Ethiopia of sending troops into Gedo.",
     "Addis Ababa said the soldiers were sent solely to guard an aid convoy."),
    ("Armenia accused Azerbaijan of shelling a village.",
     "\"Our soldiers acted strictly in self-defence,\" a spokesman for Baku said."),
])
def test_an_accused_side_restricting_its_purpose_or_role_denies_the_act(
        nlp: Language, charge: str, answer: str) -> None:
    """The restriction on the predicate of a clause of being ("is purely humanitarian"),
    on its subject ("its only aim"), on a purpose clause ("sent solely to guard"), or
    "strictly": an unowned force noun ("the soldiers") said by the accused side is its
    own.  A denial, paired with the charge."""
    doc = nlp(f"{charge} {answer}")
    assert _kinds(doc) == ["accusation", "denial"]
    accusation, denial = doc._.claims
    assert (denial["id"], accusation["id"]) in {(p["denial"], p["claim"]) for p in doc._.pairs}


@pytest.mark.parametrize(("answer", "kind"), [
    ("Lome said its troops were deployed along the border.", "statement"),
    ("Lome said the troops would stay in their barracks.", "statement"),
    ("Lome said its mission in the region is humanitarian.", "claim"),
    ("Lome said the only solution was dialogue.", "statement"),
    ("Lome said the talks were only a first step.", "statement"),
])
def test_an_accused_side_without_a_restriction_of_its_own_conduct_denies_nothing(
        nlp: Language, answer: str, kind: str) -> None:
    """Near misses: no restriction, a modal, or a restriction on what is not one's own
    side ("the only solution", "the talks") keep the plain kind."""
    doc = nlp("Ghana accused Togo of shelling a border post. " + answer)
    assert _kinds(doc) == ["accusation", kind]


@pytest.mark.parametrize(("charge", "answer"), [
    ("Congo accused Rwanda of sending troops.",
     "\"Our forces are on Rwandan soil,\" a Rwandan army spokesman told reporters."),
    ("Manila accused China of ramming a boat.",
     "Beijing said the Chinese vessel was in international waters at the time."),
    ("Ghana accused Togo of shelling a border post.",
     "Lome said its soldiers had remained on the Togolese side of the border."),
])
def test_an_accused_side_placing_its_forces_on_its_own_ground_denies_the_act(
        nlp: Language, charge: str, answer: str) -> None:
    """Its forces on its own ground or in open waters: not where the charge puts them."""
    doc = nlp(f"{charge} {answer}")
    assert _kinds(doc) == ["accusation", "denial"]
    accusation, denial = doc._.claims
    assert (denial["id"], accusation["id"]) in {(p["denial"], p["claim"]) for p in doc._.pairs}


@pytest.mark.parametrize("sentence", [
    "Ghana accused Togo of shelling a border post. Lome said its troops were in Ghanaian "
    "territory.",
    "Ghana accused Togo of shelling a border post. Lome said its ships will remain in "
    "international waters.",
    "Ghana accused Togo of shelling a border post. Lome said its envoy was in Accra for talks.",
    "Ghana accused Togo of shelling a border post. Lome said the village was on Togolese soil.",
    "Benin said its ships were in international waters.",
])
def test_presence_elsewhere_or_unaccused_denies_nothing(nlp: Language, sentence: str) -> None:
    """Near misses: another side's ground (an admission), a modal, no forces, a place
    rather than a force, a speaker nobody accused."""
    assert "denial" not in _kinds(nlp(sentence))


def test_restricting_ones_own_mission_unaccused_stays_a_claim(nlp: Language) -> None:
    doc = nlp("Benin said its mission in the region is purely humanitarian.")
    assert _kinds(doc) == ["claim"]


def test_restricting_ones_own_act_unaccused_stays_a_claim(nlp: Language) -> None:
    """Nobody in the article blamed the speaker: "only military targets" answers nothing."""
    doc = nlp("Moscow said its missiles had struck only military targets.")
    assert _kinds(doc) == ["claim"]


@pytest.mark.parametrize("answer", [
    "Baku said its forces had not fired on any village.",
    "Baku said none of its units had shelled the village.",
])
def test_an_accused_side_saying_it_did_not_do_the_act_denies_it(
        nlp: Language, answer: str) -> None:
    doc = nlp("Armenia accused Azerbaijan of shelling a village. " + answer)
    assert _kinds(doc) == ["accusation", "denial"]
    accusation, denial = doc._.claims
    assert (denial["id"], accusation["id"]) in {(p["denial"], p["claim"]) for p in doc._.pairs}


# ------------------------------------------------------------ a part in a series of acts


@pytest.mark.parametrize(("sentence", "target"), [
    ("Britain said Russian military intelligence was behind a series of cyberattacks.", "RUS"),
    ("Kyiv said Belarusian officers had taken part in a wave of strikes on the power grid.",
     "BLR"),
    ("Warsaw said Belarusian agents were behind a spate of arson attacks.", "BLR"),
])
def test_a_part_in_a_series_of_hostile_acts_accuses(
        nlp: Language, sentence: str, target: str) -> None:
    """A noun of number or sequence ("a series of", "a wave of") names the acts in its
    "of" phrase: being behind them accuses as being behind one attack does."""
    claims = nlp(sentence)._.claims
    assert [(c["kind"], c["target"]) for c in claims] == [("accusation", target)]


def test_a_part_in_a_series_of_neutral_acts_accuses_nobody(nlp: Language) -> None:
    doc = nlp("Paris said Russian diplomats were behind a series of meetings with the "
              "opposition.")
    assert _kinds(doc) == ["statement"]


# ------------------------------------------------------------ protests and complaints


@pytest.mark.parametrize("sentence", [
    "Tokyo rejected Beijing's protest over the drills.",
    "Moscow dismissed the complaints as groundless.",
    "Hanoi rejected China's protest as baseless.",
])
def test_rejecting_a_protest_or_complaint_is_a_denial(nlp: Language, sentence: str) -> None:
    """A formal protest or complaint is a charge (CAMEO 11, disapprove): rejecting it
    denies it, as rejecting an objection or a criticism does."""
    assert _kinds(nlp(sentence)) == ["denial"]


@pytest.mark.parametrize("sentence", [
    "Police dispersed the protest in the capital.",
    "Students rejected the protest organisers' demands.",
])
def test_a_street_protest_or_its_organisers_demands_are_no_charge(
        nlp: Language, sentence: str) -> None:
    assert "denial" not in _kinds(nlp(sentence))


# ------------------------------------------------------------ judging word parsed as head


@pytest.mark.parametrize(("sentence", "content"), [
    # the content is the claim with its judgement, the said part (tests/test_called_a_lie.py)
    ("The minister branded the claims groundless.", "the claims groundless"),
    ("Pyongyang branded Seoul's protests groundless.", "Seoul's protests groundless"),
])
def test_a_claim_called_false_when_the_parser_heads_it_with_the_judging_word(
        nlp: Language, sentence: str, content: str) -> None:
    """"branded the claims groundless" parsed as the noun "groundless" with "claims" as
    its compound: the claim noun is still what is called false."""
    claims = nlp(sentence)._.claims
    assert [(c["kind"], c["content"]["text"]) for c in claims] == [("denial", content)]


def test_a_compound_of_a_word_that_judges_nothing_is_no_denial(nlp: Language) -> None:
    assert "denial" not in _kinds(nlp("The minister branded the claims process historic."))


# ------------------------------------------------------------ a denial that goes on


@pytest.mark.parametrize("text", [
    "Baku said Armenian drones had attacked its positions. Yerevan rejected the claim and "
    "said its troops had stayed in their barracks all week.",
    "Baku said Armenian drones had attacked its positions. The account was denied by "
    "Armenia's defence ministry, which said its units had spent the night at their bases.",
])
def test_what_a_denier_says_next_denies_the_same_claim(nlp: Language, text: str) -> None:
    doc = nlp(text)
    claims = doc._.claims
    assert [c["kind"] for c in claims[1:]] == ["denial", "denial"], claims
    pairs = {(p["denial"], p["claim"]) for p in doc._.pairs}
    assert {(claims[1]["id"], claims[0]["id"]), (claims[2]["id"], claims[0]["id"])} <= pairs


@pytest.mark.parametrize("text", [
    "Kyiv said Russian drones had hit a school. Moscow rejected the claim and said it would "
    "respond to any provocation.",
    "Kyiv said Russian drones had hit a school. Moscow rejected the claim, and Minsk said "
    "the talks would resume on Monday.",
])
def test_a_resolve_or_another_speaker_after_a_denial_denies_nothing(
        nlp: Language, text: str) -> None:
    assert nlp(text)._.claims[-1]["kind"] == "statement"


def test_a_stance_told_after_a_denial_stays_a_statement(nlp: Language) -> None:
    """"said it supported ...": a simple past after "said" is a present shifted back, a
    stance on another matter rather than an account of the act."""
    doc = nlp("Kyiv said Russian drones had hit a school. Moscow rejected the claim and "
              "said it supported a negotiated end to the war.")
    assert doc._.claims[-1]["kind"] == "statement"
