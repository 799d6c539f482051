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

from collections.abc import Callable, Iterable, Sequence
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
    for other in reversed(candidates):
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


def answer(events: list[Event], claimants: Claimants) -> None:
    """Fill the recipient of each rejection (``events`` in text order)."""
    in_sentence: dict[int, list[tuple[int, Event]]] = {}
    for idx, ev in enumerate(events):
        in_sentence.setdefault(ev["sentence"], []).append((idx, ev))
    # the earlier ones by type, kept as the loop goes: a scan of every event for each
    # rejection was quadratic on long articles
    seen: dict[str, list[Event]] = {}
    for idx, ev in enumerate(events):
        if ev["type"] == "REJECT":
            wanted = "ACCUSE" if ev["cameo"] == "016" else "REQUEST"
            later = [o for n, o in in_sentence[ev["sentence"]] if n > idx
                     and o["type"] == wanted]
            denier = set(ev["actors"])
            codes: list[str] = []
            if wanted == "ACCUSE":
                kinds = _denied_types(ev["_tok"], (o for _, o in in_sentence[ev["sentence"]]))
                codes = _told_of((o for kind in kinds for o in reversed(seen.get(kind, []))),
                                 denier, claimants)
            codes = codes or _aimed_at(later, denier) or _aimed_at(seen.get(wanted, []), denier)
            if not codes and wanted == "ACCUSE":
                codes = _told_of(reversed(events[:idx]), denier, claimants) or _aimed_at(
                    [o for o in reversed(events[idx + 1:]) if o["type"] == "ACCUSE"], denier)
            if codes and (not ev["recipients"] or wanted == "ACCUSE"):
                ev["recipients"] = codes
        seen.setdefault(ev["type"], []).append(ev)
