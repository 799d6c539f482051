"""Information extraction for news: sentences, actors, TIMEX3 timexes, PLOVER events,
claims and denials, as spaCy components over raw article text."""

__version__ = "0.1.0"

# ``pipeline.load(OUT_DIR)`` is the notebook entry point (:mod:`pipeline.view.load`).
from .view.load import load  # noqa: E402

__all__ = ["__version__", "load"]
