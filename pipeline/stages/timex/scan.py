"""Find a rule's matches without trying its pattern at every character.

Each rule is compiled as ``(?<![\\w])BODY(?![\\w])`` (case-insensitive).  A pattern that
opens with a look-behind gives Python's ``re`` no fast skip, so ``finditer`` starts a full
match attempt at every character of the text, mid-word ones included.  The scanner
pattern is ``\\W(?:BODY)(?![\\w])`` instead: it opens with a character class, which
``re`` skips to in a tight loop, and a match of it at ``p`` is exactly a match of the
rule's BODY at ``p + 1`` whose preceding character is not a word character, which is
what the look-behind asks.  Only a match at the very start of the text (no character
before it, which the look-behind accepts) is left to the rule's own pattern.

The matches are the same as ``finditer``'s, in the same order, with the same groups:
the search for the next match starts one character before the previous match's end,
so that the class may take the previous match's last character as the look-behind
would read it, and a BODY that can match the empty string, or a rule pattern that is
not the plain look-behind + BODY (a top-level ``|`` in the rule binds the look-behind
to its first branch only), gets no scanner and runs ``finditer`` as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .casefold import LowerCaseCopy

try:  # private module of ``re`` (3.11+); without it every rule runs ``finditer``
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - a Python whose ``re`` internals moved
    sre_parse = None

BEFORE = r"(?<![\w])"
AFTER = r"(?![\w])"

Span = tuple[int, int, re.Match[str]]


def rule_pattern(body: str) -> str:
    """The pattern a rule's body is compiled into: whole words only."""
    return f"{BEFORE}{body}{AFTER}"


def _tree(pattern: str, flags: int) -> str:
    return repr(sre_parse.parse(pattern, flags).data)


def word_start_scanner(regex: re.Pattern[str]) -> re.Pattern[str] | None:
    """The scanner pattern for a rule's compiled ``regex`` (see the module docstring), or
    None when the rewrite would not be exact (or ``re``'s parser is not reachable)."""
    pattern, flags = regex.pattern, regex.flags
    if sre_parse is None or not (pattern.startswith(BEFORE) and pattern.endswith(AFTER)):
        return None
    body = pattern[len(BEFORE):len(pattern) - len(AFTER)]
    try:
        grouped = _tree(f"{BEFORE}(?:{body}){AFTER}", flags)
        if _tree(pattern, flags) != grouped or sre_parse.parse(body, flags).getwidth()[0] == 0:
            return None
    except Exception:  # noqa: BLE001 - internals changed shape: keep finditer
        return None
    return re.compile(rf"\W(?:{body}){AFTER}", flags)


def rule_matches(regex: re.Pattern[str], scanner: re.Pattern[str] | None, text: str,
                 folded: LowerCaseCopy | None = None, low: str | None = None) -> Iterator[Span]:
    """``(start, end, match)`` of each match ``regex.finditer(text)`` yields, in order;
    ``match``'s group offsets are those of the finditer match, but read its group strings
    with :func:`group_text`: with ``folded`` (:mod:`.casefold`) and ``low``, the text
    lower-cased when it is ASCII (else None), the match is one on ``low``."""
    if scanner is None:
        for match in regex.finditer(text):
            yield match.start(), match.end(), match
        return
    pos = 0
    first = regex.match(text)
    if first is not None:
        yield 0, first.end(), first
        pos = first.end() - 1
    if folded is not None and low is not None:
        if not folded.exact:
            yield from _checked(scanner, text, folded.pattern, low, pos)
            return
        scanner, text = folded.pattern, low
    search = scanner.search
    while (match := search(text, pos)) is not None:
        end = match.end()
        yield match.start() + 1, end, match
        pos = end - 1


def group_text(text: str, match: re.Match[str], name: str) -> str | None:
    """The text of group ``name`` of a :func:`rule_matches` match (None: not matched)."""
    start, end = match.span(name)
    return None if start < 0 else text[start:end]


def _checked(scanner: re.Pattern[str], text: str, wider: re.Pattern[str], low: str,
             pos: int) -> Iterator[Span]:
    """The scanner's matches from ``pos``, tried only where ``wider`` (which matches
    wherever the scanner does) matches ``low``, the lower-cased text."""
    search, check = wider.search, scanner.match
    while (hit := search(low, pos)) is not None:
        match = check(text, hit.start())
        if match is None:
            pos = hit.start() + 1
            continue
        end = match.end()
        yield match.start() + 1, end, match
        pos = end - 1
