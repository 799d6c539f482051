"""Parquet tables, ``load`` from either format, and ``query`` (DuckDB) over a run."""

from __future__ import annotations

import io
import json
import re
import shutil
from collections import Counter
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import pipeline
from pipeline.batch.parquet import ParquetTables
from pipeline.batch.writers import write_tables
from pipeline.cli import main as cli_main
from pipeline.schema import CSV_COLUMNS, LAYERS
from pipeline.table_schema import layer_schema, table_schema
from pipeline.view.query import query

ROOT = Path(__file__).resolve().parent.parent
# the README's example query, as the shell passes it (no $, ` or " inside the quotes)
README_QUERY = re.search(r'-m pipeline query outputs "(.*?)"\n```',
                         (ROOT / "README.md").read_text(encoding="utf-8"), re.S).group(1)


def _copy_run(src: Path, dst: Path) -> Path:
    dst.mkdir()
    for name in ("documents.jsonl", "errors.jsonl", "cross_pairs.csv", "cross_pairs.jsonl"):
        if (src / name).exists():
            shutil.copy(src / name, dst / name)
    return dst


@pytest.fixture(scope="module")
def runs(corpus_run, tmp_path_factory):
    """The corpus run's records as a CSV-only and a Parquet-only run folder."""
    out, _ = corpus_run
    base = tmp_path_factory.mktemp("tables")
    as_csv = _copy_run(out, base / "csv")
    as_parquet = _copy_run(out, base / "parquet")
    write_tables(as_csv, ("csv",))
    write_tables(as_parquet, ("parquet",))
    with open(out / "documents.jsonl", encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh]
    return as_csv, as_parquet, docs


def test_each_format_writes_only_its_tables(runs):
    as_csv, as_parquet, _ = runs
    assert {p.name for p in as_csv.glob("*.parquet")} == set()
    assert {p.name for p in as_parquet.glob("*.parquet")} == {
        f"{t}.parquet" for t in ("documents", *LAYERS)}
    assert not [p for p in as_parquet.glob("*.csv") if p.stem in LAYERS]


def test_parquet_columns_are_typed(runs):
    _, as_parquet, docs = runs
    events = pq.read_table(as_parquet / "events.parquet")
    assert events.schema.field("trigger_start").type == pa.int64()
    assert events.schema.field("actors").type == pa.list_(pa.string())
    assert events.schema.field("cameo").type == pa.string()  # "072" keeps its zero
    assert pq.read_schema(as_parquet / "documents.parquet").field("dct").type == pa.date32()
    assert pq.read_schema(as_parquet / "pairs.parquet").field("score").type == pa.float64()
    for layer in LAYERS:
        table = pq.read_table(as_parquet / f"{layer}.parquet")
        assert table.column_names == CSV_COLUMNS[layer]
        assert table.num_rows == sum(len(d[layer]) for d in docs)
    by_key = {(d["doc_id"], e["id"]): e for d in docs for e in d["events"]}
    for row in events.to_pylist():
        event = by_key[(row["doc_id"], row["id"])]
        assert row["actors"] == event["actors"] and row["context"] == event["context"]
        assert row["trigger_start"] == event["trigger"]["start"]


def test_load_gives_the_same_frames_from_csv_and_parquet(runs):
    as_csv, as_parquet, docs = runs
    from_csv, from_parquet = pipeline.load(as_csv), pipeline.load(as_parquet)
    assert set(from_csv) == set(from_parquet)
    for name, frame in from_csv.items():
        pd.testing.assert_frame_equal(frame, from_parquet[name], obj=name)
    # and the values are the records', lists as lists
    events = from_parquet["events"]
    assert len(events) == sum(len(d["events"]) for d in docs) > 0
    by_key = {(d["doc_id"], e["id"]): e for d in docs for e in d["events"]}
    for row in events.itertuples():
        event = by_key[(row.doc_id, row.id)]
        assert (row.actors, row.recipients) == (event["actors"], event["recipients"])
        assert row.trigger_text == event["trigger"]["text"]
    assert str(from_parquet["documents"]["dct"].dtype).startswith("datetime64")


def test_the_same_records_written_twice_give_the_same_bytes(runs, tmp_path):
    _, as_parquet, _ = runs
    again = _copy_run(as_parquet, tmp_path / "again")
    write_tables(again, ("parquet",))
    for layer in LAYERS:
        assert (again / f"{layer}.parquet").read_bytes() == \
            (as_parquet / f"{layer}.parquet").read_bytes()


def test_rows_are_written_in_row_groups_as_records_stream(runs, tmp_path):
    """Memory stays bounded: rows become Arrow every ``batch`` articles and a row group is
    written once a table's Arrow batches reach ``row_group_bytes``, not at the end."""
    _, _, docs = runs
    (tmp_path / "small").mkdir()
    small = ParquetTables(tmp_path / "small", batch=2, row_group_bytes=1)
    for doc in docs[:9]:
        small.add(doc)
    assert len(small.rows["documents"]) == 1  # 9 = 4 batches of 2, written; one pending
    assert all(not held for held in small.batches.values())
    small.close()
    meta = pq.ParquetFile(tmp_path / "small" / "documents.parquet").metadata
    assert meta.num_row_groups == 5 and meta.num_rows == 9
    (tmp_path / "large").mkdir()
    large = ParquetTables(tmp_path / "large", batch=2, row_group_bytes=1 << 30)
    for doc in docs[:9]:
        large.add(doc)
    large.close()
    assert pq.ParquetFile(tmp_path / "large" / "documents.parquet").metadata.num_row_groups == 1
    for layer in LAYERS:  # the same rows whatever the grouping
        assert pq.read_table(tmp_path / "small" / f"{layer}.parquet").equals(
            pq.read_table(tmp_path / "large" / f"{layer}.parquet"))
    assert not list(tmp_path.glob("*/*.tmp"))


def test_an_empty_run_has_empty_typed_tables(tmp_path):
    (tmp_path / "documents.jsonl").write_text("", encoding="utf-8")
    write_tables(tmp_path, ("parquet",))
    frames = pipeline.load(tmp_path)
    for layer in LAYERS:
        assert len(frames[layer]) == 0
        assert pq.read_schema(tmp_path / f"{layer}.parquet") == layer_schema(layer)


def test_a_csv_only_table_beside_parquet_ones_is_still_read(runs, tmp_path):
    as_csv, as_parquet, _ = runs
    mixed = _copy_run(as_parquet, tmp_path / "mixed")
    for layer in LAYERS:
        shutil.copy(as_parquet / f"{layer}.parquet", mixed)
    shutil.copy(as_parquet / "documents.parquet", mixed)
    (mixed / "events.parquet").unlink()
    shutil.copy(as_csv / "events.csv", mixed)
    pd.testing.assert_frame_equal(pipeline.load(mixed)["events"],
                                  pipeline.load(as_parquet)["events"])


def _expected_pairs(docs: list[dict]) -> Counter:
    counts: Counter = Counter()
    for doc in docs:
        for event in doc["events"]:
            found = re.match(r"\d{4}-\d{2}", event.get("date") or "")
            month = found.group(0) if found else (doc["dct"] or "")[:7] or None
            for actor in event["actors"]:
                for recipient in event["recipients"]:
                    counts[(month, actor, recipient)] += 1
    return counts


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_query_answers_the_readme_example(runs, fmt):
    as_csv, as_parquet, docs = runs
    columns, rows, more = query(as_csv if fmt == "csv" else as_parquet, README_QUERY,
                                limit=10_000)
    assert columns == ["month", "actor", "recipient", "events"] and not more
    assert {(m, a, r): n for m, a, r, n in rows} == _expected_pairs(docs)
    assert rows, "the corpus has events with both an actor and a recipient"


def test_query_cli_prints_a_table_and_refuses_bad_sql(runs, capsys):
    _, as_parquet, docs = runs
    assert cli_main(["query", str(as_parquet), "SELECT count(*) AS n FROM sentences"]) == 0
    out = capsys.readouterr().out
    assert str(sum(len(d["sentences"]) for d in docs)) in out and "n" in out
    for bad in ("SELEC * FROM events", "SELECT no_such_column FROM events",
                "SELECT * FROM no_such_table"):
        assert cli_main(["query", str(as_parquet), bad]) == 2
        captured = capsys.readouterr()
        lines = captured.err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("error: "), captured.err
        assert "Traceback" not in captured.err + captured.out
    assert cli_main(["query", str(as_parquet.parent / "missing"), "SELECT 1"]) == 2


def test_run_writes_the_formats_asked_for(nlp, settings, tmp_path, corpus_run):
    from pipeline.batch.run import run

    out, _ = corpus_run
    articles = tmp_path / "in"
    articles.mkdir()
    first = json.loads((out / "documents.jsonl").read_text("utf-8").splitlines()[0])
    (articles / "one.txt").write_text(first["text"], encoding="utf-8")
    target = tmp_path / "out"
    run([articles], target, dct="2024-01-02", settings=settings, nlp=nlp, log=io.StringIO(),
        formats=("csv", "parquet"))
    assert (target / "events.csv").is_file() and (target / "events.parquet").is_file()
    run([articles], target, dct="2024-01-02", settings=settings, nlp=nlp, log=io.StringIO(),
        formats=("parquet",))
    assert not (target / "events.csv").exists() and (target / "events.parquet").is_file()
    frames = pipeline.load(target)
    assert frames["documents"]["dct"].iloc[0] == pd.Timestamp("2024-01-02")
    assert table_schema("documents").field("dct").type == pa.date32()
