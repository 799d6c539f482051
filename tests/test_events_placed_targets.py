"""Events (issue 13, helper ah): an attack on a thing no party is named for is aimed at
the country the thing is placed in, also when the parser hangs the place phrase on the
verb rather than on the thing struck ("bombed villages outside X").  Sentences written
for the tests (none taken from the corpus or the written benchmarks)."""

from __future__ import annotations

import pytest

from tests.event_probes import case as _case
from tests.event_probes import sides


@pytest.fixture(scope="module")
def nlp():
    from pipeline.nlp import build_nlp

    return build_nlp(exclude=("claims",))


CASES = [
    _case("near on the verb", "Israeli jets struck targets near Damascus.",
          "ASSAULT", ["ISR"], ["SYR"]),
    _case("outside on the verb", "Turkish drones bombed several villages outside Erbil "
          "on Sunday.", "ASSAULT", ["TUR"], ["IRQ"]),
    _case("near a city", "Russian missiles hit a power plant near Lviv.",
          "ASSAULT", ["RUS"], ["UKR"]),
]


@pytest.mark.parametrize(("text", "etype", "actors", "recipients"), CASES)
def test_place_on_the_verb_places_the_target(nlp, text, etype, actors, recipients):
    assert (sorted(actors), sorted(recipients)) in sides(nlp, text, etype)


def test_no_object_no_place_target(nlp):
    """With no thing struck, a place on the verb is where the doer acts, not a target:
    "troops fought near the border" names no recipient from the place."""
    text = "Malian troops fought near Timbuktu on Monday."
    assert all(rec == [] for _, rec in sides(nlp, text, "ASSAULT"))
