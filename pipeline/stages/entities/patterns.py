"""Token patterns of the entity stage (``configs/entities/patterns.jsonl``).

Two kinds, told by the label.  A pattern with a label forces a name the model misses or
cuts wrongly ("the 58th Combined Arms Army", "Turkish General Staff").  A pattern whose
label is null marks a title the model took for a name ("[Defence] Minister",
"Secretary of [State]") or a common noun it took for one ("the [health
ministry]"): the model's names inside it go, and the merge puts back the
dictionary names among them ("NATO" in "NATO Secretary General").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from spacy.vocab import Vocab

from .pattern_gate import PatternGate
from .pattern_regions import PatternRegions

# words a title may take before the model's ORG it ends on ("Secretary of the [State]")
TITLE_REACH = 3


class EntityPatterns:
    """The two Matchers, the gate of the naming one, and each pattern's settings."""

    def __init__(self, vocab: Vocab, patterns: Iterable[dict[str, Any]],
                 title_words: frozenset[str], cut_titles: Callable[[Span], Span]) -> None:
        items = list(patterns)
        self.title_words = title_words
        self.cut_titles = cut_titles
        self.names = Matcher(vocab)
        self.titles = Matcher(vocab)
        self.info: dict[str, dict[str, Any]] = {}
        for item in items:
            matcher = self.names if item["label"] is not None else self.titles
            matcher.add(item["id"], [item["pattern"]])
            self.info[item["id"]] = item
        naming = [item["pattern"] for item in items if item["label"] is not None]
        self.gate = PatternGate(naming)
        self.regions = PatternRegions(naming, self.gate)

    def name_spans(self, doc: Doc) -> list[Span]:
        """The names the labelled patterns force."""
        spans = []
        # the Matcher reads only the stretches where a pattern can match: none in most
        # articles, which hold no word a pattern needs
        matches = self.regions.matches(self.names, doc)
        for match_id, start, end in matches:
            info = self.info[doc.vocab.strings[match_id]]
            left, right = info.get("trim", [0, 0])
            if end - right <= start + left:
                continue
            span = Span(doc, start + left, end - right, label=info["label"])
            if info.get("whole"):  # a title word is the name's own ("General Staff")
                spans.append(span)
                continue
            if span[0].lower_.rstrip(".") in self.title_words:
                continue  # "Commander Brigade [General]" is a title, not a unit
            spans.append(self.cut_titles(span))
        return filter_spans(spans)

    def title_spans(self, model: list[Span]) -> list[Span]:
        """The titles around the model's organisations.

        The title Matcher reads a few words about each ORG of the model, not the whole
        Doc: a Matcher call costs the length it reads, and titles end on such an ORG.
        """
        titles = []
        for ent in model:
            if ent.label_ != "ORG":
                continue
            doc = ent.doc
            window = doc[max(0, ent.start - TITLE_REACH):min(len(doc), ent.end + 1)]
            for match_id, start, end in self.titles(window):
                left, right = self.info[doc.vocab.strings[match_id]].get("trim", [0, 0])
                if end - right > start + left:
                    titles.append(Span(doc, window.start + start + left,
                                       window.start + end - right))
        return filter_spans(titles)
