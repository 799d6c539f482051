"""Word classes shared by several stages (``configs/lexicon/*.json``).

Why: verbs of saying, accusing and denying used to exist in one list per stage, and the
lists disagreed — a verb the claims stage read as a denial the event stage did not.
Each class now lives once; a stage's own configuration refers to it by name
(``"@shared:denial_verbs"``) and :func:`resolve` puts the list in place when the file is
read, so every layer sees the same words.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.tokens import Token

from ..config import DEFAULT_CONFIG_DIR
from .settings import SettingsError, read_json

DEFAULT_SHARED_DIR = DEFAULT_CONFIG_DIR / "lexicon"
PREFIX = "@shared:"


def _flatten(value: Any) -> list[str]:
    """A class as one list; a class with sub-lists (by kind) is all of them, in order."""
    if isinstance(value, list):
        return [str(w) for w in value]
    if isinstance(value, dict):
        out: list[str] = []
        for key, sub in value.items():
            if not str(key).startswith("_"):
                out.extend(w for w in _flatten(sub) if w not in out)
        return out
    raise SettingsError(f"a shared word class must be a list or an object of lists: {value!r}")


@lru_cache(maxsize=4)
def shared_classes(folder: str | Path = DEFAULT_SHARED_DIR) -> dict[str, Any]:
    """Every class of every file in the folder, by name (names are unique across files)."""
    classes: dict[str, Any] = {}
    for path in sorted(Path(folder).glob("*.json")):
        for name, value in read_json(path).items():
            if name.startswith("_"):
                continue
            if name in classes:
                raise SettingsError(f"{path}: word class {name!r} is defined twice")
            classes[name] = value
    return classes


def shared_class(name: str, folder: str | Path = DEFAULT_SHARED_DIR) -> list[str]:
    """One class as a flat list; SettingsError naming the folder when it does not exist."""
    classes = shared_classes(str(folder))
    if name not in classes:
        raise SettingsError(f"{folder}: no shared word class {name!r}")
    return _flatten(classes[name])


def resolve(value: Any, folder: str | Path = DEFAULT_SHARED_DIR) -> Any:
    """``value`` with every string ``"@shared:NAME"`` (at any depth) replaced by that
    class's list; inside a list the class's words are spliced in, so a stage can take a
    shared class and add words of its own (``["@shared:claim_nouns", "remark"]``)."""
    if isinstance(value, str) and value.startswith(PREFIX):
        return shared_class(value[len(PREFIX):], folder)
    if isinstance(value, dict):
        return {k: resolve(v, folder) for k, v in value.items()}
    if isinstance(value, list):
        out: list[Any] = []
        for item in value:
            if isinstance(item, str) and item.startswith(PREFIX):
                out.extend(w for w in shared_class(item[len(PREFIX):], folder) if w not in out)
            else:
                out.append(resolve(item, folder))
        return out
    return value


def word_forms(tok: Token) -> frozenset[str]:
    """The forms a word class may list a token under: its text and lemma (lower case),
    and, for the last part of a hyphenated word that the tokenizer split ("one - sided",
    "far - fetched"), the whole word as the classes list it ("one-sided")."""
    forms = {tok.lower_, tok.lemma_.lower()}
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_ \
            and not doc[tok.i - 2].whitespace_:
        forms.add(f"{doc[tok.i - 2].lower_}-{tok.lower_}")
    return frozenset(forms)
