"""Writers: ``documents.jsonl``, one CSV per layer, ``errors.jsonl`` and ``manifest.json``.

Records are written as each article finishes (JSONL line and CSV rows appended), so a
large batch never holds more than one article's records in memory.  Output bytes depend
only on the inputs and the configuration; the manifest's ``timings`` are the one
exception, and live apart from the records.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, TextIO

import pandas as pd

from .schema import CSV_COLUMNS, LAYERS, layer_rows

DOCUMENTS = "documents.jsonl"
ERRORS = "errors.jsonl"
MANIFEST = "manifest.json"


def dumps(obj: Any) -> str:
    """Deterministic compact JSON, UTF-8 kept readable."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


class RunWriter:
    """Streams one run's records into ``out_dir``; use as a context manager."""

    def __init__(self, out_dir: str | Path) -> None:
        self.out_dir = Path(out_dir)
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self.counts: dict[str, int] = {layer: 0 for layer in LAYERS}
        self.documents = 0
        self._jsonl: TextIO | None = None
        self._errors: TextIO | None = None
        self._csv_started: set[str] = set()

    def __enter__(self) -> RunWriter:
        self._jsonl = open(self.out_dir / DOCUMENTS, "w", encoding="utf-8", newline="\n")
        self._errors = open(self.out_dir / ERRORS, "w", encoding="utf-8", newline="\n")
        for layer in LAYERS:
            path = self.out_dir / f"{layer}.csv"
            pd.DataFrame(columns=CSV_COLUMNS[layer]).to_csv(path, index=False)
        return self

    def __exit__(self, *exc: object) -> None:
        for handle in (self._jsonl, self._errors):
            if handle is not None:
                handle.close()

    def write_document(self, record: dict[str, Any]) -> None:
        assert self._jsonl is not None, "use RunWriter as a context manager"
        self._jsonl.write(dumps(record) + "\n")
        self._jsonl.flush()
        self.documents += 1
        for layer in LAYERS:
            rows = list(layer_rows(record, layer))
            self.counts[layer] += len(rows)
            if rows:
                frame = pd.DataFrame(rows).reindex(columns=CSV_COLUMNS[layer])
                frame.to_csv(self.out_dir / f"{layer}.csv", mode="a", header=False, index=False)

    def write_problem(self, problem: dict[str, Any]) -> None:
        assert self._errors is not None, "use RunWriter as a context manager"
        self._errors.write(dumps(problem) + "\n")
        self._errors.flush()

    def write_manifest(self, manifest: dict[str, Any]) -> None:
        with open(self.out_dir / MANIFEST, "w", encoding="utf-8") as fh:
            json.dump(manifest, fh, ensure_ascii=False, indent=1, sort_keys=True)
            fh.write("\n")
