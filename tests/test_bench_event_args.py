"""`bench events` on PLOVER-format items that mark participants: participant P/R/F1 and
direction on type-matched events, beside unchanged type figures."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from pipeline.evaluation import bench_event_args as args_bench
from pipeline.evaluation.bench_events import bench_plover, format_report


def _side(*codes: str) -> list[dict]:
    return [{"code": c, "text": c} for c in codes]


def test_pairs_take_the_event_that_shares_most_codes():
    preds = [{"type": "ASSAULT", "actors": ["ETH"], "recipients": []},
             {"type": "ASSAULT", "actors": ["SDN"], "recipients": ["SSD"]}]
    golds = [{"type": "ASSAULT", "actors": ["SDN"], "recipients": ["SSD"]},
             {"type": "PROTEST", "actors": ["ETH"], "recipients": []}]
    assert args_bench.pair_by_type(preds, golds) == [(1, 0)]


def test_direction_and_participants_counted_on_pairs():
    counts: Counter[str] = Counter()
    errors: list[dict] = []
    expected = [{"code": "ACCUSE", "source": _side("SRB"), "target": _side("XKX")},
                {"code": "COERCE", "source": _side("XKX"), "target": _side("SRB")}]
    preds = [{"type": "ACCUSE", "actors": ["XKX"], "recipients": ["SRB"]},
             {"type": "COERCE", "actors": ["XKX"], "recipients": ["SRB"]},
             {"type": "AID", "actors": ["USA"], "recipients": []}]
    counts["items"] += 1
    args_bench.score_item("k1", preds, expected, counts, errors)
    result = args_bench.summary(counts)
    assert result is not None
    assert result["pairs"] == 2
    assert result["direction"] == 0.5  # the reversed accusation is wrong
    assert result["participant"]["f1"] == 1.0  # same codes, whichever side
    assert [e["type"] for e in errors] == ["ACCUSE"]


def test_no_arguments_without_source_and_target():
    assert not args_bench.has_arguments([{"code": "AID"}])
    assert args_bench.summary(Counter()) is None


def test_bench_prints_arguments_and_keeps_type_figures(nlp, tmp_path: Path):
    path = tmp_path / "mini.jsonl"
    rows = [
        {"id": "a", "text": "Chile sent medical supplies to Bolivia.",
         "expected": [{"code": "AID", "source": _side("CHL"), "target": _side("BOL")}]},
        {"id": "b", "text": "The weather in Oslo was mild.",
         "expected": [{"code": "PROTEST", "source": _side("NOR"), "target": []}]},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    result = bench_plover(path, nlp)
    assert result["per_type"]["AID"]["tp"] == 1
    assert result["per_type"]["PROTEST"]["fn"] == 1
    args = result["arguments"]
    assert args["items"] == 2 and args["pairs"] == 1
    assert args["direction"] == 1.0
    report = format_report(result, errors=0)
    assert "direction=1.000" in report
    assert "b types: missed PROTEST" in report


def test_an_optional_type_is_no_false_alarm_and_no_miss(nlp, tmp_path: Path):
    path = tmp_path / "mini.jsonl"
    row = {"id": "a", "text": "Chile sent medical supplies to Bolivia.",
           "expected": [{"code": "AID", "optional": True, "source": _side("CHL"),
                         "target": _side("BOL")},
                        {"code": "PROTEST", "optional": True, "source": _side("BOL"),
                         "target": []}]}
    path.write_text(json.dumps(row) + "\n")
    result = bench_plover(path, nlp)
    assert result["micro"]["tp"] == result["micro"]["fp"] == result["micro"]["fn"] == 0
    assert result["arguments"]["pairs"] == 1
