"""Engines: turn chunks of articles into finished records, in one process, a process
pool, or a Dask cluster.

Records cross process boundaries as finished JSON lines, never as ``Doc`` objects: the
layers live in Doc extensions holding Python objects, and a JSON line is both smaller to
pickle and exactly what the writer appends.  Every engine runs the same
:func:`process_chunk`, so the records are the same whatever the engine or worker count.

Articles are annotated by :mod:`.annotate`: component by component over the chunk, long
ones in parts.
"""

from __future__ import annotations

import gc
import threading
import traceback
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language

from ..schema import document_record
from .annotate import annotate
from .readers import Article

# how many articles a chunk holds: big enough for the model's batching, small enough
# to keep memory flat and the progress bar moving
CHUNK_SIZE = 32
# with several workers: smaller chunks, so that no worker idles while the last one runs
SMALL_CHUNK = 8
# characters per chunk at most (an article longer than this is a chunk of its own): the
# model's working memory follows the characters in a batch, so peak memory stays the same
# however many articles the corpus has and however long its longest run of long articles
# (100,000 gave the same speed on the shared box and 427 MiB peak against 317 MiB)
CHUNK_CHARS = 40_000
# chunks in flight per worker: keeps every worker busy without reading the whole corpus
WINDOW_PER_WORKER = 2


@dataclass
class Outcome:
    """What became of one article: its JSON line, or the reason it failed."""

    seq: int
    doc_id: str
    content_hash: str
    source: str = ""
    line: str | None = None
    error: str | None = None
    tokens: int = 0


@dataclass
class ChunkResult:
    """A chunk's outcomes, with seconds per stage summed over its articles."""

    outcomes: list[Outcome]
    timings: dict[str, float] = field(default_factory=dict)
    pipe_names: list[str] = field(default_factory=list)
    model_version: str | None = None


@dataclass
class Task:
    """One article to process, tagged with its place in the input and its content hash."""

    seq: int
    article: Article
    content_hash: str


def _reason(exc: BaseException) -> str:
    return "processing failed: " + traceback.format_exception_only(type(exc), exc)[-1].strip()


def process_tasks(nlp: Language, tasks: Sequence[Task]) -> ChunkResult:
    """Finished record lines for a chunk of tasks; failures carry their reason."""
    from .resume import record_line

    timings: dict[str, float] = defaultdict(float)
    outcomes = []
    for task, result in zip(tasks, annotate(nlp, [t.article for t in tasks], timings),
                            strict=True):
        outcome = Outcome(task.seq, task.article.doc_id, task.content_hash, task.article.source)
        if isinstance(result, BaseException):
            outcome.error = _reason(result)
        else:
            try:
                outcome.line = record_line(document_record(result), task.content_hash)
                outcome.tokens = len(result)
            except Exception as exc:  # a record that cannot be serialised is one failure
                outcome.error = _reason(exc)
        outcomes.append(outcome)
    return ChunkResult(outcomes, dict(timings), list(nlp.pipe_names), nlp.meta.get("version"))


# ------------------------------------------------------------------ per-process pipeline

_LOCAL = threading.local()  # one pipeline per process and thread (Dask may use threads)


def worker_nlp(settings: dict[str, Any]) -> Language:
    """The pipeline for these settings, built once per process (and thread) and reused."""
    from ..config import config_hash
    from ..nlp import build_nlp

    key = (settings["_dir"], config_hash(settings))
    cache = getattr(_LOCAL, "cache", None)
    if cache is None or cache[0] != key:
        _LOCAL.cache = cache = (key, build_nlp(settings))
    return cache[1]


def process_chunk(settings: dict[str, Any], tasks: Sequence[Task]) -> ChunkResult:
    """The unit of work every engine ships: build (or reuse) the pipeline, run the chunk."""
    return process_tasks(worker_nlp(settings), tasks)


def _warm(settings: dict[str, Any]) -> None:
    """Pool initializer: Ctrl-C is the parent's to handle; build the pipeline now."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    worker_nlp(settings)
    # the pipeline lives as long as this worker: keep the garbage collector from
    # rescanning it (see ``pipeline.batch.run._settled_heap``)
    gc.freeze()


# ------------------------------------------------------------------ engines


def chunked(tasks: Iterable[Task], size: int,
            max_chars: int = CHUNK_CHARS) -> Iterator[list[Task]]:
    """Chunks of at most ``size`` articles and (unless one article is longer) at most
    ``max_chars`` characters, in input order."""
    chunk: list[Task] = []
    chars = 0
    for task in tasks:
        length = len(task.article.text)
        if chunk and chars + length > max_chars:
            yield chunk
            chunk, chars = [], 0
        chunk.append(task)
        chars += length
        if len(chunk) >= size:
            yield chunk
            chunk, chars = [], 0
    if chunk:
        yield chunk


class InProcessEngine:
    """One worker: the chunks run in this process with the given pipeline."""

    workers = 1

    def __init__(self, nlp_factory: Callable[[], Language]) -> None:
        self.nlp_factory = nlp_factory  # built at the first chunk: a rerun may need none
        self.nlp: Language | None = None

    def map(self, chunks: Iterable[list[Task]]) -> Iterator[ChunkResult]:
        for chunk in chunks:
            if self.nlp is None:
                self.nlp = self.nlp_factory()
            yield process_tasks(self.nlp, chunk)

    def close(self) -> None:
        pass


class _WindowedEngine:
    """Submits chunks with at most ``window`` in flight; yields results as they finish."""

    workers = 1

    def _submit(self, chunk: list[Task]) -> Any:
        raise NotImplementedError

    def _wait_any(self, pending: deque) -> Any:
        raise NotImplementedError

    def map(self, chunks: Iterable[list[Task]]) -> Iterator[ChunkResult]:
        window = max(1, self.workers * WINDOW_PER_WORKER)
        pending: deque = deque()
        for chunk in chunks:
            pending.append(self._submit(chunk))
            while len(pending) >= window:
                yield self._wait_any(pending)
        while pending:
            yield self._wait_any(pending)


class PoolEngine(_WindowedEngine):
    """N worker processes on this machine, each building the pipeline once."""

    def __init__(self, settings: dict[str, Any], workers: int) -> None:
        import multiprocessing

        self.settings = settings
        self.workers = workers
        # forkserver: workers start from a clean process (no threads, no open outputs)
        method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() \
            else "spawn"
        context = multiprocessing.get_context(method)
        self.pool = ProcessPoolExecutor(workers, mp_context=context,
                                        initializer=_warm, initargs=(settings,))

    def _submit(self, chunk: list[Task]) -> Future:
        return self.pool.submit(process_chunk, self.settings, chunk)

    def _wait_any(self, pending: deque) -> ChunkResult:
        from concurrent.futures import FIRST_COMPLETED, wait

        done, _ = wait(pending, return_when=FIRST_COMPLETED)
        future = next(f for f in pending if f in done)  # oldest finished: stable progress
        pending.remove(future)
        return future.result()

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


class DaskEngine(_WindowedEngine):
    """A ``dask.distributed`` cluster: ``scheduler`` is its address; without one a
    LocalCluster of ``workers`` processes is started (and stopped) for the run.

    Workers must see the same configuration folder (``settings["_dir"]``) and have this
    package and the model installed.
    """

    def __init__(self, settings: dict[str, Any], scheduler: str | None, workers: int,
                 cluster_options: dict[str, Any] | None = None) -> None:
        import logging

        from distributed import Client, LocalCluster

        self.settings = settings
        self.cluster = None
        if scheduler:
            self.client = Client(scheduler)
        else:
            options = {"n_workers": workers, "threads_per_worker": 1,
                       "dashboard_address": None, "silence_logs": logging.ERROR}
            options.update(cluster_options or {})
            self.cluster = LocalCluster(**options)
            self.client = Client(self.cluster)
        self.workers = max(1, sum(self.client.nthreads().values()))

    def _submit(self, chunk: list[Task]) -> Any:
        return self.client.submit(process_chunk, self.settings, chunk, pure=False)

    def _wait_any(self, pending: deque) -> ChunkResult:
        from distributed import wait

        done = wait(list(pending), return_when="FIRST_COMPLETED").done
        future = next(f for f in pending if f in done)
        pending.remove(future)
        return future.result()

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def make_engine(engine: str, workers: int, settings: dict[str, Any],
                nlp_factory: Callable[[], Language], scheduler: str | None = None,
                cluster_options: dict[str, Any] | None = None):
    """The engine a run asked for: ``local`` (in-process for one worker, else a process
    pool) or ``dask``."""
    if engine == "dask":
        return DaskEngine(settings, scheduler, workers, cluster_options)
    if engine != "local":
        raise ValueError(f"unknown engine {engine!r} (local or dask)")
    if workers <= 1:
        return InProcessEngine(nlp_factory)
    return PoolEngine(settings, workers)
