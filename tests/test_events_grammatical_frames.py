"""Events (issue 13, helper ah): argument frames by grammar, not by word list.

- A judgement of "the withdrawal", "the suspension" - a definite noun of the word family
  of an act told before, by another side - is aimed at that act's doers.
- An attack on a thing no party is named for is aimed at the country the thing is placed
  in, also when the parser hangs the place phrase on the verb ("bombed villages outside X").
- "The minister", "the senior commander" - a definite singular office noun with no party
  named on it - points back to the office holder told before, as "he" does; with none, to
  the one state the article has named.

Sentences written for the tests (none taken from the corpus or the written benchmarks)."""

from __future__ import annotations

import pytest

from tests.event_probes import case as _case
from tests.event_probes import sides


@pytest.fixture(scope="module")
def nlp():
    from pipeline.nlp import build_nlp

    return build_nlp(exclude=("claims",))


CASES = [
    _case("withdrawing/withdrawal", "The governments of Mali and Niger announced that they "
          "were withdrawing from ECOWAS. Nigeria's foreign minister called the withdrawal "
          "\"regrettable\".", "ACCUSE", ["NGA"], ["MLI", "NER"]),
    _case("suspended/suspension", "Colombia suspended coal exports to Israel last week. "
          "Israel's foreign ministry criticised the suspension as hostile.",
          "ACCUSE", ["ISR"], ["COL"]),
    _case("annexed/annexation", "Russia annexed four Ukrainian regions in September. "
          "Germany condemned the annexation on Friday.", "ACCUSE", ["DEU"], ["RUS"]),
    _case("near on the verb", "Israeli jets struck targets near Damascus.",
          "ASSAULT", ["ISR"], ["SYR"]),
    _case("outside on the verb", "Turkish drones bombed several villages outside Erbil "
          "on Sunday.", "ASSAULT", ["TUR"], ["IRQ"]),
    _case("near a city", "Russian missiles hit a power plant near Lviv.",
          "ASSAULT", ["RUS"], ["UKR"]),
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
def test_sides_by_frame(nlp, text, etype, actors, recipients):
    assert (sorted(actors), sorted(recipients)) in sides(nlp, text, etype)


def test_unrelated_definite_noun_points_nowhere(nlp):
    """"the forecast" shares no word family with the suspension: no one is judged."""
    text = ("Colombia suspended coal exports to Israel last week. Israel's foreign "
            "ministry criticised the forecast as gloomy.")
    assert (["ISR"], []) in sides(nlp, text, "ACCUSE")


def test_no_object_no_place_target(nlp):
    """With no thing struck, a place on the verb is where the doer acts, not a target:
    "troops fought near the border" names no recipient from the place."""
    text = "Malian troops fought near Timbuktu on Monday."
    assert all(rec == [] for _, rec in sides(nlp, text, "ASSAULT"))


def test_plural_office_noun_is_no_single_holder(nlp):
    """"The commanders" are several holders: both sides keep the talks."""
    text = ("Kenyan and Ugandan army chiefs met in Kampala on Monday. The commanders "
            "also used their talks to plan joint patrols.")
    assert any(act == ["KEN", "UGA"] for act, _ in sides(nlp, text, "CONSULT"))
