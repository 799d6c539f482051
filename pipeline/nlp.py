"""Assemble the spaCy pipeline: the configured model plus this project's stages."""

from __future__ import annotations

from typing import Any

import spacy
from spacy.language import Language

from . import extensions  # noqa: F401
from .components import claims, entities, events, sentences, timexes  # noqa: F401
from .config import load_settings, resource
from .tokenizer import extend_tokenizer


def build_nlp(settings: dict[str, Any] | None = None) -> Language:
    """Load the model named in the settings and add every stage with its resources.

    Order matters: line breaks become sentence starts before the parser runs; the
    entity stage corrects NER before timexes, events and claims read entities.
    """
    settings = settings or load_settings()
    comp = settings["components"]
    nlp = spacy.load(settings["model"]["name"])
    extend_tokenizer(nlp, settings.get("tokenizer", {}))
    breaks = comp["sentence_breaks"]
    nlp.add_pipe(
        "sentence_breaks",
        before="parser",
        config={
            "break_on_newline": breaks["break_on_newline"],
            "rules": str(resource(settings, breaks["rules"])),
        },
    )
    nlp.add_pipe("trimmed_sentences", after="parser")
    nlp.add_pipe(
        "actor_entities",
        after="ner",
        config={
            "rules": str(resource(settings, comp["entities"]["rules"])),
            "actors": str(resource(settings, comp["entities"]["actors"])),
        },
    )
    nlp.add_pipe("timexes", config={"rules": str(resource(settings, comp["timexes"]["rules"]))})
    nlp.add_pipe(
        "events",
        config={
            "rules": str(resource(settings, comp["events"]["rules"])),
            "actors": str(resource(settings, comp["entities"]["actors"])),
        },
    )
    nlp.add_pipe(
        "claims",
        config={
            "lexicon": str(resource(settings, comp["claims"]["lexicon"])),
            "actors": str(resource(settings, comp["entities"]["actors"])),
        },
    )
    return nlp
