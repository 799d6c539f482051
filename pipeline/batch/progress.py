"""Progress of a batch run: a bar with rate and ETA on a terminal, silence otherwise.

The bar goes to stderr and only when stderr is a terminal, so logs and pipes stay
clean; the end-of-run summary is printed either way.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO


def count_articles(inputs: list[str]) -> int | None:
    """A quick upper bound on the number of articles (``.txt`` files plus non-empty
    ``.jsonl`` lines), for the ETA; None when it cannot be had cheaply."""
    total = 0
    try:
        for item in inputs:
            path = Path(item)
            files = sorted(path.iterdir()) if path.is_dir() else [path]
            for file in files:
                if file.suffix == ".txt":
                    total += 1
                elif file.suffix == ".jsonl" and file.is_file():
                    with open(file, "rb") as fh:
                        total += sum(1 for line in fh if line.strip())
    except OSError:
        return None
    return total


class Progress:
    """``advance(n)`` per finished article; a no-op unless ``stream`` is a terminal."""

    def __init__(self, inputs: list[str], stream: TextIO | None = None,
                 enabled: bool | None = None) -> None:
        stream = stream if stream is not None else sys.stderr
        if enabled is None:
            enabled = hasattr(stream, "isatty") and stream.isatty()
        self._bar = None
        if not enabled:
            return
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            TaskProgressColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )
        from rich.progress import Progress as Bar

        self._bar = Bar(
            TextColumn("articles"), BarColumn(), MofNCompleteColumn(), TaskProgressColumn(),
            TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), TextColumn("ETA"),
            TimeRemainingColumn(), console=Console(file=stream), transient=False)
        self._task = self._bar.add_task("run", total=count_articles(inputs), rate="")

    def __enter__(self) -> Progress:
        if self._bar is not None:
            self._bar.start()
        return self

    def advance(self, n: int = 1) -> None:
        if self._bar is None:
            return
        self._bar.advance(self._task, n)
        task = self._bar.tasks[0]
        speed = task.speed
        self._bar.update(self._task, rate=f"{speed:.1f}/s" if speed else "")

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()
