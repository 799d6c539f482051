"""Check that the loaded model is the one the configuration expects.

The English model is installed from a re-upload of spaCy's ``en_core_web_sm`` on PyPI
(pinned by its wheel's SHA-256 in ``requirements/model.txt``).  A hash guards the
download; this check guards the load: a different package installed under the
configured name, or a model retrained or swapped in place, would change every record
silently.  The expected name, version, components and accuracy figures are data
(``configs/model.toml``), so another model can be configured and described there.
"""

from __future__ import annotations

import tomllib
import warnings
from pathlib import Path
from typing import Any

# accuracy figures are compared at this many decimals (meta.json carries ~10)
DECIMALS = 6


class ModelCheckError(RuntimeError):
    """The loaded model is not the one ``configs/model.toml`` describes."""


def expected_model(path: Path, package: str) -> dict[str, Any] | None:
    """The table for ``package`` in the expectations file, or None if it has none."""
    with open(path, "rb") as fh:
        return tomllib.load(fh).get(package)


def check_meta(meta: dict[str, Any], expected: dict[str, Any], package: str,
               source: Path) -> None:
    """Raise :class:`ModelCheckError` listing every way ``meta`` differs from ``expected``."""
    problems = []
    for key in ("lang", "name", "version"):
        if key in expected and meta.get(key) != expected[key]:
            problems.append(f"{key} is {meta.get(key)!r}, expected {expected[key]!r}")
    missing = [c for c in expected.get("components", []) if c not in meta.get("pipeline", [])]
    if missing:
        problems.append(f"components {missing} are missing from its pipeline")
    found = meta.get("performance") or {}
    for key, value in (expected.get("performance") or {}).items():
        got = found.get(key)
        if not isinstance(got, int | float) or round(got, DECIMALS) != round(value, DECIMALS):
            problems.append(f"accuracy {key} is {got!r}, expected {value!r}")
    if problems:
        raise ModelCheckError(
            f"model {package!r} is not the expected one ({source}): " + "; ".join(problems)
            + ". Reinstall it with `make .venv/.installed-stamp` (hash-checked) or describe "
              "the model you mean to use in that file.")


def check_model(meta: dict[str, Any], settings: dict[str, Any]) -> None:
    """Check a loaded model's meta against the settings' expectations file."""
    from .config import resource

    model = settings["model"]
    if not model.get("expected"):
        return
    source = resource(settings, model["expected"])
    expected = expected_model(source, model["name"])
    if expected is None:
        warnings.warn(f"model {model['name']!r} is not described in {source}: its name, "
                      "version and accuracy are not checked", stacklevel=2)
        return
    check_meta(meta, expected, model["name"], source)
