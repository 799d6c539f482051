"""Timex rule scanner (pipeline/stages/timex/scan.py) and its case-sensitive copy for
lower-cased ASCII text (casefold.py): the matches they find are exactly those of
``finditer`` over the rule's own pattern, with the same groups and offsets."""

from __future__ import annotations

import random
import re

import pytest

from pipeline.stages.timex import casefold, scan
from pipeline.stages.timex.casefold import lower_case_copy
from pipeline.stages.timex.resources import load_resources
from pipeline.stages.timex.scan import group_text, rule_matches, rule_pattern, word_start_scanner

# sentences written for this test, with matches at the start, back to back and in words
PROBES = [
    "Two weeks ago, three days later, 5-day-old and 10-year-long, twenty-one years ago.",
    "March 3, 2004 -- 1998-2001; Q3 2005, 2nd quarter; fortnight, someone often at 3 p.m.",
    "Monday.Tuesday,Wednesday-Thursday 12:30-14:00 the 1990s and '90s last month's data.",
]
# pieces of rule vocabulary, glued by separators into adversarial strings
PIECES = ["one", "two", "ten", "twenty", "a", "an", "few", "several", "hundred", "and",
          "half", "day", "days", "week", "year", "years", "month", "ago", "later", "from",
          "now", "last", "next", "the", "this", "coming", "monday", "friday", "march",
          "may", "jan", "q", "quarter", "century", "1998", "2004", "3", "12", "31", "1/2",
          "p.m.", "a.m.", "noon", "night", "morning", "eve", "christmas", "fiscal", "times",
          "once", "twice", "per", "each", "every", "long", "old", "so", "or", "more",
          "1990s", "'90s", "mid", "early", "late", "spring", "summer", "s", "i", "k"]
SEPARATORS = [" ", " ", " ", "  ", "\n", "-", "--", ",", ", ", ".", "'", "", "x", "_", "9",
              "\u0130", "\u0131", "\u017f", "\u212a", "\u00e9", "\u2013", "/"]


@pytest.fixture(scope="module")
def res():
    return load_resources(None)


def _adversarial(rng: random.Random, count: int) -> list[str]:
    """Strings of rule words in random case; half of them ASCII only."""
    out = []
    for index in range(count):
        seps = SEPARATORS if index % 2 else [s for s in SEPARATORS if s.isascii()]
        words = []
        for _ in range(rng.randint(1, 12)):
            word = rng.choice(PIECES)
            cased = word.upper() if rng.random() < 0.2 else word.title() \
                if rng.random() < 0.2 else word
            words.append(cased)
            words.append(rng.choice(seps))
        text = "".join(words)
        out.append(text[rng.randint(0, 1):] if rng.random() < 0.3 else text)
    return out


def _finds(text: str, matches) -> list[tuple]:
    return [(start, end, {k: group_text(text, match, k) for k in match.re.groupindex},
             {k: match.span(k) for k in match.re.groupindex}) for start, end, match in matches]


def _plain(regex: re.Pattern[str], text: str):
    return ((m.start(), m.end(), m) for m in regex.finditer(text))


def test_scanner_finds_what_finditer_finds(res, article_texts):
    texts = article_texts + PROBES + _adversarial(random.Random(14), 3000)
    found = 0
    for rule in res.rules:
        for text in texts:
            expected = _finds(text, _plain(rule.regex, text))
            low = text.lower() if text.isascii() else None
            assert _finds(text, rule_matches(rule.regex, rule.scanner, text)) == expected, \
                (rule.id, text[:80])
            assert _finds(text, rule_matches(rule.regex, rule.scanner, text, rule.folded,
                                             low)) == expected, (rule.id, text[:80])
            found += len(expected)
    assert found > 1000
    assert sum(rule.scanner is not None for rule in res.rules) >= len(res.rules) - 3
    assert sum(rule.folded is not None for rule in res.rules) >= len(res.rules) // 2


def test_a_trigger_copy_answers_as_the_trigger_on_ascii_text(res, article_texts):
    texts = [t for t in article_texts + PROBES + _adversarial(random.Random(15), 3000)
             if t.isascii()]
    copies = [rule for rule in res.rules if rule.trigger_folded is not None]
    hits = 0
    for rule in copies:
        for text in texts:
            expected = rule.trigger.search(text) is not None
            assert (rule.trigger_folded.search(text.lower()) is not None) is expected, \
                (rule.id, text[:80])
            hits += expected
    assert len(copies) >= 20 and hits > 100


@pytest.mark.parametrize("body, text", [
    ("-", "--a--"),  # back to back: the look-behind reads the previous match's end
    (r"\.+", "..a.."),
    (r"\d+", "12 3,4 x5 6"),  # at the start, and not inside a word
    (r"(?:a|b)", "ab a b"),
    (r"(?P<n>\d+)\s+days?", "3 days 4 day x5 days"),
    (r"a\.?", "a.a. a a."),
])
def test_scanner_edge_cases(body, text):
    regex = re.compile(rule_pattern(body), re.IGNORECASE)
    scanner = word_start_scanner(regex)
    assert scanner is not None
    assert _finds(text, rule_matches(regex, scanner, text)) == _finds(text, _plain(regex, text))
    folded = lower_case_copy(scanner)
    assert folded is not None
    for variant in (text, text.upper()):
        assert _finds(variant, rule_matches(regex, scanner, variant, folded, variant.lower())) \
            == _finds(variant, _plain(regex, variant))


def test_patterns_the_rewrite_cannot_keep_get_no_scanner():
    # a top-level "|": the look-behind guards the first branch only
    assert word_start_scanner(re.compile(rule_pattern(r"x\d|\d"), re.I)) is None
    # a body that may match nothing
    assert word_start_scanner(re.compile(rule_pattern(r"\d*"), re.I)) is None
    # not a rule pattern at all
    assert word_start_scanner(re.compile(r"\d+", re.I)) is None
    regex = re.compile(rule_pattern(r"x\d|\d"), re.I)
    assert _finds("x1 a2", rule_matches(regex, None, "x1 a2")) == \
        _finds("x1 a2", _plain(regex, "x1 a2"))


def test_case_sensitive_parts_make_a_wider_copy_whose_hits_are_checked():
    regex = re.compile(rule_pattern(r"(?-i:May)\s+(?P<d>\d+)"), re.I)
    copy = lower_case_copy(word_start_scanner(regex))
    assert copy is not None and not copy.exact
    text = "May 3 may 4 MAY 5, in May 6 or mAy 7; May 8"
    found = _finds(text, rule_matches(regex, word_start_scanner(regex), text, copy,
                                      text.lower()))
    assert found == _finds(text, _plain(regex, text))
    assert [f[2]["d"] for f in found] == ["3", "6", "8"]
    plain = lower_case_copy(word_start_scanner(re.compile(rule_pattern(r"May\s+\d+"), re.I)))
    assert plain is not None and plain.exact
    assert lower_case_copy(re.compile(r"\Wmay")) is None  # not case-insensitive: nothing to fold


@pytest.mark.parametrize("body", [
    r"\d+(?!\s+(?-i:May))",  # a wider part could make the assertion fail where it held
    r"(?>(?-i:May)|m\w+)\s+\d",  # an atomic group commits to its first way through
    r"(?:(?-i:A)|a)++b",  # a possessive repeat too
])
def test_wider_parts_where_they_could_lose_a_match_give_no_copy(body):
    assert lower_case_copy(word_start_scanner(re.compile(rule_pattern(body), re.I))) is None


def test_folded_elements_agree_with_ignorecase_on_every_ascii_character():
    """Each kind of one-character element, upper and lower case text: the copy on the
    lower-cased text matches where the rule's pattern matches the text."""
    for element in ("[A-Z]", "[^a-z]", "k", ".", r"\w", r"[^\W\d]", r"\s", "[-/]"):
        regex = re.compile(rule_pattern(element), re.I)
        copy = lower_case_copy(word_start_scanner(regex))
        assert copy is not None, element
        for char in map(chr, range(128)):
            text = f"a {char} "
            assert _finds(text, rule_matches(regex, word_start_scanner(regex), text, copy,
                                             text.lower())) == \
                _finds(text, _plain(regex, text)), (element, char)


def test_without_re_internals_no_rule_gets_a_scanner(monkeypatch):
    monkeypatch.setattr(scan, "sre_parse", None)
    assert word_start_scanner(re.compile(rule_pattern(r"\d+"), re.I)) is None
    monkeypatch.setattr(casefold, "sre_parse", None)
    assert lower_case_copy(re.compile(r"\Wmay", re.I)) is None
