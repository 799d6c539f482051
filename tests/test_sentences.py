"""Sentence stages: headline lines, abbreviations, datelines, trimming."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def sents(settings):
    from pipeline import extensions as ext
    from pipeline.nlp import build_nlp

    nlp = build_nlp(settings, exclude=("actor_entities", "timexes", "events", "claims"))

    def run(text: str) -> list[str]:
        doc = nlp(text)
        spans = doc.spans[ext.SENTENCES]
        for s in spans:
            assert text[s.start_char:s.end_char] == s.text
        return [s.text for s in spans]

    return run


def test_headline_without_full_stop_is_its_own_sentence(sents):
    out = sents("Azerbaijan accuses Armenia of shooting\n\nThe ministry said troops fired.\n")
    assert out == ["Azerbaijan accuses Armenia of shooting", "The ministry said troops fired."]


def test_trailing_attribution_stays_in_its_sentence(sents):
    out = sents("Soldier wounded after fire from Armenian forces along the border, Baku says.")
    assert len(out) == 1


def test_title_abbreviation_does_not_end_a_sentence(sents):
    out = sents("In a meeting on Monday, Brig. Gen. Heidari stated his force is ready.")
    assert len(out) == 1


def test_dateline_credit_stays_with_dateline(sents):
    out = sents("MOSCOW, August 21. /TASS/. The delegation arrived in Moscow.")
    assert out[0] == "MOSCOW, August 21. /TASS/."


def test_sentences_are_trimmed(sents):
    out = sents("  First one.   Second one.\n\n\n")
    assert out == ["First one.", "Second one."]


@pytest.mark.parametrize("text", [
    "KYIV, March 3 (Reuters) - Ukrainian officials met their Polish counterparts on Friday.",
    "ANKARA, May 9 (AP) -- Turkish envoys left for Baku on Sunday.",
])
def test_dateline_before_a_dash_opens_its_first_sentence(sents, text):
    assert sents(text) == [text]


# a bracket opens no sentence inside a line: "CITY (Agency) —" after a headline line
@pytest.mark.parametrize("headline, lead", [
    ("Pakistan summons Indian diplomat over border firing",
     "ISLAMABAD (Reuters) - Pakistan on Monday summoned India's deputy high commissioner."),
    ("US imposes sanctions on Turkey",
     "WASHINGTON (AP) — The United States on Monday imposed sanctions on Turkey."),
])
def test_agency_dateline_after_a_headline_stays_with_its_lead(sents, headline, lead):
    assert sents(f"{headline}\n{lead}") == [headline, lead]


def test_a_dateline_on_its_own_line_is_its_own_sentence(sents):
    out = sents("Russia strikes power grid\nKYIV\nRussian missiles hit power plants on Friday.")
    assert out == ["Russia strikes power grid", "KYIV",
                   "Russian missiles hit power plants on Friday."]


# a quote mark against the word before it closes that sentence's quotation
@pytest.mark.parametrize("text, first", [
    ('Kabul accused Islamabad of "reckless aggression."\nThe talks were called off.',
     'Kabul accused Islamabad of "reckless aggression."'),
    ('The rebels freed him "on humanitarian grounds." Officials thanked the mediators.',
     'The rebels freed him "on humanitarian grounds."'),
])
def test_a_closing_quote_stays_with_its_sentence(sents, text, first):
    out = sents(text)
    assert out[0] == first and len(out) == 2, out


# a sentence may end on an abbreviation when a closed-class word opens the next one
@pytest.mark.parametrize("text", [
    "The drones were supplied by the U.S. The shipment arrived on Monday.",
    "The motion was backed by the U.K. It passed easily.",
    "Envoys met officials from the U.N. In Geneva, the talks resumed.",
])
def test_an_abbreviation_can_end_a_sentence(sents, text):
    assert len(sents(text)) == 2, sents(text)


@pytest.mark.parametrize("text", [
    "The U.S. Navy said U.N. Secretary-General Antonio Guterres was briefed.",
    "Army chief Gen. Abdel Fattah al-Burhan met Col. Ahmed Ali in Omdurman.",
])
def test_a_name_after_an_abbreviation_continues_the_sentence(sents, text):
    assert len(sents(text)) == 1, sents(text)
