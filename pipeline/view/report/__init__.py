"""The researcher's view of a run: one self-contained static HTML report.

``write_report(out_dir)`` reads a run folder (``documents.jsonl`` streamed one article
at a time, plus ``errors.jsonl``, ``manifest.json`` and ``cross_pairs.jsonl``/``.csv``
when present) and writes ``report.html``: per article the text with every layer
highlighted and every record in a table, and for the batch the counts by event type and
actor pair, a timeline of events by date, the cross-article pairs and the errors.
The bytes depend only on the run's records (no timestamps, no timings).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from .batch import (
    BatchStats,
    actor_pair_table,
    cross_pair_table,
    error_table,
    event_type_table,
    overview_table,
    timeline_section,
)
from .page import CSS, LEGEND, PAGE, SCRIPT, article_section, nav_link, run_info
from .read import iter_documents, read_cross_pairs, read_errors, read_manifest

REPORT = "report.html"


def _batch_html(stats: BatchStats, anchors: list[str], cross: tuple[list[str], list[dict]],
                errors: list[dict]) -> str:
    return (
        '<section id="batch"><h2>Batch overview</h2>'
        '<p class="meta">records per article and layer; click an article to jump to it</p>'
        + overview_table(stats, anchors)
        + "</section>"
        '<section id="timeline"><h2>Timeline of events by normalised date</h2>'
        + timeline_section(stats)
        + "</section>"
        '<section id="counts"><div class="grid2"><div><h3>Events by type and modality</h3>'
        + event_type_table(stats)
        + "</div><div><h3>Events by actor \u2192 recipient pair</h3>"
        + actor_pair_table(stats)
        + "</div></div></section>"
        f'<section id="cross"><h2>Cross-article denial \u2192 claim pairs ({len(cross[1])})</h2>'
        + cross_pair_table(cross[0], cross[1], stats,
                           {doc_id: (a, title) for (doc_id, title, _), a
                            in zip(stats.docs, anchors, strict=True)})
        + "</section>"
        f'<section id="errors"><h2>Errors and warnings ({len(errors)})</h2>'
        + error_table(errors)
        + "</section>"
    )


def write_report(out_dir: str | Path, html_path: str | Path | None = None) -> Path:
    """Write the report of the run in ``out_dir``; returns the HTML file's path.

    Article sections go to a temporary file as they are rendered, so memory holds one
    article plus the batch aggregates; the batch views, which come first on the page,
    are written once every article has been seen.  The file is replaced atomically.
    """
    out_dir = Path(out_dir)
    target = Path(html_path) if html_path else out_dir / REPORT
    columns, cross_rows = read_cross_pairs(out_dir)
    wanted = set()
    for row in cross_rows:
        for side in ("claim", "denial"):
            if row.get(f"{side}_doc_id") is not None and row.get(f"{side}_id") is not None:
                wanted.add((str(row[f"{side}_doc_id"]), str(row[f"{side}_id"])))
    stats = BatchStats(wanted_claims=wanted)
    errors = read_errors(out_dir)
    manifest = read_manifest(out_dir)
    anchors: list[str] = []
    nav: list[str] = []
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryFile("w+", encoding="utf-8") as body:
        for i, record in enumerate(iter_documents(out_dir), start=1):
            prefix = f"a{i}"
            anchors.append(prefix)
            stats.add(record, prefix)
            nav.append(nav_link(prefix, record))
            body.write(article_section(record, prefix))
        head, _, tail = PAGE.substitute(
            title="News event pipeline \u2014 run report",
            css=CSS, script=SCRIPT, legend=LEGEND, run_info=run_info(manifest),
            n_errors=len(errors), n_docs=len(anchors), nav_docs="\n".join(nav),
            batch=_batch_html(stats, anchors, (columns, cross_rows), errors),
            articles="\x00",
        ).partition("\x00")
        tmp = target.with_name(target.name + ".tmp")
        with open(tmp, "w", encoding="utf-8", newline="\n") as out:
            out.write(head)
            body.seek(0)
            shutil.copyfileobj(body, out)
            out.write(tail)
        os.replace(tmp, target)
    return target


__all__ = ["REPORT", "write_report"]
