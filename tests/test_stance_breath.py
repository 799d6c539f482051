"""Denials said in one breath, denials of every charge through a quantifier, and a tag
closing a fronted clause that the parser joins as a conjunct.  Every sentence here is
written for these tests (none comes from the corpus, the stance probes or the written
benchmark in tests/data)."""

from __future__ import annotations

import pytest
from spacy.language import Language


def _of_kind(doc, kind: str) -> list[dict]:
    return [c for c in doc._.claims if c["kind"] == kind]


def _pairs(doc) -> set[tuple[str, str]]:
    return {(p["denial"], p["claim"]) for p in doc._.pairs}


@pytest.mark.parametrize("text", [
    "The army accused the militia of burning villages near Kadugli. "
    "The militia denied the accusation, calling it a lie told by army officers.",
    "Police said the gang had smuggled rifles across the border. "
    "The gang's leader rejected the report and described it as a fabrication.",
])
def test_a_second_denying_cue_in_one_breath_answers_the_same_charge(
        nlp: Language, text: str) -> None:
    """One claim per cue (ANNOTATION.md): two denials, and the second, whose object is
    only "it", answers what the first answers even when the denier has no code."""
    doc = nlp(text)
    charge = _of_kind(doc, "accusation")
    denials = _of_kind(doc, "denial")
    assert len(charge) == 1 and len(denials) == 2, doc._.claims
    assert _pairs(doc) == {(d["id"], charge[0]["id"]) for d in denials}


@pytest.mark.parametrize(("text", "quantified"), [
    ("Kinshasa said Burundian troops had burned villages near Uvira. Aid workers said "
     "Burundian soldiers had also looted a clinic there. Burundi rejected all of these "
     "allegations.", "all of these allegations"),
    ("Manila said Chinese ships had blocked a supply mission to the shoal. Fishermen said "
     "Chinese coast guard boats had also seized their catch. Beijing dismissed each of the "
     "charges.", "each of the charges"),
])
def test_a_quantified_claim_noun_is_denied_and_answers_every_charge(
        nlp: Language, text: str, quantified: str) -> None:
    """"all of these allegations": the parser heads the object with the quantifier; the
    noun after "of" is what is denied, and as a plural it sums up every charge."""
    doc = nlp(text)
    denials = _of_kind(doc, "denial")
    assert len(denials) == 1, doc._.claims
    assert denials[0]["content"]["text"].startswith(quantified)
    charges = [c["id"] for c in doc._.claims if c["kind"] != "denial"]
    assert len(charges) == 2
    assert _pairs(doc) == {(denials[0]["id"], c) for c in charges}


@pytest.mark.parametrize(("text", "content"), [
    ("Baku has never shelled civilian areas, Azerbaijan's defence minister said on Friday.",
     "Baku has never shelled civilian areas"),
    ("Nairobi has never sent troops across the border, Kenya's defence minister said on "
     "Monday.", "Nairobi has never sent troops across the border"),
])
def test_a_tag_joined_as_a_conjunct_says_the_fronted_clause(
        nlp: Language, text: str, content: str) -> None:
    doc = nlp(text)
    assert [c["content"]["text"] for c in doc._.claims] == [content]
    assert doc._.claims[0]["cue"]["text"] == "said"
    assert doc._.claims[0]["kind"] == "denial"


def test_a_verb_joined_by_and_is_no_tag(nlp: Language) -> None:
    """"X did A and the mayor said B": the mayor says B, not A."""
    doc = nlp("Troops shelled the village and the mayor said nine people had died.")
    assert [c["content"]["text"] for c in doc._.claims] == ["nine people had died"]
