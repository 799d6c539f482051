"""End to end on the bundled corpus: every layer present, spans true to the text,
outputs deterministic, and the scores at or above the configured thresholds."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from pipeline.config import resource
from pipeline.evaluation.evaluate import check_thresholds, evaluate_dirs, load_thresholds
from pipeline.schema import LAYERS, record_spans

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def _documents(out):
    with open(out / "documents.jsonl", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def test_every_article_processed_with_all_layers(corpus_run):
    out, summary = corpus_run
    articles = sorted(p.name[:-4] for p in (CORPUS / "articles").glob("*.txt"))
    docs = _documents(out)
    assert summary.failed == 0
    assert sorted(d["doc_id"] for d in docs) == articles
    for doc in docs:
        for layer in LAYERS:
            assert isinstance(doc[layer], list), (doc["doc_id"], layer)
        for layer in ("sentences", "entities", "timexes", "events", "claims"):
            assert doc[layer], f"{doc['doc_id']}: empty {layer}"


def test_span_invariant_on_every_record(corpus_run):
    out, _ = corpus_run
    for doc in _documents(out):
        text = doc["text"]
        raw = (CORPUS / "articles" / f"{doc['doc_id']}.txt").read_text(encoding="utf-8")
        assert text == raw
        for start, end, span_text in record_spans(doc):
            assert text[start:end] == span_text, (doc["doc_id"], start, end, span_text)
        for sent in doc["sentences"]:
            assert text[sent["start"]:sent["end"]].strip() == text[sent["start"]:sent["end"]]


def test_ids_unique_and_pairs_point_at_claims(corpus_run):
    out, _ = corpus_run
    for doc in _documents(out):
        for layer in ("entities", "timexes", "events", "claims"):
            ids = [item["id"] for item in doc[layer]]
            assert len(ids) == len(set(ids)), (doc["doc_id"], layer)
        claim_ids = {c["id"] for c in doc["claims"]}
        for pair in doc["pairs"]:
            assert pair["claim"] in claim_ids and pair["denial"] in claim_ids


def test_csv_tables_match_jsonl(corpus_run):
    out, _ = corpus_run
    docs = _documents(out)
    for layer in LAYERS:
        frame = pd.read_csv(out / f"{layer}.csv")
        assert "doc_id" in frame.columns
        assert len(frame) == sum(len(d[layer]) for d in docs), layer
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["documents"] == len(docs)
    assert manifest["model"]["version"]
    assert len(manifest["config_sha256"]) == 64


def test_output_is_deterministic(corpus_run, tmp_path, settings, nlp):
    from pipeline.batch.run import run

    out, _ = corpus_run
    run([CORPUS / "articles"], tmp_path, settings=settings, nlp=nlp)
    for name in ["documents.jsonl", "errors.jsonl"] + [f"{layer}.csv" for layer in LAYERS]:
        assert (out / name).read_bytes() == (tmp_path / name).read_bytes(), name


def test_gold_regression_meets_thresholds(corpus_run, settings):
    out, _ = corpus_run
    scores = evaluate_dirs(out, CORPUS / "gold")
    thresholds = load_thresholds(resource(settings, settings["evaluate"]["thresholds"]))
    failures = check_thresholds(scores, thresholds)
    assert not failures, "\n".join(failures)


def test_seed_accusation_denial_pair_found(corpus_run):
    out, _ = corpus_run
    seed = next(d for d in _documents(out) if d["doc_id"] == "russia-iran-military-2023-08")
    claims = {c["id"]: c for c in seed["claims"]}
    pairs = [(claims[p["claim"]], claims[p["denial"]]) for p in seed["pairs"]]
    assert any(
        c["kind"] == "accusation" and "accusing" in c["cue"]["text"]
        and d["kind"] == "denial" and d["cue"]["text"] == "denied"
        for c, d in pairs
    )
