"""Events (issue 13, helper aq): a state's armed forces named bare ("the army", "the
military") go on with the same noun named earlier with its owner ("Nigeria's military
... The military has pushed"), or with the only state the article has named; never with
the state named nearest, which is as often the other side.  Sentences written for the
tests (none taken from the corpus or the written benchmarks)."""

from __future__ import annotations

import pytest

from tests.event_probes import case as _case
from tests.event_probes import sides

FOUND = [
    _case("owner-named-before", "Nigeria's military said on Sunday that Boko Haram fighters "
          "had raided a village in Borno state. The military has pushed the insurgents out "
          "of two towns near Lake Chad.", "ASSAULT", ["NGA"], ["BOKOHARAM"]),
    _case("owner-named-before", "Chad's army said rebels had attacked a garrison in the "
          "north on Friday. The army has pushed the rebels back across the border.",
          "ASSAULT", ["TCD"], []),
    _case("sole-state", "Congolese troops clashed with M23 rebels north of Goma on "
          "Thursday, the army said. The army later shelled rebel positions near Sake.",
          "ASSAULT", ["COD"], []),
]


@pytest.mark.parametrize(("text", "etype", "actors", "recipients"), FOUND)
def test_bare_forces_take_their_state(nlp, text, etype, actors, recipients):
    found = sides(nlp, text, etype)
    assert any(a == sorted(actors) and set(recipients) <= set(r) for a, r in found), found


def test_bare_forces_are_not_the_state_named_nearest(nlp):
    text = ("Israeli jets struck Hezbollah positions in Lebanon on Monday. Hezbollah "
            "fighters fired rockets at the army's positions near the border.")
    assert all("LBN" not in a + r for a, r in sides(nlp, text, "ASSAULT"))
