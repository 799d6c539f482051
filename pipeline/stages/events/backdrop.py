"""Backdrops: words that name an act the sentence does not tell as one of its own.

One event per act (issue 13): a noun that only gives the time or setting of another
clause is the annotation guide's "background event in a subordinate phrase" (optional
in gold) and no act a reader of the sentence would count; PLOVER codes none for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from .settings import EventSettings


def setting(tok: Token, cfg: EventSettings) -> bool:
    """A noun that only names when or amid what the clause happens: the object of a
    background preposition ("during the fighting"), or of the "of" phrase of a setting
    noun ("in the wake of the execution"), reached through the "in"/"of" phrase of a
    noun between ("amid a surge in attacks", "following the collapse of talks")."""
    cur = tok
    for _ in range(3):
        if cur.dep_ != "pobj":
            return False
        prep, holder = cur.head, cur.head.head
        if prep.lower_ in cfg.background_preps:
            return True
        if prep.lower_ not in ("of", "in") or holder.pos_ not in ("NOUN", "PROPN"):
            return False
        if prep.lower_ == "of" and holder.lemma_.lower() in cfg.setting_nouns:
            return True
        cur = holder
    return False
