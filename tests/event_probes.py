"""Helpers shared by the event tests that run short sentences written for the tests."""

from __future__ import annotations

import pytest


def typed(nlp, text: str, etype: str) -> list[dict]:
    """Events of one type, after checking every trigger's offsets against the text."""
    doc = nlp(text)
    for ev in doc._.events:
        trig = ev["trigger"]
        assert text[trig["start"]:trig["end"]] == trig["text"]
    return [e for e in doc._.events if e["type"] == etype]


def case(phenomenon: str, text: str, etype: str, actors: list[str], recipients: list[str]):
    """One parametrised sentence, named by the phenomenon it shows."""
    return pytest.param(text, etype, actors, recipients, id=f"{phenomenon}: {text[:40]}")


def sides(nlp, text: str, etype: str) -> list[tuple[list[str], list[str]]]:
    """(sorted actors, sorted recipients) of each event of one type."""
    return [(sorted(e["actors"]), sorted(e["recipients"])) for e in typed(nlp, text, etype)]
