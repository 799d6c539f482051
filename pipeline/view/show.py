"""``show DOC_ID --out DIR``: one article's records as tables on the terminal.

For a quick look without a browser: the article's metadata, then one rich table per
layer (events, claims, pairs, entities, timexes; sentences on request).  The run's
``documents.jsonl`` is streamed until the article is found, so a large run is not read
whole.  An unknown id is an error (exit 2) that names the closest ids of the run.
"""

from __future__ import annotations

import difflib
import sys
from pathlib import Path
from typing import Any

from rich import box
from rich.console import Console
from rich.table import Table

from ..batch.writers import DOCUMENTS
from .report.highlight import speaker_label
from .report.read import iter_documents


def _s(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "-"
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return str(value)


# Columns that hold short codes: never wrapped, so the free-text columns take the squeeze.
_CODES = {"id", "sent", "type", "CAMEO", "date", "label", "actor", "sector", "value", "mod",
          "kind", "target", "denial", "claim", "score", "#", "polarity modality"}


def _table(title: str, columns: list[str], rows: list[list[Any]],
           drop: set[str] | None = None) -> Table:
    if drop:
        keep = [i for i, c in enumerate(columns) if c not in drop]
        columns = [columns[i] for i in keep]
        rows = [[row[i] for i in keep] for row in rows]
    table = Table(title=f"{title} ({len(rows)})", title_justify="left", title_style="bold",
                  header_style="bold cyan", box=box.SIMPLE_HEAD, pad_edge=False,
                  expand=False)
    for col in columns:
        if col in _CODES:
            table.add_column(col, no_wrap=True)
        else:
            table.add_column(col, overflow="fold", ratio=1)
    for row in rows:
        table.add_row(*(_s(v) for v in row))
    return table


def tables(record: dict[str, Any], *, sentences: bool = False,
           narrow: bool = False) -> list[Table]:
    """The rich tables of one document record, in reading order of importance.

    ``narrow`` (a terminal under 120 columns) drops the sentence, place and rule columns
    of the event table, which otherwise squeezes its codes to one letter per line.
    """
    claims = {c["id"]: c for c in record.get("claims") or []}
    out = [
        _table("Events", ["id", "sent", "trigger", "type", "CAMEO", "actors \u2192 recipients",
                          "date", "place", "polarity modality", "rule"],
               [[e["id"], e.get("sentence"), (e.get("trigger") or {}).get("text"),
                 e.get("type"), e.get("cameo"),
                 f"{_s(e.get('actors'))} \u2192 {_s(e.get('recipients'))}", e.get("date"),
                 e.get("location"),
                 ("NOT " if e.get("polarity") == "negative" else "") + str(e.get("modality")),
                 e.get("rule")]
                for e in record.get("events") or []], drop={"sent", "place", "rule"} if narrow
               else set()),
        _table("Claims", ["id", "sent", "kind", "speaker [actor]", "cue", "content", "target",
                          "events"],
               [[c["id"], c.get("sentence"), c.get("kind"), speaker_label(c),
                 (c.get("cue") or {}).get("text"), (c.get("content") or {}).get("text"),
                 c.get("target"), c.get("events")] for c in record.get("claims") or []]),
        _table("Denial \u2192 claim pairs", ["denial", "denier", "claim", "claimant", "score",
                                             "evidence"],
               [[p.get("denial"), speaker_label(claims.get(p.get("denial"), {})),
                 p.get("claim"), speaker_label(claims.get(p.get("claim"), {})),
                 p.get("score"), p.get("evidence")] for p in record.get("pairs") or []]),
        _table("Entities", ["id", "text", "label", "actor", "sector"],
               [[n["id"], n.get("text"), n.get("label"), (n.get("actor") or {}).get("code"),
                 (n.get("actor") or {}).get("sector")] for n in record.get("entities") or []]),
        _table("Timexes", ["id", "text", "type", "value", "mod"],
               [[t["id"], t.get("text"), t.get("type"), t.get("value"), t.get("mod")]
                for t in record.get("timexes") or []]),
    ]
    if sentences:
        text = record.get("text") or ""
        out.append(_table("Sentences", ["#", "text"],
                          [[i, text[s["start"]:s["end"]]]
                           for i, s in enumerate(record.get("sentences") or [])]))
    return out


def find(out_dir: Path, doc_id: str) -> tuple[dict[str, Any] | None, list[str]]:
    """The record of ``doc_id``, or None and every id of the run (for suggestions)."""
    seen: list[str] = []
    for record in iter_documents(out_dir):
        if record["doc_id"] == doc_id:
            return record, seen
        seen.append(record["doc_id"])
    return None, seen


def main(doc_id: str, out_dir: str | Path, *, sentences: bool = False,
         console: Console | None = None) -> int:
    out_dir = Path(out_dir)
    if console is None:
        console = Console()
        if not console.is_terminal:  # a pipe or a file has no width to respect
            console = Console(width=160)
    err = Console(stderr=True)
    if not (out_dir / DOCUMENTS).is_file():
        err.print(f"[red]error:[/red] {out_dir} has no {DOCUMENTS} (not a run folder)")
        return 2
    record, ids = find(out_dir, doc_id)
    if record is None:
        close = difflib.get_close_matches(doc_id, ids, n=5, cutoff=0.3)
        close += [i for i in ids if doc_id.lower() in i.lower() and i not in close][:5]
        hint = f"; did you mean: {', '.join(close)}" if close else ""
        err.print(f"[red]error:[/red] no article {doc_id!r} in {out_dir} "
                  f"({len(ids)} articles){hint}", highlight=False, soft_wrap=True)
        return 2
    meta = record.get("meta") or {}
    console.rule(f"[bold]{meta.get('title') or doc_id}")
    console.print(f"doc_id {doc_id}  \u00b7  source {meta.get('source') or '-'}  \u00b7  "
                  f"DCT {record.get('dct') or 'none'}  \u00b7  {len(record.get('text') or '')} "
                  "chars", highlight=False)
    for table in tables(record, sentences=sentences, narrow=console.width < 120):
        console.print(table)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv[1], sys.argv[2]))
