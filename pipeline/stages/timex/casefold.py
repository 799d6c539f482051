"""A case-sensitive copy of a rule's scanner, for ASCII texts read lower-cased.

Under ``re.IGNORECASE`` Python's ``re`` compares every character through its lower
case and so loses its fast paths: an alternation of words ("one|two|...|twenty") tries
each branch in full instead of skipping those whose first letter differs.  Most texts
are ASCII, where lower-casing keeps every offset, so the scanner is rebuilt to run
case-sensitively on ``text.lower()``: each one-character element of the parsed pattern
(a literal, a class, ``.``) becomes the class of the lower-cased ASCII characters it
matches under IGNORECASE, found by trying all 128.  That is exact on ASCII text if an
element matches a character exactly when it matches that character's lower case,
which is checked for every element; a pattern with anything else (case-sensitive
``(?-i:...)`` parts, other inline flags, back-references, an op not listed here) gets
no copy.  Group offsets of a match on the lower-cased text are those on the text; the
group strings must be read from the text (:func:`.scan.group_text`).
"""

from __future__ import annotations

import re
from typing import Any

try:  # private modules of ``re`` (3.11+); without them no rule gets a copy
    from re import _compiler as sre_compile  # type: ignore[attr-defined]
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - a Python whose ``re`` internals moved
    sre = sre_compile = sre_parse = None

ASCII = [chr(code) for code in range(128)]


class _NotFoldable(Exception):
    """The pattern holds something the rewrite does not handle: keep the scanner."""


def _one_char(op: Any, av: Any, flags: int) -> tuple:
    """The case-sensitive element matching, among lower-cased ASCII characters, what
    ``(op, av)`` matches under ``flags`` (IGNORECASE)."""
    element = sre_parse.SubPattern(sre_parse.State())
    element.append((op, av))
    single = sre_compile.compile(element, flags)
    hits = {char for char in ASCII if single.fullmatch(char)}
    if any((char in hits) != (char.lower() in hits) for char in ASCII) or not hits:
        raise _NotFoldable(op)
    if len(hits) == 1:
        return (sre.LITERAL, ord(next(iter(hits))))
    return (sre.IN, [(sre.LITERAL, ord(char)) for char in sorted(hits)])


def _fold(items: Any, flags: int) -> Any:
    """The parsed sequence ``items`` with every one-character element folded."""
    out = sre_parse.SubPattern(items.state)
    for op, av in items.data:
        if op in (sre.LITERAL, sre.NOT_LITERAL, sre.IN, sre.ANY):
            out.append(_one_char(op, av, flags))
        elif op is sre.SUBPATTERN:
            group, add_flags, del_flags, sub = av
            if add_flags or del_flags:
                raise _NotFoldable(op)
            out.append((op, (group, 0, 0, _fold(sub, flags))))
        elif op is sre.BRANCH:
            out.append((op, (av[0], [_fold(branch, flags) for branch in av[1]])))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            out.append((op, (av[0], av[1], _fold(av[2], flags))))
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            out.append((op, (av[0], _fold(av[1], flags))))
        elif op is sre.ATOMIC_GROUP:
            out.append((op, _fold(av, flags)))
        elif op is sre.AT:
            out.append((op, av))
        else:
            raise _NotFoldable(op)
    return out


def lower_case_copy(scanner: re.Pattern[str] | None) -> re.Pattern[str] | None:
    """The case-sensitive copy of ``scanner`` for lower-cased ASCII text, or None."""
    if scanner is None or sre_parse is None or not scanner.flags & re.IGNORECASE:
        return None
    try:
        parsed = sre_parse.parse(scanner.pattern, scanner.flags)
        flags = parsed.state.flags
        folded = _fold(parsed, flags)
        folded.state.flags = flags & ~re.IGNORECASE
        return sre_compile.compile(folded, folded.state.flags)
    except Exception:  # noqa: BLE001 - not foldable, or internals changed: keep the scanner
        return None
