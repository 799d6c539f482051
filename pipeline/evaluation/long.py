"""``python -m pipeline bench long``: time and peak memory of one long article.

The article is built from the bundled corpus' own articles, joined by blank lines and
repeated until it reaches each size (30 KB, 300 KB, 3 MB by default).  Each size runs
in a fresh subprocess (``python -m pipeline.evaluation.long SIZE PART SPANS``), so its
peak resident memory (``ru_maxrss``) is its own; loading the pipeline is not timed,
annotating the article and building its record is.

The cost of cutting: the middle size runs a second time in one piece (no parts), and
the sentences and entities of both runs are compared span by span.  Agreement is the
share of spans found by both runs among those of the larger run.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from ..config import DEFAULT_CONFIG_DIR, load_settings

CORPUS = DEFAULT_CONFIG_DIR.parent / "corpus" / "articles"
SIZES = (30_000, 300_000, 3_000_000)


def long_article(size: int, folder: Path = CORPUS) -> str:
    """About ``size`` characters of the corpus' articles, whole paragraphs only."""
    texts = [p.read_text("utf-8").strip() for p in sorted(folder.glob("*.txt"))]
    if not texts:
        raise FileNotFoundError(f"no articles in {folder}")
    parts: list[str] = []
    total = 0
    while total < size:
        parts.append(texts[len(parts) % len(texts)])
        total += len(parts[-1]) + 2
    text = "\n\n".join(parts)
    cut = text.rfind("\n\n", 0, size)
    return text[:cut] if cut > 0 else text[:size]


def measure(size: int, part_chars: int, spans_path: Path | None,
            config: str | None = None) -> dict[str, Any]:
    """One size in this process: seconds to annotate and record, spans, peak MiB."""
    from ..batch.annotate import annotate
    from ..batch.readers import Article
    from ..nlp import build_nlp
    from ..schema import document_record

    settings = load_settings(config)
    nlp = build_nlp(settings)
    text = long_article(size)
    timings: dict[str, float] = {}
    start = time.perf_counter()
    doc = annotate(nlp, [Article("long", text, {}, "2024-01-01")], timings, part_chars)[0]
    if isinstance(doc, BaseException):
        raise doc
    record = document_record(doc)
    seconds = time.perf_counter() - start
    if spans_path is not None:
        spans = {"sentences": [[s["start"], s["end"]] for s in record["sentences"]],
                 "entities": [[e["start"], e["end"], e["label"]] for e in record["entities"]]}
        spans_path.write_text(json.dumps(spans), "utf-8")
    return {"chars": len(text), "tokens": len(doc), "seconds": round(seconds, 2),
            "peak_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            "sentences": len(record["sentences"]), "entities": len(record["entities"]),
            "stages": {k: round(v, 2) for k, v in sorted(timings.items())}}


def _measure(size: int, part_chars: int, spans: Path | None,
             config: str | None) -> dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, "-m", "pipeline.evaluation.long", str(size), str(part_chars),
         str(spans or ""), config or ""], capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"long article of {size} characters failed:\n{proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def agreement(a: list[list[Any]], b: list[list[Any]]) -> float:
    """Spans in both lists over the spans of the longer one."""
    both = {tuple(x) for x in a} & {tuple(x) for x in b}
    return len(both) / max(len(a), len(b), 1)


def bench_long(settings: dict[str, Any], sizes: tuple[int, ...] = SIZES,
               part_chars: int | None = None) -> dict[str, Any]:
    from ..batch.annotate import PART_CHARS

    part = part_chars or PART_CHARS
    config = settings.get("_dir")
    report: dict[str, Any] = {"part_chars": part, "sizes": {}}
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            report["sizes"][size] = _measure(size, part, Path(tmp) / f"{size}.json", config)
        middle = sorted(sizes)[len(sizes) // 2]
        whole = _measure(middle, middle * 2, Path(tmp) / "whole.json", config)
        report["one_piece"] = {"size": middle, **whole}
        cut = json.loads((Path(tmp) / f"{middle}.json").read_text("utf-8"))
        one = json.loads((Path(tmp) / "whole.json").read_text("utf-8"))
        report["agreement"] = {layer: round(agreement(cut[layer], one[layer]), 4)
                               for layer in ("sentences", "entities")}
    ordered = sorted(sizes)
    if len(ordered) >= 2:
        big, prev = report["sizes"][ordered[-1]], report["sizes"][ordered[-2]]
        report["time_ratio_last_two"] = round(big["seconds"] / max(prev["seconds"], 1e-9), 2)
    return report


def format_report(report: dict[str, Any]) -> str:
    lines = [f"parts of at most {report['part_chars']} characters", "",
             "| size (chars) | tokens | seconds | peak MiB | sentences | entities |",
             "|---|---|---|---|---|---|"]
    for r in report["sizes"].values():
        lines.append(f"| {r['chars']} | {r['tokens']} | {r['seconds']} | {r['peak_mib']} | "
                     f"{r['sentences']} | {r['entities']} |")
    one = report["one_piece"]
    lines.append(f"| {one['chars']} in one piece | {one['tokens']} | {one['seconds']} | "
                 f"{one['peak_mib']} | {one['sentences']} | {one['entities']} |")
    lines.append("")
    if "time_ratio_last_two" in report:
        lines.append(f"time of the largest over the next size: {report['time_ratio_last_two']}x")
    lines.append("agreement with the one-piece run: " + ", ".join(
        f"{k} {v * 100:.2f} %" for k, v in report["agreement"].items()))
    return "\n".join(lines)


def main(settings: dict[str, Any], sizes: tuple[int, ...] = SIZES,
         part_chars: int | None = None) -> int:
    report = bench_long(settings, sizes, part_chars)
    print(format_report(report))
    print()
    print(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    size_arg, part_arg, spans_arg, config_arg = (sys.argv[1:] + ["", "", "", ""])[:4]
    print(json.dumps(measure(int(size_arg), int(part_arg),
                             Path(spans_arg) if spans_arg else None, config_arg or None)))
