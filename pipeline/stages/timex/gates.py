"""Literal gates: words a rule's match cannot do without, read off its compiled pattern.

Python's ``re`` has no fast skip for these rules (case-insensitive, and starting with a
look-behind), so each rule's scan tries a match at every character, about 15 ms per rule
over the 256 TempEval texts, while most rules match in only a few of them.  A gate is a
list of word groups: every match holds a word of each group, so a text holding no word
of some group cannot match and the rule's scan is skipped.  The gate is a necessary
condition derived from the pattern itself, never a guess: the rule's matches are the
same with and without it, on any text.

Gates read the text lower-cased, each run of characters that are not word characters
(``\\W``) made one space, with a space at each end.  A group comes from a run of literal
characters in sequence, which goes on through what the pattern guarantees to be
non-word characters (``\\s+``, "-", the rules' ``(?<![\\w])`` and ``(?![\\w])``) as one
space: " good friday", and " day" that is not found in "Monday"; or from an alternation
whose every branch yields one ("monday|tuesday|...").  Repeats that may be
absent, other look-arounds and character classes yield nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

try:  # private modules of ``re`` (3.11+); without them no rule is gated, none is lost
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - a Python whose ``re`` internals moved
    sre = sre_parse = None

Group = frozenset[str]
Gate = tuple[Group, ...]

# a group whose shortest word is shorter than this is in nearly every text: not worth a test
MIN_WORD = 3
# the most selective groups kept per rule (longest shortest word first)
MAX_GROUPS = 3
# non-ASCII letters that ``re.IGNORECASE`` matches to an ASCII letter but whose lower
# case is not that letter (dotted and dotless i, long s; the Kelvin sign lower-cases to
# "k" already): mapped to it before lower-casing, so that a text that matches a rule
# always holds the rule's gate words (tests check this over all of Unicode)
_CASE_FIXES = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})
_ASCII_NON_WORD = str.maketrans({c: " " for c in map(chr, range(128)) if not re.match(r"\w", c)})
_NON_WORD = re.compile(r"\W")
SPACE = " "


def gate_text(text: str) -> str:
    """The text as gates read it: lower-cased (the letters ``re`` folds to ASCII mapped
    to them), each run of non-word characters one space, a space at each end."""
    if text.isascii():
        low = text.lower().translate(_ASCII_NON_WORD)
    else:
        low = _NON_WORD.sub(SPACE, text.translate(_CASE_FIXES).lower())
    return f" {SPACE.join(low.split())} "


def _char(code: int) -> str | None:
    """How gates see a literal character of the pattern (None: not an ASCII one)."""
    if code >= 128:
        return None
    char = chr(code).lower()
    return char if re.match(r"\w", char) else SPACE


def _non_word_class(items: list[tuple]) -> bool:
    """True for a character class all of whose characters are non-word characters."""
    return bool(items) and all(
        (op is sre.CATEGORY and av in (sre.CATEGORY_SPACE, sre.CATEGORY_NOT_WORD))
        or (op is sre.LITERAL and _char(av) == SPACE) for op, av in items)


def _is_word_class(items: Iterable[tuple]) -> bool:
    return list(items) == [(sre.IN, [(sre.CATEGORY, sre.CATEGORY_WORD)])]


def _minimal(words: Iterable[str]) -> Group:
    """Drop a word that contains another word of the group: the shorter one is found
    wherever the longer one is."""
    ordered = sorted(set(words), key=len)
    kept: list[str] = []
    for word in ordered:
        if not any(short in word for short in kept):
            kept.append(word)
    return frozenset(kept)


def _selectivity(group: Group) -> tuple[int, int]:
    return (min(len(w) for w in group), -len(group))


def _best(groups: list[Group]) -> Group | None:
    return max(groups, key=_selectivity) if groups else None


def _groups(items: Iterable[tuple], lead: bool = False) -> list[Group]:  # noqa: C901
    """Groups every match of this sequence of parsed items must satisfy; ``lead``: the
    character before the sequence is known to be a non-word one (a space to gates)."""
    out: list[Group] = []
    run: list[str] = [SPACE] if lead else []

    def add(char: str) -> None:
        if char != SPACE or not run or run[-1] != SPACE:  # gate text has single spaces
            run.append(char)

    def close() -> None:
        if run and run != [SPACE]:
            out.append(frozenset({"".join(run)}))
        run.clear()

    for op, av in items:
        lead = bool(run) and run[-1] == SPACE
        if op is sre.LITERAL and _char(av) is not None:
            add(_char(av))  # type: ignore[arg-type]
        elif op is sre.IN and _non_word_class(av):
            add(SPACE)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1 \
                and len(av[2]) == 1 and av[2][0][0] is sre.IN and _non_word_class(av[2][0][1]):
            add(SPACE)  # "\s+": one space or more, one space to gates
        elif op is sre.ASSERT_NOT and _is_word_class(av[1]):
            add(SPACE)  # (?<![\w]) before, (?![\w]) after: a non-word character or an end
        else:
            close()
            if op is sre.SUBPATTERN:
                out.extend(_groups(av[-1], lead))
            elif op is sre.BRANCH:
                branches = [_best(_groups(branch, lead)) for branch in av[1]]
                if all(b is not None for b in branches):
                    out.append(_minimal(w for b in branches for w in b))  # type: ignore[union-attr]
            elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
                out.extend(_groups(av[2], lead))
            elif op is sre.ATOMIC_GROUP:
                out.extend(_groups(av, lead))
    close()
    return out


def literal_gate(*patterns: re.Pattern[str] | None) -> Gate:
    """The gate of a rule: the most selective groups of its patterns (the rule's regex and
    its trigger, both of which a text must match)."""
    groups: list[Group] = []
    if sre_parse is None:
        return ()  # an empty gate passes every text: slower, never different
    for pattern in patterns:
        if pattern is not None:
            try:
                parsed = sre_parse.parse(pattern.pattern, pattern.flags).data
            except Exception:  # noqa: BLE001 - internals changed shape: run the rule ungated
                return ()
            groups.extend(_groups(parsed))
    useful = {g for g in groups if min(len(w.strip()) for w in g) >= MIN_WORD}
    return tuple(sorted(useful, key=_selectivity, reverse=True)[:MAX_GROUPS])


class GateCheck:
    """Gate tests on one text, each word looked up at most once (rules share words)."""

    def __init__(self, text: str) -> None:
        self.low = gate_text(text)
        self.found: dict[str, bool] = {}

    def passes(self, gate: Gate) -> bool:
        # plain loops: this runs for every rule of every text
        low, found = self.low, self.found
        for group in gate:
            for word in group:
                hit = found.get(word)
                if hit is None:
                    hit = found[word] = word in low
                if hit:
                    break
            else:
                return False
        return True
