"""``python -m pipeline bench STAGE --data FILE``: measure one stage on public data.

Each benchmark owns its scoring (:mod:`.bench_timex`, :mod:`.bench_events`,
:mod:`.bench_stance`, :mod:`.bench_entities`, :mod:`.bench_cross`); this module only
builds the pipeline with the stages the benchmark needs and prints figures.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..nlp import build_nlp

# stages a benchmark does not need, switched off so that timings mean what they say
UNUSED = {"timex": ("events", "claims"), "events": ("claims",), "stance": (), "cross": (),
          "entities": ()}


def _first(path: Path, limit: int | None) -> Path:
    """A copy of the first ``limit`` lines of a JSONL file (the whole file without a limit)."""
    if not limit:
        return path
    import tempfile

    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)[:limit]
    tmp = Path(tempfile.mkdtemp()) / path.name
    tmp.write_text("".join(lines), encoding="utf-8")
    return tmp


def _probe_report(stage: str, data: Path, nlp: Any, errors: int | None) -> str:
    """The report of a benchmark read from probes (:mod:`.probes`)."""
    found: list[str] | None = [] if errors is not None else None
    if stage == "stance":
        from .bench_stance import bench_stance
        from .bench_stance import format_report as stance_report

        return stance_report(bench_stance(data, nlp, found), found, errors or None)
    from .bench_entities import bench_entities
    from .bench_entities import format_report as entities_report

    return entities_report(bench_entities(data, nlp, found), found, errors or None)


def main(stage: str, data: Path, settings: dict[str, Any], limit: int | None = None,
         errors: int | None = None, dropped: bool = False) -> int:
    nlp = build_nlp(settings, exclude=UNUSED[stage])
    data = _first(data, limit)
    if stage == "timex":
        from .bench_timex import bench_tbaq, format_errors

        found: list[dict[str, Any]] = []
        print(json.dumps(bench_tbaq(data, nlp, found), indent=1, sort_keys=True, default=str))
        if errors is not None:
            print(format_errors(found, errors or None))
    elif stage == "cross":
        from .bench_cross import bench_cross
        from .bench_cross import format_report as cross_report

        tallies, records = bench_cross(data, nlp, settings)
        texts = {r["doc_id"]: r["text"] for r in records}
        print(cross_report(tallies, texts, errors))
    elif stage in ("stance", "entities"):
        import sys

        from .probes import ProbeError

        try:
            print(_probe_report(stage, data, nlp, errors))
        except ProbeError as exc:  # gold that cannot be placed would score nonsense
            print(f"error: {exc}", file=sys.stderr)
            return 2
    elif dropped:
        from .bench_dropped import format_losses, losses_articles, losses_sentences

        counts, lines = (losses_articles(data, data.parent / "gold", nlp) if data.is_dir()
                         else losses_sentences(data, nlp))
        print(format_losses(counts, lines, errors))
    else:
        from .bench_events import bench_corpus, bench_plover, format_report

        # a folder of articles is scored against the gold folder beside it (corpus/gold)
        result = (bench_corpus(data, data.parent / "gold", nlp) if data.is_dir()
                  else bench_plover(data, nlp))
        print(format_report(result, errors=errors))
    return 0
