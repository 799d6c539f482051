"""Events that fired but were dropped for want of a participant the text does give: a
state named by an epithet, a party that acts "with" the attack noun, "the rebels" pointing
back to an armed group.  Sentences written for these tests (issue 13ab)."""

from __future__ import annotations

import pytest

from tests.event_probes import typed as of_type


@pytest.fixture(scope="module")
def nlp():
    from pipeline.nlp import build_nlp

    return build_nlp(exclude=("claims",))


@pytest.mark.parametrize("text, kind, code", [
    ("After the border incident, the Jewish state responded with artillery fire on Tuesday.",
     "ASSAULT", "ISR"),
    ("The Hermit Kingdom fired two ballistic missiles into the sea on Sunday.",
     "MOBILIZE", "PRK"),
])
def test_a_state_epithet_codes_its_state(nlp, text, kind, code):
    (ev,) = of_type(nlp, text, kind)
    assert ev["actors"] == [code]


def test_a_state_epithet_is_no_entity(nlp):
    """The guide tags no common-noun phrase: the epithet codes events, not entity spans."""
    doc = nlp("The Jewish state said it would respond.")
    assert "Jewish state" not in [e.text for e in doc.ents]


@pytest.mark.parametrize("text, noun, code", [
    ("Azerbaijan responded with heavy shelling of Armenian positions.", "shelling", "AZE"),
    ("The Jewish state answered overnight with artillery fire on the hills.", "fire", "ISR"),
    ("Ethiopia's army replied with mortar fire on the ridge.", "fire", "ETH"),
])
def test_whoever_acts_with_an_attack_noun_does_it(nlp, text, noun, code):
    (ev,) = [e for e in of_type(nlp, text, "ASSAULT") if e["trigger"]["text"] == noun]
    assert ev["actors"] == [code]


def test_a_passive_with_phrase_names_no_doer(nlp):
    events = of_type(nlp, "Khartoum was struck with artillery fire overnight.", "ASSAULT")
    assert all("SDN" not in e["actors"] for e in events)


@pytest.mark.parametrize("text, kind, group", [
    ("M23 fighters attacked a Congolese army post near Goma. The rebels later withdrew "
     "from the town.", "RETREAT", "M23"),
    # the UN is named nearer: "the rebels" are no IGO nor a country
    ("The UN envoy met Houthi leaders in Muscat. The rebels then rejected the proposal.",
     "REJECT", "HOUTHI"),
])
def test_the_rebels_point_back_to_an_armed_group(nlp, text, kind, group):
    (ev,) = of_type(nlp, text, kind)
    assert ev["actors"] == [group]


def test_the_rebels_with_no_group_named_stay_empty(nlp):
    text = "Chad accused Sudan of arming fighters. The rebels later withdrew from the town."
    events = of_type(nlp, text, "RETREAT")
    assert all(not set(e["actors"]) & {"TCD", "SDN"} for e in events)
