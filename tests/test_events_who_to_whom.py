"""Who does what to whom across sentences: acronyms the article defines, a trailing teller
who is no party, act nouns that point back.  Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.event_probes import typed as of_type


@pytest.fixture(scope="module")
def nlp():
    from pipeline.nlp import build_nlp

    return build_nlp(exclude=("claims",))


@pytest.mark.parametrize("text, denier, accuser", [
    ("The SDF accused the Syrian National Army (SNA) of shelling a dam. The SNA denied "
     "the accusation.", "SNA", "SDF"),
    ("Egypt accused the Rapid Support Forces (RSF) of recruiting fighters. The RSF denied "
     "the report.", "RSF", "EGY"),
])
def test_a_later_acronym_is_the_name_it_was_defined_for(nlp, text, denier, accuser):
    doc = nlp(text)
    later = [e for e in doc.ents if e.text.isupper() and e.start > 8]
    assert later and all(e._.actor and e._.actor["code"] == denier for e in later)
    (ev,) = of_type(nlp, text, "REJECT")
    assert ev["actors"] == [denier]
    assert ev["recipients"] == [accuser]


def test_the_article_definition_beats_the_dictionary_reading_of_the_letters(nlp):
    doc = nlp("The Armed Forces of the Philippines (AFP) tracked four Chinese vessels. "
              "The AFP said the ships left on Friday.")
    codes = {e._.actor["code"] for e in doc.ents if e.text == "AFP"}
    assert codes == {"PHL"}
    # before the definition the letters keep their own reading
    doc = nlp("AFP reported the clash. Later the Armed Forces of the Philippines (AFP) "
              "confirmed it.")
    assert doc.ents[0].text == "AFP" and doc.ents[0]._.actor["code"] == "FRA"


@pytest.mark.parametrize("text, actor, teller", [
    ("Houthi fighters fired a missile at an oil tanker in the Gulf of Aden, the British "
     "navy said.", "HOUTHI", "GBR"),
    ("Hezbollah launched rockets at an army post near the border, the UN peacekeeping "
     "force said.", "HEZBOLLAH", "UN"),
])
def test_a_teller_is_no_victim_of_an_act_aimed_at_something_named(nlp, text, actor, teller):
    (ev,) = of_type(nlp, text, "ASSAULT")
    assert ev["actors"] == [actor]
    assert teller not in ev["recipients"]


def test_a_teller_is_still_the_victim_when_nothing_is_named(nlp):
    (ev,) = of_type(nlp, "Russian troops shelled the town overnight, Ukraine's military "
                         "said.", "ASSAULT")
    assert ev["recipients"] == ["UKR"]


@pytest.mark.parametrize("text, recipient", [
    ("Iran tested a new ballistic missile on Monday. Israel condemned the test.", "IRN"),
    ("North Korea fired a missile into the sea. Tokyo condemned the launch.", "PRK"),
    ("A court in Tehran jailed a French tourist for five years. Paris condemned the "
     "verdict.", "IRN"),
    ("China's navy held drills near the Senkaku islands. Japan criticised the manoeuvres.",
     "CHN"),
])
def test_a_judged_act_noun_points_back_to_the_doer(nlp, text, recipient):
    (ev,) = of_type(nlp, text, "ACCUSE")
    assert ev["recipients"] == [recipient]
