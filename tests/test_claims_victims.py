"""Whom a hostile act befell, and where, is not who did it (issue 12: a statement
predicted as an accusation of its victims or of the place of the act), and in "accused X
of Y" the charge Y is what is said, X the target.  Every sentence
here is written for these tests (none comes from the corpus or the stance probes)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.claim_probes import claim_at


@pytest.mark.parametrize(("sentence", "cue"), [
    # the victims of a second act of the same clause ("..., killing X") are victims too
    ("Two drones struck a fuel depot on Tuesday, killing three Nepali workers, the "
     "provincial governor said.", "said"),
    ("A rocket struck a market on Sunday, wounding five Chadian traders, the local mayor "
     "told reporters.", "told"),
    # the place of a tally names where people died, not who killed them
    ("Nine aid workers were killed in Khartoum last month, according to the charity.",
     "according to"),
    ("At least 40 people have been killed in Darfur since the fighting began, according "
     "to aid groups.", "according to"),
])
def test_victims_and_places_of_an_act_are_not_accused(nlp: Language, sentence: str,
                                                      cue: str) -> None:
    claim = claim_at(nlp(sentence), cue)
    assert claim["kind"] == "statement", claim
    assert claim.get("target") is None


@pytest.mark.parametrize(("sentence", "cue", "target"), [
    # the doer stays accused though the act has a place
    ("Eritrean troops shelled villages in Tigray last week, Ethiopian officials said.",
     "said", "ERI"),
    ("Venezuelan soldiers fired on a patrol near the Essequibo river, Guyana said.",
     "said", "VEN"),
])
def test_the_doer_of_an_act_with_a_place_is_accused(nlp: Language, sentence: str, cue: str,
                                                     target: str) -> None:
    claim = claim_at(nlp(sentence), cue)
    assert claim["kind"] == "accusation", claim
    assert claim["target"] == target


@pytest.mark.parametrize(("sentence", "content", "target"), [
    # "accused X of Y": the charge is what is said; the accused is the target
    ("Caracas accused Guyana on Monday of granting oil blocks in disputed waters.",
     "granting oil blocks in disputed waters", "GUY"),
    ("Baku accused the Armenian army of shelling a village in Tovuz.",
     "shelling a village in Tovuz", "ARM"),
    ("Kinshasa accused Kigali of war crimes.", "war crimes", "RWA"),
])
def test_the_charge_not_the_accused_is_the_content(nlp: Language, sentence: str,
                                                   content: str, target: str) -> None:
    claim = claim_at(nlp(sentence), "accused")
    assert claim["kind"] == "accusation", claim
    assert (claim["content"]["text"], claim["target"]) == (content, target)


def test_an_object_with_several_ofs_keeps_the_phrase(nlp: Language) -> None:
    # the parse cannot tell which "of" opens the charge: the whole phrase is kept
    claim = claim_at(nlp("Manila accused the captain of the Chinese ship of piracy."),
                     "accused")
    assert claim["content"]["text"].startswith("the captain")


@pytest.mark.parametrize(("sentence", "cue", "content"), [
    # when or where it was said, at the end of the object, is not what is said
    ("Asmara rejected the allegations on Thursday.", "rejected", "the allegations"),
    ("The spokesman criticised the blockade at a news briefing on Monday.", "criticised",
     "the blockade"),
    # a span of time the content asks for, and a date inside the object, stay
    ("The envoy urged restraint during the coming weeks.", "urged",
     "restraint during the coming weeks"),
    ("Belgrade denied reports of clashes on Sunday.", "denied", "reports of clashes on Sunday"),
])
def test_the_occasion_of_saying_is_not_content(nlp: Language, sentence: str, cue: str,
                                               content: str) -> None:
    assert claim_at(nlp(sentence), cue)["content"]["text"] == content
