"""Shared fixtures: the model is loaded once per test session; the corpus is run once."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from pipeline.config import load_settings

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="session")
def settings():
    return load_settings()


@pytest.fixture(scope="session")
def nlp(settings):
    """The full pipeline, as `run` builds it."""
    from pipeline.nlp import build_nlp

    return build_nlp(settings)


@pytest.fixture(scope="session")
def base_nlp(settings):
    """The bare spaCy model, for stage tests that add one component."""
    return spacy.load(settings["model"]["name"])


@pytest.fixture(scope="session")
def corpus_run(tmp_path_factory, settings, nlp):
    """Output folder of one run over the bundled corpus."""
    from pipeline.batch.run import run

    out = tmp_path_factory.mktemp("corpus-run")
    summary = run([CORPUS / "articles"], out, settings=settings, nlp=nlp)
    return out, summary
