"""Parquet tables: one file per layer plus ``documents.parquet``, written incrementally.

Rows are buffered for ``chunk`` articles and then written as one row group, so memory
holds one chunk of rows whatever the size of the batch; types come from
:mod:`pipeline.table_schema` (integers, a date, lists of codes as list columns, every
column nullable).  Files are written under a temporary name and renamed on
:meth:`ParquetTables.close`, like the CSV tables: a reader never sees half a file.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from ..schema import LAYERS, document_row, layer_rows
from ..table_schema import rows_to_table, table_schema

DOCUMENTS_TABLE = "documents"
TABLES = (DOCUMENTS_TABLE, *LAYERS)
ROW_GROUP_DOCUMENTS = 256
"""Articles per row group: a few MB of rows, large enough for fast column scans."""


class ParquetTables:
    """The Parquet sink of :func:`pipeline.batch.writers.write_tables`."""

    def __init__(self, out_dir: Path, chunk: int = ROW_GROUP_DOCUMENTS) -> None:
        self.out_dir = Path(out_dir)
        self.chunk = chunk
        self.pending = 0
        self.buffers: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
        self.writers = {
            t: pq.ParquetWriter(self._tmp(t), table_schema(t), compression="zstd")
            for t in TABLES
        }

    def _tmp(self, table: str) -> Path:
        return self.out_dir / f"{table}.parquet.tmp"

    def add(self, record: dict[str, Any]) -> None:
        """Buffer one document record's rows; write a row group every ``chunk`` records."""
        self.buffers[DOCUMENTS_TABLE].append(document_row(record))
        for layer in LAYERS:
            self.buffers[layer].extend(layer_rows(record, layer, join_lists=False))
        self.pending += 1
        if self.pending >= self.chunk:
            self.flush()

    def flush(self) -> None:
        for name, rows in self.buffers.items():
            if rows:
                self.writers[name].write_table(rows_to_table(rows, table_schema(name)))
                rows.clear()
        self.pending = 0

    def close(self) -> None:
        """Write what is buffered and put every file in place."""
        self.flush()
        for name, writer in self.writers.items():
            writer.close()
            os.replace(self._tmp(name), self.out_dir / f"{name}.parquet")

    def abort(self) -> None:
        for name, writer in self.writers.items():
            writer.close()
            self._tmp(name).unlink(missing_ok=True)
