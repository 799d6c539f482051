"""Events a speaker tells of are ``reported``; speech-act events agree with claim kinds.

ANNOTATION.md (events, modality 3): an event inside the content of a claim of any kind
but ``report`` is reported, not asserted — what a party says happened is its word, not
the article's.  Three exceptions keep an event asserted: the speech act itself (its
trigger is the cue), what the speaker does by speaking (its own act in the present or
progressive: "said it was introducing counter-sanctions", "we urge"), and an accusation
named as the object of a denial ("denied the allegations": the allegations were made).
Contents a factive cue presupposes ("condemned the strike") stay asserted as well.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Token

from ..claims.lexicon import Lexicon
from . import frames
from .rules import StanceRules

PERFORMATIVE_TAGS = frozenset({"VBP", "VBZ", "VB", "VBG"})


def _performative(verb: Token, speaker: str | None, rules: StanceRules) -> bool:
    """The speaker's own act in the present or progressive, done by the saying."""
    if verb.pos_ not in frames.VERBAL or verb.tag_ not in PERFORMATIVE_TAGS:
        return False
    if any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return False
    who, _ = frames.side(frames.subject(verb), speaker, rules)
    return who == "own"


def _overlaps(a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
    return bool(a and b and a["start"] < b["end"] and b["start"] < a["end"])


def mark_reported(doc: Doc, claims: list[dict[str, Any]], events: list[dict[str, Any]],
                  rules: StanceRules, lex: Lexicon) -> None:
    """Set ``modality = "reported"`` on asserted events inside what claims say, and list
    each claim's events in its record."""
    for claim in claims:
        content = claim.get("content")
        if not content:
            continue
        cue = doc.char_span(claim["cue"]["start"], claim["cue"]["end"],
                            alignment_mode="expand") if claim.get("cue") else None
        factive = cue is not None and cue.root.lemma_.lower() in lex.factive_cues
        speaker = (claim.get("speaker") or {}).get("actor") or \
            (claim.get("resolved_speaker") or {}).get("actor")
        inside = []
        for event in events:
            trig = event.get("trigger") or {}
            if not (content["start"] <= trig.get("start", -1) and
                    trig.get("end", content["end"] + 1) <= content["end"]):
                continue
            inside.append(event)
            if claim["kind"] == "report" or factive or _overlaps(trig, claim.get("cue")):
                continue
            if event.get("modality", "asserted") != "asserted":
                continue
            if claim["kind"] == "denial" and event.get("type") in rules.reported_exempt_types:
                continue
            span = doc.char_span(trig["start"], trig["end"], alignment_mode="expand")
            if span is not None and _performative(span.root, speaker, rules):
                continue
            event["modality"] = "reported"
        ids = [e["id"] for e in inside if e.get("id")]
        if ids:
            claim["events"] = list(dict.fromkeys([*(claim.get("events") or []), *ids]))


def align_speech_events(claims: list[dict[str, Any]], events: list[dict[str, Any]],
                        rules: StanceRules) -> None:
    """The event at a denial's cue is a REJECT, at an accusation's cue an ACCUSE
    (``speech_events`` in the rules): one reading of the speech act across layers."""
    for claim in claims:
        want = rules.speech_events.get(claim["kind"])
        if want is None or not claim.get("cue"):
            continue
        for event in events:
            if event.get("type") in want.from_types and \
                    _overlaps(event.get("trigger"), claim["cue"]):
                event.update(type=want.type, mode=want.mode, cameo=want.cameo,
                             rule=f"{event.get('rule')}+stance")
