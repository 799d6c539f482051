"""Events (issue 13, helper ah): "the minister", "the senior commander" - a definite
office noun with no party named on it - points back to the office holder told before,
as "he" does; with none, to the one state the article has named.  Sentences written for
the tests (none taken from the corpus or the written benchmarks)."""

from __future__ import annotations

import pytest

from tests.event_probes import case as _case
from tests.event_probes import sides


@pytest.fixture(scope="module")
def nlp():
    from pipeline.nlp import build_nlp

    return build_nlp(exclude=("claims",))


CASES = [
    _case("the minister accused", "Chile's foreign minister flew to Lima on Monday. The "
          "minister accused Peru of violating the maritime treaty.", "ACCUSE", ["CHL"], ["PER"]),
    _case("the senior commander", "The Ghanaian army chief flew to Lome on Sunday. The "
          "senior commander touched down in Togo for talks on border security.",
          "CONSULT", ["GHA"], ["TGO"]),
    _case("the minister met", "Ghana's defence minister, Kofi Mensah, arrived in Lome on "
          "Sunday. The minister met Togolese officials.", "CONSULT", ["GHA", "TGO"], []),
    _case("no holder: the one state", "Floods hit two towns in Malawi on Sunday. The "
          "president declared a state of emergency and ordered troops into the towns.",
          "MOBILIZE", ["MWI"], []),
]


@pytest.mark.parametrize(("text", "etype", "actors", "recipients"), CASES)
def test_office_noun_points_back(nlp, text, etype, actors, recipients):
    assert (sorted(actors), sorted(recipients)) in sides(nlp, text, etype)


def test_plural_office_noun_is_no_single_holder(nlp):
    """"The commanders" are several holders: both sides keep the talks."""
    text = ("Kenyan and Ugandan army chiefs met in Kampala on Monday. The commanders "
            "also used their talks to plan joint patrols.")
    assert any(act == ["KEN", "UGA"] for act, _ in sides(nlp, text, "CONSULT"))
