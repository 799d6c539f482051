"""Tree answers remembered per Doc (issue 14t): the same answers as the walk, a new Token
each time, and nothing carried over to another Doc.  The probe sentences are written for
these tests."""

from __future__ import annotations

from spacy.language import Language

from pipeline.stages.events import syntax
from pipeline.stages.events.memo import per_doc_token

TEXTS = [
    "Troops carried out exercises near the border on Monday, officials said.",
    "The ministry said talks took place after the shelling of two villages.",
]


def test_the_remembered_governor_is_the_walked_one(base_nlp: Language) -> None:
    walk = syntax.governor.__wrapped__
    for text in TEXTS:
        doc = base_nlp(text)
        for tok in doc:
            walked, first, again = walk(tok), syntax.governor(tok), syntax.governor(tok)
            expected = None if walked is None else walked.i
            assert (None if first is None else first.i) == expected
            assert (None if again is None else again.i) == expected
            if first is not None:
                assert first is not again  # a new Token, as the walk makes


def test_answers_are_not_carried_to_another_doc_of_the_same_length(base_nlp: Language) -> None:
    asked: list[int] = []

    @per_doc_token
    def first_token(tok):
        asked.append(tok.i)
        return tok.doc[0]

    one, two = base_nlp("Rebels shelled the town."), base_nlp("Police raided the camp.")
    assert len(one) == len(two)
    assert first_token(one[2]).text == "Rebels"
    assert first_token(one[2]).text == "Rebels" and asked == [2]
    assert first_token(two[2]).text == "Police" and asked == [2, 2]
