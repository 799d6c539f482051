"""Raw counts per layer, and the metrics derived from them.

Scores are micro-averaged over documents, so every layer scorer returns counts
(a :data:`Tally`), never ratios: the corpus score is computed from the summed
counts, not from averaged per-document ratios.

Empty denominators follow one rule everywhere: when a layer has nothing in gold
and nothing predicted, every metric is 1.0 (there was nothing to find and nothing
was wrong); otherwise an empty denominator scores 0.0.  This keeps all values
plain floats, so thresholds and tables never meet a null.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

Tally = dict[str, float]
"""Named counts for one layer of one document (or of the corpus)."""

DIGITS = 6


def add_tallies(tallies: Iterable[Mapping[str, float]]) -> Tally:
    """Sum tallies key by key (keys sorted, so the result is deterministic)."""
    total: Tally = {}
    for tally in tallies:
        for key, value in tally.items():
            total[key] = total.get(key, 0) + value
    return {key: _tidy(total[key]) for key in sorted(total)}


def _tidy(value: float) -> float:
    """Keep integral counts as ints so the JSON stays readable."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return round(value, DIGITS) if isinstance(value, float) else value


def ratio(num: float, den: float, vacuous: bool) -> float:
    """``num / den``; 1.0 when the whole layer is empty, else 0.0 for ``den == 0``."""
    if den:
        return round(num / den, DIGITS)
    return 1.0 if vacuous else 0.0


def prf(
    tp: float, n_pred: float, n_gold: float, prefix: str = "", vacuous: bool | None = None
) -> dict[str, float]:
    """Precision, recall and F1 named ``{prefix}precision`` etc.

    ``vacuous`` overrides the "nothing on either side" test for scores that are taken
    over matched items only: no matched items is not a perfect score when the layer
    itself was not empty.
    """
    if vacuous is None:
        vacuous = n_pred == 0 and n_gold == 0
    precision = ratio(tp, n_pred, vacuous)
    recall = ratio(tp, n_gold, vacuous)
    if vacuous:
        f1 = 1.0
    elif precision + recall:
        f1 = round(2 * precision * recall / (precision + recall), DIGITS)
    else:
        f1 = 0.0
    return {f"{prefix}precision": precision, f"{prefix}recall": recall, f"{prefix}f1": f1}


def is_vacuous(tally: Mapping[str, float]) -> bool:
    """True when the layer had nothing in gold (optional included) and nothing predicted."""
    return not any(tally.get(key, 0) for key in ("pred", "gold", "gold_optional"))


def accuracies(
    tally: Mapping[str, float], names: Iterable[str], total_key: str
) -> dict[str, float]:
    """``{name}_accuracy`` = ``tally[name + '_correct'] / tally[total_key]`` for each name."""
    vacuous = is_vacuous(tally)
    return {
        f"{name}_accuracy": ratio(tally.get(f"{name}_correct", 0), tally.get(total_key, 0), vacuous)
        for name in names
    }


def count_if(flag: bool) -> int:
    """1 for a true flag: used to build ``*_correct`` counts readably."""
    return 1 if flag else 0
