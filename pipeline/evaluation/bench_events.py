"""Event-type benchmark on PLOVER's gold-standard sentences (``plover_gsr_dev.jsonl``).

Each line holds one sentence and its ``expected`` events (``code`` = PLOVER type;
``optional: true`` marks one the annotation guide allows but does not demand).
Scoring is per sentence and type, since the benchmark marks no trigger offsets: a
predicted type counts as correct when the sentence expects that type; an expected
type nobody predicted is a miss.  The confusion table shows, for each expected type,
what the sentence received instead (``NONE`` when nothing fired), which is where
rule gaps and rule collisions show.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from spacy.language import Language

from . import bench_event_args as args_bench
from . import bench_event_spans as spans_bench


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
            "tp": tp, "fp": fp, "fn": fn}


def bench_plover(path: str | Path, nlp: Language) -> dict[str, Any]:
    """Micro P/R/F1 over (sentence, type), per-type figures, a confusion table and how
    often each rule fired."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    confusion: dict[str, Counter[str]] = defaultdict(Counter)
    rules: Counter[str] = Counter()
    arg_counts: Counter[str] = Counter()
    span_counts: Counter[str] = Counter()
    span_errors: list[dict[str, Any]] = []
    errors: list[dict[str, Any]] = []
    n = 0
    with open(path, encoding="utf-8") as fh:
        lines = [json.loads(line) for line in fh if line.strip()]
    for item in lines:
        n += 1
        doc = nlp(item["text"])
        rules.update(f'{e["type"]}|{e.get("rule")}' for e in doc._.events or [])
        predicted = {e["type"] for e in doc._.events or []}
        expected = {e["code"] for e in item.get("expected", []) if not e.get("optional")}
        # a type the text only allows (every expected event of it optional) counts neither way
        predicted -= {e["code"] for e in item.get("expected", []) if e.get("optional")} - expected
        if predicted != expected:
            errors.append({"id": item.get("id"), "missed": sorted(expected - predicted),
                           "extra": sorted(predicted - expected)})
        if args_bench.has_arguments(item.get("expected", [])):
            arg_counts["items"] += 1
            args_bench.score_item(str(item.get("id")), list(doc._.events or []),
                                  item["expected"], arg_counts, errors)
        if spans_bench.has_triggers(item.get("expected", [])):
            span_counts["items"] += 1
            spans_bench.score_item(item, doc, span_counts, span_errors)
        for t in predicted & expected:
            counts[t]["tp"] += 1
        for t in predicted - expected:
            counts[t]["fp"] += 1
        for t in expected - predicted:
            counts[t]["fn"] += 1
        for t in expected:
            if t in predicted:
                confusion[t][t] += 1
            else:
                others = sorted(predicted - expected) or ["NONE"]
                for o in others:
                    confusion[t][o] += 1
    tp = sum(c["tp"] for c in counts.values())
    fp = sum(c["fp"] for c in counts.values())
    fn = sum(c["fn"] for c in counts.values())
    return {
        "sentences": n,
        "micro": _prf(tp, fp, fn),
        "per_type": {t: _prf(c["tp"], c["fp"], c["fn"]) for t, c in sorted(counts.items())},
        "confusion": {t: dict(sorted(c.items())) for t, c in sorted(confusion.items())},
        "rules": _by_rule(rules),
        "rules_by_type": _by_type(rules, nlp),
        "arguments": args_bench.summary(arg_counts),
        "events": spans_bench.summary(span_counts),
        "errors": errors,
        "event_errors": span_errors,
    }


def _by_rule(fired: Counter[str]) -> dict[str, int]:
    """Counts per rule id (most first) from "TYPE|rule" keys."""
    out: Counter[str] = Counter()
    for key, count in fired.items():
        out[key.split("|", 1)[1]] += count
    return dict(out.most_common())


def _by_type(fired: Counter[str], nlp: Language) -> dict[str, list[dict[str, Any]]]:
    """Per event type (as output, after conversions), the rules that fired and the word
    classes they test: which part of the lexicon a type's hits and false alarms use."""
    classes: dict[str, tuple[str, ...]] = {}
    if "events" in nlp.pipe_names:
        ruleset = getattr(nlp.get_pipe("events"), "ruleset", None)
        classes = {r.id: r.classes for r in getattr(ruleset, "rules", [])}
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for key, count in sorted(fired.items(), key=lambda kv: (kv[0].split("|")[0], -kv[1], kv[0])):
        etype, rule = key.split("|", 1)
        out[etype].append({"rule": rule, "count": count, "classes": list(classes.get(rule, ()))})
    return dict(out)


def bench_corpus(articles: str | Path, gold_dir: str | Path, nlp: Language) -> dict[str, Any]:
    """The same report on annotated articles (``corpus/articles`` + ``corpus/gold``).

    Events are matched as ``evaluate`` matches them (same gold sentence and type,
    overlapping trigger first); optional gold events count neither way.  The confusion
    table lists, for each missed gold event, the types predicted in its sentence.
    """
    from ..batch.readers import iter_articles
    from ..batch.run import process
    from .scoring.events import match_events
    from .scoring.matching import SentenceLocator

    counts: dict[str, Counter[str]] = defaultdict(Counter)
    confusion: dict[str, Counter[str]] = defaultdict(Counter)
    rules: Counter[str] = Counter()
    n = 0
    for article in iter_articles([str(articles)], None, []):
        gold_path = Path(gold_dir) / f"{article.doc_id}.json"
        if not gold_path.exists():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = process(nlp, article)
        n += 1
        events = list(doc._.events or [])
        rules.update(f'{e["type"]}|{e.get("rule")}' for e in events)
        sents = [{"start": s.start_char, "end": s.end_char} for s in doc.sents]
        locator = SentenceLocator(gold.get("sentences") or [])
        pairs = match_events({"events": events, "sentences": sents}, gold, locator)
        golds = gold.get("events") or []
        matched_p, matched_g = {p for p, _ in pairs}, {g for _, g in pairs}
        for _, gi in pairs:
            if not golds[gi].get("optional"):
                counts[golds[gi]["type"]]["tp"] += 1
                confusion[golds[gi]["type"]][golds[gi]["type"]] += 1
        for pi, ev in enumerate(events):
            if pi not in matched_p:
                counts[ev["type"]]["fp"] += 1
        for gi, ev in enumerate(golds):
            if gi in matched_g or ev.get("optional"):
                continue
            counts[ev["type"]]["fn"] += 1
            near = sorted({p["type"] for p in events if p.get("sentence") == ev.get("sentence")}
                          - {ev["type"]}) or ["NONE"]
            for other in near:
                confusion[ev["type"]][other] += 1
    tp = sum(c["tp"] for c in counts.values())
    fp = sum(c["fp"] for c in counts.values())
    fn = sum(c["fn"] for c in counts.values())
    return {
        "sentences": n,
        "unit": "articles",
        "micro": _prf(tp, fp, fn),
        "per_type": {t: _prf(c["tp"], c["fp"], c["fn"]) for t, c in sorted(counts.items())},
        "confusion": {t: dict(sorted(c.items())) for t, c in sorted(confusion.items())},
        "rules": _by_rule(rules),
        "rules_by_type": _by_type(rules, nlp),
    }


def format_report(result: dict[str, Any], top_rules: int = 15,
                  errors: int | None = None) -> str:
    """Plain-text table of :func:`bench_plover` output; with ``errors`` (0 = all), the
    texts whose types or arguments differ from the expected ones."""
    m = result["micro"]
    lines = [
        f"{'PLOVER' if result.get('unit', 'sentences') == 'sentences' else 'corpus events'} "
        f"bench: {result['sentences']} {result.get('unit', 'sentences')}  "
        f"P={m['precision']:.3f} "
        f"R={m['recall']:.3f} F1={m['f1']:.3f}",
        f"{'type':10s} {'P':>6s} {'R':>6s} {'F1':>6s} {'tp':>4s} {'fp':>4s} {'fn':>4s}",
    ]
    for t, s in result["per_type"].items():
        lines.append(f"{t:10s} {s['precision']:6.2f} {s['recall']:6.2f} {s['f1']:6.2f} "
                     f"{s['tp']:4d} {s['fp']:4d} {s['fn']:4d}")
    if result.get("arguments"):
        lines.extend(args_bench.format_arguments(result["arguments"]))
    if result.get("events"):
        lines.extend(spans_bench.format_summary(result["events"]))
    lines.append("confusion (expected -> predicted):")
    for t, row in result["confusion"].items():
        lines.append(f"  {t:10s} " + ", ".join(f"{k}:{v}" for k, v in row.items()))
    fired = result.get("rules", {})
    lines.append(f"rules fired ({sum(fired.values())} events, {len(fired)} rules), most first:")
    lines.extend(f"  {rule:32s} {count:4d}" for rule, count in list(fired.items())[:top_rules])
    by_type = result.get("rules_by_type", {})
    if by_type:
        lines.append("rules and word classes per type:")
    for etype, items in by_type.items():
        lines.append(f"  {etype:10s} " + ", ".join(
            f"{i['rule']} {i['count']}" + (f" [@{' @'.join(i['classes'])}]" if i["classes"] else "")
            for i in items))
    if errors is not None:
        lines.append("errors (types missed/extra; arguments expected vs predicted):")
        lines.extend(_format_errors(result.get("errors") or [], errors or None))
        if result.get("event_errors"):
            lines.append("events by trigger, missed/extra/arguments:")
            lines.extend(spans_bench.format_errors(result["event_errors"], errors or None))
    return "\n".join(lines)


def _format_errors(errors: list[dict[str, Any]], limit: int | None) -> list[str]:
    """Type errors first, then argument errors, each cut at ``limit``."""
    types = [f"  {e['id']} types: missed {','.join(e['missed']) or '-'}; "
             f"extra {','.join(e['extra']) or '-'}" for e in errors if "missed" in e]
    arguments = [e for e in errors if "missed" not in e]
    return types[:limit] + args_bench.format_errors(arguments, limit)
