"""Events (issue 13, helper aq): a definite act noun told by a side, with no doer named
and the teller taken as its victim ("It said the strikes hit radar sites"), is a guess:
when the act was told before by the same word, the repeated mention takes that act's
sides, whether the teller did it ("Pakistan carried out air strikes ... Islamabad said
the strikes killed") or underwent it ("Russian forces shelled ... Ukraine said the
shelling killed").  Sentences written for the tests (none taken from the corpus or the
written benchmarks)."""

from __future__ import annotations

import pytest

from tests.event_probes import case as _case
from tests.event_probes import typed

CASES = [
    _case("teller-did-it", "Pakistan carried out air strikes on militant camps in eastern "
          "Afghanistan on Sunday. Islamabad said the strikes killed dozens of fighters.",
          "ASSAULT", ["PAK"], ["AFG"]),
    _case("teller-did-it", "Israeli jets carried out strikes on Hezbollah sites in southern "
          "Lebanon on Sunday. Israel said the strikes hit rocket launchers.", "ASSAULT",
          ["ISR"], ["HEZBOLLAH"]),
    _case("teller-underwent-it", "Russian forces shelled Ukrainian positions near Kupiansk "
          "overnight. Ukraine said the shelling killed three soldiers.", "ASSAULT", ["RUS"],
          ["UKR"]),
]


@pytest.mark.parametrize(("text", "etype", "actors", "recipients"), CASES)
def test_told_again_takes_the_act_told_before(nlp, text, etype, actors, recipients):
    nouns = [e for e in typed(nlp, text, etype) if e["trigger"]["text"] in ("strikes", "shelling")]
    repeated = nouns[-1]
    assert (sorted(repeated["actors"]), sorted(repeated["recipients"])) == (actors, recipients)


def test_told_with_nothing_before_keeps_the_teller_as_victim(nlp):
    text = "Ukraine said on Monday that the shelling killed three civilians."
    found = typed(nlp, text, "ASSAULT")
    assert found and all(e["actors"] == [] and e["recipients"] == ["UKR"] for e in found)
