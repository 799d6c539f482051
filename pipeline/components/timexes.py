"""The ``timexes`` stage (TIMEX3): registered from :mod:`pipeline.timex.component`.

The engine lives in :mod:`pipeline.timex` (one module per job); this module only
makes the factory available where the pipeline looks for its stages.
"""

from __future__ import annotations

from ..timex.component import TimexTagger, make_timexes

__all__ = ["TimexTagger", "make_timexes"]
