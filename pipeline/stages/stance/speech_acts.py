"""A denial or an accusation told with an explicit cue carries its speech-act event.

ANNOTATION.md (events, speech acts): an explicit accusing or denying word ("accused",
"condemned", "denied", "dismissed ... as", "called ... baseless") gives a required ACCUSE
or REJECT event, its actor the speaker's side; the accusation goes to the accused, the
denial to the accuser.  The events stage reads the cue's clause alone and drops what it
cannot give a participant ("issued a statement denying any responsibility": the
participle has no subject of its own) or never fires on a misparsed headline ("Asmara
calls claim a 'fabrication'"); the claims stage has already found the speaker there.
So a claim of either kind whose cue is such a word, with no event at its cue and no
event of the wanted type by the same speaker in its sentence (one event per act: "leveled
charges against Iran, accusing it of ..."), gets the event here.  A cue that is a plain
verb of saying ("said", "according to") gives no event: the guide makes that one
optional.  With no speaker's actor the text can give, no event either (optional too).
An event of the wanted type that is at the cue but has no actor takes the speaker's
("Diab charged that ...", "a spokesman for X dismissed the account": the clause's
subject was a person the actor dictionary does not know).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from ... import schema
from ...config import DEFAULT_CONFIG_DIR
from ..claims.lexicon import Lexicon
from ..events import attributes as attr
from ..settings import read_json
from .positions import SpanIndex
from .rules import StanceRules

Event = dict[str, Any]
Claim = dict[str, Any]
DEFAULT_EVENTS_RULES = DEFAULT_CONFIG_DIR / "events"


def speaker_actor(claim: Claim) -> str | None:
    """The speaker's code, or the code of whom a pronoun speaker stands for."""
    return (claim.get("speaker") or {}).get("actor") or \
        (claim.get("resolved_speaker") or {}).get("actor")


def _explicit(claim: Claim, doc: Doc, lex: Lexicon, rules: StanceRules) -> bool:
    """Whether the cue itself accuses or denies (not a verb of saying whose content does)."""
    if claim.get("rule", "").split("+")[0] in rules.speech_event_frames:
        return True
    cue = doc.char_span(claim["cue"]["start"], claim["cue"]["end"], alignment_mode="expand")
    if cue is None:
        return False
    words = {cue.text.lower(), " ".join(t.lemma_.lower() for t in cue), cue.root.lemma_.lower()}
    return any(lex.verb_kind_of(w) == claim["kind"] for w in words)


class SpeechActs:
    """Adds the missing speech-act events; dates and contexts as the events stage gives
    them (the events lexicon's date cues and context words)."""

    def __init__(self, events_lexicon: dict[str, Any]) -> None:
        self.date_cues = attr.DateCues.from_lexicon(events_lexicon)
        self.contexts: dict[str, list[str]] = events_lexicon.get("contexts", {})

    @classmethod
    def read(cls, events_rules: str | Path = "") -> SpeechActs:
        """From the events stage's rule folder (its ``lexicon.json``), as settings.toml
        names it for the stance stage: the same resources the events stage reads."""
        return cls(read_json(Path(events_rules or DEFAULT_EVENTS_RULES) / "lexicon.json"))

    def supply(self, doc: Doc, claims: list[Claim], events: list[Event],
               rules: StanceRules, lex: Lexicon) -> tuple[list[Event], list[str]]:
        """The events of the document with the missing speech acts added (ids renumbered
        in text order), and the ids of the added ones."""
        by_trigger = SpanIndex(events, "trigger")
        added: list[Event] = []
        # events by sentence (the added ones join as they come): a scan of every event per
        # claim would be quadratic on long articles
        in_sentence: dict[int | None, list[Event]] = {}
        for e in events:
            in_sentence.setdefault(e.get("sentence"), []).append(e)
        tindex = None
        for claim in claims:
            want = rules.speech_events.get(claim["kind"])
            who = speaker_actor(claim)
            if want is None or not claim.get("cue") or who is None:
                continue
            at_cue = by_trigger.overlapping(claim["cue"])
            for event in at_cue:
                if event.get("type") == want.type and not event.get("actors"):
                    # "Diab charged that ...", "a spokesman for X dismissed the account":
                    # the speaker the claims stage found is the one who accuses or denies
                    event["actors"] = [who]
                    event["recipients"] = [c for c in event.get("recipients") or [] if c != who]
            if at_cue or not _explicit(claim, doc, lex, rules):
                continue
            sentence = schema.sentence_index(doc, claim["cue"]["start"])
            if any(e["type"] == want.type and who in (e.get("actors") or [])
                   for e in in_sentence.get(sentence, [])):
                continue  # the act is already told by another word of the same speaker
            span = doc.char_span(claim["cue"]["start"], claim["cue"]["end"],
                                 alignment_mode="expand")
            if span is None:
                continue
            if tindex is None:
                tindex = attr.timex_index(doc)
            target = claim.get("target") if claim["kind"] == "accusation" else None
            added.append({
                "sentence": sentence, "trigger": dict(claim["cue"]), "type": want.type,
                "mode": want.mode, "context": attr.contexts(span.root, self.contexts),
                "actors": [who], "recipients": [target] if target and target != who else [],
                "date": attr.event_date(span.root, tindex, self.date_cues),
                "location": None, "polarity": "positive", "modality": "asserted",
                "cameo": want.cameo, "rule": f"stance.speech_act:{claim.get('id')}"})
            in_sentence.setdefault(sentence, []).append(added[-1])
        if not added:
            return events, []
        out = sorted([*events, *added], key=lambda e: e["trigger"]["start"])
        renamed = {}
        for i, ev in enumerate(out, start=1):
            if ev.get("id"):
                renamed[ev["id"]] = f"e{i}"
            ev["id"] = f"e{i}"
        for claim in claims:
            if claim.get("events"):
                claim["events"] = [renamed.get(x, x) for x in claim["events"]]
        return out, [e["id"] for e in added]


def answer_denials(claims: list[Claim], events: list[Event], pairs: list[dict[str, Any]],
                   added: list[str]) -> None:
    """An added denial goes to the accuser: the speakers of the claims it answers."""
    if not added:
        return
    by_id = {c.get("id"): c for c in claims}
    by_event = {e["id"]: e for e in events}
    answered: dict[Any, list[Any]] = {}
    for p in pairs:
        answered.setdefault(p.get("denial"), []).append(p.get("claim"))
    for ev_id in added:
        ev = by_event.get(ev_id)
        if ev is None or ev["type"] != "REJECT":
            continue
        denial = (ev.get("rule") or "").rsplit(":", 1)[-1]
        accusers = [speaker_actor(by_id[c]) for c in answered.get(denial, []) if c in by_id]
        ev["recipients"] = [c for c in dict.fromkeys(accusers) if c and c not in ev["actors"]]
