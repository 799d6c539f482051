"""Event by event on written articles whose expected events carry trigger offsets.

A PLOVER-format item scores by (text, type): on a one-sentence text that is the event,
but a long article that names ASSAULT ten times scores one hit for one ASSAULT found,
so recall on long reports stays hidden.  When expected events carry a ``trigger``
(``{start, end, text}``, offsets into the item's text), each is matched as ``evaluate``
matches corpus gold: same type, overlapping trigger first, else the same sentence (the
pipeline's sentence holding the expected trigger).  Optional events count neither way
when found or missed; participants and direction are scored on every matched pair.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from spacy.tokens import Doc

from .bench_event_args import as_gold, tally_pair
from .bench_event_args import summary as args_summary
from .scoring.matching import greedy_match

Record = dict[str, Any]


def has_triggers(expected: list[Record]) -> bool:
    """Every expected event of the item carries a trigger span."""
    return bool(expected) and all(isinstance(e.get("trigger"), dict) for e in expected)


def _sentence_of(doc: Doc, offset: int) -> int | None:
    for i, sent in enumerate(doc.sents):
        if sent.start_char <= offset < sent.end_char:
            return i
    return None


def score_item(item: Record, doc: Doc, counts: Counter[str], errors: list[Record]) -> None:
    """Add one article's event counts; note its missed, extra and mis-argued events."""
    preds: list[Record] = list(doc._.events or [])
    expected: list[Record] = item["expected"]
    golds = [as_gold(e) | {"trigger": e["trigger"], "optional": bool(e.get("optional")),
                           "sentence": _sentence_of(doc, int(e["trigger"]["start"]))}
             for e in expected]

    def key(pred: Record, gold: Record) -> tuple[int, int] | None:
        if pred.get("type") != gold["type"]:
            return None
        p, g = pred.get("trigger") or {}, gold["trigger"]
        if p.get("start", -1) < g["end"] and g["start"] < p.get("end", -1):
            return (0, 0)
        if pred.get("sentence") == gold["sentence"]:
            return (1, abs(int(p.get("start", 0)) - int(g["start"])))
        return None

    pairs = greedy_match(preds, golds, key)
    matched_p, matched_g = {p for p, _ in pairs}, {g for _, g in pairs}
    text = item["text"]
    for gi, gold in enumerate(golds):
        if gold["optional"]:
            continue
        if gi in matched_g:
            counts["tp"] += 1
        else:
            counts["fn"] += 1
            errors.append({"id": item.get("id"), "kind": "missed", "type": gold["type"],
                           "trigger": gold["trigger"]["text"],
                           "where": _context(text, int(gold["trigger"]["start"]))})
    for pi, pred in enumerate(preds):
        if pi not in matched_p:
            counts["fp"] += 1
            start = int((pred.get("trigger") or {}).get("start", 0))
            errors.append({"id": item.get("id"), "kind": "extra", "type": pred["type"],
                           "trigger": (pred.get("trigger") or {}).get("text"),
                           "rule": pred.get("rule"), "where": _context(text, start)})
    for pi, gi in pairs:
        pred, gold = preds[pi], golds[gi]
        if not tally_pair(pred, gold, counts):
            errors.append({"id": item.get("id"), "kind": "arguments", "type": gold["type"],
                           "trigger": gold["trigger"]["text"],
                           "expected": [gold["actors"], gold["recipients"]],
                           "predicted": [list(pred.get("actors") or []),
                                         list(pred.get("recipients") or [])],
                           "where": _context(text, int(gold["trigger"]["start"]))})


def _context(text: str, offset: int, width: int = 60) -> str:
    """The words around an offset, on one line."""
    return " ".join(text[max(0, offset - width): offset + width].split())


def summary(counts: Counter[str]) -> dict[str, Any] | None:
    """Event P/R/F1, participant F1 and direction over matched pairs; None when unused."""
    arguments = args_summary(counts)
    if arguments is None:
        return None
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"items": counts["items"], "tp": tp, "fp": fp, "fn": fn,
            "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
            "pairs": arguments["pairs"],
            "participant_f1": arguments["participant"]["f1"],
            "direction": arguments["direction"]}


def format_summary(s: dict[str, Any]) -> list[str]:
    """Report lines for :func:`summary`."""
    return [f"events by trigger ({s['items']} texts): P={s['precision']:.3f} "
            f"R={s['recall']:.3f} F1={s['f1']:.3f} (tp {s['tp']} fp {s['fp']} fn {s['fn']}); "
            f"on {s['pairs']} pairs participant F1={s['participant_f1']:.3f} "
            f"direction={s['direction']:.3f}"]


def format_errors(errors: list[Record], limit: int | None) -> list[str]:
    """Missed, extra and mis-argued events, one a line."""
    lines = []
    for e in errors[:limit] if limit else errors:
        if e["kind"] == "arguments":
            exp, pred = e["expected"], e["predicted"]
            lines.append(f"  {e['id']} args {e['type']} ({e['trigger']}): expected "
                         f"{','.join(sorted(exp[0])) or '-'} -> {','.join(sorted(exp[1])) or '-'}"
                         f"; predicted {','.join(sorted(pred[0])) or '-'} -> "
                         f"{','.join(sorted(pred[1])) or '-'}: ...{e['where']}...")
        else:
            rule = f" [{e['rule']}]" if e.get("rule") else ""
            lines.append(f"  {e['id']} {e['kind']} {e['type']} '{e['trigger']}'{rule}: "
                         f"...{e['where']}...")
    return lines
