"""Reading a run folder for the report: documents one at a time, the small files whole.

``documents.jsonl`` can be large, so it is streamed; ``errors.jsonl``, the manifest and
the corpus-level cross-article pairs are small and read at once.  Missing optional files
read as empty, so a report can be built from a partial or older run.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ...batch.writers import DOCUMENTS, ERRORS, MANIFEST

CROSS_PAIRS_JSONL = "cross_pairs.jsonl"
CROSS_PAIRS_CSV = "cross_pairs.csv"


def iter_documents(out_dir: Path) -> Iterator[dict[str, Any]]:
    """One document record at a time, in file order (the run's order)."""
    path = Path(out_dir) / DOCUMENTS
    if not path.is_file():
        raise FileNotFoundError(f"{out_dir} has no {DOCUMENTS}: not a run folder")
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """All objects of a small JSONL file; an absent file is empty."""
    if not path.is_file():
        return []
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def read_errors(out_dir: Path) -> list[dict[str, Any]]:
    return read_jsonl(Path(out_dir) / ERRORS)


def read_manifest(out_dir: Path) -> dict[str, Any]:
    path = Path(out_dir) / MANIFEST
    if not path.is_file():
        return {}
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def read_cross_pairs(out_dir: Path) -> tuple[list[str], list[dict[str, Any]]]:
    """Columns and rows of the cross-article pairs table, if the run has one.

    The JSONL keeps lists and numbers typed, so it is preferred; the CSV is the fallback.
    Columns follow the file's own order, so new fields show without a code change.
    """
    out_dir = Path(out_dir)
    rows = read_jsonl(out_dir / CROSS_PAIRS_JSONL)
    if rows:
        columns: list[str] = []
        for row in rows:
            columns.extend(k for k in row if k not in columns)
        return columns, rows
    path = out_dir / CROSS_PAIRS_CSV
    if path.is_file():
        with open(path, encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            return list(reader.fieldnames or []), list(reader)
    return [], []
