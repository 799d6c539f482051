"""Events (issue 13, helper aq): coordinated verbs share one subject whatever their voice:
an active conjunct with no subject of its own takes the passive subject of the verb it
is joined to ("it was alarmed by the fighting and urged both sides", "Ethiopia was stung
by the criticism and accused Egypt").  Sentences written for the tests (none taken from
the corpus or the written benchmarks)."""

from __future__ import annotations

import pytest

from tests.event_probes import case as _case
from tests.event_probes import sides

CASES = [
    _case("reported-pronoun", "Israel and Hezbollah traded fire on Monday. UNIFIL said it "
          "was alarmed by the escalation and urged both sides to respect the truce.",
          "REQUEST", ["UN"], ["HEZBOLLAH", "ISR"]),
    _case("named-subject", "Ethiopia was stung by the criticism and accused Egypt of trying "
          "to destabilise the region.", "ACCUSE", ["ETH"], ["EGY"]),
    _case("named-subject", "Kenya was angered by the raid and summoned the Somali "
          "ambassador in Nairobi.", "ACCUSE", ["KEN"], ["SOM"]),
]


@pytest.mark.parametrize(("text", "etype", "actors", "recipients"), CASES)
def test_active_conjunct_takes_the_passive_subject(nlp, text, etype, actors, recipients):
    assert (sorted(actors), sorted(recipients)) in sides(nlp, text, etype)


def test_passive_conjunct_keeps_its_own_doer(nlp):
    text = ("The Philippine supply boat was rammed by a Chinese coast guard ship near the "
            "shoal and was later towed to port.")
    assert (["CHN"], ["PHL"]) in sides(nlp, text, "ASSAULT")
