"""The accuser going on (issue 12): a plain statement by the side that has just accused
X, naming X as the doer, owner or source of what it tells, is its evidence for the
charge — an accusation against X, answered by X's denial. Every sentence here is
written for these tests (none comes from the corpus, the written benchmarks or the
stance probes)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc


def _claim(doc: Doc, content_start: str) -> dict:
    found = [c for c in doc._.claims
             if ((c.get("content") or {}).get("text") or "").startswith(content_start)]
    assert len(found) == 1, doc._.claims
    return found[0]


@pytest.mark.parametrize(("text", "start", "target"), [
    ("Chad accused Sudan of arming rebels in the east. Interior Minister Adam Haroun "
     "told reporters that money for the rebels had been moved through a Sudanese state "
     "bank.", "money for the rebels", "SDN"),
    ("Estonia accused Russia of jamming satellite signals over the Baltic. The transport "
     "ministry said investigators had found equipment bearing markings of the Russian "
     "army near the coast.", "investigators", "RUS"),
    ("Kenya accused Somalia of harbouring the gunmen who attacked a police post. Kenyan "
     "police said the suspects had been trained at a camp run by Somali officers.",
     "the suspects", "SOM"),
    ("Guyana accused Venezuela of sending troops into the disputed region. Guyanese "
     "officials said satellite images showed tents and trucks of the Venezuelan army on "
     "the western bank.", "satellite images", "VEN"),
])
def test_what_the_accuser_says_next_of_the_accused_is_a_charge(
        nlp: Language, text: str, start: str, target: str) -> None:
    claim = _claim(nlp(text), start)
    assert (claim["kind"], claim["target"]) == ("accusation", target)


@pytest.mark.parametrize(("text", "start"), [
    # the accused is the one the speaker's side gives something to
    ("Chad accused Sudan of arming rebels in the east. Chad's army said it had handed "
     "Sudan a list of the rebel commanders.", "it had handed"),
    # the accused's people are the ones the speaker's side acts on
    ("Chad accused Sudan of arming rebels in the east. Chad's army said its guns had "
     "fired at Sudanese positions across the border.", "its guns"),
    # a resolve, not a told fact
    ("Chad accused Sudan of arming rebels in the east. Chad's army said it would "
     "respond to any attack launched from Sudan.", "it would respond"),
    # a request
    ("Chad accused Sudan of arming rebels in the east. Chad's foreign minister urged "
     "Sudan to close the camps.", "Sudan to close"),
    # another speaker: no charge of its own to go on with
    ("Chad accused Sudan of arming rebels in the east. Sudan's foreign ministry said "
     "Sudanese officials had met their Chadian counterparts in Abeche.",
     "Sudanese officials"),
])
def test_no_charge_without_the_accused_as_doer_or_a_told_fact(
        nlp: Language, text: str, start: str) -> None:
    assert _claim(nlp(text), start)["kind"] != "accusation"


def test_the_accusers_evidence_is_answered_by_the_denial(nlp: Language) -> None:
    doc = nlp("Guatemala accused Honduras on Monday of letting armed smugglers cross the "
              "river. Guatemalan soldiers told reporters that the smugglers had been paid "
              "with money from a Honduran army colonel. Honduras denied the accusation "
              "and said its patrols had stopped every boat.")
    evidence = _claim(doc, "the smugglers")
    assert (evidence["kind"], evidence["target"]) == ("accusation", "HND")
    denials = {c["id"] for c in doc._.claims if c["kind"] == "denial"}
    assert any(p["claim"] == evidence["id"] and p["denial"] in denials for p in doc._.pairs)


# ------------------------------------------- a definite hostile doer resumes the accused


@pytest.mark.parametrize(("text", "start", "target"), [
    ("Nigeria's army accused Boko Haram of raiding a village near Maiduguri. The army "
     "said the gunmen had burned the market and shot three farmers.", "the gunmen",
     "BOKOHARAM"),
    ("Colombia's defence ministry blamed the ELN for the bombing of a pipeline in Arauca. "
     "The ministry said the attackers had shot two guards before setting off the charges.",
     "the attackers", "ELN"),
])
def test_a_definite_hostile_doer_after_a_charge_is_the_accused(
        nlp: Language, text: str, start: str, target: str) -> None:
    claim = _claim(nlp(text), start)
    assert (claim["kind"], claim["target"]) == ("accusation", target)


def test_an_indefinite_hostile_doer_stays_unidentified(nlp: Language) -> None:
    doc = nlp("Nigeria's army accused Boko Haram of raiding a village near Maiduguri. "
              "Police said gunmen had shot three farmers in a nearby town.")
    claim = _claim(doc, "gunmen")
    assert claim["kind"] == "accusation" and claim["target"] is None


# ------------------------------------------------ "this was a reckless act": the act judged


@pytest.mark.parametrize(("text", "target"), [
    ("Vietnam accused China's coast guard of ramming a fishing boat near the Paracels. "
     "\"This was a reckless and illegal act against unarmed fishermen,\" the foreign "
     "ministry spokeswoman said.", "CHN"),
    ("Lithuania accused Belarus of pushing migrants across the border at night. \"This is "
     "a hostile move aimed at our security,\" the interior minister said.", "BLR"),
])
def test_an_act_judged_by_a_condemning_word_blames_the_accused(
        nlp: Language, text: str, target: str) -> None:
    claim = _claim(nlp(text), "This")
    assert (claim["kind"], claim["target"]) == ("accusation", target)


@pytest.mark.parametrize("text", [
    # a state, not an act
    "Lithuania accused Belarus of pushing migrants across the border at night. \"This is "
    "a dangerous situation for everyone,\" the interior minister said.",
    # an act, but praised
    "Lithuania accused Belarus of pushing migrants across the border at night. \"This was "
    "an important step,\" the interior minister said of the new fence.",
])
def test_a_state_or_a_praised_step_blames_nobody(nlp: Language, text: str) -> None:
    assert _claim(nlp(text), "This")["kind"] != "accusation"
