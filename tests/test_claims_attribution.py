"""Attribution coverage (issue 12): parenthetical cues, bare titles as speakers, a
quoted speaker's own words, short names of a party, and who is told versus who is
blamed.  Every sentence here is
written for these tests (none comes from the corpus or the stance probes)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from tests.claim_probes import claim_at


def _said(doc: Doc) -> dict:
    return claim_at(doc, "said", "says", "told")


@pytest.mark.parametrize(("text", "target"), [
    ("North Korea held a parade on Saturday. Officials in Seoul said the North had "
     "launched drones across the border.", "PRK"),
    ("South Korea began drills on Monday. Pyongyang said the South had fired shells "
     "into its waters.", "KOR"),
])
def test_a_short_name_refers_back_to_the_party_named_in_full(
        nlp: Language, text: str, target: str) -> None:
    claim = _said(nlp(text))
    assert (claim["kind"], claim["target"]) == ("accusation", target)


def test_whom_something_is_told_to_is_not_whom_it_blames(nlp: Language) -> None:
    doc = nlp("The Armenian minister told the French newspaper Le Monde that the shelling "
              "had been unprovoked.")
    assert _said(doc)["target"] != "FRA"


@pytest.mark.parametrize(("text", "said"), [
    ("Baku, the ministry said, had massed troops along the border.", "massed troops"),
    ("The drills, a Chinese army spokesman said, were routine.", "were routine"),
])
def test_a_parenthetical_cue_attributes_the_clause_around_it(
        nlp: Language, text: str, said: str) -> None:
    claim = _said(nlp(text))
    assert claim["content"]["text"].startswith(text.split(",")[0])
    assert said in claim["content"]["text"]


def test_a_first_person_cue_inside_a_quote_is_the_quoted_speakers_own(nlp: Language) -> None:
    doc = nlp('"We have said many times that the drills threaten nobody," the Chinese '
              'minister said.')
    assert len(doc._.claims) == 1, doc._.claims


@pytest.mark.parametrize(("text", "code"), [
    ("Iran's envoy Amir Saeid Iravani said the talks were useful. The diplomat said "
     "Tehran had never sent drones to Russia.", "IRN"),
    ("Chile's foreign minister said the vote was fair. The official said Chile had "
     "never hosted foreign troops.", "CHL"),
])
def test_a_bare_title_speaks_for_the_person_last_heard(
        nlp: Language, text: str, code: str) -> None:
    last = nlp(text)._.claims[-1]
    assert last["speaker"]["actor"] == code
    assert last["kind"] == "denial"


@pytest.mark.parametrize(("text", "cue", "kind", "actor"), [
    ("Moscow's claim that its troops had taken the village could not be confirmed.",
     "claim", "claim", "RUS"),
    ("The monitors said they would look into Baku's accusation that Armenian troops had "
     "fired across the border.", "accusation", "accusation", "AZE"),
])
def test_a_possessor_with_a_that_clause_makes_the_claim(
        nlp: Language, text: str, cue: str, kind: str, actor: str) -> None:
    claim = claim_at(nlp(text), cue)
    assert (claim["kind"], claim["speaker"]["actor"]) == (kind, actor)


@pytest.mark.parametrize("text", [
    "Kyiv rejected Moscow's claim that its troops had taken the village.",
    "The ministry denied Seoul's claim that North Korean hackers had stolen the data.",
])
def test_a_claim_noun_a_denial_answers_is_no_claim_of_its_own(nlp: Language, text: str) -> None:
    assert [c["kind"] for c in nlp(text)._.claims] == ["denial"]


@pytest.mark.parametrize(("text", "actor"), [
    ("NEW DELHI — Five Indian soldiers were killed on Tuesday in an ambush along the Line "
     "of Control in Kashmir, the Indian army said, blaming Pakistani troops for the "
     "attack.", "IND"),
    ("YEREVAN — Two Armenian villages were shelled overnight, Armenia's defence ministry "
     "said, accusing Azerbaijani forces of breaking the truce.", "ARM"),
])
def test_a_participle_after_an_aside_cue_speaks_for_its_speaker(
        nlp: Language, text: str, actor: str) -> None:
    claim = claim_at(nlp(text), "blaming", "accusing")
    assert claim["speaker"]["actor"] == actor
