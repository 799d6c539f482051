"""The words of a document read once, for the stance pass's many questions per claim.

Why: for every claim the kinds pass asks of its content whether any word is a belief
word, a false-blame word, a discrediting word or verb, a verb of motive or of truth, a
blame word; each question walked the content again, making a spaCy ``Token`` per word
and reading its strings (a third of the stage's time).  Here the lemma and lower-case
form of every token come as hash ids from one ``Doc.to_array`` per document, and their
strings from a memo shared by all documents; a content's lemmas and word forms
(:func:`pipeline.stages.wordclasses.word_forms`) are two sets per claim, so a question
whose words are absent is answered without a walk, and a walk that must read the tree
visits only the tokens whose lemma can matter.  Every gate is a necessary condition of
the check it guards, so the answers do not change.
"""

from __future__ import annotations

from collections.abc import Container
from typing import Any

from spacy.attrs import IS_STOP, LEMMA, LENGTH, LOWER, ORTH, POS, SPACY
from spacy.tokens import Doc, Span, Token

# distinct hash ids whose string is remembered; a long batch meets ever new words
MEMO_LIMIT = 100_000
_STRINGS: dict[int, str] = {}


def _lower(doc: Doc, ids: list[int]) -> list[str]:
    """The strings of hash ids ``ids``, lower case (remembered across documents)."""
    memo = _STRINGS
    if len(memo) > MEMO_LIMIT:
        memo.clear()
    strings = doc.vocab.strings
    out = []
    for h in ids:
        word = memo.get(h)
        if word is None:
            word = memo[h] = strings[h].lower()
        out.append(word)
    return out


class DocWords:
    """The hash ids of one Doc's tokens, read once; each event trigger's root token."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        # one array read per Doc; a content turns only its own rows into Python values
        self.rows = doc.to_array([LEMMA, LOWER, ORTH, SPACY, POS, IS_STOP, LENGTH])
        self.dash = doc.vocab.strings["-"]
        self._roots: dict[tuple[int, int], int | None] = {}
        self._contents: dict[tuple[int, int], ContentWords] = {}

    def of(self, content: Span) -> ContentWords:
        """The words of ``content``, read once (the kinds pass and the pairing both ask)."""
        key = (content.start, content.end)
        if key not in self._contents:
            self._contents[key] = ContentWords(self, content)
        return self._contents[key]

    def trigger_root(self, event: dict[str, Any]) -> int | None:
        """Position of the root of ``event``'s trigger (expanded to tokens), found once
        per document: every claim whose content holds the event asks again."""
        key = (event["trigger"]["start"], event["trigger"]["end"])
        if key not in self._roots:
            span = self.doc.char_span(*key, alignment_mode="expand")
            self._roots[key] = span.root.i if span is not None else None
        return self._roots[key]


class ContentWords:
    """The lemmas (lower case) and word forms of one claim's content, as sets."""

    def __init__(self, words: DocWords, content: Span) -> None:
        doc = self.doc = words.doc
        self.start, end = content.start, content.end
        # from two tokens before the content: a hyphenated word's first part may be there
        lo = max(self.start - 2, 0)
        lemma, lower, orth, space, self._pos, self._stop, self._length = \
            words.rows[lo:end].T.tolist()
        skip = self.start - lo
        self._lemmas = _lower(doc, lemma[skip:])
        self.lemmas = frozenset(self._lemmas)
        forms = set(self._lemmas)
        forms.update(_lower(doc, lower[skip:]))
        for n in range(max(skip, 2), len(lemma)):
            # the last part of a hyphenated word the tokenizer split ("far - fetched")
            if orth[n - 1] == words.dash and not space[n - 1] and not space[n - 2]:
                forms.add("-".join(_lower(doc, [lower[n - 2], lower[n]])))
        self.forms = frozenset(forms)
        del self._pos[:skip], self._stop[:skip], self._length[:skip]

    def content_words(self, pos: Container[int], skip: Container[int],
                      leave_out: Container[str]) -> frozenset[str]:
        """Lemmas of the content's words of parts of speech ``pos`` (ids) that are no
        stop words and longer than two characters, but for the tokens at ``skip`` and
        the lemmas in ``leave_out``."""
        return frozenset(
            lemma for n, lemma in enumerate(self._lemmas)
            if self._pos[n] in pos and not self._stop[n] and self.start + n not in skip
            and lemma not in leave_out and self._length[n] > 2)

    def having(self, lemmas: Container[str]) -> list[Token]:
        """The content's tokens (in order) whose lemma, lower case, is in ``lemmas``."""
        doc = self.doc
        return [doc[self.start + n] for n, lemma in enumerate(self._lemmas) if lemma in lemmas]
