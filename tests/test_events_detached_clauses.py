"""Clauses the parser hangs inside another act's object are acts of their own.

Sentences written for these tests.  A finite verb coordinated with a non-finite one
belongs to the main subject ("urged X to show restraint and offered to mediate"); a
headline clause cut off by a semicolon is no complement of the verb after it; a vessel
is property a seizure takes (CAMEO 1711)."""

from __future__ import annotations

from tests.event_probes import typed


def test_finite_conjunct_after_an_infinitive_is_the_main_subjects_act(nlp):
    events = [e for e in nlp("Egypt and Jordan urged the two sides to show restraint and "
                             "offered to mediate.")._.events if e["trigger"]["text"] == "offered"]
    assert events, "the offer was taken into the request's content"
    assert sorted(events[0]["actors"]) == ["EGY", "JOR"]


def test_accusation_coordinated_after_a_demand_clause_is_its_own_event(nlp):
    text = ("The statement demanded that Serbia withdraw its troops, warned of consequences "
            "and accused Belgrade of stoking tensions.")
    assert [e["trigger"]["text"] for e in typed(nlp, text, "ACCUSE")] == ["accused"]
    assert typed(nlp, text, "REQUEST")


def test_headline_clause_before_a_semicolon_is_not_absorbed(nlp):
    text = "Kenya arrests 12 Ugandan fishermen; Kampala demands their release"
    arrests = typed(nlp, text, "COERCE")
    assert [e["trigger"]["text"] for e in arrests] == ["arrests"]
    assert arrests[0]["actors"] == ["KEN"]
    assert typed(nlp, text, "REQUEST")


def test_a_demand_still_takes_in_its_own_content(nlp):
    # the content of a demand is no event of its own: only the finite, detached clause is
    text = "Kampala demands that Kenya release the fishermen."
    assert not typed(nlp, text, "CONCEDE")
    assert typed(nlp, text, "REQUEST")


def test_seizing_boats_is_a_seizure_of_property(nlp):
    for text in ("The Ghanaian coast guard detained the crew and seized two trawlers.",
                 "Senegalese police seized three fishing boats near the border."):
        assert [e["trigger"]["text"] for e in typed(nlp, text, "COERCE")][-1] == "seized"
