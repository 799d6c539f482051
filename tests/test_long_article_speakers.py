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


@pytest.mark.parametrize(("text", "code"), [
    ("The Houthis said they had fired two missiles at a tanker. In a statement, the group "
     "said its navy would keep up the attacks. It accused Washington of escalating the "
     "war.", "HOUTHI"),
    ("Hezbollah said it had fired rockets at a border post. The group said its fighters "
     "had returned safely. It also accused Israel of shelling two villages.", "HEZBOLLAH"),
])
def test_it_after_a_party_heard_by_its_generic_head_speaks_for_that_party(
        nlp: Language, text: str, code: str) -> None:
    """"the group said ... It accused": the pronoun resolves to the group, whose code the
    speaker of the earlier claim had."""
    doc = nlp(text)
    claim = _claim_at(doc, "accused")
    assert claim["speaker"]["text"] == "It" and _actor(claim) == code, doc._.claims


@pytest.mark.parametrize(("text", "code"), [
    ("Officials in Ethiopia's Amhara region said the bridge had been destroyed. The "
     "region's security bureau said two guards were missing.", "ETH"),
    ("Authorities in Pakistan's Balochistan province said a convoy was ambushed. The "
     "province's home department said six soldiers were wounded.", "PAK"),
])
def test_a_body_owned_by_a_region_named_before_is_that_regions_party(
        nlp: Language, text: str, code: str) -> None:
    """"the region's security bureau": the owning noun was named before with its
    country ("Ethiopia's Amhara region"), so the body speaks for that country."""
    doc = nlp(text)
    assert _actor(doc._.claims[-1]) == code, doc._.claims


@pytest.mark.parametrize(("text", "code"), [
    ("Chile's foreign ministry filed the case. The ministry's envoy to the tribunal said "
     "the filing was complete. A spokesman for the envoy said hearings would start in "
     "May.", "CHL"),
    ("Kenya's interior ministry ordered an inquiry. The ministry's inspector in the county "
     "said the camp had been cleared. A spokeswoman for the inspector said forty people "
     "were detained.", "KEN"),
])
def test_a_spokesman_for_an_office_heard_before_speaks_for_its_party(
        nlp: Language, text: str, code: str) -> None:
    """"A spokesman for the envoy": the office the role is for has spoken before (coded
    only through its ministry), and its code passes to the one speaking for it."""
    doc = nlp(text)
    assert _actor(doc._.claims[-1]) == code, doc._.claims


@pytest.mark.parametrize(("text", "code"), [
    ("Ghana's finance minister on Monday criticised the lenders for delaying the deal. "
     "In a radio interview, Kwame Asante said the delay would cost jobs.", "GHA"),
    ("Nepal's prime minister on Friday condemned the border closure. Speaking in "
     "parliament, Ram Bahadur Thapa said traders were suffering.", "NPL"),
])
def test_a_name_right_after_a_states_office_holder_is_that_holder(
        nlp: Language, text: str, code: str) -> None:
    """"X's prime minister ... . Y said": a name with no title of its own, right after the
    office named by its state alone, introduces the holder, who speaks for the state."""
    doc = nlp(text)
    assert _actor(doc._.claims[-1]) == code, doc._.claims


def test_an_untitled_name_after_a_party_that_is_no_office_stays_uncoded(
        nlp: Language) -> None:
    """No office in the sentence before, so nothing says whose the name is."""
    doc = nlp("Ghana's parliament on Monday debated the deal. Kwame Asante said the delay "
              "would cost jobs.")
    assert _actor(doc._.claims[-1]) is None, doc._.claims


@pytest.mark.parametrize(("text", "code"), [
    ("Guyana accused Venezuela of massing troops near the Essequibo border. \"We will not "
     "be intimidated,\" Foreign Minister Hugh Todd said.", "GUY"),
    ("Somalia rejected the port deal as an assault on its unity. The foreign ministry said "
     "the memorandum was null and void.", "SOM"),
])
def test_a_state_office_without_its_country_after_that_country_spoke(
        nlp: Language, text: str, code: str) -> None:
    """"Guyana accused ... . Foreign Minister X said": an office or body with no country
    of its own, right after a sentence whose subject is a country, is that country's."""
    doc = nlp(text)
    assert _actor(doc._.claims[-1]) == code, doc._.claims


def test_a_spokesman_for_a_bloc_is_not_the_country_before(nlp: Language) -> None:
    """The role is for an institution of its own: the country that spoke before does not
    give it a code."""
    doc = nlp("Mali rejected the sanctions on Monday. A spokesman for the regional bloc said "
              "the measures would stay.")
    assert _actor(doc._.claims[-1]) != "MLI", doc._.claims
