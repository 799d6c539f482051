"""Headlines (lines that end without a full stop) are parsed as sentences of their own.

Probe headlines written for these tests; each is followed by a dateline paragraph, the
context in which the model misread the headline's last noun phrase.
"""

from __future__ import annotations

import pytest

BODY = "\n\nMANILA, May 3 (Wire) - The foreign ministry said talks had collapsed on Friday."


@pytest.fixture(scope="module")
def parse(settings):
    from pipeline.nlp import build_nlp

    return build_nlp(settings, exclude=("actor_entities", "timexes", "events", "claims",
                                        "stance"))


def _head(doc, word):
    tok = next(t for t in doc if t.text == word)
    return tok.dep_, tok.head.text


@pytest.mark.parametrize("headline,word,verb", [
    ("Manila recalls envoy", "envoy", "recalls"),
    ("Rebels seize border town; Kinshasa blames Kigali", "Kigali", "blames"),
    ("Quito expels diplomat over spying row", "diplomat", "expels"),
])
def test_headline_object_is_the_verbs_object(parse, headline, word, verb):
    assert _head(parse(headline + BODY), word) == ("dobj", verb)


def test_headline_keeps_its_sentence_and_the_body_is_untouched(parse):
    doc = parse("Manila recalls envoy" + BODY)
    alone = parse("MANILA, May 3 (Wire) - The foreign ministry said talks had collapsed on Friday.")
    sents = list(doc.sents)
    assert sents[0].text.strip() == "Manila recalls envoy"
    body = [(t.text, t.dep_, t.head.i - t.i) for t in doc[sents[1].start:] if not t.is_space]
    assert body == [(t.text, t.dep_, t.head.i - t.i) for t in alone]


def test_a_line_closed_by_punctuation_is_left_alone(parse):
    from pipeline.stages.sentences.headlines import open_lines

    assert open_lines(parse("Manila recalls envoy." + BODY)) == []
    assert [s.text for s in open_lines(parse("Manila recalls envoy" + BODY))] == [
        "Manila recalls envoy"]


def test_headline_recall_is_an_event(nlp):
    doc = nlp("Manila recalls envoy from Beijing\n\nMANILA, May 3 (Wire) - The Philippines "
              "recalled its ambassador to China on Friday, the foreign ministry said.")
    first = [e for e in doc._.events if e["trigger"]["text"] == "recalls"]
    assert first and first[0]["type"] == "SANCTION" and "PHL" in first[0]["actors"]
