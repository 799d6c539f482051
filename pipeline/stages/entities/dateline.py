"""The country of a wire story's dateline, for the titled names no other word codes.

Wire copy names its own country's officials by title alone: "KYIV, Oct 5 (Reuters) -
... Interior Minister Ihor Klymenko said", "BOGOTA - ... Defense Minister Ivan Velasquez",
"OUAGADOUGOU - ... the Foreign Ministry said".  The dateline's place is where the story
is filed, and a title with no country beside it is, in that style, the home country's.
Only a name whose title or own words give a sector (a minister, a ministry, an
opposition candidate) takes it: an untitled name stays uncoded.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from ...extensions import doc_text
from .dictionary import ActorDictionary
from .lexicon import EntityLexicon, opens_dateline
from .settled import actor_changed

# a dateline opens the story: its place is among the first names, or on the first lines
# (after a headline that names more parties than that: "X blames Y for Z attacks; W denies")
_DATELINE_NAMES = 4
_DATELINE_LINES = 3


def _opening_lines_end(text: str) -> int:
    """Character offset where the story's first ``_DATELINE_LINES`` non-empty lines end.

    Only an opening of the text is split into lines (a longer one when it holds too few):
    a line that another line follows inside the opening ends where it would in the whole
    text, so the offset is the one splitting every line of the text would give."""
    size = 2048
    while True:
        lines = text[:size].splitlines(keepends=True)
        whole = size >= len(text)
        seen = end = 0
        for k, line in enumerate(lines):
            end += len(line)
            seen += bool(line.strip())
            if seen >= _DATELINE_LINES and (whole or k < len(lines) - 1):
                return end
        if whole:
            return end
        size *= 4


def dateline_country(ents: list[Span], countries: frozenset[str],
                     lex: EntityLexicon) -> str | None:
    """Country code of the place that opens the story's dateline, or None."""
    opening = _opening_lines_end(doc_text(ents[0].doc)) if ents else 0
    for n, ent in enumerate(ents):
        if n >= _DATELINE_NAMES and ent.start_char >= opening:
            break
        actor = ent._.actor
        if ent.label_ == "GPE" and actor and actor.get("code") in countries \
                and opens_dateline(ent, lex):
            return actor["code"]
    return None


def title_sector(span: Span, heads: list[Token], book: ActorDictionary) -> str | None:
    """The sector a name's own words, its title ("Interior Minister X") or the noun it
    stands beside ("opposition candidates X and Y", "X, a military spokesman") give."""
    root = first = span.root
    while first.dep_ == "conj" and first.head.i < first.i:  # "candidates X and Y": Y too
        first = first.head
    words = [t.text for t in span]
    lead = min(span.start, first.i)
    words += [t.text for t in span.doc[first.left_edge.i:lead] if not t.is_punct]
    if first.i != root.i and first.dep_ == "appos":
        heads = [*heads, first.head]
    for head in heads:
        if head.i != root.i and not span.start <= head.i < span.end:
            words += [t.text for t in head.lefts if not t.is_punct] + [head.lemma_]
    return book.sector_in(words)


def code_from_dateline(pending: list[Span], country: str | None, book: ActorDictionary,
                       heads_of: Callable[[Span], list[Token]]) -> None:
    """Give the dateline's country to each uncoded person or organisation whose words
    give a sector (``heads_of``: the words around a name that say whose it is)."""
    if country is None:
        return
    for ent in pending:
        if ent._.actor or ent.label_ not in ("PERSON", "ORG"):
            continue
        sector = title_sector(ent, heads_of(ent), book)
        if sector is not None:
            ent._.actor = {"code": country, "sector": sector}
            actor_changed(ent)
