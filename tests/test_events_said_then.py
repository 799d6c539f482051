"""Events (issue 13, helper aq): a speech act the parser coordinated with the verb of what
a verb of saying says ("Tehran said the deal was illegal and urged Washington to lift its
sanctions") is the speaker's second act, not part of what was said: its doer is the
speaker and it is asserted.  An act that is no speech act, so joined, stays inside what
was said.  Sentences written for the tests (none taken from the corpus or the written
benchmarks)."""

from __future__ import annotations

import pytest

from tests.event_probes import case as _case
from tests.event_probes import typed

CASES = [
    _case("accuse", "Tajikistan said Kyrgyz units had opened fire first near the exclave "
          "and accused Bishkek of deliberate provocations.", "ACCUSE", ["TJK"], ["KGZ"]),
    _case("urge", "Tehran said the deal was illegal and urged Washington to lift its "
          "sanctions.", "REQUEST", ["IRN"], ["USA"]),
    _case("warn", "The Taliban said the strikes hit homes in Khost province and warned "
          "Islamabad of consequences.", "THREATEN", ["TALIBAN"], ["PAK"]),
]


@pytest.mark.parametrize(("text", "etype", "actors", "recipients"), CASES)
def test_speech_act_after_said_clause_is_the_speakers(nlp, text, etype, actors, recipients):
    found = typed(nlp, text, etype)
    assert [(sorted(e["actors"]), sorted(e["recipients"]), e["modality"]) for e in found] == [
        (actors, recipients, "asserted")]


def test_other_act_joined_to_said_clause_stays_said(nlp):
    text = "Kabul said Pakistani jets had struck homes in Khost and killed six civilians."
    killed = [e for e in typed(nlp, text, "ASSAULT") if e["trigger"]["text"] == "killed"]
    assert killed and killed[0]["actors"] == ["PAK"] and killed[0]["modality"] == "reported"
