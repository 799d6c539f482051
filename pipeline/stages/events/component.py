"""spaCy factory for the events stage; the logic lives in :mod:`pipeline.stages.events`."""

from __future__ import annotations

from spacy.language import Language

from .stage import EventStage


@Language.factory("events", default_config={"rules": "", "actors": ""})
def make_events(nlp: Language, name: str, rules: str, actors: str) -> EventStage:
    """PLOVER events from ``rules`` (folder of JSON rules) and ``actors`` (actor dictionary)."""
    return EventStage(rules, actors or None)
