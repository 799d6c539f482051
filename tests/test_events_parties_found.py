"""Events whose trigger fires but whose parties hang where the coder did not look:
an attack warded off, a target placed in a country, an object pronoun of a participle,
envoys "from" a country, a visit made for talks, a title standing for the only state
named.  Sentences written for these tests (issue 13q)."""

from __future__ import annotations

import pytest

from tests.event_probes import typed as of_type


@pytest.fixture(scope="module")
def nlp():
    from pipeline.nlp import build_nlp

    return build_nlp(exclude=("claims",))


@pytest.mark.parametrize("text, attacker, defender", [
    ("Israeli troops repelled a Hamas assault near the border fence.", "HAMAS", "ISR"),
    ("Nigerian soldiers fought off a Boko Haram attack on their base.", "BOKOHARAM", "NGA"),
    ("Armenian border guards beat back an Azerbaijani incursion overnight.", "AZE", "ARM"),
])
def test_who_wards_off_an_attack_undergoes_it(nlp, text, attacker, defender):
    events = of_type(nlp, text, "ASSAULT")
    assert [(e["actors"], e["recipients"]) for e in events] == [([attacker], [defender])]


@pytest.mark.parametrize("text, attacker, target", [
    ("Russian missiles struck a power station in Ukraine's Kharkiv region.", "RUS", "UKR"),
    ("Jihadist fighters from JNIM stormed a police post in Burkina Faso on Monday.",
     "JNIM", "BFA"),
])
def test_a_target_placed_in_a_country_names_the_country(nlp, text, attacker, target):
    (ev,) = of_type(nlp, text, "ASSAULT")
    assert ev["actors"] == [attacker]
    assert ev["recipients"] == [target]


def test_a_target_placed_in_a_shared_sea_names_no_one(nlp):
    (ev,) = of_type(nlp, "Houthi fighters fired a missile at a tanker in the Gulf of Aden.",
                    "ASSAULT")
    assert ev["actors"] == ["HOUTHI"]
    assert ev["recipients"] == []


@pytest.mark.parametrize("text, accuser, accused", [
    ("Algeria expelled the Moroccan consul on Tuesday, accusing him of espionage.",
     "DZA", "MAR"),
    ("Russia detained two Estonian border guards and accused them of trespassing.",
     "RUS", "EST"),
])
def test_an_object_pronoun_of_a_participle_is_the_object_before(nlp, text, accuser, accused):
    (ev,) = of_type(nlp, text, "ACCUSE")
    assert ev["actors"] == [accuser]
    assert ev["recipients"] == [accused]


def test_envoys_are_of_the_country_they_come_from(nlp):
    (ev,) = of_type(nlp, "Delegates from Ethiopia and Somalia met in Nairobi on Friday.",
                    "CONSULT")
    assert sorted(ev["actors"]) == ["ETH", "SOM"]


def test_envoys_are_not_of_the_capital_they_sit_in(nlp):
    doc = nlp("Envoys in Beijing criticised the arrests.")
    assert all("CHN" not in e["actors"] for e in doc._.events)


@pytest.mark.parametrize("text, visitor, host", [
    ("Kenya's foreign minister flew to Addis Ababa for talks with Ethiopian officials.",
     "KEN", "ETH"),
    ("Japan's defence chief travelled to Manila for talks with Philippine officials.",
     "JPN", "PHL"),
])
def test_travel_for_talks_is_a_visit_to_the_host(nlp, text, visitor, host):
    visits = [e for e in of_type(nlp, text, "CONSULT") if e["mode"] == "visit"]
    assert [(e["actors"], e["recipients"]) for e in visits] == [([visitor], [host])]


@pytest.mark.parametrize("text, state", [
    ("Rebels seized a border town in Chad on Monday. The president ordered reinforcements "
     "to the area.", "TCD"),
    ("Protests spread across Peru last week. The prime minister ordered troops onto the "
     "streets.", "PER"),
])
def test_a_title_alone_is_the_only_state_named(nlp, text, state):
    (ev,) = of_type(nlp, text, "MOBILIZE")
    assert ev["actors"] == [state]


def test_a_title_alone_is_no_one_when_two_states_were_named(nlp):
    events = of_type(nlp, "Chad accused Sudan of arming rebels. The president ordered troops "
                          "to the border.", "MOBILIZE")
    assert all(e["actors"] == [] for e in events)


@pytest.mark.parametrize("text, state", [
    ("A military tribunal in Guinea sentenced a former minister to ten years in prison.", "GIN"),
    ("A court in Tajikistan jailed two opposition activists on Wednesday.", "TJK"),
])
def test_a_court_in_a_country_acts_for_it(nlp, text, state):
    (ev,) = of_type(nlp, text, "COERCE")
    assert ev["actors"] == [state]
