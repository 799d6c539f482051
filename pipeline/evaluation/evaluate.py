"""Score a run's ``documents.jsonl`` against gold annotations (``corpus/gold/ID.json``).

Why this exists: CI compares pipeline output with gold and fails when a configured
minimum is not met; researchers read the same scores to see what to trust.  The
scoring rules are those of ``shared/spec/RECORDS.md`` ("Scoring").

All scores are micro-averaged: each document yields counts per layer
(``scores["counts"]``), the corpus score is computed from the summed counts.
When a layer has nothing in gold and nothing predicted every metric is 1.0;
otherwise an empty denominator gives 0.0.  Items are matched one-to-one, greedily,
best candidate first, with deterministic tie-breaks.  Events and claims are placed
in sentences by offset into the *gold* sentence list (event: trigger start; claim:
cue, else content, else speaker start; prediction sentence indices are used only
when an item has no span).

Metric names per layer (all floats in [0, 1]):

- ``sentences``: ``precision``, ``recall``, ``f1`` (exact boundaries).
- ``entities``: ``strict_precision``, ``strict_recall``, ``strict_f1`` (same span and
  label, a leading "the " ignored on both sides); ``relaxed_precision``,
  ``relaxed_recall``, ``relaxed_f1`` (overlap, same label); ``actor_accuracy`` and
  ``sector_accuracy`` (on relaxed matches; null equals null).
- ``timexes``: ``strict_*`` (exact span) and ``relaxed_*`` (overlap) P/R/F1;
  ``type_accuracy``, ``value_accuracy``, ``mod_accuracy`` (on relaxed matches);
  ``type_f1`` and ``value_f1`` (relaxed F1 x accuracy, TempEval-3).
- ``events``: ``precision``, ``recall``, ``f1`` (same gold sentence and type,
  overlapping trigger preferred); on all matched pairs, optional gold included:
  ``participant_precision/recall/f1`` (actors and recipients as one code set, micro
  over pairs), ``actor_*`` and ``recipient_*`` (each side alone),
  ``direction_accuracy``, ``polarity_accuracy``, ``modality_accuracy``,
  ``date_accuracy`` (exact string), and for information ``mode_accuracy``,
  ``cameo_accuracy``, ``context_accuracy`` (as sets), ``location_accuracy`` (case and
  leading "the " ignored).
- ``claims``: ``precision``, ``recall``, ``f1`` (same gold sentence and kind,
  overlapping cue, else overlapping content); on matched pairs ``speaker_accuracy``
  (same name or same actor code), ``speaker_name_accuracy`` (same name only),
  ``content_f1`` (mean token F1), ``target_accuracy``; ``cue_precision/recall/f1``
  (overlapping cue spans in the same gold sentence, kind ignored) and
  ``kind_accuracy`` (on claims matched by sentence and cue or content, kind ignored).
- ``pairs``: ``precision``, ``recall``, ``f1`` over (claim, denial) links, predicted
  claim ids translated to gold ids through the claim matching.

Optional gold events, claims and pairs are matched like the rest; a prediction
matched to one is dropped from precision, and an unmatched one is not a miss.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from ..schema import LAYERS
from .scoring.claims import metrics_claims, metrics_pairs, tally_claims, tally_pairs
from .scoring.events import metrics_events, tally_events
from .scoring.matching import SentenceLocator
from .scoring.report import format_table
from .scoring.spans import (
    metrics_entities,
    metrics_sentences,
    metrics_timexes,
    tally_entities,
    tally_sentences,
    tally_timexes,
)
from .scoring.tally import Tally, add_tallies
from .scoring.thresholds import check_thresholds, load_thresholds
from .split import PARTS, assign_parts, default_split_file, read_validation_ids

__all__ = ["check_thresholds", "evaluate_dirs", "format_table", "load_thresholds", "main"]

PREDICTIONS_FILE = "documents.jsonl"

METRICS: dict[str, Callable[[Mapping[str, float]], dict[str, float]]] = {
    "sentences": metrics_sentences,
    "entities": metrics_entities,
    "timexes": metrics_timexes,
    "events": metrics_events,
    "claims": metrics_claims,
    "pairs": metrics_pairs,
}
assert tuple(METRICS) == tuple(LAYERS), "every layer of the schema needs a scorer"

Document = dict[str, Any]

# ---------------------------------------------------------------- loading


def load_predictions(pred_dir: Path) -> tuple[dict[str, Document], list[str]]:
    """Predicted documents by id, and warnings about lines that could not be used.

    ``pred_dir`` is a run folder holding ``documents.jsonl`` (a ``.jsonl`` file is
    accepted too).  A duplicate doc id keeps its first record.
    """
    path = Path(pred_dir)
    if path.is_dir():
        path = path / PREDICTIONS_FILE
    if not path.is_file():
        raise FileNotFoundError(f"no predictions at {path}")
    docs: dict[str, Document] = {}
    warnings: list[str] = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as err:
                warnings.append(f"{path}:{number}: not JSON ({err.msg}); line skipped")
                continue
            doc_id = record.get("doc_id") if isinstance(record, dict) else None
            if not isinstance(doc_id, str):
                warnings.append(f"{path}:{number}: no doc_id; line skipped")
            elif doc_id in docs:
                warnings.append(f"{path}:{number}: duplicate doc_id {doc_id!r}; first kept")
            else:
                docs[doc_id] = record
    return docs, warnings


def load_gold(gold_dir: Path) -> dict[str, Document]:
    """Gold documents by id (the file's ``doc_id``, else its name without ``.json``)."""
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise FileNotFoundError(f"no gold folder at {gold_dir}")
    docs: dict[str, Document] = {}
    for path in sorted(gold_dir.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        docs[str(record.get("doc_id") or path.stem)] = record
    return docs


# ---------------------------------------------------------------- scoring


def text_warning(doc_id: str, pred: Mapping[str, Any], gold: Mapping[str, Any]) -> str | None:
    """Offsets only compare when both sides annotate the same text: say when they may not."""
    expected = gold.get("text_sha256")
    text = pred.get("text")
    if not expected or not isinstance(text, str):
        return None
    actual = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if actual != expected:
        return f"{doc_id}: predicted text differs from the gold text (sha256 mismatch)"
    return None


def score_document(pred: Mapping[str, Any], gold: Mapping[str, Any]) -> dict[str, Tally]:
    """Counts for every layer of one document."""
    locator = SentenceLocator(gold.get("sentences") or [])
    claims, id_map = tally_claims(pred, gold, locator)
    return {
        "sentences": tally_sentences(pred.get("sentences") or [], gold.get("sentences") or []),
        "entities": tally_entities(pred.get("entities") or [], gold.get("entities") or []),
        "timexes": tally_timexes(pred.get("timexes") or [], gold.get("timexes") or []),
        "events": tally_events(pred, gold, locator),
        "claims": claims,
        "pairs": tally_pairs(pred.get("pairs") or [], gold.get("pairs") or [], id_map),
    }


def metrics_of(tallies: Mapping[str, Tally]) -> dict[str, dict[str, float]]:
    """Named metrics per layer (keys sorted) from per-layer counts."""
    out: dict[str, dict[str, float]] = {}
    for layer in LAYERS:
        metrics = METRICS[layer](tallies[layer])
        out[layer] = {name: float(metrics[name]) for name in sorted(metrics)}
    return out


def evaluate_dirs(
    pred_dir: Path, gold_dir: Path, split_path: Path | None = None
) -> dict[str, Any]:
    """Scores of a run folder against a gold folder, as plain JSON-ready data.

    With a split (``split_path``, else a ``SPLIT.md`` beside the gold folder), ``parts``
    holds the same metrics for the ``development`` and ``validation`` documents apart,
    and ``counts["parts"]`` their counts.

    Returns ``{"corpus": {layer: {metric: value}}, "documents": {doc_id: {layer:
    {metric: value}}}, "counts": {...}, "warnings": [...]}``.  ``counts`` holds the
    raw per-layer counts (``corpus`` and ``documents``), the number of gold and
    predicted documents, ``missing_predictions`` (gold documents with no prediction,
    scored as all misses) and ``unscored_predictions`` (predictions without gold,
    ignored).
    """
    split_path = split_path or default_split_file(Path(gold_dir))
    validation = read_validation_ids(split_path) if split_path else None
    preds, warnings = load_predictions(pred_dir)
    golds = load_gold(gold_dir)
    missing = sorted(set(golds) - set(preds))
    unscored = sorted(set(preds) - set(golds))
    warnings += [f"{doc_id}: no prediction; all gold items count as misses" for doc_id in missing]
    warnings += [f"{doc_id}: no gold; prediction ignored" for doc_id in unscored]
    doc_tallies: dict[str, dict[str, Tally]] = {}
    for doc_id in sorted(golds):
        pred = preds.get(doc_id, {})
        warning = text_warning(doc_id, pred, golds[doc_id])
        if warning:
            warnings.append(warning)
        doc_tallies[doc_id] = score_document(pred, golds[doc_id])
    empty = score_document({}, {})  # every count at zero, so no key is ever missing
    corpus_tallies = {
        layer: add_tallies([empty[layer], *(t[layer] for t in doc_tallies.values())])
        for layer in LAYERS
    }
    scores: dict[str, Any] = {
        "corpus": metrics_of(corpus_tallies),
        "documents": {doc_id: metrics_of(t) for doc_id, t in doc_tallies.items()},
        "counts": {
            "corpus": corpus_tallies,
            "documents": {
                doc_id: {layer: add_tallies([t[layer]]) for layer in LAYERS}
                for doc_id, t in doc_tallies.items()
            },
            "gold_documents": len(golds),
            "predicted_documents": len(preds),
            "missing_predictions": missing,
            "unscored_predictions": unscored,
        },
        "warnings": warnings,
    }
    if validation is not None:
        parts = assign_parts(doc_tallies, validation)
        part_tallies = {
            part: {
                layer: add_tallies([empty[layer], *(
                    t[layer] for doc_id, t in doc_tallies.items() if parts[doc_id] == part)])
                for layer in LAYERS
            }
            for part in PARTS
        }
        scores["parts"] = {part: metrics_of(t) for part, t in part_tallies.items()}
        scores["counts"]["parts"] = {
            part: {"documents": sorted(d for d, p in parts.items() if p == part), **t}
            for part, t in part_tallies.items()
        }
    return scores


# ---------------------------------------------------------------- command line


def write_json(scores: Mapping[str, Any], path: Path) -> None:
    """Scores as JSON with sorted keys (indent 1), so runs diff cleanly."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(scores, sort_keys=True, indent=1) + "\n", encoding="utf-8")


def main(
    pred_dir: Path,
    gold_dir: Path,
    thresholds_path: Path | None,
    json_out: Path | None,
    split_path: Path | None = None,
    documents_shown: str = "all",
) -> int:
    """Print the table (and warnings, threshold failures); 1 if a threshold fails.

    ``split_path`` names the ``SPLIT.md`` that separates development from validation
    documents; by default the one beside the gold folder, if there is one.
    ``documents_shown`` picks the per-document blocks (see ``format_table``).
    Returns 2 when the inputs or the thresholds file cannot be read.
    """
    try:
        scores = evaluate_dirs(Path(pred_dir), Path(gold_dir), split_path)
        thresholds = load_thresholds(Path(thresholds_path)) if thresholds_path else None
    except (OSError, ValueError, TypeError) as err:
        print(f"evaluate: {err}", file=sys.stderr)
        return 2
    print(format_table(scores, documents_shown), end="")
    for warning in scores["warnings"]:
        print(f"warning: {warning}", file=sys.stderr)
    if json_out is not None:
        write_json(scores, Path(json_out))
    failures = check_thresholds(scores, thresholds) if thresholds else []
    if failures:
        print(f"\n{len(failures)} threshold(s) not met:")
        for failure in failures:
            # blind: which threshold, not the measured value behind it
            print(f"  {failure.split(' = ')[0]}" if documents_shown == "blind" else f"  {failure}")
        return 1
    if thresholds:
        print("\nall thresholds met")
    return 0
