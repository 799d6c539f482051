"""Actor codes for speakers, targets and contents, through the shared actor coding.

Claims never keep their own actor dictionary: they ask
:mod:`pipeline.stages.entities.coding` (noun phrase → ``{code, sector}``) and read entities'
``ent._.actor``, so a speaker is coded exactly as the entity stage codes it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from spacy.tokens import Token

from ..entities import coding as actor_coding
from ..entities.coding import entity_at as entity_of
from ..entities.dictionary import DEFAULT_ACTORS_DIR, ActorDictionary, load_actors

Actor = dict[str, Any]


def book_for(folder: str | Path | None) -> ActorDictionary:
    return load_actors(str(folder) if folder else DEFAULT_ACTORS_DIR)


def token_actor(token: Token, book: ActorDictionary | None = None) -> Actor | None:
    """Actor of the phrase headed by ``token`` (its entity's actor as a fallback)."""
    try:
        found = actor_coding.token_actor(token, book)
    except Exception:  # noqa: BLE001 - a coding failure must not lose the claim
        found = None
    if found:
        return found
    ent = entity_of(token)
    if ent is not None and ent._.actor:
        return dict(ent._.actor)
    return None


def phrase_actors(token: Token, book: ActorDictionary | None = None) -> list[Actor]:
    try:
        return list(actor_coding.phrase_actors(token, book))
    except Exception:  # noqa: BLE001
        actor = token_actor(token, book)
        return [actor] if actor else []


def code_of(actor: Actor | None) -> str | None:
    return actor.get("code") if actor else None


def mentions(tokens: list[Token]) -> list[tuple[int, str]]:
    """``(token index, code)`` for every coded entity mention among ``tokens``, in order."""
    out: list[tuple[int, str]] = []
    seen_ents: set[int] = set()
    for tok in tokens:
        ent = entity_of(tok)
        if ent is None or ent.start in seen_ents:
            continue
        seen_ents.add(ent.start)
        code = code_of(ent._.actor)
        if code:
            out.append((ent.start, code))
    return out


def is_person(token: Token) -> bool:
    ent = entity_of(token)
    return ent is not None and ent.label_ == "PERSON"
