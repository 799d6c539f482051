"""``load(out_dir)``: a run's records as pandas DataFrames, for notebooks.

Each layer comes from its Parquet table when the run wrote one (``run --format parquet``
or ``both``), else from its CSV, and is joined on ``doc_id`` with the article's date,
title and source so a frame can be grouped or filtered by article without a second merge.
Either way a table is first read as Arrow with the types of :mod:`pipeline.table_schema`,
so the frames are the same whichever file they came from: offsets and counts are
nullable integers (``Int64``), ``dct`` a datetime, lists of codes Python lists, and every
other cell text (CAMEO codes such as ``072`` keep their leading zero, and an entity
called "NA" or "None" stays a name, not a missing value).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

# ``import pipeline`` exports ``load``; pandas, pyarrow and the schema (which imports spaCy)
# are imported on first call instead, so importing the package stays instant.
DOCUMENTS = "documents.jsonl"
ERRORS = "errors.jsonl"
CROSS_PAIRS = "cross_pairs"

ERROR_COLUMNS = ["source", "line", "doc_id", "severity", "reason"]
JOINED = ["doc_id", "dct", "title", "source"]


def _documents_from_jsonl(out_dir: Path) -> pa.Table:
    """The ``documents`` table built from ``documents.jsonl`` (runs without Parquet)."""
    from ..schema import document_row
    from ..table_schema import documents_schema, rows_to_table

    rows = []
    with open(out_dir / DOCUMENTS, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rows.append(document_row(json.loads(line)))
    return rows_to_table(rows, documents_schema())


def _read_csv(path: Path, arrow_schema: pa.Schema) -> pa.Table:
    """A CSV table with the given types; ``;``-joined lists split back into lists."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.csv as pcsv

    from ..table_schema import LIST_OF_TEXT, list_columns

    lists = set(list_columns(arrow_schema))
    types = {f.name: (pa.string() if f.name in lists else f.type) for f in arrow_schema}
    table = pcsv.read_csv(path, convert_options=pcsv.ConvertOptions(
        column_types=types, null_values=[""], strings_can_be_null=True,
        include_columns=arrow_schema.names, include_missing_columns=True))
    for name in lists:
        joined = table.column(name)
        split = pc.if_else(pc.fill_null(pc.equal(joined, ""), True),
                           pa.scalar([], LIST_OF_TEXT), pc.split_pattern(joined, ";"))
        table = table.set_column(table.schema.get_field_index(name), name, split)
    return table.cast(arrow_schema)


def table_source(out_dir: Path, name: str) -> Path | None:
    """The file a table is read from: Parquet when present, else CSV (``documents``:
    ``documents.jsonl``); None when the run has neither."""
    parquet = out_dir / f"{name}.parquet"
    if parquet.is_file():
        return parquet
    fallback = out_dir / (DOCUMENTS if name == "documents" else f"{name}.csv")
    return fallback if fallback.is_file() else None


def read_arrow(out_dir: str | Path, name: str) -> pa.Table:
    """One table of a run as Arrow (a layer, ``documents`` or ``cross_pairs``), typed by
    :func:`pipeline.table_schema.table_schema`; a table the run lacks is empty."""
    import pyarrow.parquet as pq

    from ..table_schema import table_schema

    arrow_schema = table_schema(name)
    path = table_source(Path(out_dir), name)
    if path is None:
        return arrow_schema.empty_table()
    if path.suffix == ".parquet":
        table = pq.ParquetFile(path).read()
        return table if table.schema.equals(arrow_schema) else table.cast(arrow_schema)
    if path.name == DOCUMENTS:
        return _documents_from_jsonl(Path(out_dir))
    return _read_csv(path, arrow_schema)


def to_frame(table: pa.Table) -> pd.DataFrame:
    """Arrow to pandas the same way for every source: nullable integers, datetimes for
    dates, Arrow-backed list columns whose cells read as Python lists."""
    import pandas as pd
    import pyarrow as pa

    def dtype(arrow_type: pa.DataType) -> object:
        if arrow_type == pa.int64():
            return pd.Int64Dtype()
        if arrow_type == pa.string():
            return pd.StringDtype("pyarrow")  # text stays in Arrow memory, no object per cell
        # list columns stay Arrow-backed (no copy into a Python object per cell); a cell
        # reads as a Python list
        return pd.ArrowDtype(arrow_type) if pa.types.is_list(arrow_type) else None

    return table.to_pandas(date_as_object=False, types_mapper=dtype)


def join_documents(table: pa.Table, docs: pa.Table) -> pa.Table:
    """``table`` with the article's ``dct``, ``title`` and ``source`` appended, looked up
    by ``doc_id`` (row order kept; an unknown ``doc_id`` gets nulls)."""
    import pyarrow.compute as pc

    rows = pc.index_in(table.column("doc_id"), value_set=docs.column("doc_id"))
    for name in JOINED[1:]:
        table = table.append_column(docs.schema.field(name), docs.column(name).take(rows))
    return table


def load(out_dir: str | Path) -> dict[str, pd.DataFrame]:
    """The layers of the run in ``out_dir`` as DataFrames.

    Keys: ``documents`` (one row per article), one per layer (``sentences``,
    ``entities``, ``timexes``, ``events``, ``claims``, ``pairs``) with ``dct``, ``title``
    and ``source`` joined on ``doc_id``, ``errors`` (from ``errors.jsonl``), and
    ``cross_pairs`` when the run has a cross-article pairs table.
    """
    import pandas as pd

    from ..schema import LAYERS

    out_dir = Path(out_dir)
    if not (out_dir / DOCUMENTS).is_file():
        raise FileNotFoundError(f"{out_dir} has no {DOCUMENTS}: not a run folder")
    docs = read_arrow(out_dir, "documents")
    frames: dict[str, pd.DataFrame] = {"documents": to_frame(docs)}
    for layer in LAYERS:
        frames[layer] = to_frame(join_documents(read_arrow(out_dir, layer), docs))
    errors_path = out_dir / ERRORS
    errors = []
    if errors_path.is_file():
        with open(errors_path, encoding="utf-8") as fh:
            errors = [json.loads(line) for line in fh if line.strip()]
    frames["errors"] = pd.DataFrame(errors) if errors else pd.DataFrame(columns=ERROR_COLUMNS)
    if table_source(out_dir, CROSS_PAIRS) is not None:
        frames[CROSS_PAIRS] = to_frame(read_arrow(out_dir, CROSS_PAIRS))
    return frames
