"""Two-word prepositions the parser splits.

Why: spaCy parses "pulled out of the talks" and "walked away from the deal" with "out" /
"away" as a preposition (or particle) of the verb and "of" / "from" hanging on it, so the
talks are no object of any preposition of the verb. Rules testing a verb's prepositional
objects, and the scope of what an event acts on, read through that first word
(``configs/events/grammar.json`` ``complex_prep_heads``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy
from spacy.attrs import DEP, LOWER, POS
from spacy.symbols import ADP
from spacy.tokens import Doc, Token


def second_objects(head: Token, words: Iterable[str] | None = None) -> list[Token]:
    """Objects of the prepositions (``words`` only, if given) hung on ``head``, the first
    word of a two-word preposition: the verb's own phrase ("out of the talks")."""
    keep = None if words is None else set(words)
    return [c for p in head.children if p.dep_ == "prep" and (keep is None or p.lower_ in keep)
            for c in p.children if c.dep_ in ("pobj", "pcomp")]


_REPEATS: list[Any] = [None, 0, {}]  # the last Doc, its length, its repeated prepositions


def verb_with_repeat(prep: Token) -> Token | None:
    """The nearest verb above ``prep`` when a later preposition of the same word is parsed
    as a conjunct ("blamed the raid on the rebels, ..., and on the army"), else None: only
    then can the verb's conjuncts continue ``prep``, and the climb to the verb (asked for
    every prepositional object of every candidate) is skipped for the rest."""
    later = _repeated_preps(prep.doc).get(prep.lower_, ())
    if not later or later[-1] <= prep.i:
        return None
    return next((a for a in prep.ancestors if a.pos_ in ("VERB", "AUX")), None)


def _repeated_preps(doc: Doc) -> dict[str, list[int]]:
    """Positions (sorted) of the prepositions parsed as conjuncts, by lower-case word;
    read once per Doc from one array (a few per document)."""
    memo = _REPEATS
    if memo[0] is not doc or memo[1] != len(doc):
        rows = doc.to_array([DEP, POS, LOWER])
        found: dict[str, list[int]] = {}
        conj = doc.vocab.strings["conj"]
        for i in numpy.flatnonzero((rows[:, 0] == conj) & (rows[:, 1] == ADP)).tolist():
            found.setdefault(doc.vocab.strings[int(rows[i, 2])], []).append(i)
        memo[:] = [doc, len(doc), found]
    return memo[2]


def phrasal_lemma(verb: Token) -> str:
    """"beat_back", "fight_off": a verb's lemma joined to its particle, else the lemma."""
    prt = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    return f"{verb.lemma_.lower()}_{prt}" if prt else verb.lemma_.lower()
