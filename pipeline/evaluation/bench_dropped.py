"""Expected events lost after a trigger fired: ``bench events --dropped``.

A trigger can fire and still give no event (a later test drops it: a condition, a
description, an act absorbed by another, no participant the coder can name), or give
an event with a side left empty although the text names it.  This report counts the
expected events each way goes with, so that work on arguments goes where the losses are:

- ``dropped: REASON``: no predicted event of the expected type, but a trigger of that
  type fired in the text (the sentence, on articles) and the stage dropped it;
- ``kept: no actor`` / ``kept: no recipient`` / ``kept: no sides``: a predicted event of
  the type, paired as the benchmarks pair them, with a side empty that gold fills;
- ``not found``: no trigger of the type fired at all (a coverage question, not this one).

On a folder of articles only the development documents are read (``corpus/SPLIT.md``):
the validation part is scored by numbers only.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from . import bench_event_args as args_bench
from .split import VALIDATION, assign_parts, default_split_file, read_validation_ids

Record = dict[str, Any]


def _traced(nlp: Language) -> None:
    """Ask the events stage to note the triggers it drops."""
    nlp.get_pipe("events").trace = True


def _dropped(doc: Doc) -> list[Record]:
    return list(doc.user_data.get("events_dropped") or [])


def _side_loss(pred: Record, gold: Record) -> str | None:
    """Which side gold fills and the prediction leaves empty, if any."""
    no_actor = bool(gold.get("actors")) and not pred.get("actors")
    no_recipient = bool(gold.get("recipients")) and not pred.get("recipients")
    if no_actor and no_recipient:
        return "kept: no sides"
    if no_actor:
        return "kept: no actor"
    return "kept: no recipient" if no_recipient else None


def _sides(event: Record, label: str = "predicted") -> str:
    return (f"{label} {','.join(sorted(event.get('actors') or [])) or '-'} -> "
            f"{','.join(sorted(event.get('recipients') or [])) or '-'}")


def _line(where: str, reason: str, gold: Record, detail: str) -> str:
    return f"  {where} {gold.get('type')} [{reason}] {_sides(gold, 'expected')}; {detail}"


def losses_sentences(path: str | Path, nlp: Language) -> tuple[Counter[str], list[str]]:
    """Counts by reason and one line per loss, on a PLOVER-format JSONL benchmark."""
    _traced(nlp)
    counts: Counter[str] = Counter()
    lines: list[str] = []
    with open(path, encoding="utf-8") as fh:
        items = [json.loads(line) for line in fh if line.strip()]
    for item in items:
        doc = nlp(item["text"])
        preds = list(doc._.events or [])
        required = [e for e in item.get("expected", []) if not e.get("optional")]
        golds = [args_bench.as_gold(e) for e in required]
        paired = dict((g, p) for p, g in args_bench.pair_by_type(preds, golds))
        for gi, gold in enumerate(golds):
            if gi in paired:
                pred = preds[paired[gi]]
                reason = _side_loss(pred, gold)
                detail = f"{_sides(pred)} ({pred['trigger']['text']})"
            else:
                drops = [d for d in _dropped(doc) if d["type"] == gold["type"]]
                reason = f"dropped: {drops[0]['reason']}" if drops else "not found"
                detail = f"{drops[0]['text']} ({drops[0]['rule']})" if drops else ""
            if reason is not None:
                counts[reason] += 1
                lines.append(_line(str(item.get("id")), reason, gold, detail))
    return counts, lines


def losses_articles(articles: str | Path, gold_dir: str | Path,
                    nlp: Language) -> tuple[Counter[str], list[str]]:
    """The same on the development articles of an annotated corpus; events are paired as
    ``evaluate`` pairs them.  A missed gold event goes with a dropped trigger that overlaps
    its own, else with one of its type in its sentence."""
    from ..batch.readers import iter_articles
    from ..batch.run import process
    from .scoring.events import match_events
    from .scoring.matching import SentenceLocator

    _traced(nlp)
    split = default_split_file(Path(gold_dir))
    held = set(read_validation_ids(split)) if split is not None else set()
    counts: Counter[str] = Counter()
    lines: list[str] = []
    for article in iter_articles([str(articles)], None, []):
        gold_path = Path(gold_dir) / f"{article.doc_id}.json"
        if not gold_path.exists() or assign_parts([article.doc_id], held)[
                article.doc_id] == VALIDATION:
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = process(nlp, article)
        events = list(doc._.events or [])
        sents = [{"start": s.start_char, "end": s.end_char} for s in doc.sents]
        locator = SentenceLocator(gold.get("sentences") or [])
        pairs = {g: p for p, g in match_events({"events": events, "sentences": sents},
                                               gold, locator)}
        for gi, ev in enumerate(gold.get("events") or []):
            if ev.get("optional"):
                continue
            where = f"{article.doc_id}@{ev['trigger']['start']}"
            if gi in pairs:
                pred = events[pairs[gi]]
                reason = _side_loss(pred, ev)
                detail = f"{ev['trigger']['text']}: {_sides(pred)}"
            else:
                start, end = ev["trigger"]["start"], ev["trigger"]["end"]
                drops = [d for d in _dropped(doc) if d["start"] < end and start < d["end"]]
                drops = drops or [d for d in _dropped(doc) if d["type"] == ev["type"]
                                  and locator.index(d["start"]) == ev.get("sentence")]
                reason = f"dropped: {drops[0]['reason']}" if drops else "not found"
                detail = (f"{ev['trigger']['text']}: " + (
                    f"{drops[0]['text']} {drops[0]['type']} ({drops[0]['rule']})"
                    if drops else ""))
            if reason is not None:
                counts[reason] += 1
                lines.append(_line(where, reason, ev, detail))
    return counts, lines


def format_losses(counts: Counter[str], lines: list[str], limit: int | None) -> str:
    """Counts by reason (most first), then the losses themselves (``limit`` of them;
    None: none, 0: all)."""
    out = ["expected events lost after a trigger fired (by reason):"]
    out += [f"  {reason:28s} {n:4d}" for reason, n in counts.most_common()]
    if limit is not None:
        out += lines[:limit or None]
    return "\n".join(out)
