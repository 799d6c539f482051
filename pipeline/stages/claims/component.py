"""The ``claims`` stage: attributed statements, accusations, denials and their pairs.

Thin wrapper: the rules live in :mod:`pipeline.stages.claims`, the words in the lexicon folder
(``configs/claims``).  Runs last, because it reads entities' actors and the events.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ... import extensions  # noqa: F401  (registers doc._.claims / doc._.pairs)
from . import annotate, load_lexicon
from .actors import book_for
from .cues import cue_filter
from .lexicon import DEFAULT_LEXICON_DIR


class ClaimsComponent:
    """Writes ``doc._.claims`` and ``doc._.pairs``; sets reported modality on events."""

    def __init__(self, lexicon: str = "", actors: str = "") -> None:
        self.lexicon = load_lexicon(lexicon or str(DEFAULT_LEXICON_DIR))
        self.book = book_for(actors or None)
        self.cues = cue_filter(self.lexicon)

    def __call__(self, doc: Doc) -> Doc:
        return annotate(doc, self.lexicon, self.book, self.cues)


@Language.factory("claims", default_config={"lexicon": "", "actors": ""})
def make_claims(nlp: Language, name: str, lexicon: str, actors: str) -> ClaimsComponent:
    return ClaimsComponent(lexicon=lexicon, actors=actors)
