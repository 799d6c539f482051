"""Two-word prepositions the parser splits.

Why: spaCy parses "pulled out of the talks" and "walked away from the deal" with "out" /
"away" as a preposition (or particle) of the verb and "of" / "from" hanging on it, so the
talks are no object of any preposition of the verb. Rules testing a verb's prepositional
objects, and the scope of what an event acts on, read through that first word
(``configs/events/grammar.json`` ``complex_prep_heads``).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token


def second_objects(head: Token, words: Iterable[str] | None = None) -> list[Token]:
    """Objects of the prepositions (``words`` only, if given) hung on ``head``, the first
    word of a two-word preposition: the verb's own phrase ("out of the talks")."""
    keep = None if words is None else set(words)
    return [c for p in head.children if p.dep_ == "prep" and (keep is None or p.lower_ in keep)
            for c in p.children if c.dep_ in ("pobj", "pcomp")]
