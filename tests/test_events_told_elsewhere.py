"""Events (issue 13, helper x): a hostile act with no doer, told by a state as striking
where only another side is named ("the strikes hit depots near Hodeidah, the British
defence secretary said"), did not befall the teller: the side named where it struck is
its recipient, and an act told before by the same word may still lend it both sides.
A place of the teller's own, or a group telling of strikes on its ground, keeps the
teller as the one it befell.  Sentences written for the tests (none taken from the
corpus or the written benchmarks)."""

from __future__ import annotations

import pytest

from tests.event_probes import case as _case
from tests.event_probes import sides

CASES = [
    # struck where another side is named: not the teller's loss
    _case("struck-elsewhere", "The strikes hit fuel depots and a radar site near "
          "Hodeidah, the British defence secretary said.", "ASSAULT", [], ["YEM"]),
    _case("struck-elsewhere", "Turkey's defence ministry said the air strikes destroyed "
          "20 targets in northern Iraq.", "ASSAULT", [], ["IRQ"]),
    _case("struck-elsewhere", "The raids destroyed a bridge and two schools in Kherson, "
          "Russia's defence ministry said.", "ASSAULT", [], ["UKR"]),
    # the act told before by the same word lends its sides
    _case("told-before", "British and American jets struck Houthi positions overnight. "
          "The strikes hit depots near Hodeidah, the British defence secretary said.",
          "ASSAULT", ["GBR", "USA"], ["HOUTHI"]),
    # the teller's own ground, or a group's: the teller's loss as before
    _case("own-ground", "Ukraine's air force said the attack destroyed a grain terminal "
          "in Odesa.", "ASSAULT", [], ["UKR"]),
    _case("group-ground", "A Houthi spokesman said the strikes hit a port in Hodeidah.",
          "ASSAULT", [], ["HOUTHI"]),
]


@pytest.mark.parametrize(("text", "etype", "actors", "recipients"), CASES)
def test_teller_is_no_victim_of_strikes_elsewhere(nlp, text, etype, actors, recipients):
    assert (sorted(actors), sorted(recipients)) in sides(nlp, text, etype)


@pytest.mark.parametrize(("text", "teller"), [
    ("The strikes hit fuel depots and a radar site near Hodeidah, the British defence "
     "secretary said.", "GBR"),
    ("Turkey's defence ministry said the air strikes destroyed 20 targets in northern "
     "Iraq.", "TUR"),
    ("British and American jets struck Houthi positions overnight. The strikes hit "
     "depots near Hodeidah, the British defence secretary said.", "GBR"),
])
def test_teller_is_not_made_the_recipient(nlp, text, teller):
    """No act of the report names the state telling of its strikes abroad as struck."""
    assert all(teller not in recipients for _, recipients in sides(nlp, text, "ASSAULT"))
