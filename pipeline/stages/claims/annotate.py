"""Run the claim steps over one document and write ``doc._.claims`` / ``doc._.pairs``."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any

from spacy.tokens import Doc, Span

from ... import extensions as ext
from ...extensions import doc_text
from ..entities.dictionary import ActorDictionary
from ..prefilter import CueFilter, in_span
from .cues import cue_filter, find_drafts
from .draft import Draft
from .kinds import assign_kinds
from .lexicon import Lexicon
from .pairing import pair_denials
from .quotes import find_quotes, quotes_near
from .speakers import inherit_actors, resolve_pronouns, run_on_quotes


def _sentences(doc: Doc) -> list[Span]:
    sents = doc.spans[ext.SENTENCES] if ext.SENTENCES in doc.spans else None
    return list(sents) if sents is not None and len(sents) else list(doc.sents)


def _dedupe(drafts: list[Draft]) -> list[Draft]:
    """One claim per cue; the first rule that built it wins."""
    seen: set[tuple[int, int]] = set()
    out = []
    for d in drafts:
        key = (d.cue["start"], d.cue["end"]) if d.cue else (-1, d.anchor)
        if key in seen:
            continue
        seen.add(key)
        out.append(d)
    return out


def _link_events(drafts: list[Draft], events: list[dict[str, Any]]) -> None:
    """Events whose trigger lies in a claim's content (their modality is the stance
    pass's to set, once kinds are final)."""
    # events by trigger start, so each claim looks only at the triggers inside its
    # content (all claims against all events was quadratic on long articles)
    placed = sorted((trig["start"], i) for i, e in enumerate(events)
                    if "start" in (trig := e.get("trigger") or {}))
    starts = [start for start, _ in placed]
    for draft in drafts:
        if not draft.content:
            continue
        lo, hi = draft.content["start"], draft.content["end"]
        inside = sorted(i for _, i in placed[bisect_left(starts, lo):bisect_right(starts, hi)])
        for event in (events[i] for i in inside):
            trig = event.get("trigger") or {}
            if trig.get("end", hi + 1) <= hi and event.get("id"):
                draft.events.append(event["id"])


def annotate(doc: Doc, lex: Lexicon, book: ActorDictionary | None = None,
             cues: CueFilter | None = None) -> Doc:
    """Find claims and pairs in ``doc``; deterministic for a given parse and lexicon.
    ``cues``: the lexicon's :func:`~.cues.cue_filter` (the component keeps one,
    so its decisions are remembered across documents)."""
    sents = _sentences(doc)
    quotes = find_quotes(doc_text(doc), lex)
    events = doc._.events if isinstance(doc._.events, list) else []
    positions = (cues or cue_filter(lex)).positions(doc)
    drafts: list[Draft] = []
    for index, sent in enumerate(sents):
        near = quotes_near(quotes, sent.start_char, sent.end_char)
        cue_tokens = [doc[i] for i in in_span(positions, sent)]
        drafts.extend(find_drafts(sent, index, lex, book, near, cue_tokens))
    drafts = _dedupe(sorted(drafts, key=lambda d: (d.sentence, d.anchor)))
    resolve_pronouns(drafts, lex, sents, book)
    inherit_actors(drafts, lex, book)
    assign_kinds(drafts, sents, events, lex, book)
    drafts += run_on_quotes(drafts, sents, quotes, lex)
    drafts.sort(key=lambda d: (d.sentence, d.anchor))
    for i, draft in enumerate(drafts, start=1):
        draft.id = f"c{i}"
    _link_events(drafts, events)
    doc._.claims = [d.record() for d in drafts]
    doc._.pairs = pair_denials(drafts, lex)
    return doc
