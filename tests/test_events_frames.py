"""Events, third round (issue 13): argument frames for denials, accusations and fire
exchanges, on short sentences written for the tests (none taken from the corpus)."""

from __future__ import annotations

import pytest

from tests.event_probes import case as _case
from tests.event_probes import typed


@pytest.fixture(scope="module")
def nlp():
    from pipeline.nlp import build_nlp

    return build_nlp(exclude=("claims",))


SIDES = [
    # a denial answers whoever made the charge, named on the charge itself
    _case("charge-maker", "Iran rejected accusations made by the United States.", "REJECT",
          ["IRN"], ["USA"]),
    _case("charge-maker", "Accusations levelled by Britain have been dismissed by Moscow.",
          "REJECT", ["RUS"], ["GBR"]),
    _case("charge-maker", "Tehran dismissed the American accusations as baseless.", "REJECT",
          ["IRN"], ["USA"]),
    _case("charge-maker", "Moscow denied the British allegations.", "REJECT", ["RUS"], ["GBR"]),
    # an act inside a series noun under "accused X of" is the accused's act
    _case("accused-of-series", "Britain accused Russia of a campaign of cyberattacks.",
          "COERCE", ["RUS"], ["GBR"]),
    _case("accused-of-series", "Azerbaijan accused Armenia of a string of attacks on its posts.",
          "ASSAULT", ["ARM"], ["AZE"]),
    # "returned fire" is shooting back
    _case("return-fire", "Indian troops returned fire.", "ASSAULT", ["IND"], []),
    _case("return-fire", "Israeli soldiers returned fire at the gunmen.", "ASSAULT", ["ISR"], []),
    # whose land was entered is named by the "into" phrase
    _case("into-territory", "Pakistani troops intruded into Indian territory.", "COERCE",
          ["PAK"], ["IND"]),
    _case("into-territory", "Armenian soldiers infiltrated into Azerbaijani territory.",
          "COERCE", ["ARM"], ["AZE"]),
    # a nominal ceasefire violation, its compound "ceasefire" no truce of its own
    _case("ceasefire-violation", "India accused Pakistan of a ceasefire violation.", "ASSAULT",
          ["PAK"], ["IND"]),
    _case("ceasefire-violation", "Israel reported a truce breach by Hamas.", "ASSAULT",
          ["HAMAS"], ["ISR"]),
]


@pytest.mark.parametrize("text,etype,actors,recipients", SIDES)
def test_who_acts_on_whom(nlp, text, etype, actors, recipients):
    events = typed(nlp, text, etype)
    assert [(sorted(e["actors"]), sorted(e["recipients"])) for e in events] == [
        (sorted(actors), sorted(recipients))]


@pytest.mark.parametrize("text", [
    "The delegation returned to Moscow on Monday.",
    "Iran returned the seized tanker to its owners.",
])
def test_returning_is_no_shooting(nlp, text):
    assert typed(nlp, text, "ASSAULT") == []


@pytest.mark.parametrize("text", [
    "India accused Pakistan of a ceasefire violation.",
    "Pakistan denied Indian allegations of ceasefire violations.",
])
def test_the_violated_ceasefire_is_no_truce(nlp, text):
    assert typed(nlp, text, "RETREAT") == []
