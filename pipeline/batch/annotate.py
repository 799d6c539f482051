"""Annotating a chunk of articles: the pipeline component by component over the chunk,
long articles in parts.

Inside a chunk the pipeline runs component by component over the whole chunk (each
component's ``pipe`` where it has one, as ``nlp.pipe`` does), so the model's batched
components work on batches while the time spent in each stage is still measured.  When a
batch fails, its articles are redone one at a time so that only the failing article is
lost.

Articles longer than ``PART_CHARS`` are cut at paragraph breaks (else line breaks, else
sentence ends, else whitespace) into parts no longer than that; the model's components
run on one part at a time, the parts are joined with ``Doc.from_docs`` (no whitespace
added, so the text and every offset are those of the whole article) and this project's
document-level stages run on the joined Doc.  The model's working memory grows with the
text it is given at once, so it stays bounded by one part, however long the article;
the document-level stages index spans by position and grow linearly.
"""

from __future__ import annotations

import gc
import re
import time
from collections.abc import Callable, Sequence

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import remember_text
from .readers import Article

# characters per part of a long article.  Measured in one piece (``bench long``, this
# model): peak memory 274 MiB at 30,000 characters, 505 MiB at 100,000, 1,124 MiB at
# 300,000, i.e. about 3.2 MiB per 1,000 characters over ~180 MiB, so 100,000 characters
# bound the model's share near 320 MiB (a 3 MB article peaks near 1.2 GB with the Doc
# and records of the whole).  Parts this size leave every article of the corpus and of
# TempEval (the longest 11 KB) in one piece, so their records are those of a one-piece
# run; cuts fall at paragraph breaks, where sentences end anyway.
PART_CHARS = 100_000


def _stage_names() -> frozenset[str]:
    from ..nlp import STAGES

    return frozenset(name for name, _ in STAGES)


def _new_doc(nlp: Language, article: Article, text: str | None = None) -> Doc:
    text = article.text if text is None else text
    doc = nlp.make_doc(text)
    remember_text(doc, text)
    doc._.doc_id = article.doc_id
    doc._.dct = article.dct
    doc._.dct_source = article.dct_source
    doc._.meta = article.meta
    return doc


def _run_components(nlp: Language, docs: list[Doc], timings: dict[str, float],
                    components: Sequence[tuple[str, Callable]] | None = None) -> list[Doc]:
    """Every component over the whole list, batched where the component can batch.

    This project's stages run with the cyclic garbage collector paused: they make many
    short-lived containers (lists, dicts, spans' tuples) and free them all by reference
    counting (over the 256 TempEval texts they leave no cyclic garbage at all,
    ``tests/test_batch_gc.py``), so the collections their allocations triggered scanned
    live objects for nothing: about 0.05-0.09 s of the stages' 2 s.  The collector
    runs again, with everything it could find, as soon as a stage returns."""
    ours = _stage_names()
    for name, proc in (nlp.pipeline if components is None else components):
        paused = name in ours and gc.isenabled()
        if paused:
            gc.disable()
        try:
            start = time.perf_counter()
            if hasattr(proc, "pipe"):
                docs = list(proc.pipe(docs, batch_size=max(len(docs), 1)))
            else:
                docs = [proc(doc) for doc in docs]
            timings[name] = timings.get(name, 0.0) + time.perf_counter() - start
        finally:
            if paused:
                gc.enable()
    return docs


_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s")


def _cut_in(window: str) -> int:
    """Offset just after the last paragraph break in ``window``, else the last line
    break, sentence end or whitespace; 0 if there is none."""
    for mark in ("\n\n", "\n"):
        found = window.rfind(mark)
        if found > 0:
            return found + len(mark)
    ends = [m.end() for m in _SENTENCE_END.finditer(window)]
    if ends:
        return ends[-1]
    return max(window.rfind(" "), window.rfind("\t")) + 1


def split_points(text: str, limit: int) -> list[int]:
    """Cut offsets so that no part is longer than ``limit``: after a paragraph break
    where possible, else a line break, sentence end or whitespace, else at ``limit``."""
    cuts: list[int] = []
    start = 0
    while len(text) - start > limit:
        cut = _cut_in(text[start:start + limit]) or limit
        start += cut
        cuts.append(start)
    return cuts


def annotate_long(nlp: Language, article: Article, timings: dict[str, float],
                  part_chars: int = PART_CHARS) -> Doc:
    """An article longer than ``part_chars``: the model runs on parts, one at a time,
    the project's document-level stages on the joined Doc (offsets of the whole text)."""
    text = article.text
    bounds = [0, *split_points(text, min(part_chars, nlp.max_length)), len(text)]
    names = _stage_names()
    last_model = max(i for i, (name, _) in enumerate(nlp.pipeline) if name not in names)
    head, tail = nlp.pipeline[:last_model + 1], nlp.pipeline[last_model + 1:]
    parts = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        start = time.perf_counter()
        part = _new_doc(nlp, article, text[a:b])
        timings["tokenizer"] = timings.get("tokenizer", 0.0) + time.perf_counter() - start
        parts.extend(_run_components(nlp, [part], timings, head))
    # user data holds only the doc-level attributes at this point; they are set again
    doc = Doc.from_docs(parts, ensure_whitespace=False, exclude=["user_data"])
    assert doc.text == text, "joined parts must give back the article text"
    doc._.doc_id, doc._.dct, doc._.meta = article.doc_id, article.dct, article.meta
    doc._.dct_source = article.dct_source
    redo = [(n, p) for n, p in head if n == "trimmed_sentences"]  # sentences of the whole
    return _run_components(nlp, [doc], timings, [*redo, *tail])[0]


def annotate(nlp: Language, articles: Sequence[Article], timings: dict[str, float],
             part_chars: int = PART_CHARS) -> list[Doc | BaseException]:
    """Docs for the articles (or the exception that stopped each one), in order;
    articles longer than ``part_chars`` go through :func:`annotate_long`."""
    limit = min(part_chars, nlp.max_length)
    results: list[Doc | BaseException | None] = [None] * len(articles)
    short = [i for i, a in enumerate(articles) if len(a.text) <= limit]
    for i, article in enumerate(articles):
        if len(article.text) > limit:
            try:
                results[i] = annotate_long(nlp, article, timings, limit)
            except Exception as exc:  # reported per article, never stops the chunk
                results[i] = exc
    try:
        start = time.perf_counter()
        docs = [_new_doc(nlp, articles[i]) for i in short]
        timings["tokenizer"] = timings.get("tokenizer", 0.0) + time.perf_counter() - start
        for i, doc in zip(short, _run_components(nlp, docs, timings), strict=True):
            results[i] = doc
    except Exception:
        # one article broke the batch: redo them one by one so that only it is lost
        for i in short:
            try:
                start = time.perf_counter()
                doc = _new_doc(nlp, articles[i])
                timings["tokenizer"] = timings.get("tokenizer", 0.0) + time.perf_counter() - start
                results[i] = _run_components(nlp, [doc], timings)[0]
            except Exception as exc:
                results[i] = exc
    return results  # type: ignore[return-value]
