"""Probe sentences written for these tests (issue 12): an organisation the actor
dictionary does not know ("the SLA", "the ONLF") keeps an uncoded speaker (RECORDS.md:
``actor`` may be null, the text is kept); a hostile act it is said to have done is a
charge against it (target null), and its denial answers that charge by its name."""

from __future__ import annotations

import pytest
from spacy.language import Language

TEXTS = [
    "Sudan's army said the SLA had shelled a hospital in Tawila. The SLA denied it.",
    "Ethiopia said the ONLF had ambushed a convoy near Jijiga. The ONLF denied it on "
    "Monday.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_uncoded_organisation_is_charged_and_answers(nlp: Language, text: str) -> None:
    doc = nlp(text)
    [charge] = [c for c in doc._.claims if c["kind"] == "accusation"]
    [denial] = [c for c in doc._.claims if c["kind"] == "denial"]
    assert charge["target"] is None
    assert denial["speaker"]["text"].startswith("The ") and denial["speaker"]["actor"] is None
    assert {(p["denial"], p["claim"]) for p in doc._.pairs} == {(denial["id"], charge["id"])}


@pytest.mark.parametrize("text", [
    "Officials said gunmen had attacked a bus near the market. Authorities denied it.",
    "Kenya's police said the ONLF had ambushed a convoy. The UNHCR said it could not "
    "confirm it.",
])
def test_a_name_not_in_the_charge_answers_nothing(nlp: Language, text: str) -> None:
    doc = nlp(text)
    assert not [p for p in doc._.pairs if p["evidence"][0].startswith("denier-named-in-claim")]
