"""A fixed-width, plain-text table of scores: one block for the corpus, one per document.

Plain text on purpose: the same string goes to a terminal, a CI log or a file.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

HEADLINE: dict[str, tuple[str, tuple[tuple[str, str], ...]]] = {
    "sentences": ("", ()),
    "entities": (
        "strict_",
        (("relaxed_f1", "relaxed_f1"), ("actor", "actor_accuracy"), ("sector", "sector_accuracy")),
    ),
    "timexes": (
        "relaxed_",
        (
            ("strict_f1", "strict_f1"),
            ("type", "type_accuracy"),
            ("value", "value_accuracy"),
            ("value_f1", "value_f1"),
        ),
    ),
    "events": (
        "",
        (
            ("particip", "participant_f1"),
            ("direction", "direction_accuracy"),
            ("polarity", "polarity_accuracy"),
            ("modality", "modality_accuracy"),
            ("date", "date_accuracy"),
        ),
    ),
    "claims": (
        "",
        (
            ("speaker", "speaker_accuracy"),
            ("content", "content_f1"),
            ("target", "target_accuracy"),
            ("cue_f1", "cue_f1"),
            ("kind", "kind_accuracy"),
        ),
    ),
    "pairs": ("", ()),
}
"""Per layer: which P/R/F1 is the headline (prefix), and the extra columns shown."""

COLUMNS = f"{'layer':<10} {'gold':>5} {'opt':>4} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6}  details"
"""``gold`` counts required gold items, ``opt`` optional ones (scored only when found)."""


def _num(value: Any) -> str:
    return f"{value:.3f}" if isinstance(value, (int, float)) else "-"


def _count(value: Any) -> str:
    return str(int(value)) if isinstance(value, (int, float)) else "-"


def _row(layer: str, metrics: Mapping[str, Any], counts: Mapping[str, Any]) -> str:
    """One layer: counts, headline P/R/F1 and ``name=value`` details."""
    prefix, details = HEADLINE.get(layer, ("", ()))
    cells = [
        f"{layer:<10}",
        f"{_count(counts.get('gold')):>5}",
        f"{_count(counts.get('gold_optional', 0)):>4}",
        f"{_count(counts.get('pred')):>5}",
    ]
    cells += [f"{_num(metrics.get(prefix + m)):>6}" for m in ("precision", "recall", "f1")]
    extra = "  ".join(f"{label}={_num(metrics.get(name))}" for label, name in details)
    label = f"[{prefix.rstrip('_')}]" if prefix else ""
    return (" ".join(cells) + "  " + " ".join(filter(None, (label, extra)))).rstrip()


def _block(title: str, layers: Mapping[str, Any], counts: Mapping[str, Any]) -> list[str]:
    lines = [title, COLUMNS, "-" * len(COLUMNS)]
    for layer in HEADLINE:
        if layer in layers:
            lines.append(_row(layer, layers[layer], counts.get(layer, {})))
    return lines


def _gap_lines(dev: Mapping[str, Any], val: Mapping[str, Any]) -> list[str]:
    """Development minus validation on each layer's headline F1 and detail columns."""
    lines = ["development - validation (a large gap: rules fit the corpus, not the news)"]
    for layer, (prefix, details) in HEADLINE.items():
        names = [(f"{prefix}f1".lstrip("_"), prefix + "f1"), *details]
        cells = []
        for label, name in names:
            d, v = dev.get(layer, {}).get(name), val.get(layer, {}).get(name)
            if isinstance(d, (int, float)) and isinstance(v, (int, float)):
                cells.append(f"{label}={d - v:+.3f}")
        lines.append(f"  {layer:<10} " + "  ".join(cells))
    return lines


DOCUMENT_BLOCKS = ("all", "development", "none", "blind")
"""Which documents get a block of their own: ``development`` leaves out the validation
part's, so whoever writes rules sees validation only as the part's numbers; ``blind``
prints the development part and its documents alone (no corpus, validation or gap block,
from which validation could be read), for a rule writer who has used up their reads."""


def format_table(scores: Mapping[str, Any], documents_shown: str = "all") -> str:
    """The corpus block, the development and validation parts (when split) with their gap,
    then one block per document (sorted by doc id) of those ``documents_shown`` names."""
    counts = scores.get("counts", {})
    documents = scores.get("documents", {})
    parts = scores.get("parts", {})
    part_counts = counts.get("parts", {})
    if documents_shown == "blind" and "development" in parts:
        return _blind_table(scores, parts["development"], part_counts["development"])
    missing = set(counts.get("missing_predictions", []))
    unscored = len(counts.get("unscored_predictions", []))
    note = f"; {unscored} predicted without gold, not scored" if unscored else ""
    lines = _block(
        f"corpus ({len(documents)} documents, micro-averaged{note})",
        scores.get("corpus", {}),
        counts.get("corpus", {}),
    )
    for part in parts:
        n = len(part_counts.get(part, {}).get("documents", []))
        lines.append("")
        lines += _block(f"{part} part ({n} documents)", parts[part], part_counts.get(part, {}))
    if len(parts) == 2:
        lines += ["", *_gap_lines(*parts.values())]
    hidden = set(part_counts.get("validation", {}).get("documents", []))
    shown = {"all": sorted(documents), "none": [],
             "development": sorted(d for d in documents if d not in hidden),
             "blind": sorted(documents)}[documents_shown]
    for doc_id in shown:
        note = "  (no prediction: all gold counted as misses)" if doc_id in missing else ""
        lines.append("")
        lines += _block(
            f"document {doc_id}{note}",
            documents[doc_id],
            counts.get("documents", {}).get(doc_id, {}),
        )
    return "\n".join(lines) + "\n"


def _blind_table(scores: Mapping[str, Any], development: Mapping[str, Any],
                 dev_counts: Mapping[str, Any]) -> str:
    """The development part's block and one block per development document, nothing else."""
    names = list(dev_counts.get("documents", []))
    lines = _block(f"development part ({len(names)} documents)", development, dev_counts)
    counts = scores.get("counts", {}).get("documents", {})
    for doc_id in sorted(names):
        lines += ["", *_block(f"document {doc_id}", scores["documents"][doc_id],
                              counts.get(doc_id, {}))]
    return "\n".join(lines) + "\n"
