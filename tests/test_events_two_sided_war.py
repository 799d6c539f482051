"""Events, issue 13 item 3 (argument frames): probes written for the tests, none taken
from the corpus, none on the validation topics."""

from __future__ import annotations

import pytest

from tests.event_probes import case as _case
from tests.event_probes import sides


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
