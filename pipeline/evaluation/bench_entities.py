"""``python -m pipeline bench entities --data FILE.jsonl``: names and sentence breaks on probes.

The corpus has few articles, so names and sentence breaks are also measured on short
texts written by hand (``tests/data/written_entities_*.jsonl``), one JSON record a line::

    {"id", "dct", "text", "sentences": [first words of each sentence, ...],
     "entities": [{"text", "label", "code", "sector", "nth"?}, ...]}

Spans are strings, the way an annotator writes them: the reader of the stance probes
(:mod:`.probes`) places them, so a string missing from the text names file, line and
string.  Entities are listed left to right; each is the first whole-word occurrence at or
after the end of the previous one (``nth`` = which occurrence in the whole text).  A
``code`` of null means a null actor (seas, persons of no country).  Scoring is
``evaluate``'s own (:func:`.evaluate.score_document`): sentences by exact boundaries,
entities strict and relaxed, actor code and sector on relaxed matches — so the figures
mean what the corpus figures mean.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

from spacy.language import Language

from ..schema import document_record
from .probes import ProbeError, empty_gold, find_offset, sentence_spans
from .scoring.matching import greedy_match, trimmed_span
from .scoring.spans import metrics_entities, metrics_sentences
from .scoring.tally import add_tallies

SCORED = ("sentences", "entities")


def _actor(entity: dict[str, Any]) -> dict[str, Any] | None:
    """``{code, sector}``, or null when the name belongs to no country, bloc or group."""
    code = entity.get("code")
    return None if code is None else {"code": code, "sector": entity.get("sector")}


def entity_gold(record: dict[str, Any], where: str) -> dict[str, Any]:
    """The gold record (``corpus/gold`` layout) of one entity probe."""
    text = record["text"]
    gold = empty_gold(record, sentence_spans(text, record.get("sentences") or [], where))
    after = 0
    for i, entity in enumerate(record.get("entities") or []):
        value, label = entity.get("text"), entity.get("label")
        if not value or not label:
            raise ProbeError(f"{where}: entity {i + 1} needs a 'text' and a 'label'")
        here = f"{where}: entity {i + 1}"
        start = find_offset(text, value, after, entity.get("nth"), here)
        if entity.get("nth") is None and start < after:
            # listed out of order: a silent placement elsewhere would score nonsense
            raise ProbeError(f"{here}: string {value!r} is not in the text after the "
                             "previous entity (list entities left to right, or give nth)")
        after = start + len(value)
        gold["entities"].append({"id": f"e{i + 1}", "start": start, "end": after,
                                 "text": value, "label": label, "actor": _actor(entity)})
    return gold


def _describe(entity: dict[str, Any]) -> str:
    actor = entity.get("actor") or {}
    return (f"{entity['text']!r} {entity.get('label')} "
            f"{actor.get('code')}/{actor.get('sector')}")


def entity_errors(doc_id: str, text: str, pred: dict[str, Any],
                  gold: dict[str, Any]) -> list[str]:
    """Readable differences of one text: sentence starts missed or added, entities found by
    neither side (strict), and actor code or sector disagreements on same-span matches."""
    lines: list[str] = []
    gold_sents = {(s["start"], s["end"]) for s in gold["sentences"]}
    pred_sents = {(s["start"], s["end"]) for s in pred.get("sentences") or []}
    for start, end in sorted(gold_sents - pred_sents):
        lines.append(f"{doc_id}: sentence missed {text[start:end][:60]!r}")
    for start, end in sorted(pred_sents - gold_sents):
        lines.append(f"{doc_id}: sentence predicted {text[start:end][:60]!r}")
    preds, golds = pred.get("entities") or [], gold["entities"]

    pairs = greedy_match(preds, golds, lambda p, g: (0,) if trimmed_span(p) == trimmed_span(g)
                         else None)
    for pi, gi in pairs:
        p, g = preds[pi], golds[gi]
        if p.get("label") != g["label"] or (p.get("actor") or None) != g["actor"]:
            lines.append(f"{doc_id}: coded {_describe(p)}, gold {_describe(g)}")
    for gi in sorted(set(range(len(golds))) - {g for _, g in pairs}):
        lines.append(f"{doc_id}: missed {_describe(golds[gi])}")
    for pi in sorted(set(range(len(preds))) - {p for p, _ in pairs}):
        lines.append(f"{doc_id}: extra {_describe(preds[pi])}")
    return lines


def bench_entities(data: str | Path, nlp: Language,
                   errors: list[str] | None = None) -> dict[str, Any]:
    """Micro figures for sentences and entities over every probe of a JSONL file; with
    ``errors`` (a list), each text's differences are appended to it."""
    from ..batch.run import process
    from .evaluate import score_document
    from .probes import iter_probes

    tallies: dict[str, list[Any]] = defaultdict(list)
    n = 0
    for article, gold in iter_probes(Path(data), entity_gold):
        pred = document_record(process(nlp, article))
        n += 1
        scores = score_document(pred, gold)
        for layer in SCORED:
            tallies[layer].append(scores[layer])
        if errors is not None:
            errors.extend(entity_errors(article.doc_id, article.text, pred, gold))
    empty = score_document({}, {})
    metrics = {"sentences": metrics_sentences, "entities": metrics_entities}
    return {"texts": n, **{layer: metrics[layer](add_tallies([empty[layer], *tallies[layer]]))
                           for layer in SCORED}}


def format_report(result: dict[str, Any], errors: list[str] | None = None,
                  limit: int | None = None) -> str:
    """Plain-text figures, then (when given) up to ``limit`` error lines."""
    s, e = result["sentences"], result["entities"]
    lines = [
        f"entities bench: {result['texts']} texts",
        f"sentences  P={s['precision']:.3f} R={s['recall']:.3f} F1={s['f1']:.3f}",
        f"entities   strict P={e['strict_precision']:.3f} R={e['strict_recall']:.3f} "
        f"F1={e['strict_f1']:.3f}  relaxed F1={e['relaxed_f1']:.3f}  "
        f"actor={e['actor_accuracy']:.3f} sector={e['sector_accuracy']:.3f}",
    ]
    if errors is not None:
        lines.append(f"errors ({len(errors)}):")
        lines.extend(f"  {line}" for line in errors[:limit])
    return "\n".join(lines)
