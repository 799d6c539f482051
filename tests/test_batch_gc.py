"""The project's stages run with the cyclic garbage collector paused
(pipeline/batch/annotate.py): that is only sound while they leave no reference cycles,
and the collector must be back on whatever happens."""

from __future__ import annotations

import gc

import pytest

from pipeline.batch.annotate import _run_components, annotate
from pipeline.batch.readers import Article
from pipeline.nlp import STAGES


def _cyclic_garbage_of_stages(nlp, texts) -> int:
    docs = list(nlp.pipe(texts))
    stages = [nlp.get_pipe(name) for name, _ in STAGES
              if name not in ("sentence_breaks", "trimmed_sentences")]
    gc.collect()
    gc.disable()
    try:
        for proc in stages:
            docs = [proc(doc) for doc in docs]
    finally:
        gc.enable()
    return gc.collect()


def test_the_stages_leave_no_cyclic_garbage(nlp, article_texts):
    # a thread left by another test (a process pool's, Dask's) may make garbage while
    # the stages run: cycles of the stages' own would show in every try
    tries = [_cyclic_garbage_of_stages(nlp, article_texts[:8]) for _ in range(3)]
    assert min(tries) == 0, tries


def test_the_collector_is_paused_in_stages_only_and_back_after(nlp):
    seen: dict[str, bool] = {}

    def probe(name):
        def run(doc):
            seen[name] = gc.isenabled()
            return doc
        return run

    docs = [nlp.make_doc("Iran's navy seized a tanker.")]
    _run_components(nlp, docs, {}, [("claims", probe("claims")), ("model", probe("model"))])
    assert seen == {"claims": False, "model": True} and gc.isenabled()

    def broken(doc):
        raise ValueError("stage failed")

    with pytest.raises(ValueError):
        _run_components(nlp, docs, {}, [("events", broken)])
    assert gc.isenabled()
    timings: dict[str, float] = {}
    assert len(annotate(nlp, [Article("a", "Russia denied the report.", {}, None, "x")],
                        timings)) == 1
    assert gc.isenabled() and "claims" in timings
