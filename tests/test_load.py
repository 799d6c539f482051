"""``pipeline.view.load``: a run's layers as DataFrames joined on doc_id."""

from __future__ import annotations

import json

import pandas as pd
import pytest

import pipeline
from pipeline.schema import LAYERS


@pytest.fixture(scope="module")
def loaded(corpus_run):
    out, _ = corpus_run
    with open(out / "documents.jsonl", encoding="utf-8") as fh:
        docs = {d["doc_id"]: d for d in map(json.loads, fh)}
    return pipeline.load(out), docs


def test_every_layer_is_a_frame_with_every_record(loaded):
    frames, docs = loaded
    assert {"documents", "errors", *LAYERS} <= set(frames)
    assert sorted(frames["documents"]["doc_id"]) == sorted(docs)
    for layer in LAYERS:
        frame = frames[layer]
        assert isinstance(frame, pd.DataFrame)
        assert len(frame) == sum(len(d[layer]) for d in docs.values()), layer
        counts = frame.groupby("doc_id").size().to_dict()
        for doc_id, doc in docs.items():
            assert counts.get(doc_id, 0) == len(doc[layer]), (layer, doc_id)


def test_documents_metadata_is_joined_on_doc_id(loaded):
    frames, docs = loaded
    for layer in LAYERS:
        frame = frames[layer]
        assert {"dct", "title", "source"} <= set(frame.columns)
        for row in frame[["doc_id", "dct", "title"]].drop_duplicates().itertuples():
            doc = docs[row.doc_id]
            assert (None if pd.isna(row.dct) else row.dct.date().isoformat()) == doc["dct"]
            assert (None if pd.isna(row.title) else row.title) == doc["meta"].get("title")


def test_codes_stay_text_and_offsets_are_numbers(loaded):
    frames, docs = loaded
    events = frames["events"]
    assert events["trigger_start"].dtype == "Int64"
    by_key = {(d, e["id"]): e for d, doc in docs.items() for e in doc["events"]}
    for row in events.itertuples():
        ev = by_key[(row.doc_id, row.id)]
        assert (None if pd.isna(row.cameo) else row.cameo) == ev["cameo"]  # "072" keeps its 0
        text = docs[row.doc_id]["text"]
        assert text[row.trigger_start:row.trigger_end] == row.trigger_text
    ents = frames["entities"]
    for row in ents.itertuples():
        assert docs[row.doc_id]["text"][row.start:row.end] == row.text


def test_not_a_run_folder(tmp_path):
    with pytest.raises(FileNotFoundError):
        pipeline.load(tmp_path)


def test_file_names_agree_with_the_writers():
    from pipeline.batch import writers
    from pipeline.view import load as module

    assert (module.DOCUMENTS, module.ERRORS) == (writers.DOCUMENTS, writers.ERRORS)
