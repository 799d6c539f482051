"""Speakers as long wire reports name them, and reports by bodies that are no outlets.
A speaker introduced once with a title and a full name is later named by surname alone
or by "he"; a spokesman named for the first time under an institution's title speaks
for the party that institution was named as; a state body or a UN panel that "reported"
something is no news outlet.  Every sentence here is written for these tests (none
comes from the corpus, the stance probes or the written benchmarks in tests/data)."""

from __future__ import annotations

import pytest
from spacy.language import Language


def _claim_at(doc, cue_text: str, nth: int = 1) -> dict:
    found = [c for c in doc._.claims if (c.get("cue") or {}).get("text") == cue_text]
    assert len(found) >= nth, doc._.claims
    return found[nth - 1]


def _actor(claim: dict) -> str | None:
    return (claim.get("speaker") or {}).get("actor") or \
        (claim.get("resolved_speaker") or {}).get("actor")


@pytest.mark.parametrize(("text", "code"), [
    ("Ugandan government spokesman Chris Baryomunsi said the talks would resume in June. "
     "The rebels had left the town on Friday. Baryomunsi said the army would stay.", "UGA"),
    ("Kenyan interior ministry spokeswoman Ruth Wanjiru said two officers were hurt. "
     "Protesters blocked the road for hours. Wanjiru told reporters more arrests would "
     "follow.", "KEN"),
])
def test_a_surname_speaks_for_the_party_its_full_name_spoke_for(
        nlp: Language, text: str, code: str) -> None:
    """The surname alone, paragraphs after the full name and title, is the same speaker:
    its actor is the one the title gave."""
    doc = nlp(text)
    first, later = _claim_at(doc, "said"), doc._.claims[-1]
    assert _actor(first) == code, doc._.claims
    assert later["speaker"]["text"] in text.split(". ")[-1] and _actor(later) == code, \
        doc._.claims


@pytest.mark.parametrize(("text", "code"), [
    ("Nigeria's army said it had freed forty hostages. \"The bandits fled into the "
     "forest,\" army spokesman Colonel Musa Danjuma said.", "NGA"),
    ("Peru's foreign ministry summoned the envoy on Monday. Ministry spokeswoman Elena "
     "Quispe said the note had been delivered.", "PER"),
])
def test_a_spokesman_under_a_title_speaks_for_the_institution_named_before(
        nlp: Language, text: str, code: str) -> None:
    """"army spokesman X" after "Nigeria's army said": X speaks for the army's party,
    though the name itself is in no dictionary."""
    doc = nlp(text)
    claim = doc._.claims[-1]
    assert _actor(claim) == code, doc._.claims


@pytest.mark.parametrize("text", [
    "A United Nations commission of inquiry reported on Tuesday that Sudanese army "
    "aircraft had bombed three hospitals in Darfur.",
    "The military's press office, Inter-Services Public Relations, said the militants had "
    "attacked a checkpoint in Bannu.",
])
def test_a_body_that_reports_is_no_outlet(nlp: Language, text: str) -> None:
    """ANNOTATION.md kind 4: a report is a news outlet relaying news; a UN body or an
    army's press office telling of a hostile act accuses (kind 2)."""
    doc = nlp(text)
    assert [c["kind"] for c in doc._.claims] == ["accusation"], doc._.claims


def test_a_news_agency_still_reports(nlp: Language) -> None:
    """The outlet case is untouched: a state news agency relaying news reports."""
    doc = nlp("Iran's state news agency IRNA reported that talks with Oman had resumed.")
    assert [c["kind"] for c in doc._.claims] == ["report"], doc._.claims


@pytest.mark.parametrize("text", [
    "The army accused the RSF of shelling a market in Omdurman. The RSF denied the charge.",
    "Witnesses said RSF fighters had shelled the camp. The RSF has denied shelling it.",
])
def test_the_rsf_abbreviation_is_the_rapid_support_forces(nlp: Language, text: str) -> None:
    """The paramilitary's usual short name is coded, so its denial answers the charge
    against it (the denier is the accused)."""
    doc = nlp(text)
    denial = [c for c in doc._.claims if c["kind"] == "denial"]
    assert len(denial) == 1 and _actor(denial[0]) == "RSF", doc._.claims
    assert {p["denial"] for p in doc._.pairs} == {denial[0]["id"]}, doc._.pairs
