"""``python -m pipeline query OUT_DIR "SQL"``: DuckDB over a run's tables, printed.

Every table of the run is a view named after it: ``documents``, the layers
(``sentences``, ``entities``, ``timexes``, ``events``, ``claims``, ``pairs``) and
``cross_pairs``.  Parquet tables are queried in place (DuckDB reads only the row groups
and columns it needs, so this scales to runs far larger than memory); a table the run
has only as CSV is read into Arrow with the same types first (:mod:`pipeline.view.load`),
so a query gives the same answer from either format: lists of codes are lists
(``unnest(actors)``), ``dct`` is a DATE.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from .load import CROSS_PAIRS, DOCUMENTS, read_arrow, table_source

DEFAULT_LIMIT = 100


def table_names() -> tuple[str, ...]:
    from ..schema import LAYERS

    return ("documents", *LAYERS, CROSS_PAIRS)


def connect(out_dir: str | Path):
    """A DuckDB connection with one view per table of the run in ``out_dir``."""
    import duckdb

    out_dir = Path(out_dir)
    if not (out_dir / DOCUMENTS).is_file():
        raise FileNotFoundError(f"{out_dir} has no {DOCUMENTS}: not a run folder")
    con = duckdb.connect()
    for name in table_names():
        path = table_source(out_dir, name)
        if path is not None and path.suffix == ".parquet":
            literal = str(path).replace("'", "''")
            con.execute(f'CREATE VIEW "{name}" AS SELECT * FROM read_parquet(\'{literal}\')')
        else:  # CSV or JSONL (or nothing: an empty table with the right columns)
            con.register(f"_{name}_arrow", read_arrow(out_dir, name))
            con.execute(f'CREATE VIEW "{name}" AS SELECT * FROM "_{name}_arrow"')
    return con


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(_cell(v) for v in value)
    return str(value)


def query(out_dir: str | Path, sql: str, limit: int = DEFAULT_LIMIT
          ) -> tuple[list[str], list[tuple], bool]:
    """Run ``sql``; returns the column names, at most ``limit`` rows, and whether there
    were more.  DuckDB's errors propagate (``duckdb.Error``)."""
    con = connect(out_dir)
    try:
        cursor = con.execute(sql)
        if cursor.description is None:  # a statement without a result
            return [], [], False
        columns = [d[0] for d in cursor.description]
        rows = cursor.fetchmany(limit + 1)
        return columns, rows[:limit], len(rows) > limit
    finally:
        con.close()


def main(out_dir: Path, sql: str, limit: int = DEFAULT_LIMIT) -> int:
    """Print the result as a table; a bad query or folder is one line on stderr, exit 2."""
    import duckdb
    from rich.console import Console
    from rich.table import Table

    try:
        columns, rows, more = query(out_dir, sql, limit)
    except (duckdb.Error, FileNotFoundError) as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        print(f"error: {first}", file=sys.stderr)
        return 2
    table = Table(show_lines=False, header_style="bold")
    for name in columns:
        table.add_column(name, overflow="fold")
    for row in rows:
        table.add_row(*(_cell(v) for v in row))
    console = Console()
    console.print(table)
    shown = f"first {len(rows)} rows (--limit)" if more else f"{len(rows)} rows"
    console.print(shown, style="dim")
    return 0
