"""Batch runs at scale: broken inputs among good ones, long articles, resume after a
kill, and the same records whatever the engine or the worker count."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from pipeline.batch.annotate import annotate, split_points
from pipeline.batch.readers import Article
from pipeline.batch.resume import WORK_DIR
from pipeline.batch.run import run
from pipeline.schema import LAYERS, document_record

ROOT = Path(__file__).resolve().parent.parent
OUTPUTS = ["documents.jsonl", "errors.jsonl"] + [f"{layer}.csv" for layer in LAYERS]
SUBJECTS = ["Russia", "Iran", "Armenia", "Azerbaijan", "Ukraine", "Belarus", "Turkey"]


def _sentence(i: int) -> str:
    a, b = SUBJECTS[i % len(SUBJECTS)], SUBJECTS[(i + 3) % len(SUBJECTS)]
    return (f"{a} accused {b} of shelling a village on Monday, article {i} says. "
            f"{b} denied the allegations.")


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _good_folder(folder: Path, n: int, start: int = 0) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(start, start + n):
        (folder / f"a{i:04d}.txt").write_text(_sentence(i), encoding="utf-8")
        (folder / f"a{i:04d}.meta.json").write_text(
            json.dumps({"published": f"2023-0{1 + i % 9}-1{i % 10}"}), encoding="utf-8")


def _same_outputs(a: Path, b: Path) -> None:
    for name in OUTPUTS:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


@pytest.fixture()
def quiet(tmp_path):
    with open(os.devnull, "w") as devnull:
        yield devnull


def test_200_articles_with_10_broken_inputs(tmp_path, nlp, settings, quiet):
    src = tmp_path / "in"
    _good_folder(src, 180)
    # inputs that are processed with a caveat (warnings), all among the 190 good ones
    (src / "b-latin1.txt").write_bytes("Caf\xe9 owners in Baku protested on Friday.".encode(
        "latin-1"))
    (src / "b-latin1.meta.json").write_text('{"published": "2023-05-05"}', encoding="utf-8")
    (src / "b-baddate.txt").write_text("Iran denied the claims.", encoding="utf-8")
    (src / "b-baddate.meta.json").write_text('{"published": "last Tuesday"}', encoding="utf-8")
    (src / "b-nodate.txt").write_text("Turkey said talks would go on.", encoding="utf-8")
    long_text = "\n".join(_sentence(i) for i in range(40))
    (src / "b-long.txt").write_text(long_text, encoding="utf-8")
    # ten broken inputs, each of a kind that cannot be processed
    (src / "x-empty.txt").write_text("", encoding="utf-8")
    (src / "x-blank.txt").write_text(" \n\t\n", encoding="utf-8")
    (src / "x-binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (src / "x-noise.txt").write_bytes(bytes(range(128, 256)) * 4)
    (src / "x-folder.txt").mkdir()  # a path that cannot be read as a file
    (src / "x-dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    lines = [json.dumps({"id": f"j{i}", "text": _sentence(1000 + i),
                         "published": "2022-11-05"}) for i in range(6)]
    lines[1] = '{"id": "broken", "text": "unterminated'
    lines[3] = '{"id": "notext", "body": "no text field"}'
    lines[4] = '["not", "an", "object"]'
    lines.append('{"id": "emptytext", "text": ""}')
    (src / "z-batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    # 180 + 4 + 3 good JSONL lines = 187 good; add 3 more so that 190 are good
    for i in range(3):
        (src / f"c{i}.txt").write_text(_sentence(500 + i), encoding="utf-8")

    old_max = nlp.max_length
    nlp.max_length = 1000  # the long article goes through in parts
    try:
        out = tmp_path / "out"
        summary = run([src], out, settings=settings, nlp=nlp, log=quiet, progress=False)
    finally:
        nlp.max_length = old_max
    docs = _lines(out / "documents.jsonl")
    errors = _lines(out / "errors.jsonl")
    failed = [e for e in errors if e["severity"] == "error"]
    assert len(docs) == 190 and summary.documents == 190
    assert len(failed) == 10 and summary.failed == 10 and summary.exit_code == 1
    assert all(e["reason"] and e["source"] for e in failed)
    where = {(Path(e["source"]).name, e["line"]): e["reason"] for e in failed}
    assert "empty" in where[("x-empty.txt", None)] and "empty" in where[("x-blank.txt", None)]
    assert "binary" in where[("x-binary.txt", None)] and "binary" in where[("x-noise.txt", None)]
    assert "unreadable" in where[("x-folder.txt", None)]
    assert "unreadable" in where[("x-dangling.txt", None)]
    assert "malformed JSON" in where[("z-batch.jsonl", 2)]
    assert "text" in where[("z-batch.jsonl", 4)] and "text" in where[("z-batch.jsonl", 5)]
    assert "empty" in where[("z-batch.jsonl:7", None)]
    warned: dict[str, str] = {}
    for e in errors:
        if e["severity"] == "warning":
            warned[Path(e["source"]).name] = warned.get(Path(e["source"]).name, "") + e["reason"]
    assert "U+FFFD" in warned["b-latin1.txt"]
    assert "unparseable" in warned["b-baddate.txt"] and "no document date" in warned["b-nodate.txt"]
    by_id = {d["doc_id"]: d for d in docs}
    long_doc = by_id["b-long"]
    assert long_doc["text"] == long_text and len(long_doc["sentences"]) >= 40
    for doc in docs:
        for layer in ("entities", "timexes"):
            for item in doc[layer]:
                assert doc["text"][item["start"]:item["end"]] == item["text"]
    assert sum(1 for e in long_doc["events"] if e["type"] == "ACCUSE") >= 30
    assert len(pd.read_csv(out / "events.csv")) == sum(len(d["events"]) for d in docs)
    assert not (out / WORK_DIR).exists()


def test_long_article_in_parts_keeps_offsets(nlp):
    text = "\n\n".join(_sentence(i) for i in range(12)) + " " + "x" * 300
    cuts = split_points(text, 250)
    assert cuts and all(b - a <= 250 for a, b in zip([0, *cuts], [*cuts, len(text)],
                                                    strict=True))
    tail = text.index("x" * 300)
    assert all(text[c - 1] == "\n" for c in cuts if c < tail)  # paragraphs first
    assert text[cuts[0] - 1] == "\n" and any(c > tail for c in cuts)  # else a hard cut
    old_max = nlp.max_length
    nlp.max_length = 250
    try:
        (doc,) = annotate(nlp, [Article("long", text, {}, "2023-01-01")], {})
    finally:
        nlp.max_length = old_max
    record = document_record(doc)
    assert record["text"] == text
    assert len(record["sentences"]) >= 24
    for ent in record["entities"]:
        assert text[ent["start"]:ent["end"]] == ent["text"]
    for event in record["events"]:
        trigger = event["trigger"]
        assert text[trigger["start"]:trigger["end"]] == trigger["text"]
    assert {e["type"] for e in record["events"]} >= {"ACCUSE"}


def test_rerun_reuses_records_and_redoes_changed_ones(tmp_path, nlp, settings, quiet):
    src = tmp_path / "in"
    _good_folder(src, 6)
    out = tmp_path / "out"
    first = run([src], out, settings=settings, nlp=nlp, log=quiet)
    assert first.processed == 6 and first.reused == 0
    before = (out / "documents.jsonl").read_bytes()
    again = run([src], out, settings=settings, nlp=nlp, log=quiet)
    assert again.processed == 0 and again.reused == 6
    assert (out / "documents.jsonl").read_bytes() == before
    (src / "a0002.txt").write_text("Belarus rejected the sanctions.", encoding="utf-8")
    _good_folder(src, 1, start=6)
    changed = run([src], out, settings=settings, nlp=nlp, log=quiet)
    assert changed.processed == 2 and changed.reused == 5
    fresh = tmp_path / "fresh"
    run([src], fresh, settings=settings, nlp=nlp, log=quiet)
    _same_outputs(out, fresh)


def test_killed_run_resumes_to_the_same_output(tmp_path, nlp, settings, quiet):
    src = tmp_path / "in"
    _good_folder(src, 120)
    killed = tmp_path / "killed"
    staged = killed / WORK_DIR / "records.jsonl"
    proc = subprocess.Popen(
        [sys.executable, "-m", "pipeline", "run", str(src), "--out", str(killed)],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            if staged.exists() and staged.read_bytes().count(b"\n") >= 1:
                break
            time.sleep(0.02)
        assert proc.poll() is None, "the run finished before it could be killed"
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait()
    kept = staged.read_bytes().count(b"\n")
    assert 1 <= kept < 120 and not (killed / "documents.jsonl").exists()
    with open(staged, "ab") as fh:  # a write torn by the kill
        fh.write(b'{"doc_id":"a0119","dct":')
    resumed = run([src], killed, settings=settings, nlp=nlp, log=quiet)
    assert resumed.reused == kept and resumed.processed == 120 - kept
    whole = tmp_path / "whole"
    run([src], whole, settings=settings, nlp=nlp, log=quiet)
    _same_outputs(killed, whole)


def test_two_workers_give_the_same_records(tmp_path, nlp, settings, quiet):
    src = tmp_path / "in"
    _good_folder(src, 10)
    one, two = tmp_path / "one", tmp_path / "two"
    run([src], one, settings=settings, nlp=nlp, log=quiet)
    summary = run([src], two, settings=settings, workers=2, chunk_size=2, log=quiet)
    assert summary.processed == 10
    _same_outputs(one, two)


def test_dask_local_cluster_gives_the_same_documents(tmp_path, nlp, settings, quiet):
    pytest.importorskip("distributed")
    src = tmp_path / "in"
    _good_folder(src, 6)
    local, dask = tmp_path / "local", tmp_path / "dask"
    run([src], local, settings=settings, nlp=nlp, log=quiet)
    run([src], dask, settings=settings, engine="dask", chunk_size=2, log=quiet,
        cluster_options={"processes": False, "n_workers": 1})

    def ordered(out):
        return sorted((out / "documents.jsonl").read_text("utf-8").splitlines())

    assert ordered(local) == ordered(dask)
    facts = json.loads((dask / "run.json").read_text("utf-8"))
    assert facts["run"]["engine"] == "dask"


def test_parts_cut_at_paragraphs_then_sentences():
    text = ("One short sentence here. Another one follows it. " * 6).strip()
    cuts = split_points(text, 120)
    assert cuts and all(text[c - 2] == "." and text[c - 1] == " " for c in cuts)
    para = "First paragraph line.\nSecond line of it.\n\nNext paragraph starts."
    assert split_points(para, 50) == [para.index("\n\n") + 2]


def test_long_article_in_parts_agrees_with_one_piece(nlp):
    """Cut at paragraph breaks, the article's sentences and entities are those of a
    one-piece run (the bench long measures this on 300 KB)."""
    from pipeline.evaluation.long import agreement, long_article

    text = long_article(12_000)
    whole = annotate(nlp, [Article("w", text, {}, "2023-01-01")], {}, part_chars=10**6)[0]
    parts = annotate(nlp, [Article("p", text, {}, "2023-01-01")], {}, part_chars=3_000)[0]
    assert len(split_points(text, 3_000)) >= 3
    one, cut = document_record(whole), document_record(parts)
    assert cut["text"] == text
    for layer, key in (("sentences", ("start", "end")), ("entities", ("start", "end", "label"))):
        a = [[item[k] for k in key] for item in one[layer]]
        b = [[item[k] for k in key] for item in cut[layer]]
        assert a and agreement(a, b) >= 0.99, layer
