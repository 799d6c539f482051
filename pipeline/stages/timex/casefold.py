"""A case-sensitive copy of a rule's scanner, for ASCII texts read lower-cased.

Under ``re.IGNORECASE`` Python's ``re`` compares every character through its lower
case and so loses its fast paths: an alternation of words ("one|two|...|twenty") tries
each branch in full instead of skipping those whose first letter differs.  Most texts
are ASCII, where lower-casing keeps every offset, so the scanner is rebuilt to run
case-sensitively on ``text.lower()``: each one-character element of the parsed pattern
(a literal, a class, ``.``) becomes the class of the lower-cased ASCII characters it
matches under IGNORECASE, found by trying all 128.  That is exact on ASCII text if an
element matches a character exactly when it matches that character's lower case,
which is checked for every element; a pattern with anything else (other inline
flags, back-references, an op not listed here) gets no copy.  Group offsets of a match
on the lower-cased text are those on the text; the group strings must be read from the
text (:func:`.scan.group_text`).

A case-sensitive part ``(?-i:...)`` ("May" the month, not "may") cannot be told apart
on lower-cased text: its elements become the lower case of what they match, so the
copy matches wherever the scanner does and sometimes more (``exact`` False), and each
hit of the copy is then checked with the scanner on the text.  That needs the copy to
match at least wherever the scanner does, which a negative look-around, an atomic group
or a possessive repeat around such a part could break: such a pattern gets no copy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

try:  # private modules of ``re`` (3.11+); without them no rule gets a copy
    from re import _compiler as sre_compile  # type: ignore[attr-defined]
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - a Python whose ``re`` internals moved
    sre = sre_compile = sre_parse = None

ASCII = [chr(code) for code in range(128)]


@dataclass(frozen=True)
class LowerCaseCopy:
    """A scanner's copy for lower-cased ASCII text; not ``exact``: check each hit."""

    pattern: re.Pattern[str]
    exact: bool


class _NotFoldable(Exception):
    """The pattern holds something the rewrite does not handle: keep the scanner."""


class _Folder:
    """Rewrites a parsed pattern; ``exact`` turns False at a case-sensitive part."""

    def __init__(self, flags: int) -> None:
        self.flags = flags
        self.exact = True

    def one_char(self, op: Any, av: Any, sensitive: bool, fixed: bool) -> tuple:
        """The case-sensitive element matching the lower case of what ``(op, av)``
        matches among ASCII characters (under IGNORECASE unless ``sensitive``); ``fixed``:
        inside a negative assertion, an atomic group or a possessive repeat, where a
        wider element could lose a match, so it must not widen."""
        element = sre_parse.SubPattern(sre_parse.State())
        element.append((op, av))
        flags = self.flags & ~re.IGNORECASE if sensitive else self.flags
        single = sre_compile.compile(element, flags)
        hits = {char for char in ASCII if single.fullmatch(char)}
        if not hits:
            raise _NotFoldable(op)
        if any((char in hits) != (char.lower() in hits) for char in ASCII):
            if not sensitive or fixed:
                raise _NotFoldable(op)  # IGNORECASE always closes over case
            self.exact = False
        low = sorted({char.lower() for char in hits})
        if len(low) == 1:
            return (sre.LITERAL, ord(low[0]))
        return (sre.IN, [(sre.LITERAL, ord(char)) for char in low])

    def fold(self, items: Any, sensitive: bool = False, fixed: bool = False) -> Any:
        """The parsed sequence ``items`` with every one-character element folded."""
        out = sre_parse.SubPattern(items.state)
        for op, av in items.data:
            if op in (sre.LITERAL, sre.NOT_LITERAL, sre.IN, sre.ANY):
                out.append(self.one_char(op, av, sensitive, fixed))
            elif op is sre.SUBPATTERN:
                group, add_flags, del_flags, sub = av
                if add_flags or del_flags not in (0, re.IGNORECASE):
                    raise _NotFoldable(op)
                inner = sensitive or bool(del_flags)
                out.append((op, (group, 0, 0, self.fold(sub, inner, fixed))))
            elif op is sre.BRANCH:
                out.append((op, (av[0], [self.fold(b, sensitive, fixed) for b in av[1]])))
            elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
                inside = fixed or op is sre.POSSESSIVE_REPEAT
                out.append((op, (av[0], av[1], self.fold(av[2], sensitive, inside))))
            elif op in (sre.ASSERT, sre.ASSERT_NOT):
                inside = fixed or op is sre.ASSERT_NOT
                out.append((op, (av[0], self.fold(av[1], sensitive, inside))))
            elif op is sre.ATOMIC_GROUP:
                out.append((op, self.fold(av, sensitive, True)))
            elif op is sre.AT:
                out.append((op, av))
            else:
                raise _NotFoldable(op)
        return out


def lower_case_copy(scanner: re.Pattern[str] | None) -> LowerCaseCopy | None:
    """The case-sensitive copy of ``scanner`` for lower-cased ASCII text, or None."""
    if scanner is None or sre_parse is None or not scanner.flags & re.IGNORECASE:
        return None
    try:
        parsed = sre_parse.parse(scanner.pattern, scanner.flags)
        folder = _Folder(parsed.state.flags)
        folded = folder.fold(parsed)
        folded.state.flags = folder.flags & ~re.IGNORECASE
        return LowerCaseCopy(sre_compile.compile(folded, folded.state.flags), folder.exact)
    except Exception:  # noqa: BLE001 - not foldable, or internals changed: keep the scanner
        return None
