"""Parquet tables: one file per layer plus ``documents.parquet``, written incrementally.

Rows are held as Python dicts for a few articles, then as Arrow columns until a table has
about 1 MB, which is written as one row group: memory holds a bounded amount of rows
whatever the size of the batch (measured: ``bench tables``, BENCHMARKS.md); types come from
:mod:`pipeline.table_schema` (integers, a date, lists of codes as list columns, every
column nullable).  Files are written under a temporary name and renamed on
:meth:`ParquetTables.close`, like the CSV tables: a reader never sees half a file.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from ..schema import LAYERS, document_row, layer_rows
from ..table_schema import rows_to_table, table_schema

DOCUMENTS_TABLE = "documents"
TABLES = (DOCUMENTS_TABLE, *LAYERS)
BATCH_DOCUMENTS = 32
"""Articles whose rows are held as Python dicts before they become (compact) Arrow columns."""
ROW_GROUP_BYTES = 1 << 20
"""A table's Arrow batches are written as one row group once they hold this much: row
groups of thousands of rows for column scans, and little held per table (2 MB instead
raised the peak of a 2,000-article run by 6 MB: ``bench tables``)."""


class ParquetTables:
    """The Parquet sink of :func:`pipeline.batch.writers.write_tables`."""

    def __init__(self, out_dir: Path, batch: int = BATCH_DOCUMENTS,
                 row_group_bytes: int = ROW_GROUP_BYTES) -> None:
        self.out_dir = Path(out_dir)
        self.batch, self.row_group_bytes = batch, row_group_bytes
        self.pending = 0
        # The system allocator gives freed buffers back; pyarrow's default (mimalloc) kept
        # them resident and added about 7 MB to the peak of a 2,000-article run.
        self.pool = pa.system_memory_pool()
        self.rows: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
        self.batches: dict[str, list[pa.Table]] = {t: [] for t in TABLES}
        self.writers = {
            t: pq.ParquetWriter(self._tmp(t), table_schema(t), compression="zstd")
            for t in TABLES
        }

    def _tmp(self, table: str) -> Path:
        return self.out_dir / f"{table}.parquet.tmp"

    def add(self, record: dict[str, Any]) -> None:
        """Take one document record's rows; they become Arrow every ``batch`` records and
        a row group when a table's batches reach ``row_group_bytes``."""
        self.rows[DOCUMENTS_TABLE].append(document_row(record))
        for layer in LAYERS:
            self.rows[layer].extend(layer_rows(record, layer, join_lists=False))
        self.pending += 1
        if self.pending >= self.batch:
            self._convert()

    def _convert(self) -> None:
        for name, rows in self.rows.items():
            if rows:
                self.batches[name].append(rows_to_table(rows, table_schema(name), self.pool))
                rows.clear()
                if sum(b.nbytes for b in self.batches[name]) >= self.row_group_bytes:
                    self._write(name)
        self.pending = 0

    def _write(self, name: str) -> None:
        batches = self.batches[name]
        if batches:
            table = pa.concat_tables(batches, memory_pool=self.pool).combine_chunks(self.pool)
            self.writers[name].write_table(table, row_group_size=table.num_rows)
            batches.clear()

    def close(self) -> None:
        """Write what is held and put every file in place."""
        self._convert()
        for name, writer in self.writers.items():
            self._write(name)
            writer.close()
            os.replace(self._tmp(name), self.out_dir / f"{name}.parquet")

    def abort(self) -> None:
        for name, writer in self.writers.items():
            writer.close()
            self._tmp(name).unlink(missing_ok=True)
