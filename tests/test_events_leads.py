"""A headline act that names no side takes both sides of the act of its type told in the
lead (:mod:`pipeline.stages.events.leads`).  Texts written for these tests (issue 13ac)."""

from __future__ import annotations

import pytest

from tests.event_probes import typed as of_type


@pytest.fixture(scope="module")
def nlp():
    from pipeline.nlp import build_nlp

    return build_nlp(exclude=("claims",))


@pytest.mark.parametrize("text, kind, word, actors, recipients", [
    ("UN alarmed by fishing arrests\nQUITO\nThe detention of twelve fishermen by the "
     "Peruvian navy on Sunday alarmed the United Nations, the world body said.",
     "COERCE", "arrests", ["PER"], ["PER"]),
    ("Anger over border killings\nNAIROBI\nSomali gunmen killed four Kenyan police "
     "officers near the border on Friday, police said.",
     "ASSAULT", "killings", ["SOM"], ["KEN"]),
])
def test_a_headline_act_takes_the_sides_of_its_lead(nlp, text, kind, word, actors, recipients):
    (ev,) = [e for e in of_type(nlp, text, kind) if e["trigger"]["text"] == word]
    assert ev["sentence"] == 0
    assert ev["actors"] == actors and ev["recipients"] == recipients


def test_a_headline_act_with_a_side_keeps_its_own(nlp):
    text = ("EU envoys back penalties over Bolivia vote\nBRUSSELS\nThe European Union "
            "adopted sanctions on six Bolivian officials on Monday.")
    (ev,) = [e for e in of_type(nlp, text, "SANCTION") if e["sentence"] == 0]
    assert ev["actors"] == ["EU"]


def test_a_closed_first_sentence_is_no_headline(nlp):
    """A first sentence with a full stop is body text: its act borrows nothing from the next."""
    text = ("The killings shocked the region. Somali gunmen killed four Kenyan police "
            "officers near the border on Friday.")
    assert [e for e in of_type(nlp, text, "ASSAULT") if e["sentence"] == 0] == []


def test_a_lead_act_of_another_type_lends_nothing(nlp):
    text = ("Anger over border killings\nNAIROBI\nKenya accused Somalia of sheltering "
            "gunmen on Friday.")
    assert [e for e in of_type(nlp, text, "ASSAULT") if e["sentence"] == 0] == []
