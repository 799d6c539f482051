"""Events (issue 13, helper x): a plural pronoun with no coordinated group nor pair of
sides before it stands for the nearest plural noun naming one side, in its sentence or
the one before ("Chinese coast guard ships entered the zone. Japanese patrol boats
warned them to leave"), never for the clause's own subject.  Sentences written for the
tests (none taken from the corpus or the written benchmarks)."""

from __future__ import annotations

import pytest

from tests.event_probes import case as _case
from tests.event_probes import sides

CASES = [
    _case("object-them", "Four Chinese coast guard ships entered the waters near the "
          "islands on Monday. Japanese patrol boats warned them to leave.", "THREATEN",
          ["JPN"], ["CHN"]),
    _case("object-them", "Several Venezuelan navy vessels approached an oil platform off "
          "Guyana's coast. Guyanese officials warned them to stay away.", "THREATEN",
          ["GUY"], ["VEN"]),
    _case("possessive-their", "Nigerian soldiers said the ambush killed six of their "
          "comrades near Maiduguri.", "ASSAULT", [], ["NGA"]),
]


@pytest.mark.parametrize(("text", "etype", "actors", "recipients"), CASES)
def test_plural_pronoun_names_one_side(nlp, text, etype, actors, recipients):
    assert (sorted(actors), sorted(recipients)) in sides(nlp, text, etype)
