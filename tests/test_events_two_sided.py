"""Events, issue 13 item 3 (argument frames): fights with two sides, and harms told with
the fight they happened in. Probes written for the tests, none taken from the corpus,
none on the validation topics."""

from __future__ import annotations

import pytest

from tests.event_probes import case as _case
from tests.event_probes import sides, typed


@pytest.fixture(scope="module")
def nlp():
    from pipeline.nlp import build_nlp

    return build_nlp(exclude=("claims",))


TWO_SIDED = [
    # a war, a battle: every side named fought in it
    _case("war-with", "Ethiopia's war with Eritrea killed thousands.", "ASSAULT",
          ["ERI", "ETH"], []),
    _case("battle-with", "Kenya's battle with al-Shabaab has lasted a decade.", "ASSAULT",
          ["ALSHABAAB", "KEN"], []),
]


@pytest.mark.parametrize("text,etype,actors,recipients", TWO_SIDED)
def test_a_war_with_someone_is_two_sided(nlp, text, etype, actors, recipients):
    assert sides(nlp, text, etype)[0] == (sorted(actors), sorted(recipients))


def test_a_war_told_after_a_directed_act_has_both_sides_as_actors(nlp):
    text = ("Ethiopia accuses Eritrea of shelling a town. Tensions are high after a war "
            "fought over the town of Badme.")
    assert sides(nlp, text, "ASSAULT")[-1] == (["ERI", "ETH"], [])


HARM_IN_ITS_SETTING = [
    # a harm told with the attack it happened in: the attacker (the other side of a
    # two-sided fight) did it
    _case("in-a-clash", "A Kenyan soldier was killed in a clash with al-Shabaab.", "ASSAULT",
          ["ALSHABAAB"], ["KEN"]),
    _case("when-gunfire", "Chad said one of its soldiers had been killed when gunfire erupted "
          "with Sudanese forces.", "ASSAULT", ["SDN"], ["TCD"]),
    _case("as-shelling", "Two Kenyan soldiers were wounded as Somali forces shelled the town.",
          "ASSAULT", ["SOM"], ["KEN"]),
]


@pytest.mark.parametrize("text,etype,actors,recipients", HARM_IN_ITS_SETTING)
def test_a_harm_takes_the_attacker_of_its_setting(nlp, text, etype, actors, recipients):
    assert sides(nlp, text, etype)[0] == (sorted(actors), sorted(recipients))


@pytest.mark.parametrize("text", ["A Kenyan soldier was killed in Mogadishu.",
                                  "A Kenyan soldier was killed in a village near the border "
                                  "with Somalia."])
def test_a_place_names_no_attacker(nlp, text):
    assert sides(nlp, text, "ASSAULT") == [([], ["KEN"])]


@pytest.mark.parametrize("text,answered,responder", [
    ("Chad shelled rebel camps in response to the attack on its border post.", "attack",
     "TCD"),
    ("Peru struck guerrilla positions in retaliation for the ambush.", "ambush", "PER"),
])
def test_an_act_answered_is_no_setting_of_the_answer(nlp, text, answered, responder):
    # the act a response answers was done to the responder: it is not the answer's setting
    found = [(e["actors"], e["recipients"]) for e in typed(nlp, text, "ASSAULT")
             if e["trigger"]["text"] == answered]
    assert found == [([], [responder])]
