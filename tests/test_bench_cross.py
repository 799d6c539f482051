"""The cross-article benchmark (corpus/cross) and its scorer
(pipeline/evaluation/bench_cross.py)."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from pipeline.evaluation.bench_cross import (
    GoldError,
    Link,
    claim_extent,
    load_gold,
    score_links,
    score_parts,
)

CROSS = Path(__file__).resolve().parents[1] / "corpus" / "cross"


def _link(claim=(0, 10), denial=(0, 10), a="a", b="b", optional=False):
    return Link(a, claim, b, denial, optional)


def test_exact_and_overlapping_links_match():
    gold = [_link((5, 20), (30, 40))]
    assert score_links([_link((10, 25), (35, 50))], gold).tp == 1
    assert score_links([_link((5, 20), (30, 40))], gold).metrics()["f1"] == 1.0


def test_touching_spans_do_not_overlap():
    tally = score_links([_link((20, 30), (30, 40))], [_link((5, 20), (30, 40))])
    assert (tally.tp, tally.fp, tally.fn) == (0, 1, 1)


def test_doc_ids_must_both_agree():
    gold = [_link()]
    assert score_links([_link(a="c")], gold).fp == 1
    assert score_links([_link(b="c")], gold).fn == 1
    # the two articles swapped is not the same link
    assert score_links([_link(a="b", b="a")], gold).tp == 0


def test_matching_is_one_to_one():
    gold = [_link((0, 10)), _link((20, 30))]
    tally = score_links([_link((0, 30))], gold)  # one prediction over both claims
    assert (tally.tp, tally.fn) == (1, 1)


def test_optional_links_count_neither_way():
    gold = [_link((0, 10), optional=True), _link((50, 60))]
    tally = score_links([_link((0, 10))], gold)
    assert (tally.tp, tally.fp, tally.fn) == (0, 0, 1)
    # a required link takes the prediction first, the optional one stays unmatched
    both = [_link((0, 10), optional=True), _link((5, 15))]
    assert score_links([_link((5, 10))], both).tp == 1


def test_parts_split_by_the_denials_cluster():
    clusters = {"x": {"part": "dev", "docs": ["a", "b"]},
                "y": {"part": "heldout", "docs": ["c", "d"]}}
    gold = [_link(), _link(a="c", b="d")]
    parts = score_parts([_link(), _link(a="a", b="d")], gold, clusters)
    assert parts["dev"].metrics()["f1"] == 1.0
    assert (parts["heldout"].fp, parts["heldout"].fn) == (1, 1)
    assert (parts["all"].tp, parts["all"].fp, parts["all"].fn) == (1, 1, 1)


def test_claim_extent_runs_from_cue_to_content_end():
    claim = {"cue": {"start": 40, "end": 45}, "content": {"start": 10, "end": 30}}
    assert claim_extent(claim) == (10, 45)
    assert claim_extent({"cue": None, "content": None}) is None


def test_benchmark_gold_is_well_formed():
    clusters, links, texts = load_gold(CROSS)  # every span equals its article's text
    docs = [doc for cluster in clusters.values() for doc in cluster["docs"]]
    assert sorted(docs) == sorted(texts) and len(set(docs)) == len(docs)
    assert {c["part"] for c in clusters.values()} == {"dev", "heldout"}
    cluster_of = {doc: name for name, c in clusters.items() for doc in c["docs"]}
    published = {
        path.name.removesuffix(".meta.json"):
            date.fromisoformat(json.loads(path.read_text(encoding="utf-8"))["published"])
        for path in (CROSS / "articles").glob("*.meta.json")}
    assert set(published) == set(texts)
    for link in links:
        assert link.claim_doc != link.denial_doc
        assert cluster_of[link.claim_doc] == cluster_of[link.denial_doc]
        assert published[link.claim_doc] <= published[link.denial_doc]
    required = [link for link in links if not link.optional]
    assert len({cluster_of[link.denial_doc] for link in required}) >= 5
    # a distractor cluster: articles whose denials answer nothing across articles
    assert any(not any(cluster_of[link.denial_doc] == name for link in links)
               for name in clusters)


def test_broken_gold_span_names_file_and_line(tmp_path: Path):
    folder = tmp_path / "cross"
    shutil.copytree(CROSS, folder)
    links = folder / "gold" / "links.jsonl"
    lines = links.read_text(encoding="utf-8").splitlines()
    row = json.loads(lines[1])
    row["claim"]["start"] += 1
    lines[1] = json.dumps(row)
    links.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(GoldError, match=r"links\.jsonl:2 claim"):
        load_gold(folder)


def test_bench_runs_the_pipeline_and_scores_its_cross_pairs(nlp, settings, tmp_path: Path):
    """End to end on one cluster: the accusation and the denial of the next article are
    found and paired by the run's own code; a gold link the run cannot make is missed."""
    from pipeline.evaluation.bench_cross import bench_cross, format_report

    folder = tmp_path / "cross"
    (folder / "articles").mkdir(parents=True)
    (folder / "gold").mkdir()
    docs = ["cross-kremlin-drone-2023-05a", "cross-kremlin-drone-2023-05b"]
    for doc in docs:
        for suffix in (".txt", ".meta.json"):
            shutil.copy(CROSS / "articles" / f"{doc}{suffix}", folder / "articles")
    (folder / "gold" / "clusters.json").write_text(json.dumps(
        {"drone": {"part": "dev", "docs": docs}}), encoding="utf-8")
    lines = [json.loads(line) for line in
             (CROSS / "gold" / "links.jsonl").read_text(encoding="utf-8").splitlines()]
    kept = [row for row in lines if row["claim_doc"] == docs[0] and row["denial_doc"] == docs[1]
            and not row["optional"]]
    # a link the run cannot make: the claim span put on the article's last sentence
    text = (CROSS / "articles" / f"{docs[0]}.txt").read_text(encoding="utf-8")
    last = text.rstrip().rsplit(". ", 1)[1]
    impossible = dict(kept[0], claim={"start": text.index(last), "end": text.index(last)
                                      + len(last), "text": last})
    (folder / "gold" / "links.jsonl").write_text(
        "".join(json.dumps(row) + "\n" for row in [*kept, impossible]), encoding="utf-8")
    tallies, records = bench_cross(folder, nlp, settings)
    whole = tallies["all"]
    assert whole.tp == len(kept) and whole.fn == 1 and whole.fp == 0
    report = format_report(tallies, {r["doc_id"]: r["text"] for r in records}, errors=0)
    assert "missed (1):" in report and last[:40] in report
