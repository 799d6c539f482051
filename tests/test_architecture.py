"""The layout's two rules: stages never import the roles above them, and modules stay small.

Why a test: both rules erode one convenient import or one more function at a time, and a
newcomer reads the layout as the map of the code (docs/ARCHITECTURE.md).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "pipeline"
ABOVE_STAGES = ("pipeline.batch", "pipeline.evaluation", "pipeline.view", "pipeline.cli")
MAX_LINES = 400


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """Absolute names of every module ``path`` imports, at any depth of the file."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")
            if node.level:
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            found.add(target)
            found.update(f"{target}.{alias.name}" for alias in node.names)
    return found


STAGE_FILES = sorted((PACKAGE / "stages").rglob("*.py"))
ALL_FILES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", STAGE_FILES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_stages_never_import_upward(path: Path) -> None:
    upward = sorted(m for m in _imports(path) if m.startswith(ABOVE_STAGES))
    assert not upward, f"{path.relative_to(PACKAGE)} imports {upward}"


@pytest.mark.parametrize("path", ALL_FILES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_over_the_limit(path: Path) -> None:
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{path.relative_to(PACKAGE)} has {lines} lines"


def test_the_upward_check_sees_relative_imports() -> None:
    """The checker itself: a relative import two levels up is resolved, not missed."""
    stage = PACKAGE / "stages" / "claims" / "component.py"
    assert "pipeline.extensions" in _imports(stage)


def test_a_token_is_never_compared_with_its_head_by_identity() -> None:
    """spaCy makes a new ``Token`` object at every access, so ``tok.head is tok`` is False
    even for a root: a loop or test written that way never sees the root. Positions
    (``tok.head.i == tok.i``) or ``==`` compare what is meant."""
    import re

    pattern = re.compile(r"\b([\w.]+)\.head is (not )?\1\b")
    found = [f"{path.relative_to(PACKAGE.parent)}:{n}"
             for path in sorted(PACKAGE.rglob("*.py"))
             for n, line in enumerate(path.read_text("utf-8").splitlines(), 1)
             if pattern.search(line)]
    assert not found, found
