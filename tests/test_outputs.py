"""The reference run committed in ``outputs/`` is what the pipeline makes of the corpus.

A change that moves any record shows in review as a diff of ``outputs/``; this test makes
sure the committed files are the current ones, byte for byte.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.schema import LAYERS

ROOT = Path(__file__).resolve().parent.parent
OUTPUTS = ROOT / "outputs"
RECORD_FILES = ["documents.jsonl", "errors.jsonl", "cross_pairs.jsonl", "cross_pairs.csv",
                *(f"{layer}.csv" for layer in LAYERS)]
HINT = "outputs/ is stale: run `make outputs` and commit the result"


@pytest.fixture(scope="module")
def fresh_run(tmp_path_factory, settings, nlp):
    """A run over ``corpus/articles`` named as ``make outputs`` names it (relative to the
    repository, so the sources in errors.jsonl read the same)."""
    import os

    from pipeline.batch.run import run

    out = tmp_path_factory.mktemp("reference-run")
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        run(["corpus/articles"], out, settings=settings, nlp=nlp, progress=False)
    finally:
        os.chdir(cwd)
    return out


@pytest.mark.parametrize("name", RECORD_FILES)
def test_committed_records_are_reproduced(fresh_run, name):
    committed = OUTPUTS / name
    assert committed.exists(), f"{committed} is missing; {HINT}"
    assert (fresh_run / name).read_bytes() == committed.read_bytes(), f"{name} differs; {HINT}"


def test_committed_manifest_matches(fresh_run):
    keys = ("documents", "failed", "warnings", "counts", "config_sha256", "components",
            "inputs", "pipeline_version")
    mine = json.loads((fresh_run / "manifest.json").read_text("utf-8"))
    theirs = json.loads((OUTPUTS / "manifest.json").read_text("utf-8"))
    assert {k: mine.get(k) for k in keys} == {k: theirs.get(k) for k in keys}, HINT
    assert "timings" not in theirs and "run" not in theirs  # byte-stable across reruns


def test_reference_run_has_report_and_scores():
    for name in ("report.html", "scores.json"):
        assert (OUTPUTS / name).stat().st_size > 0, f"{name} is missing; {HINT}"
