"""Column types of the tables, derived from the record schema (:mod:`pipeline.schema`).

The columns of a layer's table are ``schema.CSV_COLUMNS[layer]`` whatever the format; their
types are read off the layer's record ``TypedDict`` (``schema.LAYER_RECORDS``), nested
spans flattened the way rows are (``trigger: SpanRef`` gives ``trigger_start: int`` ...),
so a field added to a record type gets its column type without a second list to keep in
step.  A column with no typed field behind it (``doc_id``, a sentence's ``id`` and
``text``, a free-form ``dict``) is text.  Every column is nullable: optional fields are
missing in some records.

Used by the Parquet writer, by :func:`pipeline.load` (which gives the same typed frames
from CSV or Parquet) and by ``query`` (which types CSV columns the same way).
"""

from __future__ import annotations

import types
import typing
from datetime import date
from functools import cache
from typing import Any

import pyarrow as pa

from . import schema

LIST_OF_TEXT = pa.list_(pa.string())

_SCALARS: dict[Any, pa.DataType] = {
    int: pa.int64(), float: pa.float64(), bool: pa.bool_(), str: pa.string(),
}
_DOCUMENT_TYPES: dict[str, pa.DataType] = {"dct": pa.date32(), "chars": pa.int64(),
                                           **{f"n_{layer}": pa.int64()
                                              for layer in schema.LAYERS}}


def _is_typed_dict(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, dict) and hasattr(tp, "__annotations__")


def _field_types(tp: Any, prefix: str, out: dict[str, pa.DataType]) -> None:
    """Column name -> Arrow type for one annotated field (recursing into TypedDicts)."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):  # "X | None": the column is nullable
        options = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(options) == 1:
            _field_types(options[0], prefix, out)
        return
    if _is_typed_dict(tp):
        for name, sub in typing.get_type_hints(tp).items():
            _field_types(sub, f"{prefix}_{name}" if prefix else name, out)
        return
    if origin is list and typing.get_args(tp) == (str,):
        out[prefix] = LIST_OF_TEXT
    elif tp in _SCALARS:
        out[prefix] = _SCALARS[tp]


@cache
def layer_schema(layer: str) -> pa.Schema:
    """The Arrow schema of one layer's table (or of ``cross_pairs``): the CSV columns,
    typed."""
    if layer == schema.CROSS_PAIRS:
        record, columns = schema.CrossPairRecord, schema.CROSS_PAIR_COLUMNS
    else:
        record, columns = schema.LAYER_RECORDS[layer], schema.CSV_COLUMNS[layer]
    typed: dict[str, pa.DataType] = {}
    _field_types(record, "", typed)
    return pa.schema([pa.field(c, typed.get(c, pa.string())) for c in columns])


@cache
def documents_schema() -> pa.Schema:
    """The ``documents`` table: ``dct`` is a date, counts are integers, the rest text."""
    return pa.schema([pa.field(c, _DOCUMENT_TYPES.get(c, pa.string()))
                      for c in schema.DOCUMENT_COLUMNS])


def table_schema(name: str) -> pa.Schema:
    """The schema of the table ``name``: a layer, ``documents`` or ``cross_pairs``."""
    return documents_schema() if name == "documents" else layer_schema(name)


def list_columns(arrow_schema: pa.Schema) -> list[str]:
    """Columns holding lists (``;``-joined in CSV)."""
    return [f.name for f in arrow_schema if pa.types.is_list(f.type)]


def _cell(value: Any, kind: pa.DataType) -> Any:
    """A JSON value as the column's Arrow type wants it (text stays text)."""
    if value is None:
        return None
    if pa.types.is_string(kind):
        return value if isinstance(value, str) else str(value)
    if pa.types.is_date32(kind):
        return date.fromisoformat(value) if isinstance(value, str) else value
    if pa.types.is_list(kind):
        return [v if isinstance(v, str) else str(v) for v in value]
    return value


def rows_to_table(rows: list[dict[str, Any]], arrow_schema: pa.Schema,
                  memory_pool: pa.MemoryPool | None = None) -> pa.Table:
    """Rows (dicts keyed by column; a missing key is null) as a table of ``arrow_schema``."""
    columns = [pa.array([_cell(row.get(f.name), f.type) for row in rows], type=f.type,
                        memory_pool=memory_pool)
               for f in arrow_schema]
    return pa.Table.from_arrays(columns, schema=arrow_schema)
