"""Tokenizer adjustments for news text, read from the settings."""

from __future__ import annotations

from typing import Any

import spacy
from spacy.language import Language


def extend_tokenizer(nlp: Language, settings: dict[str, Any]) -> None:
    """Add the configured prefix and suffix regular expressions to the tokenizer's rules."""
    prefixes = list(settings.get("extra_prefixes", []))
    suffixes = list(settings.get("extra_suffixes", []))
    if prefixes:
        pattern = spacy.util.compile_prefix_regex(list(nlp.Defaults.prefixes) + prefixes)
        nlp.tokenizer.prefix_search = pattern.search
    if suffixes:
        pattern = spacy.util.compile_suffix_regex(list(nlp.Defaults.suffixes) + suffixes)
        nlp.tokenizer.suffix_search = pattern.search
