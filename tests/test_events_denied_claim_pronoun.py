"""Events (issue 13, helper aq): the subject pronoun of what a denied claim says ("Tehran
rejected the US claim that it had supplied drones", "Rwanda dismissed Congo's allegation
that it had sent troops") is the denier, who denies a charge against itself, not the
claim's owner named nearer.  A claim nobody denies keeps its owner.  Sentences written
for the tests (none taken from the corpus or the written benchmarks)."""

from __future__ import annotations

import pytest

from tests.event_probes import case as _case
from tests.event_probes import sides

CASES = [
    _case("rejected-claim", "Tehran rejected the US claim that it had supplied drones to "
          "Russia.", "AID", ["IRN"], ["RUS"]),
    _case("dismissed-allegation", "Rwanda dismissed Congo's allegation that it had sent "
          "troops across the border.", "MOBILIZE", ["RWA"], []),
    _case("rejected-claim", "Iran on Monday rejected a US claim that it had attacked a "
          "tanker in the Arabian Sea.", "ASSAULT", ["IRN"], []),
]


@pytest.mark.parametrize(("text", "etype", "actors", "recipients"), CASES)
def test_pronoun_in_denied_claim_is_the_denier(nlp, text, etype, actors, recipients):
    assert (sorted(actors), sorted(recipients)) in sides(nlp, text, etype)


def test_claim_not_denied_keeps_its_owner(nlp):
    text = "Washington repeated its claim that it had struck a militia base in Iraq."
    assert (["USA"], ["IRQ"]) in sides(nlp, text, "ASSAULT")
