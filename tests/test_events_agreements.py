"""Events, issue 13 (AGREE): agreements told with wording the corpus lacks.  PLOVER AGREE
covers reaching or accepting a ceasefire or truce (CAMEO's ceasefire set, as objects of
"reach", "strike", "accept"), settling or resolving a dispute (CAMEO's dispute set), and an
agreement that a meeting or another relation between parties yields ("talks between X and Y
ended with an agreement"): the parties of that relation agree, next to the meeting itself
(CONSULT).  Sentences written for the tests."""

from __future__ import annotations

import pytest

from tests.event_probes import case as _case
from tests.event_probes import sides, typed


@pytest.fixture(scope="module")
def nlp():
    from pipeline.nlp import build_nlp

    return build_nlp(exclude=("claims",))


FOUND = [
    # a ceasefire or truce reached or accepted is an agreement, not the truce itself
    _case("reached-truce", "Israel and Hamas reached a truce after eleven days of fighting.",
          "AGREE", ["HAMAS", "ISR"], []),
    _case("accepted-truce", "Uruguay accepted the truce offered by Argentina.", "AGREE",
          ["URY"], ["ARG"]),
    # a dispute settled or resolved
    _case("settled-dispute", "Ghana and Togo settled their maritime dispute.", "AGREE",
          ["GHA", "TGO"], []),
    _case("settled-with", "Peru settled its border dispute with Ecuador in 1998.", "AGREE",
          ["ECU", "PER"], []),
    _case("resolved-differences", "Nepal and India resolved their differences over the map.",
          "AGREE", ["IND", "NPL"], []),
    # the parties of a relation that yields the agreement
    _case("talks-ended-with", "Talks between Qatar and Bahrain ended with an agreement to "
          "reopen the border.", "AGREE", ["BHR", "QAT"], []),
    _case("war-ended-with", "The war between Iran and Iraq ended with a UN-brokered agreement "
          "in 1988.", "AGREE", ["IRN", "IRQ"], []),
]


@pytest.mark.parametrize("text,etype,actors,recipients", FOUND)
def test_agreements_found(nlp, text, etype, actors, recipients):
    assert (sorted(actors), sorted(recipients)) in sides(nlp, text, etype)


def test_truce_reached_is_no_separate_retreat(nlp):
    text = "Israel and Hamas reached a truce after eleven days of fighting."
    assert typed(nlp, text, "RETREAT") == []


def test_meeting_and_its_outcome_are_two_events(nlp):
    text = "Talks between Qatar and Bahrain ended with an agreement to reopen the border."
    assert sides(nlp, text, "CONSULT") == [(["BHR", "QAT"], [])]


@pytest.mark.parametrize("text", [
    "The court resolved to hear the case in Paris.",
    "The family settled in Paris in 1990.",
    "Chile settled the bill with the hotel in Lima.",
])
def test_settling_no_dispute_is_no_agreement(nlp, text):
    assert typed(nlp, text, "AGREE") == []
