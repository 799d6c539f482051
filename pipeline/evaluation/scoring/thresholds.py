"""Minimum scores (``configs/thresholds.toml``) and the check CI runs against them.

Format: a ``[corpus]`` table, ``[parts.development]`` / ``[parts.validation]`` tables and
``[documents."DOC_ID"]`` tables, each mapping dotted ``"layer.metric"`` keys to minimums
in [0, 1]; and a ``[gap]`` table mapping the same keys to the most that development may
exceed validation by (the sign that rules fit the corpus rather than the news).
A threshold that cannot be checked (unknown metric, document not scored) is a failure,
so a typo never passes silently.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

Thresholds = dict[str, Any]
"""``{"corpus": {key: min}, "documents": {doc_id: {key: min}}}``."""

EPSILON = 1e-9


def _minimums(table: Any, where: str) -> dict[str, float]:
    """Validated ``{"layer.metric": minimum}`` of one table."""
    if not isinstance(table, Mapping):
        raise TypeError(f'{where}: expected a table of "layer.metric" = minimum')
    out: dict[str, float] = {}
    for key, value in table.items():
        if not isinstance(key, str) or key.count(".") != 1:
            raise ValueError(f'{where}: key {key!r} is not "layer.metric"')
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
            raise ValueError(f"{where}: {key} = {value!r} is not a number in [0, 1]")
        out[key] = float(value)
    return dict(sorted(out.items()))


def load_thresholds(path: Path) -> Thresholds:
    """Read and validate a thresholds file; ValueError/TypeError on a malformed one."""
    with Path(path).open("rb") as handle:
        data = tomllib.load(handle)
    unknown = sorted(set(data) - {"corpus", "documents", "parts", "gap"})
    if unknown:
        raise ValueError(
            f"{path}: unknown tables {unknown} (expected corpus, parts, gap, documents)")
    for name in ("documents", "parts"):
        if not isinstance(data.get(name, {}), Mapping):
            raise TypeError(f"{path}: [{name}] must hold one table per name")
    return {
        "corpus": _minimums(data.get("corpus", {}), f"{path} [corpus]"),
        "parts": {
            part: _minimums(table, f"{path} [parts.{part}]")
            for part, table in sorted(data.get("parts", {}).items())
        },
        "gap": _minimums(data.get("gap", {}), f"{path} [gap]"),
        "documents": {
            doc_id: _minimums(table, f"{path} [documents.{doc_id!r}]")
            for doc_id, table in sorted(data.get("documents", {}).items())
        },
    }


def _check_table(
    where: str, layers: Mapping[str, Any] | None, minimums: Mapping[str, float]
) -> list[str]:
    failures: list[str] = []
    for key, minimum in minimums.items():
        layer, metric = key.split(".")
        if layers is None:
            failures.append(f"{where}: {key} >= {minimum:.3f} not checked: not scored")
            continue
        value = layers.get(layer, {}).get(metric)
        if not isinstance(value, (int, float)):
            failures.append(f"{where}: {key} >= {minimum:.3f} not checked: no such metric")
        elif value < minimum - EPSILON:
            failures.append(f"{where}: {key} = {value:.3f} < {minimum:.3f}")
    return failures


def check_thresholds(scores: Mapping[str, Any], thresholds: Mapping[str, Any]) -> list[str]:
    """Human-readable failures (empty when every minimum is met)."""
    failures = _check_table("corpus", scores.get("corpus", {}), thresholds.get("corpus", {}))
    parts = scores.get("parts", {})
    for part, minimums in thresholds.get("parts", {}).items():
        failures += _check_table(f"{part} part", parts.get(part), minimums)
    failures += _check_gap(parts, thresholds.get("gap", {}))
    documents = scores.get("documents", {})
    for doc_id, minimums in sorted(thresholds.get("documents", {}).items()):
        failures += _check_table(doc_id, documents.get(doc_id), minimums)
    return failures


def _check_gap(parts: Mapping[str, Any], maximums: Mapping[str, float]) -> list[str]:
    """Development minus validation at most the given value, per metric."""
    failures: list[str] = []
    for key, most in maximums.items():
        layer, metric = key.split(".")
        values = [parts.get(p, {}).get(layer, {}).get(metric) for p in ("development",
                                                                         "validation")]
        if not all(isinstance(v, (int, float)) for v in values):
            failures.append(f"gap: {key} <= {most:.3f} not checked: no split or no such metric")
        elif values[0] - values[1] > most + EPSILON:
            failures.append(f"gap: {key} = {values[0] - values[1]:+.3f} > {most:.3f} "
                            "(development minus validation)")
    return failures
