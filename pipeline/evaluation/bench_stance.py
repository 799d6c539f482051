"""``python -m pipeline bench stance --data FOLDER|FILE.jsonl``: claims and pairs on probes.

The stance probes (``shared/benchmarks/stance``: ``articles/`` and ``gold/`` like the
corpus) hold many wordings of each construction of the annotation guide — denials worded
as judgements of a charge, accusations without an accusing verb, speakers behind titles.
Only sentences, claims and pairs are scored, with ``evaluate``'s own matching, so the
figures mean the same as the corpus figures.  The kind confusion table shows, for each
gold kind, which kind the claim found at the same cue (or content) received, ``NONE``
when no claim was found there: the kind decision is where stance fails, so it is shown
apart from span finding.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from spacy.language import Language

from ..batch.readers import Article
from ..schema import document_record
from .scoring.claims import claim_anchor, kindless_key, metrics_claims, metrics_pairs
from .scoring.matching import SentenceLocator, match_in_sentences
from .scoring.spans import metrics_sentences
from .scoring.tally import add_tallies, prf
from .stance_errors import claim_errors

SCORED = ("sentences", "claims", "pairs")


def _kind_confusion(pred: dict[str, Any], gold: dict[str, Any], locator: SentenceLocator,
                    table: dict[str, Counter[str]]) -> None:
    """Add, per required gold claim, the kind predicted at the same place (or NONE), and
    per predicted claim found at no gold place, a ``NONE`` row entry — so a kind's
    precision (its column) counts claims of that kind predicted where gold has none."""
    preds, golds = pred.get("claims") or [], gold.get("claims") or []
    matched = dict((gi, pi) for pi, gi in match_in_sentences(
        pred, gold, locator, "claims", claim_anchor, kindless_key))
    for gi, claim in enumerate(golds):
        if claim.get("optional"):
            continue
        pi = matched.get(gi)
        table[claim["kind"]][preds[pi]["kind"] if pi is not None else "NONE"] += 1
    placed = set(matched.values())
    for pi, claim in enumerate(preds):
        if pi not in placed:
            table["NONE"][claim["kind"]] += 1


def kind_scores(confusion: dict[str, dict[str, int]]) -> dict[str, dict[str, float]]:
    """Per kind: precision (right kind among claims predicted with it, spurious ones
    included), recall (right kind among gold claims of it, missed ones included), F1."""
    kinds = sorted(k for k in set(confusion) | {k for row in confusion.values() for k in row}
                   if k != "NONE")
    out: dict[str, dict[str, float]] = {}
    for kind in kinds:
        right = confusion.get(kind, {}).get(kind, 0)
        predicted = sum(row.get(kind, 0) for row in confusion.values())
        gold = sum(confusion.get(kind, {}).values())
        out[kind] = {"gold": gold, "predicted": predicted,
                     **prf(right, predicted, gold)}
    return out


def _folder_probes(folder: Path) -> Iterator[tuple[Article, dict[str, Any]]]:
    """Each article of ``articles/`` that has a gold file in ``gold/`` beside it."""
    from ..batch.readers import iter_articles

    articles = folder / "articles" if (folder / "articles").is_dir() else folder
    gold_dir = articles.parent / "gold"
    for article in iter_articles([str(articles)], None, []):
        gold_path = gold_dir / f"{article.doc_id}.json"
        if gold_path.exists():
            yield article, json.loads(gold_path.read_text(encoding="utf-8"))


def bench_stance(data: str | Path, nlp: Language,
                 errors: list[str] | None = None) -> dict[str, Any]:
    """Micro figures for sentences, claims and pairs over every probe with gold, and the
    kind confusion table (gold kind -> predicted kind).  ``data`` is a folder with
    ``articles/`` and ``gold/``, or a JSONL file of probes (:mod:`.probes`): both are
    scored the same way.  With ``errors`` (a list), each text's claim and pair
    differences (:mod:`.stance_errors`) are appended to it."""
    from ..batch.run import process
    from .evaluate import score_document
    from .probes import iter_probes

    data = Path(data)
    probes = _folder_probes(data) if data.is_dir() else iter_probes(data)
    tallies: dict[str, list[Any]] = defaultdict(list)
    confusion: dict[str, Counter[str]] = defaultdict(Counter)
    n = 0
    for article, gold in probes:
        pred = document_record(process(nlp, article))
        n += 1
        scores = score_document(pred, gold)
        for layer in SCORED:
            tallies[layer].append(scores[layer])
        _kind_confusion(pred, gold, SentenceLocator(gold.get("sentences") or []), confusion)
        if errors is not None:
            errors.extend(claim_errors(article.doc_id, pred, gold))
    metrics = {"sentences": metrics_sentences, "claims": metrics_claims, "pairs": metrics_pairs}
    empty = score_document({}, {})
    table = {k: dict(sorted(v.items())) for k, v in sorted(confusion.items())}
    return {
        "texts": n,
        **{layer: metrics[layer](add_tallies([empty[layer], *tallies[layer]]))
           for layer in SCORED},
        "confusion": table,
        "kinds": kind_scores(table),
    }


def format_report(result: dict[str, Any], errors: list[str] | None = None,
                  limit: int | None = None) -> str:
    """Plain-text figures, the kind confusion table, then (when given) up to ``limit``
    error lines."""
    lines = [f"stance bench: {result['texts']} texts",
             f"{'layer':10s} {'P':>6s} {'R':>6s} {'F1':>6s}  details"]
    for layer in SCORED:
        m = result[layer]
        extra = ""
        if layer == "claims":
            extra = (f"speaker={m['speaker_accuracy']:.3f} target={m['target_accuracy']:.3f} "
                     f"cue_f1={m['cue_f1']:.3f} kind={m['kind_accuracy']:.3f}")
        lines.append(f"{layer:10s} {m['precision']:6.3f} {m['recall']:6.3f} {m['f1']:6.3f}  "
                     f"{extra}")
    kinds = sorted({k for row in result["confusion"].values() for k in row}
                   | set(result["confusion"]))
    lines.append(f"{'kind':12s} {'gold':>5s} {'pred':>5s} {'P':>6s} {'R':>6s} {'F1':>6s}")
    for kind, m in result["kinds"].items():
        lines.append(f"{kind:12s} {m['gold']:5d} {m['predicted']:5d} {m['precision']:6.3f} "
                     f"{m['recall']:6.3f} {m['f1']:6.3f}")
    lines.append("kind confusion (rows: gold kind, NONE = predicted where gold has no "
                 "claim; columns: predicted at the same cue, NONE = not found)")
    lines.append(f"{'':12s}" + "".join(f"{k[:10]:>11s}" for k in kinds))
    for gold_kind, row in result["confusion"].items():
        lines.append(f"{gold_kind:12s}" + "".join(f"{row.get(k, 0):11d}" for k in kinds))
    if errors is not None:
        lines.append(f"errors ({len(errors)}):")
        lines.extend(f"  {line}" for line in errors[:limit])
    return "\n".join(lines)
