"""``configs/events/lexicon.json`` as one typed object for the events stage.

Why: the stage used to unpack some twenty-five lexicon keys by hand in ``__init__``,
each with a silent default, so a misspelt key left a word list empty and the stage
quietly found fewer events.  :class:`EventSettings` declares every key it reads; a key
that is missing or of the wrong shape fails at load time with the file and key named
(see :mod:`pipeline.stages.settings`).  Sections that the cue functions of
:mod:`.attributes` read whole (negation, modality, contexts, modes) stay mappings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import settings
from ..settings import key


@dataclass(frozen=True)
class EventSettings:
    """What the events stage reads from its lexicon."""

    negation: dict[str, Any]
    modality: dict[str, Any]
    contexts: dict[str, list[str]]
    modes: dict[str, Any]
    references: dict[str, Any]
    location_preps: frozenset[str]
    location_labels: frozenset[str]
    interval_preps: frozenset[str]
    sequence_marks: frozenset[str]
    temporal_participles: frozenset[str]
    require_participant: bool
    no_trigger_entity_labels: frozenset[str]
    condition_marks: frozenset[str]
    background_preps: frozenset[str]
    setting_nouns: frozenset[str]
    absorb_preps: frozenset[str]
    cause_preps: frozenset[str]
    setting_cause_preps: frozenset[str]
    retaliation_words: frozenset[str]
    denial_verbs: frozenset[str]
    accusation_verbs: frozenset[str]
    object_event_types: frozenset[str]
    repeated_types: frozenset[str]
    definite_words: frozenset[str]
    generic_target_tags: frozenset[str]
    headline_generic_target_tags: frozenset[str]
    specific_target_deps: frozenset[str]
    civilian_nouns: frozenset[str]
    describing_deps: frozenset[str]
    light_heads: frozenset[str]
    lead_reach: int
    antecedent_reach: int
    modifier_tags: frozenset[str] = key("modifier_participles.tags")
    modifier_deps: frozenset[str] = key("modifier_participles.deps")
    pair_words: frozenset[str] = key("references.pair_words", frozenset())
    reciprocal_words: frozenset[str] = key("references.reciprocal_words", frozenset())
    side_nouns: frozenset[str] = key("references.side_nouns", frozenset())
    demand_nouns: frozenset[str] = key("word_classes.demand_objects", frozenset())
    release_nouns: frozenset[str] = key("releases.nouns", frozenset())
    holding_types: frozenset[str] = key("releases.holding_types", frozenset())
    speech_verbs: frozenset[str] = key("word_classes.speech_verbs", frozenset())
    response_verbs: frozenset[str] = key("responses.verbs", frozenset())
    response_back_verbs: frozenset[str] = key("responses.back_verbs", frozenset())
    response_object_frames: frozenset[str] = key("responses.object_frames", frozenset())
    response_reach: int = key("responses.reach", 0)
    intent_conversion: dict[str, str] = field(default_factory=dict)
    threat_conversion: dict[str, str] = field(default_factory=dict)
    negation_conversion: dict[str, str] = field(default_factory=dict)

    @property
    def hostile_types(self) -> frozenset[str]:
        """Types whose act has a victim (a victim's account of it is the victim's claim)."""
        return frozenset(self.modality.get("hostile_types", []))


def load_event_settings(lexicon: dict[str, Any], source: str | Path) -> EventSettings:
    """The stage's settings from the parsed lexicon read from ``source`` (named in errors)."""
    return settings.build(EventSettings, lexicon, source)
