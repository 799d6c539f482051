"""Load the TIMEX3 rule files and compile them into regular expressions.

Rules and word lists live in JSON so that a researcher can extend coverage (a new
month abbreviation, a new modifier) without touching the engine, as in HeidelTime.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...config import DEFAULT_CONFIG_DIR
from .. import settings
from .casefold import LowerCaseCopy, lower_case_copy
from .gates import Gate, literal_gate
from .scan import rule_pattern, word_start_scanner

DEFAULT_RULES_DIR = DEFAULT_CONFIG_DIR / "timex"
_PLACEHOLDER = re.compile(r"\{([a-z_0-9]+)\}")


@dataclass(frozen=True)
class RuleSpec:
    """One entry of ``rules.json`` as written, checked on load."""

    id: str
    type: str
    norm: str
    pattern: str
    gate: str | None = None
    parts: tuple[str, ...] = ()
    trigger: str | None = None


@dataclass(frozen=True)
class Modifier:
    """A modifier phrase TimeML keeps inside the span, with the ``mod`` it sets (one entry
    of ``modifiers.json``'s ``before`` / ``after`` lists)."""

    phrase: str
    mod: str
    types: frozenset[str]
    joined: bool = False


@dataclass(frozen=True)
class IntervalSpec:
    """``rules.json``'s ``intervals``: what opens and joins a range ("from X to Y")."""

    opener: str = r"(?!)"
    joiner: str = r"(?!)"
    needs_opener: frozenset[str] = frozenset()


@dataclass(frozen=True)
class RuleFile:
    """``rules.json``: macros, rules in order, and interval words."""

    rules: tuple[RuleSpec, ...]
    macros: dict[str, str] = field(default_factory=dict)
    intervals: IntervalSpec = IntervalSpec()


@dataclass(frozen=True)
class ModifierFile:
    """``modifiers.json``: modifier phrases before and after a timex, and signal words."""

    before: tuple[Modifier, ...] = ()
    after: tuple[Modifier, ...] = ()
    signals: tuple[str, ...] = ()


@dataclass(frozen=True)
class Rule:
    """One extraction rule: its spec (``id``, ``type``, ``norm``, ``gate``, ``parts`` read
    through it) with the pattern compiled, and cheap pre-checks (skip the rule if absent):
    the configured trigger, and the words every match holds (:mod:`.gates`); ``scanner``
    finds the same matches as ``regex`` faster (:mod:`.scan`), ``folded`` faster still on
    lower-cased ASCII text (:mod:`.casefold`); ``trigger_folded`` is the trigger's copy
    for such text, kept only when exact (the trigger's answer is then the same)."""

    spec: RuleSpec
    regex: re.Pattern[str]
    trigger: re.Pattern[str] | None = None
    words: Gate = ()
    scanner: re.Pattern[str] | None = None
    folded: LowerCaseCopy | None = None
    trigger_folded: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        return getattr(self.spec, name)


@dataclass
class Resources:
    """Everything the engine reads from ``configs/timex``, compiled once per pipeline."""

    lexicon: dict[str, Any]
    rules: list[Rule]
    before: list[Modifier]
    after: list[Modifier]
    signals: tuple[str, ...]
    opener: re.Pattern[str]
    joiner: re.Pattern[str]
    needs_opener: frozenset[str]
    lower_lexicon: dict[str, dict[str, Any]] = field(default_factory=dict)

    def lookup(self, name: str, word: str) -> Any:
        """Value of ``word`` in lexicon list ``name``; case and inner spaces are normalised."""
        key = " ".join(word.lower().split())
        return self.lower_lexicon.get(name, {}).get(key)


def _alternation(entries: Any, case_sensitive: bool) -> str:
    words = list(entries.keys()) if isinstance(entries, dict) else list(entries)
    words.sort(key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return f"(?-i:{body})" if case_sensitive else f"(?:{body})"


def _expand(pattern: str, table: dict[str, str], depth: int = 0) -> str:
    if depth > 5:
        raise ValueError(f"macro recursion too deep in {pattern!r}")

    def sub(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in table:
            return m.group(0)  # a regex quantifier such as {1,2} is not a placeholder
        return _expand(table[name], table, depth + 1)

    return _PLACEHOLDER.sub(sub, pattern)


def load_resources(folder: str | Path | None = None) -> Resources:
    """Read ``lexicon.json``, ``modifiers.json`` and ``rules.json`` from ``folder``."""
    root = Path(folder) if folder else DEFAULT_RULES_DIR
    lexicon = settings.read_json(root / "lexicon.json")
    modifiers = settings.load(ModifierFile, root / "modifiers.json", strict=True)
    spec = settings.load(RuleFile, root / "rules.json", strict=True)
    sensitive = set(lexicon.get("case_sensitive", []))
    table: dict[str, str] = {}
    for name, entries in lexicon.items():
        if name.startswith("_") or name == "case_sensitive":
            continue
        if isinstance(entries, (dict, list)) and entries and all(
            isinstance(k, str) for k in entries
        ):
            table[name] = _alternation(entries, name in sensitive)
    table.update(spec.macros)
    rules = []
    for raw in spec.rules:
        body = _expand(raw.pattern, table)
        regex = re.compile(rule_pattern(body), re.IGNORECASE)
        trigger = re.compile(raw.trigger, re.IGNORECASE) if raw.trigger else None
        scanner = word_start_scanner(regex)
        trigger_copy = lower_case_copy(trigger)
        rules.append(Rule(raw, regex, trigger, literal_gate(regex, trigger), scanner,
                          lower_case_copy(scanner),
                          trigger_copy.pattern if trigger_copy and trigger_copy.exact else None))
    lower = {
        name: {" ".join(k.lower().split()): v for k, v in entries.items()}
        for name, entries in lexicon.items()
        if isinstance(entries, dict) and not name.startswith("_")
    }
    for name, entries in lexicon.items():
        if isinstance(entries, list) and not name.startswith("_") and name != "case_sensitive":
            lower[name] = {str(k).lower(): True for k in entries}

    def mods(specs: tuple[Modifier, ...]) -> list[Modifier]:
        return sorted(specs, key=lambda m: len(m.phrase), reverse=True)

    intervals = spec.intervals
    return Resources(
        lexicon=lexicon,
        rules=rules,
        before=mods(modifiers.before),
        after=mods(modifiers.after),
        signals=tuple(sorted(modifiers.signals, key=len, reverse=True)),
        opener=re.compile(intervals.opener, re.IGNORECASE),
        joiner=re.compile(intervals.joiner, re.IGNORECASE),
        needs_opener=intervals.needs_opener,
        lower_lexicon=lower,
    )
