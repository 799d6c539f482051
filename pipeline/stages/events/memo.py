"""Answers about one token, remembered per Doc as positions.

Rules, argument sources and attributes ask the same tree question of the same trigger
many times (nine calls in ten to :func:`.syntax.governor` ask again), and the answer
depends only on the parse, which no stage changes after the parser and the headline
re-parse.  Only the last Doc asked about is remembered (and its length, as a guard), so
a run holds one Doc's answers at a time.  A new ``Token`` is made for every answer, as
before: callers may compare tokens by identity.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from spacy.tokens import Token


def per_doc_token(find: Callable[[Token], Token | None]) -> Callable[[Token], Token | None]:
    """``find`` remembered for the last Doc: the position of its answer (or none)."""
    memo: list[Any] = [None, 0, {}]  # the last Doc, its length, answers by position

    @wraps(find)
    def remembered(tok: Token) -> Token | None:
        doc = tok.doc
        if memo[0] is not doc or memo[1] != len(doc):
            memo[:] = [doc, len(doc), {}]
        found = memo[2].get(tok.i)
        if found is None:
            answer = find(tok)
            found = memo[2][tok.i] = -1 if answer is None else answer.i
        return None if found < 0 else doc[found]

    return remembered
