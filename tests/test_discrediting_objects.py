"""One reading of the discrediting words across layers (issue 12, one lexicon per class):
a discrediting word denies only when said of a claim, its evidence or its source; said
of an act it censures it.  The event rule for a denial by discrediting (REJECT 016) and
the claims stage's denial by calling both ask what the word is said of
(:mod:`pipeline.stages.judged`).  Every sentence here is written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.claim_probes import claim_at


def _types(doc) -> set[str]:
    return {e["type"] for e in doc._.events}


def test_the_discrediting_words_are_one_class_read_by_events_and_claims() -> None:
    from pipeline.config import DEFAULT_CONFIG_DIR
    from pipeline.stages.claims.lexicon import load_lexicon
    from pipeline.stages.events.rules import load_rules
    from pipeline.stages.wordclasses import shared_class

    words = {w.lower() for w in shared_class("discrediting_words")}
    assert {"fabrication", "slander", "provocation", "concoction"} <= words
    classes = load_rules(DEFAULT_CONFIG_DIR / "events").lexicon["word_classes"]
    assert {w.lower() for w in classes["discredit_words"]} == words
    assert words <= load_lexicon().denial_adjectives
    # what may be called false: the claim nouns and the evidence nouns, in both layers
    judged = set(shared_class("claim_nouns")) | set(shared_class("evidence_nouns"))
    assert set(classes["discredited_nouns"]) == judged
    assert set(shared_class("evidence_nouns")) == set(load_lexicon().evidence_nouns)


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Oslo dismissed the report as a fabrication.", "dismissed"),
    ("Canada called the photos fake.", "called"),
    ("Charges of espionage levelled by Sweden were dismissed by Finland, which branded "
     "them slander.", "branded"),
    # remarks and comments are things said too
    ("Lima dismissed the Chilean remarks as propaganda.", "dismissed"),
    ("Quito called the envoy's comments a fabrication.", "called"),
    # a pronoun standing for what the sentence before said
    ("Lima accused Quito of massing troops on the border. Quito called it a lie.", "called"),
    ("Washington said Hanoi had sold rice to the junta. Hanoi branded this a fabrication.",
     "branded"),
    # a mass noun the parser takes for the verb's predicate, the claim noun its compound
    ("Cameroon's defence ministry called the report disinformation.", "called"),
    ("Ethiopia's foreign ministry called the allegation slander.", "called"),
    ("La Paz's interior ministry called the accusation misinformation.", "called"),
])
def test_a_discrediting_word_said_of_a_claim_is_a_denial(
        nlp: Language, sentence: str, cue: str) -> None:
    doc = nlp(sentence)
    assert claim_at(doc, cue)["kind"] == "denial"
    assert "REJECT" in _types(doc)
    assert "ACCUSE" not in {e["type"] for e in doc._.events
                            if e["trigger"]["text"].lower() == cue}


@pytest.mark.parametrize(("sentence", "cue", "target"), [
    ("Hanoi called the Chinese exercises a provocation.", "called", "CHN"),
    ("Seoul branded the Japanese export curbs a provocation.", "branded", "JPN"),
    # a pronoun standing for an act, not for a claim
    ("Peru held naval drills near the border. Ecuador called them a provocation.", "called",
     None),
])
def test_a_discrediting_word_said_of_an_act_censures_it(
        nlp: Language, sentence: str, cue: str, target: str | None) -> None:
    doc = nlp(sentence)
    assert "REJECT" not in _types(doc)
    assert "ACCUSE" in _types(doc)
    claim = claim_at(doc, cue)
    assert claim["kind"] == "accusation"
    assert claim["target"] == target


def test_discrediting_the_source_of_a_claim_is_a_denial(nlp: Language) -> None:
    """ANNOTATION.md: a denial "discredits it or its source": a named outlet or
    organisation called one-sided is the source of claims, not an act."""
    assert claim_at(nlp("Lagos called Reuters one-sided."), "called")["kind"] == "denial"
    assert claim_at(nlp("Minsk dismissed Amnesty International as a propaganda tool."),
                    "dismissed")["kind"] == "denial"
