"""Command line: ``python -m pipeline run|evaluate|bench|pairs|report|query|show``; argument
parsing only."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from .batch.readers import parse_dct
from .evaluation.scoring.report import DOCUMENT_BLOCKS


def _dct(value: str) -> str:
    parsed = parse_dct(value) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) else None
    if parsed is None:
        raise argparse.ArgumentTypeError(f"expected YYYY-MM-DD, got {value!r}")
    return parsed


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pipeline", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="process articles into records")
    run.add_argument("inputs", nargs="+", help="folders, .txt files or .jsonl files")
    run.add_argument("--out", required=True, help="output folder")
    run.add_argument("--dct", type=_dct, help="document date for articles without 'published'")
    run.add_argument("--config", help="configuration folder (default: configs/)")
    run.add_argument("--workers", type=int, default=1,
                     help="worker processes (local) or LocalCluster workers (dask)")
    run.add_argument("--engine", choices=["local", "dask"], default="local",
                     help="local processes, or a dask.distributed cluster")
    run.add_argument("--scheduler", help="Dask scheduler address (default: a LocalCluster)")
    run.add_argument("--fresh", action="store_true",
                     help="reprocess everything instead of reusing matching records")
    run.add_argument("--format", choices=["csv", "parquet", "both"], default="csv",
                     help="table format: CSV (lists joined with ';'), typed Parquet, or both")

    ev = sub.add_parser("evaluate", help="score a run against gold annotations")
    ev.add_argument("--pred", required=True, help="run folder with documents.jsonl")
    ev.add_argument("--gold", required=True, help="folder of gold ID.json files")
    ev.add_argument("--thresholds", help="thresholds TOML (default: from the settings)")
    ev.add_argument("--no-thresholds", action="store_true", help="report only")
    ev.add_argument("--json", help="also write the scores as JSON here")
    ev.add_argument("--split", help="SPLIT.md naming the validation documents "
                                    "(default: SPLIT.md beside the gold folder)")
    ev.add_argument("--config", help="configuration folder (default: configs/)")
    ev.add_argument("--documents", choices=DOCUMENT_BLOCKS, default="all",
                    help="per-document blocks to print: all, development only (for "
                         "rule writers: validation is read as the part's numbers), none, "
                         "or blind (the development part and documents alone)")

    bench = sub.add_parser("bench", help="measure a stage on a public benchmark")
    bench.add_argument("stage", choices=["timex", "events", "stance", "entities", "cross",
                                          "speed", "long", "tables"])
    bench.add_argument("--data", help="benchmark JSONL file, or a folder with articles/ and gold/"
                       " (speed: default TempEval texts; cross: default corpus/cross)")
    bench.add_argument("--limit", type=int,
                       help="only the first N records (speed: articles, default 200; "
                            "tables: articles, default 2000)")
    bench.add_argument("--errors", type=int, metavar="N",
                       help="timex, cross, events, entities, stance: also list the first N errors "
                            "(0 = all)")
    bench.add_argument("--dropped", action="store_true",
                       help="events: count expected events lost after a trigger fired, by "
                            "reason (with --errors N, list them; development articles only)")
    bench.add_argument("--workers", type=int, default=2, help="speed: workers to compare with 1")
    bench.add_argument("--memory", default="200,2000",
                       help="speed: article counts whose peak memory is compared")
    bench.add_argument("--repeat", type=int,
                       help="speed: rounds of throughput measurements (default 2); tables: "
                            "timed load() calls per format (default 5); best kept")
    bench.add_argument("--fresh", action="store_true",
                       help="tables: also time whole runs that process every article")
    bench.add_argument("--sizes", default="30000,300000,3000000",
                       help="long: article sizes in characters")
    bench.add_argument("--part", type=int, help="long: characters per part (default: the "
                                                "engine's)")
    bench.add_argument("--config", help="configuration folder (default: configs/)")

    pairs = sub.add_parser("pairs", help="list a run's cross-article denial→claim pairs")
    pairs.add_argument("out_dir", help="run folder with documents.jsonl")
    pairs.add_argument("--recompute", action="store_true",
                       help="recompute cross_pairs.csv/.jsonl even when up to date")
    pairs.add_argument("--config", help="configuration folder (default: configs/)")

    report = sub.add_parser("report", help="write a run's self-contained HTML report")
    report.add_argument("out_dir", help="run folder with documents.jsonl")
    report.add_argument("--html", help="where to write it (default: OUT_DIR/report.html)")

    query = sub.add_parser("query", help="SQL (DuckDB) over a run's tables")
    query.add_argument("out_dir", help="run folder with documents.jsonl")
    query.add_argument("sql", help="one query; tables: documents, sentences, entities, "
                                   "timexes, events, claims, pairs, cross_pairs")
    query.add_argument("--limit", type=int, default=100, help="rows printed at most")

    show = sub.add_parser("show", help="print one article's records as tables")
    show.add_argument("doc_id", help="the article's doc_id")
    show.add_argument("--out", required=True, help="run folder with documents.jsonl")
    show.add_argument("--sentences", action="store_true", help="also list the sentences")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "report":
        from .view.report import write_report

        try:
            print(write_report(Path(args.out_dir), args.html))
        except FileNotFoundError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        return 0
    if args.command == "query":
        from .view.query import main as query_main

        return query_main(Path(args.out_dir), args.sql, limit=args.limit)
    if args.command == "show":
        from .view.show import main as show_main

        return show_main(args.doc_id, Path(args.out), sentences=args.sentences)
    from .config import load_settings, resource

    settings = load_settings(args.config)
    if args.command == "run":
        from .batch.run import run
        from .batch.writers import formats_of

        try:
            return run(args.inputs, args.out, dct=args.dct, settings=settings,
                       workers=args.workers, engine=args.engine, scheduler=args.scheduler,
                       fresh=args.fresh, formats=formats_of(args.format)).exit_code
        except KeyboardInterrupt:
            return 130
    if args.command == "evaluate":
        from .evaluation.evaluate import main as evaluate_main

        thresholds = None
        if not args.no_thresholds:
            thresholds = Path(args.thresholds) if args.thresholds else resource(
                settings, settings["evaluate"]["thresholds"])
        return evaluate_main(Path(args.pred), Path(args.gold), thresholds,
                             Path(args.json) if args.json else None,
                             Path(args.split) if args.split else None, args.documents)
    if args.command == "bench":
        from .evaluation.bench import main as bench_main

        if args.stage == "tables":
            from .evaluation.bench_tables import main as tables_main

            return tables_main(settings, articles=args.limit or 2000,
                               data=Path(args.data) if args.data else None,
                               repeat=args.repeat or 5, fresh=args.fresh)
        if args.stage == "speed":
            from .evaluation.speed import main as speed_main

            return speed_main(settings, Path(args.data) if args.data else None,
                              articles=args.limit or 200, workers=args.workers,
                              memory=tuple(int(n) for n in args.memory.split(",") if n),
                              repeat=args.repeat or 2)
        if args.stage == "long":
            from .evaluation.long import main as long_main

            return long_main(settings, tuple(int(n) for n in args.sizes.split(",") if n),
                             args.part)
        if args.stage == "cross" and not args.data:
            args.data = "corpus/cross"  # the cross-article benchmark written for this project
        if not args.data:
            build_parser().error("bench timex|events|stance|entities needs --data")
        return bench_main(args.stage, Path(args.data), settings, limit=args.limit,
                          errors=args.errors, dropped=args.dropped)
    if args.command == "pairs":
        from .view.pairs import show_pairs

        return show_pairs(Path(args.out_dir), settings, recompute=args.recompute)
    return 2


if __name__ == "__main__":
    sys.exit(main())
