"""Events a speaker tells of are ``reported``; speech-act events agree with claim kinds.

ANNOTATION.md (events, modality 3): an event inside the content of a claim of any kind
but ``report`` is reported, not asserted — what a party says happened is its word, not
the article's.  Exceptions keep an event asserted: speech acts (its trigger is the cue,
or an accusation or rejection told inside the content: "denied the allegations", the
allegations were made), and what the speaker does by speaking (its own act in the
present or progressive: "said it was introducing counter-sanctions"; its own stance or
readiness: "stands ready to", "regards Iran as a partner"; a demand it makes: "the
West must abandon").
Contents a factive cue presupposes ("condemned the strike") stay asserted as well.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Token

from ..claims.lexicon import Lexicon
from . import frames
from .positions import SpanIndex
from .rules import StanceRules

PERFORMATIVE_TAGS = frozenset({"VBP", "VBZ", "VB", "VBG"})
PRESENT_TAGS = frozenset({"VBP", "VBZ"})


def _governing_verb(tok: Token) -> Token:
    """The verb a noun or adjective trigger hangs on ("stands ready", "regards it as a
    partner", "hit by its counter-sanctions")."""
    for _ in range(4):
        if tok.pos_ in frames.VERBAL or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok


def _perfect(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _performative(trigger: Token, event: dict[str, Any], speaker: str | None,
                  rules: StanceRules) -> bool:
    """What the speaker's side does or is by speaking: its own act in the present or
    progressive ("said it is introducing counter-sanctions", "we urge"), or its own
    stance, measure or readiness named by a noun or adjective ("stands ready to",
    "regards Iran as a partner", "hit by its counter-sanctions")."""
    if trigger.pos_ in frames.VERBAL:
        if trigger.tag_ not in PERFORMATIVE_TAGS or _perfect(trigger):
            return False
        who, _ = frames.side(frames.subject(trigger), speaker, rules)
        return who == "own"
    verb = _governing_verb(trigger)
    if _perfect(verb) or (trigger.pos_ != "ADJ" and verb.tag_ not in PRESENT_TAGS):
        return False  # a readiness said in any tense; a noun only in the present
    actors = set(event.get("actors") or [])
    if speaker and speaker in actors:
        return True
    who, _ = frames.side(frames.subject(verb), speaker, rules)
    return who == "own"


def _spoken(event: dict[str, Any], speaker: str | None, rules: StanceRules,
            cues: SpanIndex) -> bool:
    """A speech act that is itself a claim (its trigger is a claim's cue: "an accusation
    Armenia has rejected" inside Azerbaijan's words) happened as the article says; a
    demand or threat with no other actor than the speaker is made by the saying."""
    if event.get("type") in rules.reported_exempt_types and event.get("trigger") and \
            cues.overlapping(event["trigger"]):
        return True
    actors = set(event.get("actors") or [])
    return event.get("type") in rules.performed_types and actors <= {speaker}


def _overlaps(a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
    return bool(a and b and a["start"] < b["end"] and b["start"] < a["end"])


def mark_reported(doc: Doc, claims: list[dict[str, Any]], events: list[dict[str, Any]],
                  rules: StanceRules, lex: Lexicon) -> None:
    """Set ``modality = "reported"`` on asserted events inside what claims say, and list
    each claim's events in its record."""
    cues = SpanIndex(claims, "cue")
    by_trigger = SpanIndex(events, "trigger")
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
        for event in by_trigger.starting_in(content["start"], content["end"] + 1):
            trig = event["trigger"]
            if trig.get("end", content["end"] + 1) > content["end"]:
                continue
            inside.append(event)
            if claim["kind"] == "report" or factive or _overlaps(trig, claim.get("cue")):
                continue
            if event.get("modality", "asserted") != "asserted":
                continue
            if _spoken(event, speaker, rules, cues) or (
                    claim["kind"] == "denial" and event.get("type") in rules.reported_exempt_types):
                continue  # "denied the allegations": the allegations were made
            span = doc.char_span(trig["start"], trig["end"], alignment_mode="expand")
            if span is not None and _performative(span.root, event, speaker, rules):
                continue
            event["modality"] = "reported"
        ids = [e["id"] for e in inside if e.get("id")]
        if ids:
            claim["events"] = list(dict.fromkeys([*(claim.get("events") or []), *ids]))


def align_speech_events(claims: list[dict[str, Any]], events: list[dict[str, Any]],
                        rules: StanceRules) -> None:
    """The event at a denial's cue is a REJECT, at an accusation's cue an ACCUSE
    (``speech_events`` in the rules): one reading of the speech act across layers."""
    by_trigger = SpanIndex(events, "trigger")
    for claim in claims:
        want = rules.speech_events.get(claim["kind"])
        if want is None or not claim.get("cue"):
            continue
        for event in by_trigger.overlapping(claim["cue"]):
            if event.get("type") in want.from_types:
                event.update(type=want.type, mode=want.mode, cameo=want.cameo,
                             rule=f"{event.get('rule')}+stance")
