"""Sentence stages: constraints for the parser's sentence split, and trimmed sentences.

Headlines, datelines and paragraphs in news text end without a full stop; the parser
would glue a headline onto the next sentence, so a token following a line break is
marked as a sentence start before the parser runs.  The small model also splits after
abbreviations ("Brig. Gen. Heidari") and before a trailing attribution (", Baku says."),
so tokens that cannot open an English sentence are marked as non-starts.  The parser
keeps both kinds of preset boundary.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup, Token

from .. import extensions as ext
from ..config import DEFAULT_CONFIG_DIR


def _after_newline(tok: Token) -> bool:
    if tok.i == 0:
        return False
    prev = tok.doc[tok.i - 1]
    return "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text)


class SentenceBreaks:
    """Preset ``is_sent_start`` from line breaks and from tokens that never open a sentence."""

    def __init__(self, break_on_newline: bool, rules: dict[str, Any]) -> None:
        self.break_on_newline = break_on_newline
        self.abbreviations = frozenset(rules.get("abbreviations", []))
        self.non_initial = frozenset(rules.get("non_initial_punct", []))
        self.joining = frozenset(rules.get("joining_punct", []))

    def can_start(self, tok: Token) -> bool:
        prev = tok.doc[tok.i - 1]
        if tok.text in self.non_initial or prev.text in self.joining:
            return False
        if tok.is_alpha and tok.is_lower:
            return False
        if prev.text == "." and prev.i > 0:
            # "Brig." may come out of the tokenizer as "Brig" + "."
            return prev.doc[prev.i - 1].text + "." not in self.abbreviations
        return prev.text not in self.abbreviations

    def __call__(self, doc: Doc) -> Doc:
        for tok in doc[1:]:
            if tok.is_space:
                continue
            if _after_newline(tok):
                if self.break_on_newline:
                    tok.is_sent_start = True
            elif not self.can_start(tok):
                tok.is_sent_start = False
        return doc


@Language.factory("sentence_breaks", default_config={"break_on_newline": True, "rules": ""})
def make_sentence_breaks(nlp: Language, name: str, break_on_newline: bool, rules: str):
    path = Path(rules) if rules else DEFAULT_CONFIG_DIR / "sentences.json"
    with open(path, encoding="utf-8") as fh:
        return SentenceBreaks(break_on_newline, json.load(fh))


def trimmed(sent: Span) -> Span | None:
    """The sentence without leading or trailing whitespace tokens (None if all space)."""
    start, end = sent.start, sent.end
    doc = sent.doc
    while start < end and doc[start].is_space:
        start += 1
    while end > start and doc[end - 1].is_space:
        end -= 1
    return doc[start:end] if start < end else None


@Language.factory("trimmed_sentences")
def make_trimmed_sentences(nlp: Language, name: str):
    def trimmed_sentences(doc: Doc) -> Doc:
        spans = [s for s in (trimmed(sent) for sent in doc.sents) if s is not None]
        doc.spans[ext.SENTENCES] = SpanGroup(doc, name=ext.SENTENCES, spans=spans)
        return doc

    return trimmed_sentences
