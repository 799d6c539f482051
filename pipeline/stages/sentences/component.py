"""Sentence stages: constraints for the parser's sentence split, and trimmed sentences.

Headlines, datelines and paragraphs in news text end without a full stop; the parser
would glue a headline onto the next sentence, so a token following a line break is
marked as a sentence start before the parser runs.  The small model also splits after
abbreviations ("Brig. Gen. Heidari") and before a trailing attribution (", Baku says."),
so tokens that cannot open an English sentence are marked as non-starts.  The parser
keeps both kinds of preset boundary.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from spacy.attrs import IS_SPACE, ORTH, SENT_START, SPACY, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup, Token

from ... import extensions as ext
from ...config import DEFAULT_CONFIG_DIR
from .. import settings
from . import headlines


@dataclass(frozen=True)
class SentenceRules:
    """``configs/sentences.json``: what may not open a sentence."""

    abbreviations: frozenset[str]
    non_initial_punct: frozenset[str]
    joining_punct: frozenset[str]
    closing_quotes: frozenset[str]
    opening_tags: frozenset[str]


class SentenceBreaks:
    """Preset ``is_sent_start`` from line breaks and from tokens that never open a sentence.

    One pass over the tokens with their texts read once: this runs on every token of
    every article, so it avoids re-creating neighbouring ``Token`` objects.
    """

    def __init__(self, break_on_newline: bool, rules: SentenceRules) -> None:
        self.break_on_newline = break_on_newline
        self.abbreviations = rules.abbreviations
        self.non_initial = rules.non_initial_punct
        self.joining = rules.joining_punct
        self.closing = rules.closing_quotes
        self.opening_tags = rules.opening_tags

    def can_start(self, tok: Token) -> bool:
        """Whether ``tok`` (not the first of its Doc) may open a sentence."""
        doc = tok.doc
        texts = [doc[i].text for i in range(max(tok.i - 2, 0), tok.i + 1)]
        return self._can_start(texts[-1], texts[-2], texts[-3] if len(texts) > 2 else None)

    def _can_start(self, text: str, prev: str, before_prev: str | None) -> bool:
        if text in self.non_initial or prev in self.joining:
            return False
        if text.isalpha() and text.islower():  # spaCy's is_alpha and is_lower
            return False
        if prev[-1:].isalnum():
            # news ends a sentence with punctuation or a line break, never on a bare word
            # ("Yemen's Iran-aligned | Houthis said" is one sentence)
            return False
        if prev == "." and before_prev is not None:
            # "Brig." may come out of the tokenizer as "Brig" + "."
            return before_prev + "." not in self.abbreviations
        return prev not in self.abbreviations

    def _ends_abbreviated(self, prev: str, text: str, tag: str) -> bool:
        """Does a sentence end on an abbreviation ("... sanctions imposed by the U.S. The
        move ...")?  A capitalised word of a closed class (a determiner, pronoun,
        preposition or conjunction, by the tagger) after it opens the next sentence; a
        name or title after it ("U.S. Navy", "Gen. Abdel") continues the sentence."""
        return prev in self.abbreviations and text[:1].isupper() and tag in self.opening_tags

    def __call__(self, doc: Doc) -> Doc:
        # Read once, write once: ``Token.is_sent_start = ...`` checks the whole Doc for a
        # parse on every assignment (quadratic on long articles), so the starts are set
        # as one array; the texts come from hash ids, without a ``Token`` per word.  A
        # token's own trailing whitespace is one space at most, so a line break follows
        # a token only as (part of) a space token.
        strings = doc.vocab.strings
        texts = [strings[h] for h in doc.to_array(ORTH).tolist()]
        spaces = doc.to_array(IS_SPACE).tolist()
        # a quote mark written against the word before it closes that word's quotation
        # ('... provocations."'): it ends the sentence, it never opens the next one
        glued = [not s for s in doc.to_array(SPACY).tolist()]
        tags = [strings[h] for h in doc.to_array(TAG).tolist()]
        starts = doc.to_array([SENT_START]).astype("int64")
        changed = False
        prev_ends_line = False
        for i, text in enumerate(texts):
            ends_line = bool(spaces[i]) and "\n" in text
            if i and not spaces[i]:
                if prev_ends_line:
                    if self.break_on_newline:
                        starts[i], changed = 1, True
                elif self._ends_abbreviated(texts[i - 1], text, tags[i]):
                    starts[i], changed = 1, True
                elif (glued[i - 1] and text in self.closing) or not self._can_start(
                        text, texts[i - 1], texts[i - 2] if i > 1 else None):
                    starts[i], changed = -1, True
            prev_ends_line = ends_line
        if changed:
            doc.from_array([SENT_START], starts.astype("uint64"))
        return doc


@Language.factory("sentence_breaks", default_config={"break_on_newline": True, "rules": ""})
def make_sentence_breaks(nlp: Language, name: str, break_on_newline: bool, rules: str):
    path = Path(rules) if rules else DEFAULT_CONFIG_DIR / "sentences.json"
    return SentenceBreaks(break_on_newline, settings.load(SentenceRules, path, strict=True))


def trimmed(sent: Span) -> Span | None:
    """The sentence without leading or trailing whitespace tokens (None if all space)."""
    start, end = sent.start, sent.end
    doc = sent.doc
    while start < end and doc[start].is_space:
        start += 1
    while end > start and doc[end - 1].is_space:
        end -= 1
    return doc[start:end] if start < end else None


@Language.factory("headline_parse", default_config={"model_pipes": ["tok2vec", "tagger", "parser"]})
def make_headline_parse(nlp: Language, name: str, model_pipes: list[str]):
    """Lines that end without a full stop, parsed again as sentences of their own
    (see :mod:`.headlines`) by the model's own components named in ``model_pipes``."""
    pipes = [nlp.get_pipe(p) for p in model_pipes if p in nlp.pipe_names]

    def headline_parse(doc: Doc) -> Doc:
        return headlines.reparse(doc, pipes)

    return headline_parse


@Language.factory("trimmed_sentences")
def make_trimmed_sentences(nlp: Language, name: str):
    def trimmed_sentences(doc: Doc) -> Doc:
        spans = [s for s in (trimmed(sent) for sent in doc.sents) if s is not None]
        doc.spans[ext.SENTENCES] = SpanGroup(doc, name=ext.SENTENCES, spans=spans)
        return doc

    return trimmed_sentences
