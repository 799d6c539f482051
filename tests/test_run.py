"""The batch run: bad input and failing articles are reported, never lose other work."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from pipeline.batch.run import run
from pipeline.cli import main as cli_main


def _lines(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture()
def batch(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text("Russia and Iran held talks in Moscow on Monday.",
                                  encoding="utf-8")
    (src / "good.meta.json").write_text('{"published": "2023-08-24"}', encoding="utf-8")
    (src / "boom.txt").write_text("This article makes a stage fail.", encoding="utf-8")
    (src / "binary.txt").write_bytes(b"\x00\x01\x02")
    (src / "empty.txt").write_text("", encoding="utf-8")
    (src / "more.jsonl").write_text(
        '{"id": "j1", "text": "Tehran denied the allegations."}\n{broken\n', encoding="utf-8")
    return src


def test_bad_inputs_listed_and_good_ones_written(batch, tmp_path, nlp, settings, monkeypatch):
    stage = dict(nlp.pipeline)["events"]
    original = stage.__call__

    def failing(doc):
        if "makes a stage fail" in doc.text:
            raise RuntimeError("simulated failure")
        return original(doc)

    monkeypatch.setattr(type(stage), "__call__", lambda self, doc: failing(doc))
    out = tmp_path / "out"
    summary = run([batch], out, dct="2023-08-01", settings=settings, nlp=nlp)
    docs = _lines(out / "documents.jsonl")
    errors = _lines(out / "errors.jsonl")
    assert sorted(d["doc_id"] for d in docs) == ["good", "j1"]
    assert {d["doc_id"]: d["dct"] for d in docs} == {"good": "2023-08-24", "j1": "2023-08-01"}
    reasons = {(e["source"].rsplit("/", 1)[-1], e["line"]): e["reason"] for e in errors}
    assert "simulated failure" in reasons[("boom.txt", None)]
    assert "binary" in reasons[("binary.txt", None)]
    assert "empty" in reasons[("empty.txt", None)]
    assert "malformed JSON" in reasons[("more.jsonl", 2)]
    assert summary.failed == 4 and summary.exit_code == 1
    assert len(pd.read_csv(out / "sentences.csv")) == sum(len(d["sentences"]) for d in docs)


def test_cli_run_and_evaluate_exit_codes(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Iran and Russia held joint naval drills in 2019.",
                               encoding="utf-8")
    out = tmp_path / "out"
    assert cli_main(["run", str(src), "--out", str(out), "--dct", "2020-01-01"]) == 0
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["documents"] == 1 and manifest["failed"] == 0
    facts = json.loads((out / "run.json").read_text())
    assert set(facts["timings"]["seconds_per_stage"]) >= {"tagger", "timexes", "claims"}
    gold = tmp_path / "gold"
    gold.mkdir()
    record = _lines(out / "documents.jsonl")[0]
    (gold / "a.json").write_text(json.dumps(record), encoding="utf-8")
    assert cli_main(["evaluate", "--pred", str(out), "--gold", str(gold), "--no-thresholds"]) == 0


def test_cli_rejects_bad_dct(capsys):
    with pytest.raises(SystemExit):
        cli_main(["run", "x", "--out", "y", "--dct", "24/08/2023"])
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_records_reused_only_under_the_same_code(tmp_path, nlp, settings):
    """The code hash stays out of the records (they keep their bytes across code edits)
    but still decides reuse, through the run's sidecar."""
    from pipeline.batch.resume import SIDECAR

    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Iran and Russia held joint naval drills.", encoding="utf-8")
    out = tmp_path / "out"
    first = run([src], out, dct="2020-01-01", settings=settings, nlp=nlp, progress=False)
    records = (out / "documents.jsonl").read_bytes()
    again = run([src], out, dct="2020-01-01", settings=settings, nlp=nlp, progress=False)
    assert (first.processed, again.reused) == (1, 1)
    side = json.loads((out / SIDECAR).read_text("utf-8"))
    assert side["code"] not in records.decode("utf-8")
    side["code"] = "0" * 64  # as if the stages had been edited since
    (out / SIDECAR).write_text(json.dumps(side), encoding="utf-8")
    edited = run([src], out, dct="2020-01-01", settings=settings, nlp=nlp, progress=False)
    assert (edited.processed, edited.reused) == (1, 0)
    assert (out / "documents.jsonl").read_bytes() == records
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    assert "timings" not in manifest and "run" not in manifest
