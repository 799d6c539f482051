"""The record schema: what one article's output looks like, and how it flattens to CSV.

This module is the single owner of field names (``../shared/spec/RECORDS.md`` is the
contract).  Stages build records with the helpers here; writers and the evaluator
read them through the same names.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, TypedDict

from spacy.tokens import Doc, Span

from . import extensions as ext

LAYERS = ("sentences", "entities", "timexes", "events", "claims", "pairs")

ENTITY_LABELS = frozenset(
    "PERSON NORP FAC ORG GPE LOC EVENT PRODUCT LAW WORK_OF_ART LANGUAGE".split()
)
TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")
PLOVER_TYPES = (
    "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT "
    "THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT"
).split()
CLAIM_KINDS = ("report", "statement", "claim", "accusation", "denial")
POLARITIES = ("positive", "negative")
MODALITIES = ("asserted", "hypothetical", "reported", "future")


class SpanRef(TypedDict):
    start: int
    end: int
    text: str


class Actor(TypedDict):
    code: str
    sector: str | None


class SentenceRecord(TypedDict):
    start: int
    end: int


class EntityRecord(TypedDict):
    id: str
    start: int
    end: int
    text: str
    label: str
    actor: Actor | None


class TimexRecord(TypedDict, total=False):
    id: str
    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None
    resolved: bool
    rule: str
    interval: str  # "2010/2023" on both ends of "between 2010 and 2023" (only when one)
    freq: str  # SET frequency, "2X" for "twice a week" (only when said)


class EventRecord(TypedDict, total=False):
    id: str
    sentence: int
    trigger: SpanRef
    type: str
    mode: str | None
    context: list[str]
    actors: list[str]
    recipients: list[str]
    date: str | None
    location: str | None
    polarity: str
    modality: str
    cameo: str | None
    rule: str


class SpeakerRef(TypedDict, total=False):
    start: int
    end: int
    text: str
    actor: str | None
    resolved: str | None


class ClaimRecord(TypedDict, total=False):
    id: str
    sentence: int
    kind: str
    speaker: SpeakerRef | None
    resolved_speaker: dict[str, Any] | None
    cue: SpanRef | None
    content: SpanRef | None
    target: str | None
    events: list[str]
    rule: str


class PairRecord(TypedDict, total=False):
    claim: str
    denial: str
    score: float
    evidence: list[str]


class CrossPairRecord(TypedDict, total=False):
    """A denial in one article matched to a claim in another article of the same run."""

    claim_doc_id: str
    claim_id: str
    claim_dct: str | None
    claim_kind: str
    claim_speaker: str | None
    claim_speaker_actor: str | None
    claim_target: str | None
    claim_text: str
    denial_doc_id: str
    denial_id: str
    denial_dct: str | None
    denial_speaker: str | None
    denial_speaker_actor: str | None
    denial_text: str
    score: float
    evidence: list[str]


def span_ref(span: Span) -> SpanRef:
    """A span as ``{start, end, text}`` in character offsets of the article text."""
    return {"start": span.start_char, "end": span.end_char, "text": span.text}


def char_span_ref(text: str, start: int, end: int) -> SpanRef:
    """A span given by character offsets; the text is sliced, so the invariant holds."""
    return {"start": start, "end": end, "text": text[start:end]}


def sentence_index(doc: Doc, char: int) -> int:
    """Index into ``doc.spans["sentences"]`` of the sentence containing ``char``."""
    sents = doc.spans[ext.SENTENCES]
    # binary search (sentences are in text order): a linear scan per lookup made
    # document-level passes quadratic on long articles
    lo, hi = 0, len(sents)
    while lo < hi:
        mid = (lo + hi) // 2
        if char < sents[mid].end_char:
            hi = mid
        else:
            lo = mid + 1
    return lo if lo < len(sents) else max(len(sents) - 1, 0)


def entity_records(doc: Doc) -> list[EntityRecord]:
    """Named entities with OntoNotes name labels (numbers and dates are not entities)."""
    out: list[EntityRecord] = []
    for ent in doc.ents:
        if ent.label_ not in ENTITY_LABELS:
            continue
        out.append(
            {
                "id": f"n{len(out) + 1}",
                "start": ent.start_char,
                "end": ent.end_char,
                "text": ent.text,
                "label": ent.label_,
                "actor": ent._.actor,
            }
        )
    return out


def timex_records(doc: Doc) -> list[TimexRecord]:
    out: list[TimexRecord] = []
    for span in doc.spans.get(ext.TIMEXES, []):
        info = dict(span._.timex or {})
        rec: TimexRecord = {"id": f"t{len(out) + 1}", **span_ref(span)}  # type: ignore[typeddict-item]
        rec["type"] = info.pop("type", "DATE")
        rec["value"] = info.pop("value", None)
        rec["mod"] = info.pop("mod", None)
        rec.update(info)  # type: ignore[typeddict-item]
        out.append(rec)
    return out


def document_record(doc: Doc) -> dict[str, Any]:
    """The JSONL object for one processed article."""
    return {
        "doc_id": doc._.doc_id,
        "dct": doc._.dct,
        "dct_source": doc._.dct_source or ("none" if doc._.dct is None else "option"),
        "meta": doc._.meta or {},
        "text": ext.doc_text(doc),  # spaCy rebuilds ``doc.text`` from every token
        "sentences": [
            {"start": s.start_char, "end": s.end_char} for s in doc.spans.get(ext.SENTENCES, [])
        ],
        "entities": entity_records(doc),
        "timexes": timex_records(doc),
        "events": list(doc._.events or []),
        "claims": list(doc._.claims or []),
        "pairs": list(doc._.pairs or []),
    }


# ---------------------------------------------------------------- CSV flattening

LIST_SEPARATOR = ";"


def record_spans(record: dict[str, Any]) -> Iterator[tuple[int, int, str]]:
    """Every ``(start, end, text)`` span of a document record, whatever the layer: what
    ``text[start:end] == span text`` is checked on (by the tests, and by anyone who
    wants to validate records written elsewhere)."""
    for layer in ("entities", "timexes"):  # sentence records carry offsets only
        for item in record.get(layer) or []:
            yield item["start"], item["end"], item["text"]
    for event in record.get("events") or []:
        yield event["trigger"]["start"], event["trigger"]["end"], event["trigger"]["text"]
    for claim in record.get("claims") or []:
        for key in ("speaker", "cue", "content"):
            span = claim.get(key)
            if span:
                yield span["start"], span["end"], span["text"]


def _flatten(prefix: str, value: Any, row: dict[str, Any], join_lists: bool) -> None:
    if isinstance(value, dict):
        for key, sub in value.items():
            _flatten(f"{prefix}_{key}" if prefix else key, sub, row, join_lists)
    elif isinstance(value, (list, tuple)):
        items = [v if isinstance(v, str) else str(v) for v in value]
        row[prefix] = LIST_SEPARATOR.join(items) if join_lists else items
    else:
        row[prefix] = value


def flatten_record(doc_id: str, record: dict[str, Any], join_lists: bool = True
                   ) -> dict[str, Any]:
    """One table row: nested spans become ``*_start``, ``*_end``, ``*_text``; lists join
    on ``;`` for CSV, or stay lists of strings (``join_lists=False``) for Parquet."""
    row: dict[str, Any] = {"doc_id": doc_id}
    _flatten("", record, row, join_lists)
    return row


CSV_COLUMNS: dict[str, list[str]] = {
    "sentences": ["doc_id", "id", "start", "end", "text"],
    "entities": ["doc_id", "id", "start", "end", "text", "label", "actor_code", "actor_sector"],
    "timexes": ["doc_id", "id", "start", "end", "text", "type", "value", "mod"],
    "events": [
        "doc_id", "id", "sentence", "trigger_start", "trigger_end", "trigger_text", "type",
        "mode", "context", "actors", "recipients", "date", "location", "polarity",
        "modality", "cameo", "rule",
    ],
    "claims": [
        "doc_id", "id", "sentence", "kind", "speaker_start", "speaker_end", "speaker_text",
        "speaker_actor", "speaker_resolved", "resolved_speaker_resolved",
        "resolved_speaker_actor", "cue_start", "cue_end", "cue_text",
        "content_start", "content_end", "content_text", "target", "events", "rule",
    ],
    "pairs": ["doc_id", "claim", "denial", "score", "evidence"],
}

CROSS_PAIRS = "cross_pairs"
"""Corpus-level table (``cross_pairs.csv`` / ``.jsonl``): denials paired with claims of
other articles of the same run; not a per-document layer."""

CROSS_PAIR_COLUMNS: list[str] = [
    "claim_doc_id", "claim_id", "claim_dct", "claim_kind", "claim_speaker",
    "claim_speaker_actor", "claim_target", "claim_text", "denial_doc_id", "denial_id",
    "denial_dct", "denial_speaker", "denial_speaker_actor", "denial_text", "score", "evidence",
]


def layer_rows(record: dict[str, Any], layer: str, join_lists: bool = True
               ) -> Iterable[dict[str, Any]]:
    """Flattened table rows of one layer of one document record."""
    text = record["text"]
    for i, item in enumerate(record.get(layer) or []):
        if layer == "sentences":
            item = {"id": f"s{i}", **item, "text": text[item["start"]:item["end"]]}
        yield flatten_record(record["doc_id"], item, join_lists)


LAYER_RECORDS: dict[str, type] = {
    "sentences": SentenceRecord, "entities": EntityRecord, "timexes": TimexRecord,
    "events": EventRecord, "claims": ClaimRecord, "pairs": PairRecord,
}
"""The record type of each layer: the column types of the tables are derived from these
annotations (:mod:`pipeline.table_schema`)."""

DOCUMENT_COLUMNS: list[str] = [
    "doc_id", "dct", "title", "source", "url", "chars", *(f"n_{layer}" for layer in LAYERS),
]
"""The ``documents`` table: one row per article, its metadata and records per layer."""


def document_row(record: dict[str, Any]) -> dict[str, Any]:
    """The ``documents`` table row of one article (no text: the layers carry spans)."""
    meta = record.get("meta") or {}
    row = {"doc_id": record["doc_id"], "dct": record.get("dct"), "title": meta.get("title"),
           "source": meta.get("source"), "url": meta.get("url"),
           "chars": len(record.get("text") or "")}
    row.update({f"n_{layer}": len(record.get(layer) or []) for layer in LAYERS})
    return row
