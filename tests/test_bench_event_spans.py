"""Event-by-event scoring of written articles whose expected events carry triggers."""

import json

from pipeline.evaluation.bench_events import bench_plover, format_report


def _item(text: str, events: list[tuple[str, str, list[str], list[str], bool]]) -> dict:
    expected = []
    for trigger, code, src, tgt, optional in events:
        start = text.index(trigger)
        expected.append({"source": [{"code": c, "text": ""} for c in src],
                         "target": [{"code": c, "text": ""} for c in tgt],
                         "code": code, "mode": None, "context": "military",
                         "trigger": {"text": trigger, "start": start, "end": start + len(trigger)},
                         **({"optional": True} if optional else {})})
    return {"id": "t1", "text": text, "expected": expected}


def test_each_expected_event_counts(tmp_path, nlp):
    # two acts of one type in one text: type-set scoring would see one hit for both
    text = ("Kenyan police arrested two Ugandan journalists in Nairobi on Monday.\n\n"
            "The envoy said the talks had stalled.\n\n"
            "Ugandan troops also detained three Kenyan fishermen on Lake Victoria.")
    item = _item(text, [("arrested", "COERCE", ["KEN"], ["UGA"], False),
                        ("detained", "COERCE", ["UGA"], ["KEN"], False),
                        ("talks", "CONSULT", [], [], True)])
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps(item) + "\n", encoding="utf-8")
    result = bench_plover(path, nlp)
    events = result["events"]
    assert events["items"] == 1
    assert events["tp"] + events["fn"] == 2  # the optional event counts neither way
    report = format_report(result, errors=0)
    assert "events by trigger" in report
    missed = [e for e in result["event_errors"] if e["kind"] == "missed"]
    assert len(missed) == events["fn"]


def test_items_without_triggers_have_no_event_section(tmp_path, nlp):
    item = _item("Chad expelled the French ambassador.",
                 [("expelled", "COERCE", ["TCD"], ["FRA"], False)])
    for e in item["expected"]:
        del e["trigger"]
    path = tmp_path / "b.jsonl"
    path.write_text(json.dumps(item) + "\n", encoding="utf-8")
    assert bench_plover(path, nlp)["events"] is None
