"""Skip the token-pattern Matcher on a Doc none of whose patterns can match.

The entity patterns (``configs/entities/patterns.jsonl``) start with runs of title-case
tokens, so spaCy's Matcher opens a partial match at nearly every capitalised word of every
article, about a third of the entity stage's time, while a pattern matches in few
articles: each needs a word such as "brigade", "treaty" or "airport".  A gate lists, per
pattern, the token tests every match must pass somewhere (its tokens that are not
optional, on the text or lower-case form: a literal, an ``IN`` list or a ``REGEX``); a
Doc where some test of every pattern finds no token cannot match, and the Matcher is
not run on it.  Tests on other attributes are left out (they only narrow a match
further), so the gate is a necessary condition: the matches are the same.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from typing import Any

from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc

# the token attributes a test may read: Matcher key -> which strings of the Doc
_ATTRS = {"LOWER": "lower", "ORTH": "text", "TEXT": "text"}
# operators that let a token be absent from a match
_OPTIONAL_OPS = {"?", "*", "!"}


class _Literal:
    """A literal value: one set lookup finds it among a Doc's words."""

    def __init__(self, value: str) -> None:
        self.value = value

    def __call__(self, word: str) -> bool:
        return word == self.value

    def any_of(self, words: AbstractSet[str]) -> bool:
        return self.value in words


class _OneOf:
    """An ``IN`` list: found when it shares a word with the Doc."""

    def __init__(self, values: Iterable[str]) -> None:
        self.values = frozenset(values)

    def __call__(self, word: str) -> bool:
        return word in self.values

    def any_of(self, words: AbstractSet[str]) -> bool:
        return not self.values.isdisjoint(words)


class _Regex:
    """A ``REGEX`` value: searched in each of the Doc's distinct words."""

    def __init__(self, pattern: str) -> None:
        self.regex = re.compile(pattern)

    def __call__(self, word: str) -> bool:
        return self.regex.search(word) is not None

    def any_of(self, words: AbstractSet[str]) -> bool:
        return any(map(self, words))


WordTest = _Literal | _OneOf | _Regex
Test = tuple[str, WordTest]


def _value_test(value: Any) -> WordTest | None:
    """A string test for a Matcher value: a literal, ``{"IN": [...]}`` or ``{"REGEX": ...}``
    (each also tells at once whether any word of a set passes: a set lookup for the
    first two, where testing every word of the Doc cost a tenth of the stage)."""
    if isinstance(value, str):
        return _Literal(value)
    if isinstance(value, dict) and len(value) == 1:
        if "IN" in value:
            return _OneOf(value["IN"])
        if "REGEX" in value:
            return _Regex(value["REGEX"])
    return None


def _required(token: dict[str, Any]) -> bool:
    op = token.get("OP", "1")
    if op in _OPTIONAL_OPS:
        return False
    bounds = re.fullmatch(r"\{(\d*)(?:,\d*)?\}", op)
    return bounds is None or bounds.group(1) not in ("", "0")


def pattern_tests(pattern: list[dict[str, Any]]) -> list[Test]:
    """Tests some token of the Doc must pass for ``pattern`` to match."""
    tests: list[Test] = []
    for token in pattern:
        if not _required(token):
            continue
        for key, value in token.items():
            test = _value_test(value) if key in _ATTRS else None
            if test is not None:
                tests.append((_ATTRS[key], test))
    return tests


class PatternGate:
    """Whether any of the patterns can match a Doc."""

    def __init__(self, patterns: Iterable[list[dict[str, Any]]]) -> None:
        self.patterns = [pattern_tests(p) for p in patterns]

    def may_match(self, doc: Doc) -> bool:
        strings = doc.vocab.strings
        words = {"lower": {strings[h] for h in set(doc.to_array(LOWER).tolist())},
                 "text": {strings[h] for h in set(doc.to_array(ORTH).tolist())}}
        return any(all(test.any_of(words[attr]) for attr, test in tests)
                   for tests in self.patterns)
