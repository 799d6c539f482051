"""Events (issue 13, helper x): whom a denial answers on a long report.  A denial
(REJECT 016) goes to the accuser of the charge aimed at the denier, else to whoever told
an act of the denier's as a claim - not to the latest accusation of another quarrel; an
accusation noun parsed into the rejecter's subject ("a charge Kinshasa has rejected")
still makes the rejection a denial.  Sentences written for the tests (none taken from the
corpus or the written benchmarks)."""

from __future__ import annotations

import pytest

from tests.event_probes import case as _case
from tests.event_probes import sides

CASES = [
    # the act denied, told by one side, though another quarrel's charge came later
    _case("teller-of-denied-act", "Israel says Hezbollah fighters fired rockets at a "
          "border town. Lebanon's prime minister condemned the Israeli air strikes on the "
          "south. Hezbollah denied firing the rockets.", "REJECT", ["HEZBOLLAH"], ["ISR"]),
    _case("teller-of-denied-act", "Kyiv says Belarusian troops massed near the border "
          "last week. Poland condemned the detention of its citizens by Minsk. Belarus "
          "denied deploying troops near the frontier.", "REJECT", ["BLR"], ["UKR"]),
    _case("teller-of-denied-act", "Manila says Chinese coast guard ships rammed a supply "
          "boat near the shoal. Vietnam condemned the arrest of its fishermen by Beijing. "
          "China denied ramming the boat.", "REJECT", ["CHN"], ["PHL"]),
    # no act named: whoever told an act of the denier's, not the latest accusation
    _case("teller-of-denier's-act", "Greece says Turkish jets violated its airspace over "
          "the Aegean. Cyprus criticised the drilling off its coast by Ankara. Turkey "
          "denied any violation.", "REJECT", ["TUR"], ["GRC"]),
    _case("teller-of-denier's-act", "Armenia says Azerbaijani forces shelled a village "
          "near the border. Iran criticised the military drills held by Baku near its "
          "frontier. Azerbaijan denied the shelling.", "REJECT", ["AZE"], ["ARM"]),
    # an accusation noun parsed into the rejecter's subject
    _case("charge-in-subject", "Somalia's army said the militants had used rockets "
          "smuggled from abroad, and it accused Eritrea of supplying them, a charge Asmara "
          "has repeatedly rejected.", "REJECT", ["ERI"], ["SOM"]),
    _case("charge-in-subject", "Colombia says Venezuelan troops crossed the border and "
          "detained three of its farmers, an allegation Venezuela has rejected.", "REJECT",
          ["VEN"], ["COL"]),
]


@pytest.mark.parametrize(("text", "etype", "actors", "recipients"), CASES)
def test_denial_answers_its_own_charge(nlp, text, etype, actors, recipients):
    assert (sorted(actors), sorted(recipients)) in sides(nlp, text, etype)


def test_rejected_charge_in_subject_is_a_denial(nlp):
    """"an allegation Belgrade has rejected": parsed as the subject, the accusation noun
    still names what is rejected, so the rejection is a denial (CAMEO 016)."""
    from tests.event_probes import typed

    text = ("Lebanon's army said the drones had come from the south, and it accused the "
            "United Arab Emirates of financing them, a charge Abu Dhabi has repeatedly "
            "rejected.")
    rejections = typed(nlp, text, "REJECT")
    assert [e["cameo"] for e in rejections] == ["016"]
