"""Command line: ``python -m pipeline run|evaluate|bench``; argument parsing only."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .readers import parse_dct


def _dct(value: str) -> str:
    parsed = parse_dct(value)
    if parsed is None or len(value) != 10:
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

    ev = sub.add_parser("evaluate", help="score a run against gold annotations")
    ev.add_argument("--pred", required=True, help="run folder with documents.jsonl")
    ev.add_argument("--gold", required=True, help="folder of gold ID.json files")
    ev.add_argument("--thresholds", help="thresholds TOML (default: from the settings)")
    ev.add_argument("--no-thresholds", action="store_true", help="report only")
    ev.add_argument("--json", help="also write the scores as JSON here")
    ev.add_argument("--config", help="configuration folder (default: configs/)")

    bench = sub.add_parser("bench", help="measure a stage on a public benchmark")
    bench.add_argument("stage", choices=["timex", "events"])
    bench.add_argument("--data", required=True, help="benchmark JSONL file")
    bench.add_argument("--limit", type=int, help="only the first N records")
    bench.add_argument("--config", help="configuration folder (default: configs/)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from .config import load_settings, resource

    settings = load_settings(args.config)
    if args.command == "run":
        from .run import run

        return run(args.inputs, args.out, dct=args.dct, settings=settings).exit_code
    if args.command == "evaluate":
        from .evaluate import main as evaluate_main

        thresholds = None
        if not args.no_thresholds:
            thresholds = Path(args.thresholds) if args.thresholds else resource(
                settings, settings["evaluate"]["thresholds"])
        return evaluate_main(Path(args.pred), Path(args.gold), thresholds,
                             Path(args.json) if args.json else None)
    if args.command == "bench":
        from .bench import main as bench_main

        return bench_main(args.stage, Path(args.data), settings, limit=args.limit)
    return 2


if __name__ == "__main__":
    sys.exit(main())
