"""``python -m pipeline bench tables``: CSV against Parquet on a large batch's records.

What is measured, on N articles (default 2,000: the TempEval texts cycled with new ids,
as ``bench speed`` builds them):

1. The base texts go through the pipeline once.  Their records are then repeated under
   the new ids, each with the content hash a run would give it, into ``documents.jsonl``
   of an N-article run folder: processing 2,000 articles would take minutes on a shared
   machine and measure the NLP, not the tables.
2. ``run``: ``python -m pipeline run BENCH.jsonl --out DIR --format F`` on a copy of that
   folder, for F = csv and parquet, each a fresh process (peak resident memory from the
   kernel's rusage of that child).  Every record is reused, so the run reads, hashes,
   pairs across articles and writes the tables: the whole command minus the NLP, and
   without the model loaded, so the tables' share of the peak is as large as it gets.
3. ``writer``: :func:`pipeline.batch.writers.write_tables` alone in a fresh process.
   The same at a tenth of the articles shows whether the peak grows with the batch.
   With ``fresh`` (``--fresh``), also whole runs processing every article, model loaded:
   the command as users run it (minutes).
4. ``load``: :func:`pipeline.load` of each folder, best of ``repeat`` (the formats
   take turns); the frames must be equal (they are compared).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from ..batch.writers import RUN_FACTS
from .speed import base_texts, write_corpus

FORMATS = ("csv", "parquet")


def _own_peak_mib() -> float:
    """This process's peak resident memory since its ``exec``: ``VmHWM``.

    ``ru_maxrss`` would not do: Linux carries the parent's high-water mark over ``exec``
    into the child, and the parent here holds a loaded pipeline."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _child_peak(argv: list[str]) -> tuple[float, float]:
    """Run ``argv`` through this module's child entry point, in a fresh process:
    (seconds, the child's peak resident MiB)."""
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "pipeline.evaluation.bench_tables", *argv],
                          capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    if proc.returncode:
        raise RuntimeError(f"{' '.join(argv[:3])} ... failed:\n{proc.stderr[-2000:]}")
    return seconds, float(proc.stdout.strip().splitlines()[-1])


def _repeat_records(base_dir: Path, corpus: Path, out_dir: Path,
                    settings: dict[str, Any]) -> int:
    """``documents.jsonl`` for ``corpus`` from the base run's records, hashed as ``run``
    hashes them, so that a run over ``corpus`` reuses every one."""
    import spacy

    from .. import __version__
    from ..batch.readers import iter_articles
    from ..batch.resume import (
        HASH_KEY,
        content_hash,
        mark_current,
        record_line,
        run_fingerprint,
    )
    from ..config import config_hash

    model = settings["model"]["name"]
    fingerprint = run_fingerprint(config_hash(settings), model,
                                  spacy.util.get_package_version(model), __version__)
    with open(base_dir / "documents.jsonl", encoding="utf-8") as fh:
        base = {}
        for line in fh:
            record = json.loads(line)
            record.pop(HASH_KEY, None)
            base[record["doc_id"]] = record
    out_dir.mkdir(parents=True, exist_ok=True)
    n = 0
    with open(out_dir / "documents.jsonl", "w", encoding="utf-8") as dst:
        for article in iter_articles([str(corpus)], None, []):  # as ``run`` reads them
            record = {**base[article.doc_id.split("~")[0]], "doc_id": article.doc_id,
                      "meta": article.meta, "dct": article.dct,
                      "dct_source": article.dct_source}
            digest = content_hash(fingerprint, article.doc_id, article.text, article.meta,
                                  article.dct)
            dst.write(record_line(record, digest))
            n += 1
    mark_current(out_dir)  # written as this code would: a run may reuse every record
    return n


def _time_loads(folders: dict[str, Path], repeat: int) -> dict[str, tuple[float, dict]]:
    """Best ``load()`` time per folder; the formats take turns, so that a busy moment on
    a shared machine falls on both."""
    from ..view.load import load

    best: dict[str, tuple[float, dict]] = {}
    for _ in range(repeat):
        for name, folder in folders.items():
            start = time.perf_counter()
            frames = load(folder)
            seconds = time.perf_counter() - start
            if name not in best or seconds < best[name][0]:
                best[name] = (seconds, frames)
    return best


def bench_tables(settings: dict[str, Any], articles: int = 2000, data: Path | None = None,
                 repeat: int = 5, fresh: bool = False) -> dict[str, Any]:
    import pandas as pd

    from ..batch.run import run

    config = settings.get("_dir") or ""
    report: dict[str, Any] = {"articles": articles, "cpus": os.cpu_count()}
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        base_corpus = write_corpus(len(base_texts(data)), tmp, data)
        start = time.perf_counter()
        summary = run([base_corpus], tmp / "base", settings=settings,
                      log=open(os.devnull, "w"), progress=False)
        report["base"] = {"articles": summary.documents,
                          "seconds": round(time.perf_counter() - start, 1)}
        small = write_corpus(articles // 10, tmp, data)
        _repeat_records(tmp / "base", small, tmp / "seed-small", settings)
        corpus = write_corpus(articles, tmp, data)
        seed = tmp / "seed"
        _repeat_records(tmp / "base", corpus, seed, settings)
        for fmt in FORMATS:
            folder = tmp / f"small-{fmt}"
            shutil.copytree(tmp / "seed-small", folder)
            _, small_peak = _child_peak(["run", str(small), "--out", str(folder),
                                         "--format", fmt, "--config", config])
            folder = tmp / f"run-{fmt}"
            shutil.copytree(seed, folder)
            seconds, peak = _child_peak(["run", str(corpus), "--out", str(folder),
                                         "--format", fmt, "--config", config])
            manifest = json.loads((folder / "manifest.json").read_text("utf-8"))
            facts = json.loads((folder / RUN_FACTS).read_text("utf-8"))
            if facts["run"]["processed"]:
                raise RuntimeError("bench records were not reused: the hashes disagree")
            writer_folder = tmp / f"writer-{fmt}"
            writer_folder.mkdir()
            shutil.copy(folder / "documents.jsonl", writer_folder)
            w_seconds, w_peak = _child_peak(["write", str(writer_folder), fmt])
            size = sum(p.stat().st_size for p in folder.glob(f"*.{fmt}"))
            report[fmt] = {"run_seconds": round(seconds, 2), "run_peak_mib": round(peak, 1),
                           "writer_seconds": round(w_seconds, 2),
                           "writer_peak_mib": round(w_peak, 1),
                           "table_mib": round(size / 2**20, 2),
                           "rows": manifest["counts"],
                           f"run_peak_mib_{articles // 10}": round(small_peak, 1)}
            if fresh:  # every article processed, model loaded: the run as users run it
                seconds, peak = _child_peak(["run", str(corpus), "--out",
                                             str(tmp / f"fresh-{fmt}"), "--format", fmt,
                                             "--config", config])
                report[fmt].update(fresh_seconds=round(seconds, 1),
                                   fresh_peak_mib=round(peak, 1))
        loads = _time_loads({fmt: tmp / f"run-{fmt}" for fmt in FORMATS}, repeat)
        for fmt in FORMATS:
            report[fmt]["load_seconds"] = round(loads[fmt][0], 3)
        for name, frame in loads["csv"][1].items():
            pd.testing.assert_frame_equal(frame, loads["parquet"][1][name], obj=name)
        report["same_frames"] = True
    csv, parquet = report["csv"], report["parquet"]
    report["run_peak_ratio"] = round(parquet["run_peak_mib"] / csv["run_peak_mib"], 3)
    report["writer_peak_ratio"] = round(parquet["writer_peak_mib"] / csv["writer_peak_mib"], 3)
    if fresh:
        report["fresh_peak_ratio"] = round(parquet["fresh_peak_mib"] / csv["fresh_peak_mib"], 3)
    report["load_speedup"] = round(csv["load_seconds"] / parquet["load_seconds"], 2)
    return report


def format_report(report: dict[str, Any]) -> str:
    n, small = report["articles"], report["articles"] // 10
    fresh = "fresh_peak_ratio" in report
    lines = [f"{n} articles ({report['base']['articles']} base texts processed in "
             f"{report['base']['seconds']} s, records repeated; {report['cpus']} CPUs)", "",
             f"| format | run s | run peak MiB ({small} articles) | writer s | writer peak MiB "
             "| tables MiB | load() s |" + (" fresh run s | fresh run peak MiB |" if fresh
                                            else ""),
             "|---|---|---|---|---|---|---|" + ("---|---|" if fresh else "")]
    for fmt in FORMATS:
        r = report[fmt]
        lines.append(f"| {fmt} | {r['run_seconds']} | {r['run_peak_mib']} "
                     f"({r[f'run_peak_mib_{small}']}) | {r['writer_seconds']} | "
                     f"{r['writer_peak_mib']} | {r['table_mib']} | {r['load_seconds']} |"
                     + (f" {r['fresh_seconds']} | {r['fresh_peak_mib']} |" if fresh else ""))
    lines += ["", f"rows: {report['csv']['rows']}",
              f"peak memory parquet/csv: run with records reused {report['run_peak_ratio']}"
              + (f", fresh run {report['fresh_peak_ratio']}" if fresh else "")
              + f", writer alone {report['writer_peak_ratio']}",
              f"load() csv/parquet time: {report['load_speedup']}x; "
              f"same frames: {report['same_frames']}"]
    return "\n".join(lines)


def main(settings: dict[str, Any], articles: int = 2000, data: Path | None = None,
         repeat: int = 5, fresh: bool = False) -> int:
    report = bench_tables(settings, articles, data, repeat, fresh)
    print(format_report(report))
    print()
    print(json.dumps(report, indent=1, default=str))
    return 0


def _child(argv: list[str]) -> None:
    """``run ARGS...`` (the command line) or ``write DIR FORMAT`` (the writer alone); the
    last line printed is the peak resident MiB."""
    if argv[0] == "run":
        from ..cli import main as cli_main

        with open(os.devnull, "w") as quiet:
            stderr, sys.stderr = sys.stderr, quiet
            try:
                code = cli_main(argv)
            finally:
                sys.stderr = stderr
        if code:
            sys.exit(code)
    else:
        from ..batch.writers import write_tables

        write_tables(Path(argv[1]), (argv[2],))
    print(_own_peak_mib())


if __name__ == "__main__":
    _child(sys.argv[1:])
