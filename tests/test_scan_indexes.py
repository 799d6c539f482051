"""Issue 14 (long articles): the passes that scanned every event or claim for each one
now read an index; these tests check that the index finds what the scan found, in the
same order, on made-up events (no text is read: only the bookkeeping is under test)."""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from pipeline.stages.entities.acronyms import _without
from pipeline.stages.events import denials
from pipeline.stages.events.responses import _windows

CODES = ("AAA", "BBB", "CCC", "DDD")
TYPES = ("ACCUSE", "REQUEST", "REJECT", "ASSAULT", "COERCE")


@dataclass
class FakeToken:
    """What the denial pass reads of a trigger: its position and its phrase."""
    i: int
    subtree: list[FakeToken] = field(default_factory=list)


def _events(rng: random.Random, n: int) -> list[dict[str, Any]]:
    out = []
    for i in range(n):
        tok = FakeToken(i)
        tok.subtree = [tok]
        out.append({"type": rng.choice(TYPES), "cameo": rng.choice(("016", "125")),
                    "actors": rng.sample(CODES, rng.randint(0, 2)),
                    "recipients": rng.sample(CODES, rng.randint(0, 2)),
                    "sentence": i // 3, "_tok": tok})
    return out


def _scan_answer(events: list[dict[str, Any]], claimants: Any) -> None:
    """The denial pass as it was: every earlier (and later) event scanned each time."""
    in_sentence: dict[int, list[tuple[int, dict[str, Any]]]] = {}
    for idx, ev in enumerate(events):
        in_sentence.setdefault(ev["sentence"], []).append((idx, ev))
    seen: dict[str, list[dict[str, Any]]] = {}
    for idx, ev in enumerate(events):
        if ev["type"] == "REJECT":
            wanted = "ACCUSE" if ev["cameo"] == "016" else "REQUEST"
            later = [o for n, o in in_sentence[ev["sentence"]] if n > idx and o["type"] == wanted]
            denier = set(ev["actors"])
            codes: list[str] = []
            if wanted == "ACCUSE":
                same = (o for _, o in in_sentence[ev["sentence"]])
                kinds = denials._denied_types(ev["_tok"], same)
                codes = denials._told_of(
                    (o for kind in kinds for o in reversed(seen.get(kind, []))), denier, claimants)
            codes = codes or denials._aimed_at(later, denier) or denials._aimed_at(
                seen.get(wanted, []), denier)
            if not codes and wanted == "ACCUSE":
                codes = denials._told_of(reversed(events[:idx]), denier, claimants) or \
                    denials._aimed_at([o for o in reversed(events[idx + 1:])
                                       if o["type"] == "ACCUSE"], denier)
            if codes and (not ev["recipients"] or wanted == "ACCUSE"):
                ev["recipients"] = codes
        seen.setdefault(ev["type"], []).append(ev)


def _claimants(ev: dict[str, Any]) -> list[str]:
    # a stand-in teller that depends on the trigger only, as the pass's own does
    return [CODES[(ev["_tok"].i * 7) % len(CODES)]] if ev["_tok"].i % 3 else []


def test_denials_read_off_the_index_answer_as_the_scan_did() -> None:
    rng = random.Random(14)
    for _ in range(200):
        n = rng.randint(1, 40)
        state = rng.getstate()
        scanned = _events(rng, n)
        rng.setstate(state)
        indexed = _events(rng, n)
        _scan_answer(scanned, _claimants)
        denials.answer(indexed, _claimants)
        assert [e["recipients"] for e in indexed] == [e["recipients"] for e in scanned]


def test_the_claimants_of_an_event_are_asked_once_per_pass() -> None:
    rng = random.Random(3)
    events = _events(rng, 60)
    asked: list[int] = []

    def claimants(ev: dict[str, Any]) -> list[str]:
        asked.append(ev["_tok"].i)
        return _claimants(ev)

    denials.answer(events, claimants)
    assert len(asked) == len(set(asked))


def _merged(lists: Iterable[list[int]]) -> list[int]:
    return sorted({p for lst in lists for p in lst})


def test_latest_and_earliest_give_each_position_once_in_order() -> None:
    lists = [[1, 4, 9, 12], [4, 5, 12, 20], [], [0, 30]]
    assert list(denials._latest(lists, 12)) == [9, 5, 4, 1, 0]
    assert list(denials._earliest(lists, 4)) == [5, 9, 12, 20, 30]
    rng = random.Random(5)
    for _ in range(100):
        lists = [sorted(rng.sample(range(50), rng.randint(0, 10))) for _ in range(3)]
        cut = rng.randint(-1, 51)
        everything = _merged(lists)
        assert list(denials._latest(lists, cut)) == [p for p in reversed(everything) if p < cut]
        assert list(denials._earliest(lists, cut)) == [p for p in everything if p > cut]


@dataclass(frozen=True)
class FakeSpan:
    start: int
    end: int
    label: str


def test_dropping_spans_in_one_pass_is_removing_each_in_turn() -> None:
    rng = random.Random(9)
    for _ in range(200):
        spans = [FakeSpan(s, s + rng.randint(1, 2), rng.choice("AB"))
                 for s in (rng.randint(0, 8) for _ in range(rng.randint(1, 12)))]
        removed = list(spans)
        dropped: list[tuple[Any, int]] = []
        for span in rng.sample(spans, rng.randint(0, len(spans))):
            removed.remove(span)
            dropped.append((span, len(spans)))
        assert _without(list(spans), dropped) == removed  # type: ignore[arg-type]


def test_a_response_window_holds_every_event_of_the_reach() -> None:
    events = [{"sentence": s} for s in (0, 0, 1, 3, 3, 4, 7, 8, 8)]
    window = _windows(events, 2)
    for ev in events:
        lo, hi = window(ev)  # type: ignore[misc]
        assert events[lo:hi] == [o for o in events
                                 if ev["sentence"] - 2 <= o["sentence"] <= ev["sentence"]]
    unordered: Sequence[dict[str, Any]] = [{"sentence": 2}, {"sentence": 1}]
    assert _windows(list(unordered), 2)(unordered[0]) is None
