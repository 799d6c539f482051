"""The batch run: read articles, process each through the spaCy pipeline, write records.

One article failing (an exception in any stage) is recorded in ``errors.jsonl`` with
its reason and the run goes on.  Stage timings are summed per component.
"""

from __future__ import annotations

import platform
import sys
import time
import traceback
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import __version__
from .config import config_hash, load_settings
from .nlp import build_nlp
from .readers import Article, InputProblem, iter_articles
from .schema import document_record
from .writers import RunWriter


@dataclass
class RunSummary:
    """What a run did: articles written, problems met, records per layer, seconds."""

    documents: int = 0
    failed: int = 0
    warnings: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0


def process(nlp: Language, article: Article, timings: dict[str, float] | None = None) -> Doc:
    """Run every component over one article, timing each; the Doc carries all layers."""
    timings = timings if timings is not None else defaultdict(float)
    start = time.perf_counter()
    doc = nlp.make_doc(article.text)
    timings["tokenizer"] += time.perf_counter() - start
    doc._.doc_id = article.doc_id
    doc._.dct = article.dct
    doc._.meta = article.meta
    for name, component in nlp.pipeline:
        start = time.perf_counter()
        doc = component(doc)
        timings[name] += time.perf_counter() - start
    return doc


def _package_version(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def manifest(nlp: Language, settings: dict[str, Any], inputs: list[str],
             summary: RunSummary, timings: dict[str, float]) -> dict[str, Any]:
    """Versions, configuration fingerprint, counts and per-stage seconds of a run."""
    return {
        "pipeline_version": __version__,
        "python": platform.python_version(),
        "spacy": spacy.__version__,
        "model": {"name": settings["model"]["name"], "version": nlp.meta.get("version")},
        "packages": {p: _package_version(p) for p in ("dateparser", "pandas", "srsly")},
        "config_dir": settings["_dir"],
        "config_sha256": config_hash(settings),
        "components": list(nlp.pipe_names),
        "inputs": inputs,
        "documents": summary.documents,
        "failed": summary.failed,
        "warnings": summary.warnings,
        "counts": summary.counts,
        "timings": {
            "seconds_total": round(summary.seconds, 3),
            "seconds_per_stage": {k: round(v, 4) for k, v in sorted(timings.items())},
        },
    }


def run(inputs: Iterable[str | Path], out_dir: str | Path, dct: str | None = None,
        settings: dict[str, Any] | None = None, nlp: Language | None = None,
        log=sys.stderr) -> RunSummary:
    """Process every article under ``inputs`` into ``out_dir``; never stops on one failure."""
    started = time.perf_counter()
    settings = settings or load_settings()
    nlp = nlp or build_nlp(settings)
    inputs = [str(i) for i in inputs]
    problems: list[InputProblem] = []
    timings: dict[str, float] = defaultdict(float)
    summary = RunSummary()
    seen_ids: set[str] = set()
    with RunWriter(out_dir) as writer:

        def flush_problems() -> None:
            while problems:
                problem = problems.pop(0)
                if problem.severity == "error":
                    summary.failed += 1
                else:
                    summary.warnings += 1
                writer.write_problem(problem.as_record())

        for article in iter_articles(inputs, dct, problems):
            flush_problems()
            if article.doc_id in seen_ids:
                problems.append(InputProblem(article.source, "duplicate doc id; skipped",
                                             doc_id=article.doc_id))
                continue
            seen_ids.add(article.doc_id)
            if article.dct is None:
                problems.append(InputProblem(
                    article.source, "no document date (published or --dct): relative "
                    "dates stay unresolved", doc_id=article.doc_id, severity="warning"))
            try:
                doc = process(nlp, article, timings)
                writer.write_document(document_record(doc))
                summary.documents += 1
            except Exception as exc:  # one broken article must not stop the batch
                detail = traceback.format_exception_only(type(exc), exc)[-1].strip()
                problems.append(InputProblem(article.source, f"processing failed: {detail}",
                                             doc_id=article.doc_id))
        flush_problems()
        summary.counts = dict(writer.counts)
        summary.seconds = time.perf_counter() - started
        writer.write_manifest(manifest(nlp, settings, inputs, summary, timings))
    print(f"{summary.documents} articles written to {out_dir}, {summary.failed} failed, "
          f"{summary.warnings} warnings; records: "
          + ", ".join(f"{k} {v}" for k, v in summary.counts.items())
          + f"; {summary.seconds:.1f} s", file=log)
    return summary
