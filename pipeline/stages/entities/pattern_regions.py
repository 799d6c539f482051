"""Run the names Matcher only over the stretches of a Doc where a pattern can match.

The entity patterns start with runs of title-case tokens, so spaCy's Matcher opens a
partial match at nearly every capitalised word of an article: on the articles that hold
a pattern's key word it cost a fifth of the entity stage.  Every token of a match passes
the token spec it matched, so a match lies inside a run of consecutive tokens each of
which some spec of some pattern may accept.  A spec's tests on the text or lower-case
form (a literal, an ``IN`` list or a ``REGEX``) and on boolean lexical flags
(``IS_TITLE``, ...) are read off the patterns; other tests only narrow a match, so they
are left out, and a token that passes none of a spec's readable tests cannot be
matched by it.  A run is read only when, for some pattern, every gate test
(:mod:`.pattern_gate`) finds a word in it; each word's tests are decided once per word
form, as bits.

The Matcher reads each such run as a slice of the Doc: the matches are those of the
whole Doc, in the same order (runs come in text order, and a partial match that reaches
a token outside every run dies there, yielding nothing in either reading).  A pattern
this cannot bound (a negated ``!`` token, a spec with no readable test) makes the whole
Doc one stretch, read when the Doc passes the gate.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from functools import reduce
from itertools import groupby
from operator import or_
from typing import Any

from spacy.attrs import ORTH
from spacy.lexeme import Lexeme
from spacy.tokens import Doc

from .pattern_gate import _ATTRS, PatternGate, WordTest, _Literal, _OneOf, _value_test

# lexical flags a spec may test (each a Lexeme attribute of the same name, lower case)
FLAGS = frozenset({"IS_ALPHA", "IS_ASCII", "IS_DIGIT", "IS_LOWER", "IS_UPPER", "IS_TITLE",
                   "IS_PUNCT", "IS_SPACE", "IS_QUOTE", "LIKE_NUM"})
# distinct word forms decided; a long batch meets ever new words
MEMO_LIMIT = 50_000

Test = tuple[str, Any]
Match = tuple[int, int, int]


def spec_tests(spec: dict[str, Any]) -> dict[str, Test] | None:
    """The readable tests of one token spec (all must pass), each under a key naming the
    attribute and value it tests: ``("text" | "lower", word test)`` or ``("flag",
    (attribute, value))``; None when it has none, or is negated, so that the tokens it
    takes cannot be told."""
    if spec.get("OP") == "!":
        return None
    tests: dict[str, Test] = {}
    for key, value in spec.items():
        if key in _ATTRS:
            word = _value_test(value)
            if word is not None:
                tests[f"{_ATTRS[key]}={json.dumps(value, sort_keys=True)}"] = (_ATTRS[key], word)
        elif key in FLAGS and isinstance(value, bool):
            tests[f"{key}={value}"] = ("flag", (key.lower(), value))
    return tests or None


def fewest_specs(specs: list[dict[str, Test]]) -> list[list[Test]]:
    """The specs a word must pass one of, without repeats and without a spec whose tests
    include all of another's (it accepts no word the other does not)."""
    by_keys = {frozenset(tests): tests for tests in specs}
    return [list(tests.values()) for keys, tests in by_keys.items()
            if not any(other < keys for other in by_keys)]


def _literals(test: WordTest) -> frozenset[str] | None:
    """The words a literal or ``IN`` test passes (None for a ``REGEX``)."""
    if isinstance(test, _Literal):
        return frozenset({test.value})
    if isinstance(test, _OneOf):
        return test.values
    return None


def _passes(test: Test, words: dict[str, str], lex: Lexeme) -> bool:
    kind, arg = test
    if kind == "flag":
        return bool(getattr(lex, arg[0])) is arg[1]
    return bool(arg(words[kind]))


class _Sieve:
    """Whether some spec may accept a word: the literal words of one-test specs merged
    into one set per form, one-test flags read once, the rest tested spec by spec (each
    new word form of a run is decided here once, so this costs a run's vocabulary)."""

    def __init__(self, specs: list[list[Test]]) -> None:
        self.words: dict[str, set[str]] = {"text": set(), "lower": set()}
        self.flags: list[tuple[str, bool]] = []
        self.others: list[list[Test]] = []
        for tests in specs:
            kind, arg = tests[0]
            literal = _literals(arg) if len(tests) == 1 and kind != "flag" else None
            if literal is not None:
                self.words[kind] |= literal
            elif len(tests) == 1 and kind == "flag":
                self.flags.append(arg)
            else:
                self.others.append(tests)

    def __call__(self, words: dict[str, str], lex: Lexeme) -> bool:
        return words["text"] in self.words["text"] or words["lower"] in self.words["lower"] \
            or any(bool(getattr(lex, attr)) is value for attr, value in self.flags) \
            or any(all(_passes(t, words, lex) for t in tests) for tests in self.others)


class PatternRegions:
    """Where the patterns may match in a Doc, and the Matcher's matches read there."""

    def __init__(self, patterns: Iterable[list[dict[str, Any]]], gate: PatternGate) -> None:
        specs = [spec_tests(spec) for pattern in patterns for spec in pattern]
        # None: some spec cannot be bounded, so the whole Doc is one stretch
        self.sieve = None if any(s is None for s in specs) \
            else _Sieve(fewest_specs(specs))  # type: ignore[arg-type]
        self.gate = gate
        # every distinct gate test, and per pattern the bits of the tests it needs
        tests = list({id(test): (attr, test) for tests in gate.patterns
                      for attr, test in tests}.values())
        index = {id(test): j for j, (_, test) in enumerate(tests)}
        self.needs = [sum(1 << index[id(test)] for _, test in tests) for tests in gate.patterns]
        # a word's bits: looked up for literal and IN tests, searched for the others
        self.bits: dict[str, dict[str, int]] = {"text": {}, "lower": {}}
        self.searched: list[tuple[int, str, WordTest]] = []
        for j, (attr, test) in enumerate(tests):
            literal = _literals(test)
            if literal is None:
                self.searched.append((1 << j, attr, test))
            for word in literal or ():
                self.bits[attr][word] = self.bits[attr].get(word, 0) | 1 << j
        self._memo: dict[int, int] = {}

    def _decide(self, orth: int, doc: Doc) -> int:
        """0 when no spec accepts the word, else 1 plus (shifted left by one) the bits of
        the gate tests it passes."""
        lex = doc.vocab[orth]
        words = {"text": lex.orth_, "lower": lex.lower_}
        if not self.sieve(words, lex):  # type: ignore[misc]
            return 0
        bits = self.bits["text"].get(words["text"], 0) | self.bits["lower"].get(words["lower"], 0)
        for bit, attr, test in self.searched:
            if test(words[attr]):
                bits |= bit
        return bits << 1 | 1

    def regions(self, doc: Doc) -> list[tuple[int, int]]:
        """``(start, end)`` token ranges, in order, outside which nothing can match: runs
        of words some spec may accept, where some pattern's gate tests all pass."""
        if self.sieve is None:
            return [(0, len(doc))] if self.gate.may_match(doc) else []
        orths = doc.to_array(ORTH).tolist()
        memo = self._memo
        codes = list(map(memo.get, orths))
        if None in codes:
            if len(memo) >= MEMO_LIMIT:
                memo.clear()
            for i, code in enumerate(codes):
                if code is None:
                    codes[i] = memo[orths[i]] = self._decide(orths[i], doc)
        out: list[tuple[int, int]] = []
        i = 0
        for accepted, group in groupby(codes, key=bool):
            run = list(group)
            if accepted:
                bits = reduce(or_, run) >> 1
                if any(bits & need == need for need in self.needs):
                    out.append((i, i + len(run)))
            i += len(run)
        return out

    def matches(self, matcher: Callable[..., list[Match]], doc: Doc) -> Iterator[Match]:
        """``matcher(doc)``'s matches, found by reading only the regions (``matcher``
        holds the patterns these regions were made from)."""
        for start, end in self.regions(doc):
            for match_id, a, b in matcher(doc[start:end]):
                yield match_id, a + start, b + start
