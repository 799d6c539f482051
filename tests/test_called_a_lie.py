"""Probe sentences written for these tests (issue 12): "called/branded/labelled N a lie"
— an object and a judgement noun as its predicate — is a denial of N, whichever way the
parser hangs the judgement (on the verb, on the noun, or breaking the phrase into
predicates); the content is N's phrase with the judgement, the said part (as the gold
of every benchmark writes it: "the reports as propaganda", "the account a lie")."""

from __future__ import annotations

import pytest
from spacy.language import Language


@pytest.mark.parametrize(("text", "content"), [
    # the judgement hung on the noun (npadvmod, appos, dobj)
    ("Peru's foreign minister called the Ecuadorian army's account a lie.",
     "the Ecuadorian army's account a lie"),
    ("Quito called Lima's claim a lie on Tuesday.", "Lima's claim a lie"),
    ("The ministry labelled the newspaper's report a lie.",
     "the newspaper's report a lie"),
    # the phrase broken into predicates of the verb, or the noun read as a verb
    ("Baku called the Armenian account a fabrication and said its troops had not fired.",
     "the Armenian account a fabrication"),
    ("The army called the militia account a total lie.", "the militia account a total lie"),
    # the judgement on the verb, as before
    ("The junta called the rebels' version a complete fabrication.",
     "the rebels' version a complete fabrication"),
    # the judgement in an "as" phrase or as an adjective; a time after it is not said
    ("Minsk dismissed the Lithuanian reports as propaganda on Monday.",
     "the Lithuanian reports as propaganda"),
    ("The opposition called the accusation absurd.", "the accusation absurd"),
    # "as J" parsed as a clause of the verb; a quoted object keeps its opening quote
    ("Niamey dismissed the claims as politically motivated on Friday.",
     "the claims as politically motivated"),
    ('Tbilisi dismissed the "repeated accusations" as baseless.',
     'the "repeated accusations" as baseless'),
])
def test_called_a_lie_denies_the_object(nlp: Language, text: str, content: str) -> None:
    claims = [c for c in nlp(text)._.claims if c["rule"].startswith("verb-call-false")]
    assert [(c["kind"], c["content"]["text"]) for c in claims] == [("denial", content)]


@pytest.mark.parametrize("text", [
    "Lima said Ecuadorian troops had shelled a border post. Quito called the Peruvian "
    "account a lie.",
    "Nairobi said Somali gunmen had kidnapped two aid workers. Mogadishu's police "
    "branded the Kenyan story a fabrication.",
])
def test_the_denial_answers_the_charge(nlp: Language, text: str) -> None:
    doc = nlp(text)
    [charge] = [c for c in doc._.claims if c["kind"] == "accusation"]
    [denial] = [c for c in doc._.claims if c["kind"] == "denial"]
    assert (denial["id"], charge["id"]) in {(p["denial"], p["claim"]) for p in doc._.pairs}


@pytest.mark.parametrize("text", [
    "Tehran branded the drills a provocation.",
    "The ministry called the blockade a crime.",
])
def test_an_act_called_a_crime_is_no_denial(nlp: Language, text: str) -> None:
    assert not [c for c in nlp(text)._.claims if c["kind"] == "denial"]
