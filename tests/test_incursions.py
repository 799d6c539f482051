"""Probe sentences written for these tests (issue 12): an incursion into another party's
territory, airspace or waters is one PLOVER type whichever verb tells it — "violated
its airspace" and "entered its airspace" are both COERCE (CAMEO 192, occupy territory),
so two claims of one incursion share an event family and a denial answers both."""

from __future__ import annotations

import pytest
from spacy.language import Language

PAIRS_OF_WORDINGS = [
    "Lithuania said two Belarusian helicopters violated its airspace on Sunday. Vilnius "
    "said later that the helicopters had entered its airspace near the lake.",
    "Japan said a Chinese coast guard ship breached its territorial waters. Tokyo said "
    "the ship entered its waters near the islands.",
    "Colombia said Venezuelan soldiers violated its territory. Bogota said the soldiers "
    "had crossed into its territory at dawn.",
]


def _types(doc) -> dict[str, str]:
    return {e["trigger"]["text"]: e["type"] for e in doc._.events}


@pytest.mark.parametrize("text", PAIRS_OF_WORDINGS)
def test_violating_and_entering_are_one_type(nlp: Language, text: str) -> None:
    types = _types(nlp(text))
    violating = [t for w, t in types.items() if w in ("violated", "breached")]
    entering = [t for w, t in types.items() if w in ("entered", "crossed")]
    assert violating == ["COERCE"] and entering == ["COERCE"], types


@pytest.mark.parametrize("text", [
    "Seoul condemned the violation of its airspace by a Russian bomber.",
    "Manila condemned the violation of its territorial waters by Chinese vessels.",
])
def test_the_noun_is_an_incursion_too(nlp: Language, text: str) -> None:
    types = _types(nlp(text))
    noun = [t for w, t in types.items() if w in ("violation", "encroachment")]
    assert noun == ["COERCE"], types


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Athens said Turkish jets violated Greek airspace on Monday.", "TUR", "GRC"),
    ("Hanoi said Chinese trawlers breached Vietnamese waters.", "CHN", "VNM"),
])
def test_the_intruder_and_the_owner(nlp: Language, text: str, actor: str,
                                    recipient: str) -> None:
    [event] = [e for e in nlp(text)._.events if e["type"] == "COERCE"]
    assert event["actors"] == [actor] and event["recipients"] == [recipient]


@pytest.mark.parametrize("text", [
    "Moscow said Kyiv had violated its sovereignty.",
    "The militia violated the ceasefire near the river, the army said.",
])
def test_violating_no_place_is_no_incursion(nlp: Language, text: str) -> None:
    assert "COERCE" not in _types(nlp(text)).values()


@pytest.mark.parametrize("text", [
    "Greece said Turkish fighter jets had violated its airspace over the islands. Ankara "
    "denied that its planes had crossed into Greek territory.",
    "Estonia said a Russian patrol boat breached its waters. Moscow denied the boat had "
    "entered Estonian territory.",
])
def test_a_denial_of_entering_answers_a_charge_of_violating(nlp: Language,
                                                            text: str) -> None:
    doc = nlp(text)
    [charge] = [c for c in doc._.claims if c["kind"] == "accusation"]
    [denial] = [c for c in doc._.claims if c["kind"] == "denial"]
    pair = [p for p in doc._.pairs if (p["denial"], p["claim"]) == (denial["id"], charge["id"])]
    assert pair and "same-family:coerce" in pair[0]["evidence"], doc._.pairs
