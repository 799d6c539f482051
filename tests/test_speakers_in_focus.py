"""Speakers named without their party (issue 12): "the statement said" speaks for whoever
issued the statement last mentioned, and a bare state body ("Officials said", "The army
said") for the one state in play.  Where the text gives no issuer, or two states are in
play, the speaker keeps no side.  Every sentence is written for these tests (none comes
from the corpus, the written sets or the stance probes)."""

from __future__ import annotations

import pytest
from spacy.language import Language


def _claim(nlp: Language, text: str, speaker: str) -> dict:
    found = [c for c in nlp(text)._.claims if (c.get("speaker") or {}).get("text") == speaker]
    assert found, text
    return found[-1]


def _code(claim: dict) -> str | None:
    return (claim.get("speaker") or {}).get("actor")


@pytest.mark.parametrize(("text", "code"), [
    ("Hamas said in a statement on Sunday that its fighters had not fired the rockets. "
     "The statement said Israeli artillery had hit the market.", "HAMAS"),
    ("The Houthis issued a statement on Monday about the ship. The statement said the "
     "vessel had been warned before it was struck.", "HOUTHI"),
    ("Kenya summoned the envoy. A statement from Somalia's foreign ministry accused Nairobi "
     "of meddling. The statement said Kenya had armed clan militias.", "SOM"),
    # the issuer is a pronoun: the side its own claim was given
    ("Hamas accused Israel of shelling a school in Gaza. It said in a statement that 14 "
     "people had been killed. The statement said the school had sheltered families.",
     "HAMAS"),
])
def test_the_statement_speaks_for_whoever_issued_it(nlp: Language, text: str,
                                                     code: str) -> None:
    assert _code(_claim(nlp, text, "The statement")) == code


def test_a_statement_from_a_party_speaks_for_that_party(nlp: Language) -> None:
    text = ("Kenya summoned the envoy. A statement from Somalia's foreign ministry accused "
            "Nairobi of meddling.")
    assert _code(_claim(nlp, text, "A statement from Somalia's foreign ministry")) == "SOM"


def test_a_statement_with_no_issuer_gives_no_side(nlp: Language) -> None:
    text = ("A statement posted online claimed the attack. The statement said the convoy "
            "had been carrying weapons.")
    assert _code(_claim(nlp, text, "The statement")) is None


@pytest.mark.parametrize(("text", "speaker", "code"), [
    ("ABUJA, Jan 5 (Wire) - Gunmen kidnapped 40 pupils from a school in Kaduna state on "
     "Sunday, Nigeria's police said.\n\nOfficials said the pupils had been taken into a "
     "forest.", "Officials", "NGA"),
    ("LIMA, March 4 (Wire) - Peru declared a state of emergency in two provinces on Monday "
     "after protesters blocked roads.\n\nThe army said troops would clear the highways.",
     "The army", "PER"),
    # states named only as places ("fled into South Sudan and Chad") are not in play
    ("KHARTOUM, Jan 5 (Wire) - Sudan's army said it had retaken a town near Sennar.\n\n"
     "Refugees have fled into South Sudan and Chad in recent weeks. Officials said the town "
     "had been emptied.", "Officials", "SDN"),
])
def test_a_bare_state_body_belongs_to_the_one_state_in_play(nlp: Language, text: str,
                                                            speaker: str, code: str) -> None:
    assert _code(_claim(nlp, text, speaker)) == code


@pytest.mark.parametrize(("text", "speaker"), [
    # two states in play: no side rather than a wrong one
    ("BANGKOK, March 4 (Wire) - Thailand accused Cambodia of moving troops to the border. "
     "The dispute has simmered for years.\n\nAuthorities said the troops had dug new "
     "trenches.", "Authorities"),
    # a title alone names no state body: the spokesman may be the group's
    ("ABUJA, Jan 5 (Wire) - Boko Haram fighters attacked a village near Bama on Sunday, "
     "killing nine people.\n\nA spokesman said the group had targeted informers.",
     "A spokesman"),
])
def test_no_state_in_focus_gives_no_side(nlp: Language, text: str, speaker: str) -> None:
    assert _code(_claim(nlp, text, speaker)) is None


@pytest.mark.parametrize(("text", "code"), [
    ("Kenya accuses al Shabaab of bus attack; group denies involvement\n\nNAIROBI, May 2 "
     "(Wire) - Kenya accused al Shabaab on Tuesday of attacking a bus near Mandera.",
     "ALSHABAAB"),
    ("Yemen's government blames Houthis for port strike; movement denies role\n\nADEN, May 2 "
     "(Wire) - Yemen's government said the Houthis had fired drones at the port.", "HOUTHI"),
])
def test_a_headline_group_without_its_article_is_the_group_just_named(
        nlp: Language, text: str, code: str) -> None:
    found = [c for c in nlp(text)._.claims if c["kind"] == "denial"]
    assert found and _code(found[0]) == code
