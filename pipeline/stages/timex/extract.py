"""Character-level candidates: run the rules, trim signals, attach modifiers, find intervals.

Everything here works on the article string so that offsets stay exact; the
component aligns the results to tokens.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from dataclasses import dataclass, field
from functools import cache

from .gates import GateCheck
from .resources import Modifier, Resources
from .scan import group_text, rule_matches


@dataclass
class Candidate:
    """A rule match (or one part of a range match) before alignment and resolution."""

    start: int
    end: int
    rule_index: int
    rule_id: str
    groups: dict[str, str] = field(default_factory=dict)


def _groups(text: str, match: re.Match[str]) -> dict[str, str]:
    """Named groups that matched; ``x_b`` alternatives fill ``x`` when ``x`` is empty."""
    found = {k: group_text(text, match, k) for k in match.re.groupindex}
    out = {k: v for k, v in found.items() if v is not None}
    for key in list(out):
        if key.endswith("_b") and key[:-2] not in out:
            out[key[:-2]] = out.pop(key)
    return out


def find_candidates(text: str, res: Resources) -> list[Candidate]:
    """All matches of all rules, overlapping; ranges yield one candidate per part.

    A rule runs only on texts that hold its gate words and (if it has one) where its
    ``trigger`` occurs: most articles have no "century" or "twice a", and the full
    patterns are costly.
    """
    out: list[Candidate] = []
    check = GateCheck(text)
    low = text.lower() if text.isascii() else None
    for index, rule in enumerate(res.rules):
        if not check.passes(rule.words):
            continue
        if rule.trigger is not None and not (
                rule.trigger_folded.search(low) if low is not None and rule.trigger_folded
                else rule.trigger.search(text)):
            continue
        for start, end, match in rule_matches(rule.regex, rule.scanner, text, rule.folded, low):
            if rule.parts:
                for part in rule.parts:
                    value = group_text(text, match, part)
                    if value is None:
                        continue
                    base = part[:-2] if part.endswith("_b") else part
                    out.append(
                        Candidate(match.start(part), match.end(part), index, rule.id,
                                  {base: value})
                    )
                continue
            start, end = trim_signals(text, start, end, res.signals)
            if start < end:
                out.append(Candidate(start, end, index, rule.id, _groups(text, match)))
    return out


def trim_signals(text: str, start: int, end: int, signals: tuple[str, ...]) -> tuple[int, int]:
    """Drop a leading signal word ("in", "since", "beginning in"): TimeML keeps it outside."""
    low = text[start:end].lower()
    for sig in signals:
        if low.startswith(sig + " "):
            rest = start + len(sig)
            while rest < end and text[rest].isspace():
                rest += 1
            return rest, end
    return start, end


def _start(span: tuple[int, int]) -> int:
    return span[0]


def select(cands: list[tuple[int, int, int, object]]) -> list[int]:
    """Indices of a non-overlapping subset: longest first, then the earlier rule."""
    order = sorted(range(len(cands)), key=lambda i: (-(cands[i][1] - cands[i][0]), cands[i][2],
                                                     cands[i][0]))
    # spans taken so far, in text order: they do not overlap, so their ends are in order
    # too and only the last one starting before ``e`` can reach past ``s`` (a scan of all
    # taken spans per candidate was quadratic on long articles)
    taken: list[tuple[int, int]] = []
    keep: list[int] = []
    for i in order:
        s, e = cands[i][0], cands[i][1]
        before = bisect_left(taken, e, key=_start) - 1
        if before >= 0 and taken[before][1] > s:
            continue
        insort(taken, (s, e))
        keep.append(i)
    return sorted(keep, key=lambda i: cands[i][0])


@cache
def _ending_with(phrase: str) -> re.Pattern[str]:
    """The modifier phrase at the end of a window (compiled once: building the pattern
    for every candidate and modifier was a tenth of the stage's time)."""
    body = re.escape(phrase).replace(r"\ ", r"\s+")
    return re.compile(r"(?<![\w-])" + body + r"\s+$")


@cache
def _starting_with(phrase: str) -> re.Pattern[str]:
    """The modifier phrase at the start of a window, after whitespace."""
    return re.compile(rf"\s+{re.escape(phrase)}(?!\w)")


def modifier_before(text: str, start: int, kind: str, mods: list[Modifier],
                    floor: int) -> tuple[int, str] | None:
    """A modifier phrase ending right before ``start`` (not crossing ``floor``)."""
    window = text[max(floor, start - 30):start]
    low = window.lower()
    for mod in mods:
        if kind not in mod.types:
            continue
        phrase = mod.phrase.lower()
        if mod.joined:
            if low.endswith(phrase) and (len(low) == len(phrase)
                                         or not low[-len(phrase) - 1].isalnum()):
                return start - len(phrase), mod.mod
            continue
        m = _ending_with(phrase).search(low)
        if m:
            return start - (len(low) - m.start()), mod.mod
    return None


def modifier_after(text: str, end: int, kind: str, mods: list[Modifier],
                   ceiling: int) -> tuple[int, str] | None:
    """A modifier phrase starting right after ``end`` ("or so", "or more")."""
    window = text[end:min(ceiling, end + 20)].lower()
    for mod in mods:
        if kind not in mod.types:
            continue
        m = _starting_with(mod.phrase.lower()).match(window)
        if m:
            return end + m.end(), mod.mod
    return None


def interval_pairs(text: str, spans: list[tuple[int, int]], res: Resources) -> list[int]:
    """Indices ``i`` such that spans ``i`` and ``i+1`` are the two ends of one interval."""
    out: list[int] = []
    for i in range(len(spans) - 1):
        gap = text[spans[i][1]:spans[i + 1][0]]
        m = res.joiner.match(gap)
        if not m:
            continue
        word = gap.strip().lower()
        if word in res.needs_opener and not res.opener.search(text[max(0, spans[i][0] - 20):
                                                                   spans[i][0]]):
            continue
        out.append(i)
    return out
