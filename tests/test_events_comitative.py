"""Events (issue 13, helper x): a side fighting "alongside" the actor acts too, and the
"against" phrase that the parser hangs on that side ("fought alongside X against Y")
still names the recipient.  Sentences written for the tests (none taken from the corpus
or the written benchmarks)."""

from __future__ import annotations

import pytest

from tests.event_probes import case as _case
from tests.event_probes import sides

CASES = [
    _case("alongside-against", "Chadian troops battled alongside Nigerian forces against "
          "Boko Haram near Lake Chad.", "ASSAULT", ["NGA", "TCD"], ["BOKOHARAM"]),
    _case("alongside-against", "Hezbollah fighters fought alongside Syrian government "
          "forces against the Islamic State near Palmyra.", "ASSAULT",
          ["HEZBOLLAH", "SYR"], ["ISIS"]),
    _case("alongside", "Russian mercenaries fought alongside Malian soldiers near Kidal.",
          "ASSAULT", ["MLI", "RUS"], []),
]


@pytest.mark.parametrize(("text", "etype", "actors", "recipients"), CASES)
def test_side_alongside_acts_too(nlp, text, etype, actors, recipients):
    assert (sorted(actors), sorted(recipients)) in sides(nlp, text, etype)
