"""The ``timexes`` spaCy stage: TIMEX3 spans with type, value and mod on ``doc.spans``.

Rules are regular expressions over the article text (exact offsets), aligned to
tokens afterwards; the parse is used only where text alone cannot decide (is this
number a year, which way does "Monday" point).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from ... import extensions as ext
from ...extensions import doc_text
from .context import governing_verb, inside_quote, month_ok, tense, year_ok
from .dates import parse_dct
from .discourse import Discourse
from .extract import (
    find_candidates,
    interval_pairs,
    modifier_after,
    modifier_before,
    select,
)
from .normalise import Ctx, normalise
from .resources import Resources, load_resources

DEICTIC_NORMS = frozenset({"deictic", "clock"})
QUOTE_ANCHOR_DAYS = 7
YEAR_REACH = 50  # a bare number further than this past the DCT is not a year


class TimexTagger:
    """Find, normalise and write TIMEX3 expressions; one instance per pipeline."""

    def __init__(self, rules: str | Path | None = None) -> None:
        self.res: Resources = load_resources(rules or None)
        self._signals = self.res.lower_lexicon.get("year_signal", {})
        self._blockers = self.res.lower_lexicon.get("year_blocker_next", {})
        self._intent = self.res.lower_lexicon.get("future_intent", {})
        self._deadline = self.res.lower_lexicon.get("deadline_signal", {})
        self._movers = self.res.lower_lexicon.get("deadline_verbs", {})

    def _gate(self, doc: Doc, gate: str | None, span: Span) -> bool:
        if gate == "year":
            dct = parse_dct(doc._.dct)
            digits = span.text[:4]
            if dct is not None and digits.isdigit() and int(digits) > dct.year + YEAR_REACH:
                return False  # "closed at 2082": an index level, not a year in a 1989 story
            return year_ok(doc, span, self._signals, self._blockers)
        if gate == "month":
            return month_ok(doc, span)
        return True

    def _aligned(self, doc: Doc, text: str) -> list[tuple[int, int, int, Any]]:
        out: list[tuple[int, int, int, Any]] = []
        for cand in find_candidates(text, self.res):
            span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            if not self._gate(doc, self.res.rules[cand.rule_index].gate, span):
                continue
            out.append((span.start_char, span.end_char, cand.rule_index, cand))
        return out

    def _tense(self, text: str, span: Span) -> str | None:
        """The verb's tense; a deadline ("until Tuesday") in a clause not in the past is future."""
        found = tense(span, self._intent)
        before = " ".join(text[max(0, span.start_char - 20):span.start_char].lower().split())
        if any(before.endswith(" " + sig) or before == sig for sig in self._deadline):
            verb = governing_verb(span)
            if found != "past" or (verb is not None and verb.lemma_.lower() in self._movers):
                return "future"
        return found

    def _anchor(self, text: str, start: int, norm: str, dct: dt.date | None,
                last_day: dt.date | None) -> dt.date | None:
        """Inside a quotation, "today" is the day the words were said, if the text gave it."""
        if norm not in DEICTIC_NORMS or dct is None or last_day is None:
            return None
        if not 0 < (dct - last_day).days <= QUOTE_ANCHOR_DAYS:
            return None
        return last_day if inside_quote(text, start) else None

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)  # built once per document, shared with the later stages
        dct = parse_dct(doc._.dct)
        cands = self._aligned(doc, text)  # doc.text is rebuilt on every access: read it once
        keep = [cands[i] for i in select(cands)]
        records: list[dict[str, Any]] = []
        said = Discourse()
        for pos, (start, end, rule_index, cand) in enumerate(keep):
            rule = self.res.rules[rule_index]
            span = doc.char_span(start, end)
            ctx = Ctx(dct, self._anchor(text, start, rule.norm, dct, said.last_day),
                      self._tense(text, span), self.res, said.last_quarter, said.last_day,
                      said.last_any)
            val = normalise(rule.norm, cand.groups, rule.type, ctx)
            floor = records[-1]["end"] if records else 0
            ceiling = keep[pos + 1][0] if pos + 1 < len(keep) else len(text)
            mod = val.mod
            found = modifier_before(text, start, val.type, self.res.before, floor)
            if found is not None:
                new = doc.char_span(found[0], end, alignment_mode="expand")
                if new is not None and new.start_char >= floor:
                    start, mod = new.start_char, found[1]
            found = modifier_after(text, end, val.type, self.res.after, ceiling)
            if found is not None:
                new = doc.char_span(start, found[0], alignment_mode="expand")
                if new is not None and new.end_char <= ceiling:
                    end, mod = new.end_char, found[1]
            records.append({"start": start, "end": end, "type": val.type, "value": val.value,
                            "mod": mod, "resolved": val.resolved, "rule": rule.id})
            if val.freq:
                records[-1]["freq"] = val.freq
            said.update(val.type, val.value, val.resolved, rule.norm)
        for i in interval_pairs(text, [(r["start"], r["end"]) for r in records], self.res):
            a, b = records[i], records[i + 1]
            if a["type"] == b["type"] == "DATE":
                a["interval"] = b["interval"] = f"{a['value']}/{b['value']}"
        spans = []
        for rec in records:
            span = doc.char_span(rec["start"], rec["end"], label=rec["type"])
            if span is None:
                continue
            span._.timex = {k: rec[k] for k in ("type", "value", "mod", "resolved", "rule")}
            for extra in ("interval", "freq"):
                if extra in rec:
                    span._.timex[extra] = rec[extra]
            spans.append(span)
        doc.spans[ext.TIMEXES] = spans
        return doc


@Language.factory("timexes", default_config={"rules": ""})
def make_timexes(nlp: Language, name: str, rules: str) -> TimexTagger:
    """Factory used by ``nlp.add_pipe("timexes", config={"rules": FOLDER})``."""
    return TimexTagger(rules or None)
