"""Assemble the spaCy pipeline: the configured model plus this project's stages."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import spacy
from spacy.language import Language

from . import extensions  # noqa: F401
from .config import load_settings, resource
from .model_check import check_model
from .stages.claims import component as _claims  # noqa: F401  (registers the factories)
from .stages.entities import component as _entities  # noqa: F401
from .stages.events import component as _events  # noqa: F401
from .stages.sentences import component as _sentences  # noqa: F401
from .stages.stance import component as _stance  # noqa: F401
from .stages.timex import component as _timexes  # noqa: F401
from .stages.tokenizer import extend_tokenizer

# Stages in order, with where each goes among the model's own components. Line breaks
# become sentence starts before the parser runs; the entity stage corrects NER before
# timexes, events and claims read entities; claims read events; stance reads
# events and claims and settles one reading of both.
STAGES: tuple[tuple[str, dict[str, str]], ...] = (
    ("sentence_breaks", {"before": "parser"}),
    ("trimmed_sentences", {"after": "parser"}),
    ("headline_parse", {"after": "parser"}),
    ("actor_entities", {"after": "ner"}),
    ("timexes", {}),
    ("events", {}),
    ("claims", {}),
    ("stance", {}),
)
# settings keys whose values are paths relative to the configuration folder
PATH_KEYS = frozenset({"rules", "actors", "lexicon", "events_rules"})


def stage_config(settings: dict[str, Any], name: str) -> dict[str, Any]:
    """A stage's factory config from the settings, with resource paths made absolute."""
    raw = settings["components"].get(name, {})
    return {k: str(resource(settings, v)) if k in PATH_KEYS else v for k, v in raw.items()}


def build_nlp(settings: dict[str, Any] | None = None, exclude: Iterable[str] = ()) -> Language:
    """Load the model named in the settings and add every stage not in ``exclude``.

    Excluding stages serves tests and benchmarks that need only part of the pipeline.
    """
    settings = settings or load_settings()
    skip = set(exclude)
    nlp = spacy.load(settings["model"]["name"])
    check_model(nlp.meta, settings)
    extend_tokenizer(nlp, settings.get("tokenizer", {}))
    for name, placement in STAGES:
        if name not in skip:
            nlp.add_pipe(name, config=stage_config(settings, name), **placement)
    return nlp
