"""Gold written as JSON lines (cross-article links, stance probes): one reader for both.

Gold that cannot be read must stop the benchmark with the file and line named, unlike
articles (whose problems never stop a batch): a figure scored on half-read gold means
nothing."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any


def gold_lines(path: Path, error: type[Exception]) -> Iterator[tuple[str, Any]]:
    """(``FILE:LINE``, parsed value) of each non-blank line; ``error`` on malformed JSON."""
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            yield where, json.loads(line)
        except json.JSONDecodeError as exc:
            raise error(f"{where}: not JSON ({exc.msg})") from None
