"""Which gold documents are development and which validation (``corpus/SPLIT.md``).

Why: a rule that lifts the development articles but not the validation ones fits the
corpus, not the news. Scores are reported per part so the gap shows in every run, and
thresholds can be set on the validation part (``[parts.validation]``) and on the gap.

``SPLIT.md`` is prose for people with one machine-read list: the bullet items (``- ID``)
after a line starting ``Validation:``, up to the next line that is neither a bullet nor
blank. Every other gold document is development.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

DEVELOPMENT = "development"
VALIDATION = "validation"
PARTS = (DEVELOPMENT, VALIDATION)
SPLIT_FILE = "SPLIT.md"

_BULLET = re.compile(r"^\s*[-*]\s+`?([\w.-]+)`?\s*$")


def read_validation_ids(path: Path) -> list[str]:
    """The validation document ids listed in a ``SPLIT.md``; ValueError if it names none."""
    ids: list[str] = []
    inside = False
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip().lower().startswith("validation:"):
            inside = True
            continue
        if not inside:
            continue
        match = _BULLET.match(line)
        if match:
            ids.append(match.group(1))
        elif line.strip() and ids:
            break
    if not ids:
        raise ValueError(f"{path}: no '- ID' items after a 'Validation:' line")
    return ids


def assign_parts(doc_ids: Iterable[str], validation: Iterable[str]) -> dict[str, str]:
    """``{doc_id: part}`` for the scored documents."""
    held = set(validation)
    return {doc_id: VALIDATION if doc_id in held else DEVELOPMENT for doc_id in doc_ids}


def default_split_file(gold_dir: Path) -> Path | None:
    """``SPLIT.md`` beside the gold folder (``corpus/SPLIT.md`` for ``corpus/gold``), if any."""
    candidate = Path(gold_dir).resolve().parent / SPLIT_FILE
    return candidate if candidate.is_file() else None
