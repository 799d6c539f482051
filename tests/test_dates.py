"""The document date: ``published`` in any common format or language, else a dateline.

Every string here is written for this test (formats as feeds and wires write them).
"""

from __future__ import annotations

import json

import pytest

from pipeline.batch.dates import dateline_date, parse_published
from pipeline.batch.readers import InputProblem, iter_articles

PUBLISHED = [
    # English, with times and zones
    ("Aug 24, 2023", "2023-08-24"),
    ("August 24, 2023", "2023-08-24"),
    ("Thu, 24 Aug 2023 10:05:00 GMT", "2023-08-24"),  # RSS (RFC 822)
    ("Thursday, August 24, 2023 9:15 PM EDT", "2023-08-24"),
    ("24-Aug-2023", "2023-08-24"),
    ("2023-08-24T10:05:00+03:00", "2023-08-24"),  # ISO 8601 with offset
    ("2023-08-24 07:05:00Z", "2023-08-24"),
    ("2023-08-24", "2023-08-24"),
    ("24.08.2023", "2023-08-24"),  # European numeric
    ("24/08/2023", "2023-08-24"),
    ("08/24/2023", "2023-08-24"),  # US numeric: only one reading is possible
    ("03/04/2023", "2023-04-03"),  # ambiguous: day first, as documented
    ("1692871500", "2023-08-24"),  # Unix timestamp (10:05 UTC)
    # the day as written, in the source's own offset (24th, though the 25th in UTC)
    ("2023-08-24T23:30:00-05:00", "2023-08-24"),
    ("Thu, 24 Aug 2023 23:50:00 -0700", "2023-08-24"),
    ("Fri, 25 Aug 2023 01:10:00 +1000", "2023-08-25"),  # still the 24th in UTC
    # other languages
    ("24 août 2023", "2023-08-24"),
    ("jeudi 24 août 2023 à 10h05", "2023-08-24"),
    ("24. August 2023", "2023-08-24"),
    ("Donnerstag, 24. August 2023, 10:05 Uhr", "2023-08-24"),
    ("24 de agosto de 2023", "2023-08-24"),
    ("24 agosto 2023", "2023-08-24"),
    ("24 августа 2023", "2023-08-24"),
    ("24 августа 2023 г., 10:05", "2023-08-24"),
    ("2023年8月24日", "2023-08-24"),
]


@pytest.mark.parametrize("value,day", PUBLISHED)
def test_published_formats_give_the_day_as_written(value, day):
    assert parse_published(value) == day


@pytest.mark.parametrize("value", [
    "yesterday", "today", "3 days ago", "last week",  # relative: never resolved to today
    "Aug 24",  # no year: never filled in from today
    "August 2023",  # no day
    "2023-02-29", "31.04.2023",  # no such day
    "soon", "", None, 20230824,
])
def test_relative_partial_and_impossible_dates_are_refused(value):
    assert parse_published(value) is None


DATELINES = [
    # (text start, --dct of the run, DCT)
    ("Talks collapse\n\nMOSCOW, Aug 23 (Reuters) - Russian officials said", "2023-09-01",
     "2023-08-23"),  # Reuters: no year, taken nearest the run's date
    ("Beijing, 20 July 2021 (dpa) – Chinese officials said", None, "2021-07-20"),  # dpa
    ("BEIJING, July 20, 2021 (Xinhua/AP) – A spokesman said", None, "2021-07-20"),
    ("PARIS, 24 août 2023 (AFP) - Le ministre a déclaré", None, "2023-08-24"),  # AFP, French
    ("BERLIN, 24.08.2023 (dpa) - Die Regierung hat", None, "2023-08-24"),
    ("TOKYO, Aug. 24, 2023 /PRNewswire/ -- The company said", None, "2023-08-24"),  # PR wire
    ("NEW YORK, Tuesday, Aug. 22, 2023 — The council met", None, "2023-08-22"),
    ("KYIV, Ukraine, Aug 23 (AP) — Officials said", "2023-08-30", "2023-08-23"),  # AP
    ("МОСКВА, 24 августа 2023 — Министерство заявило", None, "2023-08-24"),  # Russian wire
    ("Headline\n\nSEOUL, Dec 30 (Yonhap) - Officials said", "2024-01-03",
     "2023-12-30"),  # the year before the run's date is nearer
]


@pytest.mark.parametrize("text,option,day", DATELINES)
def test_wire_datelines_give_the_dct(text, option, day):
    assert dateline_date(text, option)[0] == day


@pytest.mark.parametrize("text", [
    "WASHINGTON (AP) — The president said on Tuesday",  # a dateline without a date
    "MINSK — Belarus announced yesterday",
    "BEIRUT\n\nLebanon's premier said",
    "Iran says the attack was staged - state media",  # a headline with a dash
    "Russia, Iran hold talks - the third round this year",
    "Officials met on 24 August 2023 in Geneva - a first.",  # a date, but no dateline
])
def test_no_dated_dateline_gives_no_dct(text):
    assert dateline_date(text, "2023-09-01")[0] is None


def _read(tmp_path, text, meta=None, dct=None):
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    if meta is not None:
        (tmp_path / "a.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    problems: list[InputProblem] = []
    articles = list(iter_articles([tmp_path], dct, problems))
    return articles[0], problems


def test_dct_source_meta_dateline_option_none(tmp_path):
    wire = "BERLIN, 24.08.2023 (dpa) - Die Regierung hat"
    article, problems = _read(tmp_path, wire, {"published": "Fri, 25 Aug 2023 08:00:00 GMT"})
    assert (article.dct, article.dct_source) == ("2023-08-25", "meta")
    assert article.meta["published"] == "Fri, 25 Aug 2023 08:00:00 GMT"  # original kept
    article, problems = _read(tmp_path, wire, {}, dct="2023-09-01")
    assert (article.dct, article.dct_source) == ("2023-08-24", "dateline")
    article, problems = _read(tmp_path, "No dateline here.", {}, dct="2023-09-01")
    assert (article.dct, article.dct_source) == ("2023-09-01", "option")
    article, problems = _read(tmp_path, "No dateline here.", {})
    assert (article.dct, article.dct_source) == (None, "none")


def test_unparseable_date_is_a_warning_naming_file_and_string(tmp_path):
    article, problems = _read(tmp_path, "Text.", {"published": "the other day"})
    assert article.dct is None
    assert problems[0].severity == "warning"
    assert problems[0].source.endswith("a.txt") and "'the other day'" in problems[0].reason


def test_yearless_dateline_without_a_run_date_is_a_warning(tmp_path):
    article, problems = _read(tmp_path, "LONDON, March 5 (Reuters) - Officials said", {})
    assert article.dct is None and article.dct_source == "none"
    assert "'March 5'" in problems[0].reason and "--dct" in problems[0].reason


def test_record_carries_dct_source(tmp_path, nlp, settings):
    from pipeline.batch.run import run

    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("PARIS, 24 août 2023 (AFP) - France said it would act.",
                               encoding="utf-8")
    run([src], tmp_path / "out", settings=settings, nlp=nlp, progress=False)
    record = json.loads((tmp_path / "out" / "documents.jsonl").read_text("utf-8"))
    assert (record["dct"], record["dct_source"]) == ("2023-08-24", "dateline")
