"""Writers: ``documents.jsonl``, the tables (CSV and/or Parquet), ``errors.jsonl`` and
``manifest.json``.

Only finished records are ever written, and every file a reader sees is complete: record
lines are staged as they finish (:mod:`pipeline.batch.resume`), ``documents.jsonl`` is put in
place atomically at the end of a run, and the tables are then rebuilt from it in one
streaming pass (one record in memory at a time for CSV, one row group's worth for
Parquet: :mod:`pipeline.batch.parquet`).  Output bytes depend only on the inputs and
the configuration; a run's timings and work done are the exception, and live apart in
``run.json``.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..schema import CSV_COLUMNS, LAYERS, layer_rows

DOCUMENTS = "documents.jsonl"
ERRORS = "errors.jsonl"
MANIFEST = "manifest.json"
RUN_FACTS = "run.json"  # timings and work done: differ on every run, kept apart


# what ``json.dumps(obj, ensure_ascii=False, separators=(",", ":"))`` builds on every call
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def dumps(obj: Any) -> str:
    """Deterministic compact JSON, UTF-8 kept readable (one encoder for every record and
    cross pair: a run writes tens of thousands)."""
    return _ENCODER.encode(obj)


def replace_text(path: Path, write) -> None:
    """Write through a temporary file and rename: readers never see half a file."""
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8", newline="") as fh:
        write(fh)
    os.replace(tmp, path)


def _cell(value: Any) -> Any:
    return "" if value is None else value


FORMATS = ("csv", "parquet")
"""Table formats: CSV (lists joined with ``;``) and Parquet (typed, lists as lists)."""


def formats_of(choice: str) -> tuple[str, ...]:
    """``--format csv|parquet|both`` as the formats to write."""
    return FORMATS if choice == "both" else (choice,)


def _remove_stale(out_dir: Path, formats: tuple[str, ...]) -> None:
    """Tables of a format not written this time would be an earlier run's: remove them so
    a folder never mixes runs (``load`` and ``query`` prefer Parquet when both exist)."""
    for fmt in FORMATS:
        if fmt not in formats:
            extra = ("documents",) if fmt == "parquet" else ()
            for table in (*extra, *LAYERS):
                (out_dir / f"{table}.{fmt}").unlink(missing_ok=True)


def write_tables(out_dir: str | Path, formats: tuple[str, ...] = ("csv",)
                 ) -> tuple[int, dict[str, int]]:
    """The tables of each layer from ``documents.jsonl``, in one streaming pass, in each
    of ``formats``; returns documents and rows per layer."""
    out_dir = Path(out_dir)
    unknown = set(formats) - set(FORMATS)
    if unknown or not formats:
        raise ValueError(f"table formats must be among {FORMATS}, got {formats}")
    counts = {layer: 0 for layer in LAYERS}
    tmp = {layer: out_dir / f"{layer}.csv.tmp" for layer in LAYERS}
    as_csv = "csv" in formats
    handles = ({layer: open(tmp[layer], "w", encoding="utf-8", newline="") for layer in LAYERS}
               if as_csv else {})
    parquet = None
    if "parquet" in formats:
        from .parquet import ParquetTables  # pyarrow is loaded only when asked for

        parquet = ParquetTables(out_dir)
    documents = 0
    try:
        writers = {}
        for layer in handles:
            writers[layer] = csv.writer(handles[layer], lineterminator="\n")
            writers[layer].writerow(CSV_COLUMNS[layer])
        source = out_dir / DOCUMENTS
        if source.exists():
            with open(source, encoding="utf-8") as fh:
                for line in fh:
                    record = json.loads(line)
                    documents += 1
                    for layer in LAYERS:
                        counts[layer] += len(record.get(layer) or [])
                    for layer, writer in writers.items():
                        columns = CSV_COLUMNS[layer]
                        for row in layer_rows(record, layer):
                            writer.writerow([_cell(row.get(c)) for c in columns])
                    if parquet is not None:
                        parquet.add(record)
    except BaseException:
        if parquet is not None:
            parquet.abort()
        raise
    finally:
        for handle in handles.values():
            handle.close()
    if parquet is not None:
        parquet.close()
    for layer in handles:
        os.replace(tmp[layer], out_dir / f"{layer}.csv")
    _remove_stale(out_dir, formats)
    return documents, counts


def write_errors(out_dir: str | Path, problems: Iterable[dict[str, Any]]) -> None:
    """``errors.jsonl``: one line per problem, in input order."""
    def write(fh) -> None:
        for problem in problems:
            fh.write(dumps(problem) + "\n")

    replace_text(Path(out_dir) / ERRORS, write)


def write_manifest(out_dir: str | Path, manifest: dict[str, Any], name: str = MANIFEST) -> None:
    def write(fh) -> None:
        json.dump(manifest, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")

    replace_text(Path(out_dir) / name, write)
