"""The claims stage: attributed statements, accusations, denials and denial→claim pairs.

Small modules, each one step: :mod:`.lexicon` reads the word lists (all data, in
``configs/claims``), :mod:`.quotes` finds quotations in the raw text, :mod:`.cues` finds
cues and builds claims from dependency shapes, :mod:`.kinds` decides accusation / claim
from content, :mod:`.speakers` resolves pronouns and quotes that run on, and
:mod:`.pairing` links each denial to what it denies.  :func:`annotate` runs them in order.
"""

from __future__ import annotations

from .annotate import annotate
from .lexicon import Lexicon, load_lexicon

__all__ = ["Lexicon", "annotate", "load_lexicon"]
