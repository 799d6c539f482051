"""Timex literal gates (pipeline/stages/timex/gates.py): a gate may skip a rule only on a
text the rule cannot match, so the timexes found are the same with and without gates."""

from __future__ import annotations

import random
import re
import sys

import pytest

from pipeline.stages.timex.extract import find_candidates
from pipeline.stages.timex.gates import GateCheck, gate_text, literal_gate
from pipeline.stages.timex.resources import load_resources

# sentences written for this test: each holds matches of several rules, in odd cases
PROBES = [
    "On Monday morning, two weeks ago, the talks resumed; by mid-2019 they had failed.",
    "Last Christmas Eve and the following day, 3 p.m. to 11:30, it rained twice a week.",
    "In the fourth quarter of 2004 and the 1990s, the firm grew 5% every year.",
    "SUNDAY NIGHT, THE NEXT DAY, AND THIS COMING SPRING OF 1998 WERE QUIET.",
    "fIsCaL yEaR 2003, a six-month-long truce, ten days earlier, the past three years.",
    "The nineteenth century, nineteen eighty-four, each Thursday, on Fridays, yesterday.",
]


@pytest.fixture(scope="module")
def res():
    return load_resources(None)


@pytest.fixture(scope="module")
def texts(article_texts) -> list[str]:
    return article_texts + PROBES


def _mangle(text: str, rng: random.Random) -> str:
    """Random case, and the non-ASCII letters ``re.IGNORECASE`` takes for i, s and k."""
    swap = {"i": "\u0131\u0130", "s": "\u017f", "k": "\u212a"}
    out = []
    for ch in text:
        low = ch.lower()
        if low in swap and rng.random() < 0.3:
            out.append(rng.choice(swap[low]))
        else:
            out.append(ch.upper() if rng.random() < 0.5 else ch.lower())
    return "".join(out)


def test_a_rule_that_matches_always_passes_its_gate(res, texts):
    rng = random.Random(14)
    checked = 0
    for text in texts:
        for variant in (text, _mangle(text, rng)):
            check = GateCheck(variant)
            for rule in res.rules:
                if rule.regex.search(variant) and (
                        rule.trigger is None or rule.trigger.search(variant)):
                    assert check.passes(rule.words), (rule.id, variant[:80])
                    checked += 1
    assert checked > 100


def test_gates_skip_rules_and_change_no_candidate(res, texts):
    """Gates do skip work on ordinary text, and the candidates are those of every rule
    run without them."""
    skipped = 0
    for text in texts:
        check = GateCheck(text)
        skipped += sum(not check.passes(rule.words) for rule in res.rules)
        found = [(c.start, c.end, c.rule_index, c.groups) for c in find_candidates(text, res)]
        plain = []
        for index, rule in enumerate(res.rules):
            if rule.trigger is not None and not rule.trigger.search(text):
                continue
            plain += [(m.start(), m.end(), index) for m in rule.regex.finditer(text)]
        assert {f[:3] for f in found if not res.rules[f[2]].parts} == \
            {p for p in plain if not res.rules[p[2]].parts}
    assert skipped > len(texts) * len(res.rules) // 3


def test_word_boundaries_make_gates_words():
    gate = literal_gate(re.compile(r"(?<![\w])(?:\d+)\s+(?:day|week)s?(?![\w])", re.I))
    assert gate == (frozenset({" day", " week"}),)
    assert GateCheck("It took 3 Days.").passes(gate)
    assert not GateCheck("On Monday, today.").passes(gate)  # "day" only inside words
    two_words = literal_gate(re.compile(r"(?<![\w])good\s+friday(?![\w])", re.I))
    assert two_words == (frozenset({" good friday "}),)
    assert GateCheck("on Good\n  Friday, 1998").passes(two_words)
    assert not GateCheck("a good week; on Friday").passes(two_words)


def test_optional_and_class_parts_give_no_gate_word():
    assert literal_gate(re.compile(r"(?:last\s+)?\d+", re.I)) == ()
    assert literal_gate(re.compile(r"[a-z]+ly", re.I)) == ()


def test_every_letter_re_folds_to_ascii_is_that_letter_to_gates():
    """Brute force over Unicode: whatever ``re.IGNORECASE`` matches to an ASCII
    character reads as that character (lower-cased) in the gate text."""
    everything = "".join(chr(c) for c in range(sys.maxunicode + 1)
                         if not 0xD800 <= c <= 0xDFFF)
    for code in range(0x21, 0x7F):
        ascii_char = chr(code)
        for m in re.finditer(re.escape(ascii_char), everything, re.IGNORECASE):
            expected = ascii_char.lower() if re.match(r"\w", ascii_char) else " "
            assert gate_text(f"A{m.group()}b") == f" a{expected}b ", (ascii_char, m.group())


def test_without_re_internals_no_rule_is_gated(monkeypatch) -> None:
    """A Python whose private ``re`` modules moved runs every rule: slower, same matches."""
    from pipeline.stages.timex import gates

    monkeypatch.setattr(gates, "sre_parse", None)
    gate = gates.literal_gate(re.compile(r"(?<![\w])good\s+friday(?![\w])", re.I))
    assert gate == ()
    assert gates.GateCheck("nothing of the kind").passes(gate)
