"""Events (issue 13, helper aq): a verb of preventing with a 'from' gerund ("failed to stop
TTP fighters from launching attacks", "failed to prevent Hezbollah from firing rockets")
is object control: its object, not its subject, does what the gerund (and any purpose
infinitive on it) tells.  Sentences written for the tests (none taken from the corpus or
the written benchmarks)."""

from __future__ import annotations

import pytest

from tests.event_probes import case as _case
from tests.event_probes import sides

CASES = [
    _case("stop-from", "Pakistan said Kabul had done nothing to stop TTP fighters from "
          "launching attacks on Pakistani checkpoints.", "ASSAULT", ["TTP"], ["PAK"]),
    _case("prevent-from", "Israel blamed Lebanon for failing to prevent Hezbollah from firing "
          "rockets at Israeli towns.", "ASSAULT", ["HEZBOLLAH"], ["ISR"]),
]


@pytest.mark.parametrize(("text", "etype", "actors", "recipients"), CASES)
def test_object_of_preventing_verb_does_the_gerund(nlp, text, etype, actors, recipients):
    assert (sorted(actors), sorted(recipients)) in sides(nlp, text, etype)


def test_subject_of_preventing_verb_is_not_the_doer(nlp):
    text = ("Ankara accused Baghdad of failing to stop the militants from using its "
            "territory to attack Turkey.")
    assert all("IRQ" not in actors for actors, _ in sides(nlp, text, "ASSAULT"))
