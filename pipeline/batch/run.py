"""The batch run: read articles lazily, process them on an engine, write records.

Order of work: articles are read one at a time (``pipeline.batch.readers``), each gets a
content hash (``pipeline.batch.resume``); articles whose record from an earlier run still
matches are reused, the rest go in chunks to the engine (``pipeline.batch.engines``: in this
process, a process pool, or Dask), and every finished record is staged at once as a
whole line.  At the end ``documents.jsonl`` is written in **input order** (the order of
the inputs on the command line, files sorted by name, JSONL lines in file order), so the
output is the same bytes whatever the engine, the worker count, or how many times the run
was interrupted and resumed.  Then :func:`finish_batch` runs, the CSV tables are rebuilt
from ``documents.jsonl``, and ``errors.jsonl``, ``manifest.json`` (the same bytes on every
rerun) and ``run.json`` (timings, work done and reused) are written.

One article failing (an exception in any stage) is recorded in ``errors.jsonl`` with its
reason and the run goes on.
"""

from __future__ import annotations

import functools
import gc
import platform
import signal
import sys
import threading
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .. import __version__
from ..config import config_hash, load_settings
from ..nlp import build_nlp
from .engines import CHUNK_SIZE, SMALL_CHUNK, Task, chunked, make_engine
from .progress import Progress
from .readers import Article, InputProblem, iter_articles
from .resume import RecordStore, content_hash, run_fingerprint
from .writers import MANIFEST, RUN_FACTS, write_errors, write_manifest, write_tables


@dataclass
class RunSummary:
    """What a run did: articles written, problems met, records per layer, seconds."""

    documents: int = 0
    failed: int = 0
    warnings: int = 0
    reused: int = 0
    processed: int = 0
    tokens: int = 0
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
    doc._.dct_source = article.dct_source
    doc._.meta = article.meta
    for name, component in nlp.pipeline:
        start = time.perf_counter()
        doc = component(doc)
        timings[name] += time.perf_counter() - start
    return doc


def finish_batch(out_dir: str | Path, settings: dict[str, Any]) -> dict[str, int]:
    """Work across articles, run once per run after ``documents.jsonl`` holds every
    record of the run and before the CSV tables are built from it, whatever the engine.

    It reads the finished records, not Docs, so resumed and distributed runs get the
    same result.  Today: denials paired with claims made in other articles
    (``cross_pairs.jsonl``/``.csv``).  Returns record counts for the summary.
    """
    from .cross_pairs import write_cross_pairs

    return {"cross_pairs": write_cross_pairs(Path(out_dir), settings)}


def _package_version(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def _previous_components(out_dir: Path) -> list[str] | None:
    import json

    try:
        return json.loads((out_dir / MANIFEST).read_text(encoding="utf-8"))["components"]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def manifest(settings: dict[str, Any], inputs: list[str], summary: RunSummary,
             components: list[str] | None, model_version: str | None) -> dict[str, Any]:
    """Versions, configuration fingerprint and counts of a run: nothing that changes
    from one rerun to the next (timings go to ``run.json``)."""
    return {
        "pipeline_version": __version__,
        "python": platform.python_version(),
        "spacy": spacy.__version__,
        "model": {"name": settings["model"]["name"], "version": model_version},
        "packages": {p: _package_version(p) for p in ("dateparser", "pandas", "srsly")},
        "config_dir": _shown_path(settings["_dir"]),
        "config_sha256": config_hash(settings),
        "components": components,
        "inputs": inputs,
        "documents": summary.documents,
        "failed": summary.failed,
        "warnings": summary.warnings,
        "counts": summary.counts,
    }


def run_facts(summary: RunSummary, timings: dict[str, float], engine: str,
              workers: int) -> dict[str, Any]:
    """How this run went (``run.json``): engine, work done and reused, seconds per
    stage.  Kept out of the manifest, which must be the same bytes on every rerun."""
    return {
        "run": {"engine": engine, "workers": workers, "processed": summary.processed,
                "reused": summary.reused, "tokens": summary.tokens},
        "timings": {
            "seconds_total": round(summary.seconds, 3),
            "seconds_per_stage": {k: round(v, 4) for k, v in sorted(timings.items())},
        },
    }


def _shown_path(path: str) -> str:
    """A path relative to the working folder when it lies inside it (the same in every
    clone), else as given."""
    try:
        return Path(path).resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return str(path)


def _summary_line(summary: RunSummary, out_dir: str | Path) -> str:
    rate = summary.processed / summary.seconds if summary.seconds else 0.0
    return (f"{summary.documents} articles written to {out_dir} ({summary.processed} "
            f"processed, {summary.reused} reused from an earlier run), {summary.failed} "
            f"failed, {summary.warnings} warnings; records: "
            + ", ".join(f"{k} {v}" for k, v in summary.counts.items())
            + f"; {summary.seconds:.1f} s ({rate:.1f} articles/s)")


class _TermAsInterrupt:
    """SIGTERM (``kill``) ends the run like Ctrl-C: staged records stay, workers stop."""

    def __enter__(self) -> _TermAsInterrupt:
        self.previous = None
        if threading.current_thread() is threading.main_thread():
            def handler(signum, frame):
                raise KeyboardInterrupt

            self.previous = signal.signal(signal.SIGTERM, handler)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.previous is not None:
            signal.signal(signal.SIGTERM, self.previous)


def _settled_heap(func):
    """Run ``func`` with the objects alive at its start (and after its first chunk, when
    the pipeline has been built) frozen out of the cyclic garbage collector, and give
    them back at the end.  The model, vocabulary and lexicons live for the whole run;
    rescanning them at each full collection cost about 0.07 s per 256 news articles."""
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        gc.freeze()
        try:
            return func(*args, **kwargs)
        finally:
            gc.unfreeze()
    return wrapper


@_settled_heap
def run(inputs: Iterable[str | Path], out_dir: str | Path, dct: str | None = None,
        settings: dict[str, Any] | None = None, nlp: Language | None = None,
        log=sys.stderr, *, workers: int = 1, engine: Any = "local",
        scheduler: str | None = None, fresh: bool = False,
        cluster_options: dict[str, Any] | None = None,
        progress: bool | None = None, chunk_size: int | None = None,
        formats: tuple[str, ...] = ("csv",)) -> RunSummary:
    """Process every article under ``inputs`` into ``out_dir``; never stops on one failure.

    ``workers``: processes on this machine (``engine="local"``) or LocalCluster workers
    (``engine="dask"`` without ``scheduler``); ``engine`` may also be an engine object
    from :mod:`pipeline.batch.engines`, already started (benchmarks), which is left open.
    Records of an earlier run in ``out_dir`` whose content hash still matches are reused
    unless ``fresh``.  ``progress``: show the bar (default: when ``log`` is a terminal).
    ``chunk_size``: articles per unit of work (default: 32 in one process, 8 with several
    workers, so that the last chunks do not leave a worker idle).  ``formats``: the
    table formats to write (``csv``, ``parquet``; :mod:`pipeline.batch.writers`).
    """
    started = time.perf_counter()
    settings = settings or load_settings()
    inputs = [str(i) for i in inputs]
    out_dir = Path(out_dir)
    model_name = settings["model"]["name"]
    model_version = (nlp.meta.get("version") if nlp is not None
                     else spacy.util.get_package_version(model_name))
    fingerprint = run_fingerprint(config_hash(settings), model_name, model_version,
                                  __version__)
    summary = RunSummary()
    timings: dict[str, float] = defaultdict(float)
    components: list[str] | None = list(nlp.pipe_names) if nlp is not None else None
    errors: list[tuple[tuple[int, int, int], dict[str, Any]]] = []
    order: list[str] = []
    store = RecordStore(out_dir, fresh=fresh)
    bar = Progress(inputs, log, enabled=progress)

    def note(problem: InputProblem, key: tuple[int, int, int]) -> None:
        errors.append((key, problem.as_record()))

    def tasks() -> Iterator[Task]:
        """Articles still to process, in input order; reusable ones are only counted."""
        problems: list[InputProblem] = []
        seen_ids: set[str] = set()
        seq = 0
        for seq, article in enumerate(iter_articles(inputs, dct, problems)):
            for i, problem in enumerate(problems):
                note(problem, (seq, 0, i))
            problems.clear()
            if article.doc_id in seen_ids:
                note(InputProblem(article.source, "duplicate doc id; skipped",
                                  doc_id=article.doc_id), (seq, 1, 0))
                continue
            seen_ids.add(article.doc_id)
            if article.dct is None:
                note(InputProblem(article.source, "no document date (published or --dct): "
                                  "relative dates stay unresolved", doc_id=article.doc_id,
                                  severity="warning"), (seq, 1, 0))
            digest = content_hash(fingerprint, article.doc_id, article.text, article.meta,
                                  article.dct)
            order.append(digest)
            if digest in store:
                summary.reused += 1
                bar.advance()
                continue
            yield Task(seq, article, digest)
        for i, problem in enumerate(problems):
            note(problem, (seq + 1, 0, i))

    runner = None
    owned = isinstance(engine, str)
    engine_name = engine if owned else type(engine).__name__
    try:
        with _TermAsInterrupt(), bar:
            runner = engine if not owned else make_engine(
                engine, workers, settings,
                lambda: nlp if nlp is not None else build_nlp(settings),
                scheduler=scheduler, cluster_options=cluster_options)
            size = chunk_size or (CHUNK_SIZE if runner.workers <= 1 else SMALL_CHUNK)
            for result in runner.map(chunked(tasks(), size)):
                if not summary.processed:
                    gc.freeze()  # a pipeline built for the first chunk is settled too
                for stage, seconds in result.timings.items():
                    timings[stage] += seconds
                components = components or result.pipe_names
                for outcome in result.outcomes:
                    if outcome.line is not None:
                        store.add(outcome.content_hash, outcome.line)
                        summary.processed += 1
                        summary.tokens += outcome.tokens
                    else:
                        note(InputProblem(outcome.source, outcome.error or "failed",
                                          doc_id=outcome.doc_id), (outcome.seq, 2, 0))
                bar.advance(len(result.outcomes))
    except KeyboardInterrupt:
        print(f"interrupted: {summary.processed} new records kept in {out_dir}; run the "
              "same command again to finish the rest", file=log)
        raise
    except BaseException:
        # e.g. a worker process killed by the system: the staged records stay for a rerun
        print(f"run stopped: {summary.processed} new records kept in {out_dir}; run the "
              "same command again to finish the rest", file=log)
        raise
    finally:
        if runner is not None and owned:
            runner.close()
        store.close_staging()
    summary.documents = store.write_documents(order)
    batch_counts = finish_batch(out_dir, settings)
    documents, summary.counts = write_tables(out_dir, formats)
    summary.counts.update(batch_counts)
    summary.documents = documents
    errors.sort(key=lambda item: item[0])
    for _, problem in errors:
        if problem["severity"] == "error":
            summary.failed += 1
        else:
            summary.warnings += 1
    write_errors(out_dir, (problem for _, problem in errors))
    summary.seconds = time.perf_counter() - started
    write_manifest(out_dir, manifest(settings, inputs, summary,
                                     components or _previous_components(out_dir),
                                     model_version))
    write_manifest(out_dir, run_facts(summary, timings, engine_name, workers), RUN_FACTS)
    store.discard()
    print(_summary_line(summary, out_dir), file=log)
    return summary
