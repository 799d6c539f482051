"""Custom attributes that carry each layer on spaCy's ``Doc`` and ``Span``.

Every stage writes plain JSON-ready values (dicts, lists, strings) so that a
``Doc`` can be serialised with ``Doc.to_bytes`` and moved between processes
(``nlp.pipe(n_process=...)``) without losing a layer.

Layer locations:

- ``doc._.doc_id``, ``doc._.dct`` (``YYYY-MM-DD`` or ``None``), ``doc._.dct_source``
  (where the DCT came from: ``meta``, ``dateline``, ``option`` or ``none``), ``doc._.meta``
- sentences: ``doc.spans["sentences"]`` (trimmed of surrounding whitespace)
- entities: ``doc.ents``; each span's ``span._.actor`` is ``{"code", "sector"}`` or ``None``
- timexes: ``doc.spans["timexes"]``; each span's ``span._.timex`` is
  ``{"type", "value", "mod", ...}``
- events, claims, pairs: ``doc._.events`` / ``doc._.claims`` / ``doc._.pairs``,
  lists of records shaped as in :mod:`pipeline.schema`
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

SENTENCES = "sentences"
TIMEXES = "timexes"

_DOC_ATTRS = ("doc_id", "dct", "dct_source", "meta", "events", "claims", "pairs")
_SPAN_ATTRS = ("actor", "timex")


def register() -> None:
    """Register the extensions once; safe to call repeatedly."""
    for name in _DOC_ATTRS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    for name in _SPAN_ATTRS:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)


register()

_TEXT_KEY = "pipeline.text"


def remember_text(doc: Doc, text: str) -> None:
    """Record the text a Doc was made from, so that :func:`doc_text` never has to rebuild
    it: the tokenizer keeps every character, so the two are the same string."""
    doc.user_data[_TEXT_KEY] = text


def doc_text(doc: Doc) -> str:
    """``doc.text``, read once per document.

    spaCy rebuilds ``Doc.text`` from every token on each access (a tenth of a
    millisecond on a news article), and the claim steps ask for it dozens of times.
    Stages only merge tokens, which never changes the text, so the first reading
    stays true for the rest of the pipeline.
    """
    cached = doc.user_data.get(_TEXT_KEY)
    length = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    if cached is None or len(cached) != length:  # a guard, not a full check: cheap
        cached = doc.text
        doc.user_data[_TEXT_KEY] = cached
    return cached
