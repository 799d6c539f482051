"""Read stance probes written as JSONL (``shared/benchmarks/stance/probes.jsonl`` format).

A probe record gives its spans as strings, the way an annotator writes them by hand::

    {"id", "dct", "text", "sentences": [first words of each sentence, ...],
     "claims": [{"id", "speaker", "speaker_actor", "resolved", "cue", "content", "kind",
                 "target", "optional", "nth": {"cue": 2}?}, ...],
     "pairs": [[claim_id, denial_id], ...]}

This module turns each record into the article to process and the gold record that
``evaluate`` scores, so a JSONL file and the ``articles/`` + ``gold/`` folders give the
same figures.  Offsets are found, not guessed: ``nth`` names which occurrence in the
text a string is (1 = first); without it a string is the first whole-word occurrence
after the previous span of the same record where order matters (the previous sentence;
the same claim's speaker, then cue, then content — each claim searches from the start,
since one claim may sit inside another's content), else its first occurrence.  A string
absent from the text is an error naming the file, line and string: gold that cannot be
placed would score nonsense.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from ..batch.readers import Article
from .gold_lines import gold_lines

CLAIM_SPANS = ("speaker", "cue", "content")

GoldBuilder = Callable[[dict[str, Any], str], dict[str, Any]]
"""(probe record, ``FILE:LINE``) -> gold record in the ``corpus/gold`` layout."""


class ProbeError(ValueError):
    """A probe record that cannot be turned into gold (names file, line and why)."""


def _occurrences(text: str, needle: str, whole: bool = True) -> list[int]:
    """Offsets of ``needle`` as whole words ('he' is not found inside 'the'); a
    sentence's first words may stop inside a word (``whole=False``)."""
    left = r"\b" if needle[:1].isalnum() else ""
    right = r"\b" if whole and needle[-1:].isalnum() else ""
    return [m.start() for m in re.finditer(left + re.escape(needle) + right, text)]


def find_offset(text: str, needle: str, after: int, nth: int | None, where: str,
          whole: bool = True) -> int:
    """Offset of ``needle``: its ``nth`` occurrence, else the first at or after ``after``,
    else the first anywhere."""
    found = _occurrences(text, needle, whole) if needle else []
    at = -1
    if nth is not None:
        at = found[nth - 1] if 0 < nth <= len(found) else -1
    elif found:
        at = next((o for o in found if o >= after), found[0])
    if at < 0:
        which = f" (occurrence {nth})" if nth is not None else ""
        raise ProbeError(f"{where}: string {needle!r}{which} is not in the text")
    return at


def sentence_spans(text: str, starts: list[str], where: str) -> list[dict[str, int]]:
    """Sentence spans from their first words: each ends where the next begins, without
    the white space between them; the last ends at the end of the text."""
    offsets: list[int] = []
    for words in starts:
        offsets.append(find_offset(text, words, offsets[-1] + 1 if offsets else 0, None,
                             f"{where}: sentence", whole=False))
    spans = []
    for i, start in enumerate(offsets):
        end = offsets[i + 1] if i + 1 < len(offsets) else len(text)
        spans.append({"start": start, "end": len(text[:end].rstrip())})
    return spans


def _sentence_of(spans: list[dict[str, int]], offset: int) -> int:
    """Index of the sentence holding ``offset`` (the last one starting at or before it)."""
    index = 0
    for i, span in enumerate(spans):
        if span["start"] <= offset:
            index = i
    return index


def _claim(text: str, claim: dict[str, Any], sentences: list[dict[str, int]],
           where: str) -> dict[str, Any]:
    """One gold claim; each span is searched after the claim's previous one (claims may
    nest, so a claim's search does not start after another claim)."""
    nth = claim.get("nth") or {}
    after = 0
    spans: dict[str, dict[str, Any] | None] = {}
    for field in CLAIM_SPANS:
        value = claim.get(field)
        if value is None:
            spans[field] = None
            continue
        start = find_offset(text, value, after, nth.get(field),
                      f"{where}: claim {claim.get('id')} {field}")
        spans[field] = {"start": start, "end": start + len(value), "text": value}
        after = start + len(value)
    speaker = spans["speaker"]
    resolved_speaker = None
    if speaker is not None:
        speaker.update(actor=claim.get("speaker_actor"), resolved=claim.get("resolved"))
    else:
        resolved_speaker = {"resolved": claim.get("resolved"),
                            "actor": claim.get("speaker_actor")}
    anchor = next(s["start"] for s in (spans["cue"], spans["content"], speaker) if s)
    return {
        "id": claim["id"], "sentence": _sentence_of(sentences, anchor), "kind": claim["kind"],
        "speaker": speaker, "resolved_speaker": resolved_speaker, "cue": spans["cue"],
        "content": spans["content"], "target": claim.get("target"),
        "optional": bool(claim.get("optional")),
    }


def empty_gold(record: dict[str, Any], sentences: list[dict[str, int]]) -> dict[str, Any]:
    """A gold record (``corpus/gold`` layout) with the probe's sentences and no other
    layer filled: each benchmark fills the layers it scores."""
    text = record["text"]
    return {
        "doc_id": record["id"], "dct": record.get("dct"),
        "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "sentences": sentences, "entities": [], "timexes": [], "events": [],
        "claims": [], "pairs": [],
    }


def probe_gold(record: dict[str, Any], where: str) -> dict[str, Any]:
    """The gold record (``corpus/gold`` layout) of one stance probe."""
    text = record["text"]
    sentences = sentence_spans(text, record.get("sentences") or [], where)
    claims = []
    for claim in record.get("claims") or []:
        if not any(claim.get(f) for f in CLAIM_SPANS):
            raise ProbeError(f"{where}: claim {claim.get('id')} has no span")
        claims.append(_claim(text, claim, sentences, where))
    ids = {c["id"] for c in claims}
    pairs = []
    for pair in record.get("pairs") or []:
        if len(pair) != 2 or not set(pair) <= ids:
            raise ProbeError(f"{where}: pair {pair!r} does not name two claims of the record")
        pairs.append({"claim": pair[0], "denial": pair[1], "optional": False})
    return {**empty_gold(record, sentences), "claims": claims, "pairs": pairs}


def iter_probes(path: Path, gold_of: GoldBuilder | None = None,
                ) -> Iterator[tuple[Article, dict[str, Any]]]:
    """Each probe of a JSONL file as (article to process, gold record); ``gold_of`` turns
    a record into gold (default :func:`probe_gold`, the stance layers), so every probe
    benchmark shares one reader, one string placement and one error format."""
    for where, record in gold_lines(path, ProbeError):
        if not isinstance(record, dict) or not isinstance(record.get("text"), str) \
                or not record.get("id"):
            raise ProbeError(f"{where}: a probe needs a string 'text' and an 'id'")
        gold = (gold_of or probe_gold)(record, where)
        dct = record.get("dct")
        article = Article(str(record["id"]), record["text"], {"published": dct}, dct,
                          where, "meta" if dct else "none")
        yield article, gold
