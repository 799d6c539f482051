"""``python -m pipeline pairs OUT_DIR``: show a run's cross-article denial→claim pairs.

A terminal view only; the data are ``cross_pairs.csv`` / ``cross_pairs.jsonl``, which
are (re)computed here when missing or older than ``documents.jsonl``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..batch.cross_pairs import is_stale, read_cross_pairs, write_cross_pairs
from ..batch.writers import DOCUMENTS

MAX_TEXT = 90


def _short(text: Any, limit: int = MAX_TEXT) -> str:
    text = " ".join(str(text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _who(pair: dict[str, Any], side: str) -> str:
    name = pair.get(f"{side}_speaker") or "?"
    code = pair.get(f"{side}_speaker_actor")
    return f"{name} ({code})" if code else str(name)


def show_pairs(out_dir: Path, settings: dict[str, Any], recompute: bool = False) -> int:
    """Print the pairs as a table; 2 when the folder holds no run."""
    from rich.console import Console
    from rich.table import Table

    out_dir = Path(out_dir)
    console = Console()
    if not console.is_terminal:  # a pipe or a log: wide enough not to fold every cell
        console = Console(width=200)
    if not (out_dir / DOCUMENTS).is_file():
        console.print(f"pairs: no {DOCUMENTS} in {out_dir}", style="red")
        return 2
    if recompute or is_stale(out_dir):
        write_cross_pairs(out_dir, settings)
    pairs = read_cross_pairs(out_dir)
    table = Table(title=f"Cross-article denial → claim pairs in {out_dir} ({len(pairs)})",
                  show_lines=True)
    for column in ("claim (doc, id, date)", "claimant → accused: content",
                   "denial (doc, id, date)", "denier: content", "score", "evidence"):
        table.add_column(column, overflow="fold")
    for pair in pairs:
        table.add_row(
            f"{pair['claim_doc_id']}\n{pair['claim_id']} {pair.get('claim_dct') or '?'}",
            f"{_who(pair, 'claim')} → {pair.get('claim_target') or '?'}: "
            f"{_short(pair.get('claim_text'))}",
            f"{pair['denial_doc_id']}\n{pair['denial_id']} {pair.get('denial_dct') or '?'}",
            f"{_who(pair, 'denial')}: {_short(pair.get('denial_text'))}",
            f"{pair['score']:.3f}",
            " ".join(pair.get("evidence") or []),
        )
    console.print(table)
    return 0
