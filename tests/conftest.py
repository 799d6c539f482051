"""Shared fixtures: the model is loaded once per test session; the corpus is run once."""

from __future__ import annotations

import os
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
def entity_nlp(settings):
    """The model with only the sentence and entity stages: this stage's behaviour alone."""
    from pipeline.nlp import build_nlp

    return build_nlp(settings, exclude=("timexes", "events", "claims"))


@pytest.fixture(scope="session")
def ents(entity_nlp):
    def run(text: str) -> list[tuple[str, str, str | None, str | None]]:
        """(text, label, actor code, sector) of each name of ``text``."""
        doc = entity_nlp(text)
        return [
            (e.text, e.label_, (e._.actor or {}).get("code"), (e._.actor or {}).get("sector"))
            for e in doc.ents
            if e.label_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY",
                                "PERCENT")
        ]

    return run


@pytest.fixture(scope="session")
def base_nlp(settings):
    """The bare spaCy model, for stage tests that add one component."""
    return spacy.load(settings["model"]["name"])


@pytest.fixture(scope="session")
def article_texts() -> list[str]:
    """The bundled corpus articles' texts, in file-name order."""
    return [p.read_text("utf-8") for p in sorted((CORPUS / "articles").glob("*.txt"))]


@pytest.fixture(scope="session")
def corpus_run(tmp_path_factory, settings, nlp):
    """Output folder of one run over the bundled corpus."""
    from pipeline.batch.run import run

    out = tmp_path_factory.mktemp("corpus-run")
    summary = run([CORPUS / "articles"], out, settings=settings, nlp=nlp)
    return out, summary


CHROMIUM = Path("/usr/bin/chromium")


def in_ci() -> bool:
    """CI sets ``CI`` (``true``); there the browser tests must run, never skip."""
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


@pytest.fixture(scope="session")
def chromium() -> Path:
    """Debian's Chromium (``apt-get install chromium``; ``.ci/run`` installs it).

    Missing, the browser tests are skipped on a developer's machine but FAIL in CI, so
    a CI log can never show them skipped."""
    if CHROMIUM.exists():
        return CHROMIUM
    message = f"{CHROMIUM} is not installed (apt-get install -y chromium)"
    if in_ci():
        pytest.fail(f"CI={os.environ['CI']}: {message}", pytrace=False)
    pytest.skip(message)
