"""Whom a rejection answers: the one whose accusation or request it turns down.

The guide: a denial (REJECT 016) goes from the denier to the accuser "when the article
names one", else it has no recipient; a refusal answers the request it refuses.  A long
report tells many accusations of many kinds ("Iraq condemned the raids ... Tehran
denied any role in the attack"), so the latest accusation is often another quarrel's.
A denial answers, in this order: whoever told as a claim the act it denies ("Kyiv says
Belarusian troops massed ... Minsk denied any build-up": the act of its type the
denier was said to do); the accuser of the latest charge aimed at the denier; whoever
told any act of the denier's as a claim; a charge aimed at it told after the denial.
What these find replaces the recipient the clause gave a denial (a denial answers an
accuser, and the clause's phrases often name the accused or a bystander); with none
found, that recipient stays, and a refusal takes the side of the request it answers.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from spacy.tokens import Token

Event = dict[str, Any]
Claimants = Callable[[Event], list[str]]

SPEECH_TYPES = frozenset({"ACCUSE", "REJECT"})
"""Acts that are themselves tellings: a denial denies the act they tell, not them."""


def _accusers(source: Event, denier: set[str]) -> list[str]:
    return [c for c in source["actors"] if c not in denier]


def _aimed_at(candidates: Sequence[Event], denier: set[str]) -> list[str]:
    """Accusers of the last charge (or request) aimed at the denier that names one."""
    return _aimed_at_first(reversed(candidates), denier)


def _aimed_at_first(candidates: Iterable[Event], denier: set[str]) -> list[str]:
    """Accusers of the first of ``candidates`` aimed at the denier that names one."""
    for other in candidates:
        if set(other["recipients"]) & denier:
            codes = _accusers(other, denier)
            if codes:
                return codes
    return []


def _told_of(acts: Iterable[Event], denier: set[str], claimants: Claimants) -> list[str]:
    """Who told one of ``acts`` (latest first) done by the denier, the denier aside."""
    for other in acts:
        if set(other["actors"]) & denier:
            codes = [c for c in dict.fromkeys(claimants(other)) if c not in denier]
            if codes:
                return codes
    return []


def _denied_types(tok: Token, events: Iterable[Event]) -> set[str]:
    """Types of the acts a denial names in its own phrase ("denied any build-up",
    "denied firing the rockets", "denied any role in the attack")."""
    inside = {t.i for t in tok.subtree} - {tok.i}
    return {o["type"] for o in events if o["_tok"].i in inside
            and o["type"] not in SPEECH_TYPES}


def _latest(lists: Iterable[list[int]], below: int) -> Iterator[int]:
    """The positions under ``below`` in any of the sorted ``lists``, latest first, each
    once: the events a backward scan of every earlier event would have kept, read off
    an index (the scan, for each rejection, was quadratic on long articles)."""
    runs = [map(lst.__getitem__, range(bisect_left(lst, below) - 1, -1, -1)) for lst in lists]
    last = None
    for pos in heapq.merge(*runs, reverse=True):
        if pos != last:
            last = pos
            yield pos


def _earliest(lists: Iterable[list[int]], above: int) -> Iterator[int]:
    """The positions over ``above`` in any of the sorted ``lists``, earliest first, each once."""
    runs = [map(lst.__getitem__, range(bisect_right(lst, above), len(lst))) for lst in lists]
    last = None
    for pos in heapq.merge(*runs):
        if pos != last:
            last = pos
            yield pos


def _index(events: Sequence[Event], field: str, types: frozenset[str] | None = None
           ) -> dict[tuple[str | None, str], list[int]]:
    """Positions of the events by (type, code) and by (None, code) for each code in their
    ``field``, in order; only ``types`` if given."""
    out: dict[tuple[str | None, str], list[int]] = {}
    for pos, ev in enumerate(events):
        if types is not None and ev["type"] not in types:
            continue
        for code in dict.fromkeys(ev[field]):
            out.setdefault((ev["type"], code), []).append(pos)
            out.setdefault((None, code), []).append(pos)
    return out


def _remembered(claimants: Claimants) -> Claimants:
    """``claimants`` asked once per event: its answer depends only on the event's trigger,
    and one pass asks again about the same acts for each rejection."""
    known: dict[int, list[str]] = {}

    def ask(ev: Event) -> list[str]:
        found = known.get(id(ev))
        if found is None:
            found = known[id(ev)] = claimants(ev)
        return found
    return ask


def answer(events: list[Event], claimants: Claimants) -> None:
    """Fill the recipient of each rejection (``events`` in text order).

    The earlier (and later) acts a rejection looks through are read off indexes by
    doer and by target, in the order a scan of them would meet them: only rejections'
    recipients change here, and neither index holds a rejection's recipients."""
    in_sentence: dict[int, list[tuple[int, Event]]] = {}
    for idx, ev in enumerate(events):
        in_sentence.setdefault(ev["sentence"], []).append((idx, ev))
    claimants = _remembered(claimants)
    by_actor = _index(events, "actors")
    by_target = _index(events, "recipients", frozenset({"ACCUSE", "REQUEST"}))
    for idx, ev in enumerate(events):
        if ev["type"] != "REJECT":
            continue
        wanted = "ACCUSE" if ev["cameo"] == "016" else "REQUEST"
        later = [o for n, o in in_sentence[ev["sentence"]] if n > idx
                 and o["type"] == wanted]
        denier = set(ev["actors"])
        codes: list[str] = []
        if wanted == "ACCUSE":
            kinds = _denied_types(ev["_tok"], (o for _, o in in_sentence[ev["sentence"]]))
            codes = _told_of((events[p] for kind in kinds for p in _latest(
                [by_actor.get((kind, c), []) for c in denier], idx)), denier, claimants)
        codes = codes or _aimed_at(later, denier) or _aimed_at_first(
            (events[p] for p in _latest([by_target.get((wanted, c), []) for c in denier],
                                        idx)), denier)
        if not codes and wanted == "ACCUSE":
            codes = _told_of((events[p] for p in _latest(
                [by_actor.get((None, c), []) for c in denier], idx)), denier, claimants) \
                or _aimed_at_first((events[p] for p in _earliest(
                    [by_target.get(("ACCUSE", c), []) for c in denier], idx)), denier)
        if codes and (not ev["recipients"] or wanted == "ACCUSE"):
            ev["recipients"] = codes
