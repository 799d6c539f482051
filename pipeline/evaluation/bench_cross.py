"""``python -m pipeline bench cross``: denial->claim links across articles, against gold.

The cross-article benchmark (``corpus/cross``: ``articles/`` with ``.meta.json`` dates,
``gold/links.jsonl`` and ``gold/clusters.json``; format in its README) holds clusters of
short articles on one dispute where the denial is in another article than the claim.
The articles are run through the pipeline and paired with the very function the run uses
(:func:`pipeline.stages.claims.across.cross_pairs`), so the figures measure what
``outputs/cross_pairs.jsonl`` holds.

A predicted pair matches a gold link when both doc ids agree and the predicted claim and
denial each overlap the gold spans (a claim's extent: from its cue to the end of its
content, whichever comes first).  Matching is one to one; a prediction that matches only
an optional link counts neither way.  Figures are given for the whole benchmark and for
each half (``dev``, ``heldout``; a pair counts in the half of its denial's cluster).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .scoring.tally import prf

Span = tuple[int, int]


class GoldError(ValueError):
    """A malformed gold line; the message names the file and line."""


@dataclass(frozen=True)
class Link:
    """One denial->claim link between two articles (gold or predicted)."""

    claim_doc: str
    claim: Span
    denial_doc: str
    denial: Span
    optional: bool = False
    label: str = ""


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    missed: list[Link] = field(default_factory=list)
    spurious: list[Link] = field(default_factory=list)

    def metrics(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn,
                **prf(self.tp, self.tp + self.fp, self.tp + self.fn)}


def _overlap(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def matches(pred: Link, gold: Link) -> bool:
    """Same two documents, overlapping claim spans and overlapping denial spans."""
    return (pred.claim_doc == gold.claim_doc and pred.denial_doc == gold.denial_doc
            and _overlap(pred.claim, gold.claim) and _overlap(pred.denial, gold.denial))


def score_links(pred: Iterable[Link], gold: Iterable[Link]) -> Tally:
    """One-to-one matching, required gold links first (so an optional link never takes a
    prediction a required one could use); predictions matching only optional links are
    neither right nor wrong."""
    gold_order = sorted(gold, key=lambda g: g.optional)
    tally = Tally()
    preds = list(pred)
    taken: set[int] = set()
    for g in gold_order:
        hit = next((i for i, p in enumerate(preds) if i not in taken and matches(p, g)), None)
        if hit is not None:
            taken.add(hit)
            if not g.optional:
                tally.tp += 1
        elif not g.optional:
            tally.fn += 1
            tally.missed.append(g)
    for i, p in enumerate(preds):
        if i in taken:
            continue
        if any(matches(p, g) for g in gold_order):
            continue  # a second prediction on an already matched link: no new error
        tally.fp += 1
        tally.spurious.append(p)
    return tally


# ---------------------------------------------------------------- gold


def _span(value: Any, text: str, where: str) -> Span:
    if not isinstance(value, Mapping) or not isinstance(value.get("start"), int) \
            or not isinstance(value.get("end"), int):
        raise GoldError(f"{where}: span needs integer start and end")
    start, end = value["start"], value["end"]
    if text[start:end] != value.get("text"):
        raise GoldError(f"{where}: span text {value.get('text')!r} is not the article's "
                        f"{text[start:end]!r}")
    return start, end


def load_gold(folder: Path) -> tuple[dict[str, dict[str, Any]], list[Link], dict[str, str]]:
    """Clusters, links and article texts of the benchmark; every span checked against
    its article (a :class:`GoldError` names file and line)."""
    from ..batch.readers import iter_articles
    from .gold_lines import gold_lines

    articles = folder / "articles"
    texts = {a.doc_id: a.text for a in iter_articles([articles], None, [])}
    clusters_file = folder / "gold" / "clusters.json"
    clusters = {k: v for k, v in json.loads(clusters_file.read_text(encoding="utf-8")).items()
                if not k.startswith("_")}
    links_file = folder / "gold" / "links.jsonl"
    links: list[Link] = []
    for where, row in gold_lines(links_file, GoldError):
        for key in ("claim_doc", "denial_doc"):
            if row.get(key) not in texts:
                raise GoldError(f"{where}: {key} {row.get(key)!r} has no article")
        if row["claim_doc"] == row["denial_doc"]:
            raise GoldError(f"{where}: a cross-article link needs two articles")
        links.append(Link(row["claim_doc"], _span(row.get("claim"), texts[row["claim_doc"]],
                                                  f"{where} claim"),
                          row["denial_doc"], _span(row.get("denial"),
                                                   texts[row["denial_doc"]], f"{where} denial"),
                          bool(row.get("optional")), str(row.get("note") or "")))
    return clusters, links, texts


# ---------------------------------------------------------------- predictions


def claim_extent(claim: Mapping[str, Any]) -> Span | None:
    """From the claim's cue to the end of its content (whichever spans it has)."""
    spans = [claim[k] for k in ("cue", "content") if isinstance(claim.get(k), Mapping)]
    if not spans:
        return None
    return min(s["start"] for s in spans), max(s["end"] for s in spans)


def predicted_links(records: list[dict[str, Any]], settings: Mapping[str, Any] | None
                    ) -> list[Link]:
    """The run's cross pairs (the run's own code and configuration) as links."""
    from ..stages.claims.across import cross_pairs, load_config

    extents = {(r["doc_id"], c["id"]): claim_extent(c)
               for r in records for c in r.get("claims") or []}
    out = []
    for pair in cross_pairs(records, load_config(settings)):
        claim = extents.get((pair["claim_doc_id"], pair["claim_id"]))
        denial = extents.get((pair["denial_doc_id"], pair["denial_id"]))
        if claim and denial:
            out.append(Link(pair["claim_doc_id"], claim, pair["denial_doc_id"], denial,
                            label=f"{pair['claim_id']}<-{pair['denial_id']} "
                                  + " ".join(pair.get("evidence") or [])))
    return out


def score_parts(pred: list[Link], gold: list[Link], clusters: Mapping[str, Mapping[str, Any]]
                ) -> dict[str, Tally]:
    """Tallies for the whole benchmark and for each half (by the denial's cluster)."""
    part_of = {doc: c.get("part", "dev") for c in clusters.values() for doc in c["docs"]}
    out = {"all": score_links(pred, gold)}
    for part in sorted(set(part_of.values())):
        out[part] = score_links([p for p in pred if part_of.get(p.denial_doc) == part],
                                [g for g in gold if part_of.get(g.denial_doc) == part])
    return out


def bench_cross(folder: str | Path, nlp: Any, settings: Mapping[str, Any] | None
                ) -> tuple[dict[str, Tally], list[dict[str, Any]]]:
    """Run the pipeline over the benchmark's articles and score their cross pairs."""
    from ..batch.readers import iter_articles
    from ..batch.run import process
    from ..schema import document_record

    folder = Path(folder)
    clusters, gold, _ = load_gold(folder)
    records = [document_record(process(nlp, a))
               for a in iter_articles([folder / "articles"], None, [])]
    return score_parts(predicted_links(records, settings), gold, clusters), records


def _describe(link: Link, texts: Mapping[str, str]) -> str:
    claim = texts.get(link.claim_doc, "")[link.claim[0]:link.claim[1]]
    denial = texts.get(link.denial_doc, "")[link.denial[0]:link.denial[1]]
    return (f"  {link.denial_doc} «{denial[:70]}»\n    -> {link.claim_doc} «{claim[:70]}»"
            + (f"\n    {link.label}" if link.label else ""))


def format_report(tallies: Mapping[str, Tally], texts: Mapping[str, str] | None = None,
                  errors: int | None = None) -> str:
    """Link P/R/F1 per half; with ``errors``, the missed and spurious links (at most
    ``errors`` of each; 0 = all)."""
    lines = ["cross-article pairs (links: both doc ids, overlapping claim and denial spans)",
             f"{'part':8s} {'tp':>4s} {'fp':>4s} {'fn':>4s} {'P':>6s} {'R':>6s} {'F1':>6s}"]
    for part, tally in tallies.items():
        m = tally.metrics()
        lines.append(f"{part:8s} {m['tp']:4d} {m['fp']:4d} {m['fn']:4d} "
                     f"{m['precision']:6.3f} {m['recall']:6.3f} {m['f1']:6.3f}")
    if errors is not None and texts is not None:
        whole = tallies["all"]
        limit = errors or None
        lines.append(f"missed ({len(whole.missed)}):")
        lines += [_describe(g, texts) for g in whole.missed[:limit]]
        lines.append(f"spurious ({len(whole.spurious)}):")
        lines += [_describe(p, texts) for p in whole.spurious[:limit]]
    return "\n".join(lines)
