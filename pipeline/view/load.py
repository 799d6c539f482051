"""``load(out_dir)``: a run's records as pandas DataFrames, for notebooks.

Each layer comes from its CSV (the flat form: spans as ``*_start``/``*_end``/``*_text``,
lists joined with ``;``), joined on ``doc_id`` with the article's date, title and source
so a frame can be grouped or filtered by article without a second merge.  Every cell is
read as text first and only the offset, index and score columns are made numeric:
CAMEO codes such as ``072`` keep their leading zero, and an entity called "NA" or "None"
stays a name, not a missing value.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

# ``import pipeline`` exports ``load``; pandas and the schema (which imports spaCy) are
# imported on first call instead, so importing the package stays instant.
DOCUMENTS = "documents.jsonl"
ERRORS = "errors.jsonl"

DOC_COLUMNS = ["doc_id", "dct", "title", "source", "url"]
ERROR_COLUMNS = ["source", "line", "doc_id", "severity", "reason"]
_INTEGER_SUFFIXES = ("start", "end", "sentence")
_FLOAT_COLUMNS = {"score"}


def _documents(out_dir: Path) -> pd.DataFrame:
    """One row per article: metadata and the number of records per layer (no text)."""
    import pandas as pd

    from ..schema import LAYERS

    rows = []
    with open(out_dir / DOCUMENTS, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            rec = json.loads(line)
            meta = rec.get("meta") or {}
            row = {"doc_id": rec["doc_id"], "dct": rec.get("dct"), "title": meta.get("title"),
                   "source": meta.get("source"), "url": meta.get("url"),
                   "chars": len(rec.get("text") or "")}
            row.update({f"n_{layer}": len(rec.get(layer) or []) for layer in LAYERS})
            rows.append(row)
    columns = [*DOC_COLUMNS, "chars", *(f"n_{layer}" for layer in LAYERS)]
    return pd.DataFrame(rows, columns=columns)


def _typed(frame: pd.DataFrame) -> pd.DataFrame:
    import pandas as pd

    for col in frame.columns:
        if col in _FLOAT_COLUMNS:
            frame[col] = pd.to_numeric(frame[col], errors="coerce")
        elif col.endswith(_INTEGER_SUFFIXES) and col != "doc_id":
            frame[col] = pd.to_numeric(frame[col], errors="coerce").astype("Int64")
    return frame


def read_table(path: Path, columns: list[str] | None = None) -> pd.DataFrame:
    """A CSV of the run with text kept as text; an absent file is an empty frame."""
    import pandas as pd

    if not path.is_file():
        return pd.DataFrame(columns=columns or [])
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
    return _typed(frame)


def load(out_dir: str | Path) -> dict[str, pd.DataFrame]:
    """The layers of the run in ``out_dir`` as DataFrames.

    Keys: ``documents`` (one row per article), one per layer (``sentences``,
    ``entities``, ``timexes``, ``events``, ``claims``, ``pairs``) with ``dct``, ``title``
    and ``source`` joined on ``doc_id``, ``errors`` (from ``errors.jsonl``), and
    ``cross_pairs`` when the run has a cross-article pairs table.
    """
    import pandas as pd

    from ..schema import CSV_COLUMNS, LAYERS

    out_dir = Path(out_dir)
    if not (out_dir / DOCUMENTS).is_file():
        raise FileNotFoundError(f"{out_dir} has no {DOCUMENTS}: not a run folder")
    docs = _documents(out_dir)
    joined = docs[["doc_id", "dct", "title", "source"]]
    frames: dict[str, pd.DataFrame] = {"documents": docs}
    for layer in LAYERS:
        frame = read_table(out_dir / f"{layer}.csv", CSV_COLUMNS[layer])
        frames[layer] = frame.merge(joined, on="doc_id", how="left", validate="many_to_one")
    errors_path = out_dir / ERRORS
    errors = []
    if errors_path.is_file():
        with open(errors_path, encoding="utf-8") as fh:
            errors = [json.loads(line) for line in fh if line.strip()]
    frames["errors"] = pd.DataFrame(errors) if errors else pd.DataFrame(columns=ERROR_COLUMNS)
    cross = out_dir / "cross_pairs.csv"
    if cross.is_file():
        frames["cross_pairs"] = read_table(cross)
    return frames
