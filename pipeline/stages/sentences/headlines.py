"""Re-parse lines that end without a full stop (headlines) as the sentences they are.

A headline is telegraphic and ends at a line break, not at a full stop.  The model
reads its last words with the line break and the dateline after them as context and
sometimes misreads the final noun phrase: "Bangkok recalls envoy" ends with "envoy" as
a clause, "Kinshasa blames Rwanda" with "Rwanda" as a loose dependent, "Asmara calls
claim a fabrication" with "a" as a loose pronoun.  The same line closed by a full stop
and read on its own is parsed as the clause it is.  A line whose parse shows such a
misreading (a noun, pronoun or determiner as a clause, or an unlabelled dependent) is
tagged and parsed again as a short document of its own words plus a full stop, with no
sentence break inside, and its tags and tree are copied back; the line's trailing space
stays hung on its last word, and nothing outside the line changes.  A line read
without such a sign keeps its parse: read alone it is not always read better.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy
from spacy.attrs import DEP, HEAD, TAG
from spacy.tokens import Doc, Span

Pipe = Callable[[Doc], Doc]
CLOSING = frozenset(".!?:;-–—,")
NOMINAL_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP", "DT"})
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "xcomp", "csubj", "parataxis"})


def misread(line: Span) -> bool:
    """Whether the parse of ``line`` shows a sign of a misreading: an unlabelled
    dependent, or a noun, pronoun or determiner attached as a clause."""
    return any(t.dep_ == "dep" or (t.tag_ in NOMINAL_TAGS and t.dep_ in CLAUSE_DEPS)
               for t in line if not t.is_punct)


def open_lines(doc: Doc) -> list[Span]:
    """Sentences that end at a line break with no closing punctuation before it."""
    found = []
    for sent in doc.sents:
        end = sent.end
        if end >= len(doc) or not doc[end - 1].is_space or "\n" not in doc[end - 1].text:
            continue
        while end > sent.start and doc[end - 1].is_space:
            end -= 1
        if end - sent.start < 3 or doc[end - 1].text in CLOSING:
            continue
        found.append(doc[sent.start:end])
    return found


def reparse(doc: Doc, pipes: Sequence[Pipe]) -> Doc:
    """``doc`` with every open line's tags, heads and labels from its own parse."""
    lines = [line for line in open_lines(doc) if misread(line)]
    if not lines:
        return doc
    cols = [TAG, HEAD, DEP]
    arr = doc.to_array(cols).astype("int64")
    for line in lines:
        words = [t.text for t in line] + ["."]
        spaces = [bool(t.whitespace_) for t in line][:-1] + [False, False]
        alone = Doc(doc.vocab, words=words, spaces=spaces)
        for tok in alone[1:]:
            tok.is_sent_start = False
        for pipe in pipes:
            alone = pipe(alone)
        own = alone.to_array(cols).astype("int64")
        roots = [t.i for t in alone[:-1] if t.head.i == t.i]
        if len(roots) != 1 or alone[-1].head.i == len(line):
            continue  # not one tree over the words: keep the first reading
        arr[line.start:line.end] = own[:-1]
        # the space after the line keeps hanging on the line's last word
        for i in range(line.end, len(doc)):
            if not doc[i].is_space or doc[i].sent.start != line.start:
                break
            arr[i, 1] = line.end - 1 - i
    doc.from_array(cols, arr.astype(numpy.uint64))
    return doc
