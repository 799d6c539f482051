"""`bench events --dropped`: triggers that fired but gave no event, and events left
with a side gold fills, counted by reason.  Sentences written for these tests."""

from __future__ import annotations

import json

from pipeline.evaluation.bench_dropped import format_losses, losses_sentences


def test_trace_is_off_unless_asked(nlp):
    doc = nlp("Officials sat down for negotiations on Monday.")
    assert "events_dropped" not in doc.user_data


def test_losses_counted_by_reason(nlp, tmp_path):
    items = [
        # the parties cannot be told: the stage drops the meeting, and says why
        {"id": "a", "text": "Officials sat down for negotiations on Monday.",
         "expected": [{"code": "CONSULT", "source": [{"code": "FRA", "text": "x"}],
                       "target": []}]},
        # a type no trigger fires for
        {"id": "b", "text": "The weather was mild in Paris.",
         "expected": [{"code": "AID", "source": [{"code": "FRA", "text": "x"}],
                       "target": []}]},
    ]
    path = tmp_path / "items.jsonl"
    path.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
    try:
        counts, lines = losses_sentences(path, nlp)
    finally:
        nlp.get_pipe("events").trace = False
    assert counts["dropped: no participant"] == 1
    assert counts["not found"] == 1
    report = format_losses(counts, lines, 0)
    assert "a CONSULT [dropped: no participant]" in report
