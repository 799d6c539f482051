"""Kinds and targets: what a claim is, beyond what its cue verb says.

- an outlet that says something reports it (speaker sector MED or a media head noun);
- a statement that calls a claim false, baseless, ... is a denial;
- a statement whose content has another actor do something hostile ("one of its
  soldiers was wounded after Armenian forces opened fire, Azerbaijan said") is an
  accusation, and that actor is its target;
- a statement by the actor accused in the same sentence is that actor's counter-claim.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span, Token

from ..actors import ActorDictionary
from . import actors
from .attribution import is_pronoun, subject_of
from .draft import Draft
from .lexicon import Lexicon


def _is_media(draft: Draft, lex: Lexicon) -> bool:
    if draft.speaker and draft.speaker.get("_sector") == "MED":
        return True
    tok = draft.speaker_token
    return tok is not None and tok.lemma_.lower() in lex.media_heads


def _denies_by_content(draft: Draft, lex: Lexicon) -> bool:
    """Content that calls a claim false: "The claims about ... are false"."""
    for tok in draft.content_tokens:
        if tok.lemma_.lower() not in lex.claim_nouns:
            continue
        pred = tok.head
        siblings = list(pred.children) if tok.dep_ in ("nsubj", "nsubjpass") else []
        if any(c.dep_ in ("acomp", "attr") and c.lemma_.lower() in lex.denial_adjectives
               for c in siblings):
            return True
    text = (draft.content or {}).get("text", "").lower()
    return any(phrase in text for phrase in lex.denial_phrases)


def _nearest_other(
    tokens: list[Token], speaker: str | None, before: int | None = None
) -> str | None:
    """Code of the nearest coded mention other than the speaker's (nearest to ``before``)."""
    found = [(i, c) for i, c in actors.mentions(tokens) if c != speaker]
    if not found:
        return None
    if before is None:
        return found[0][1]
    found.sort(key=lambda ic: abs(ic[0] - before))
    return found[0][1]


def _object_target(
    draft: Draft, sent: Span, book: ActorDictionary | None
) -> str | None:
    """Accused of an accusation cue: its object (a pronoun resolved to the nearest other
    actor before it), the subject of an alleged clause, or a relative clause's head."""
    verb = draft.cue_token
    speaker = draft.speaker_code
    if verb is None:
        return None
    if draft.rule == "verb-deem-responsible" and verb.dep_ == "relcl":
        found = [a for a in actors.phrase_actors(verb.head, book) if a["code"] != speaker]
        if found:
            return found[0]["code"]
        return _nearest_other(list(verb.head.subtree), speaker)
    for child in verb.children:
        if child.dep_ == "dobj":
            if is_pronoun(child):
                prior = [t for t in sent if t.i < child.i]
                return _nearest_other(prior, speaker, child.i)
            found = [a for a in actors.phrase_actors(child, book) if a["code"] != speaker]
            if found:
                return found[0]["code"]
            other = _nearest_other(list(child.subtree), speaker)
            if other:
                return other
        if child.dep_ == "ccomp":
            subj = subject_of(child)
            if subj is not None:
                found = [a for a in actors.phrase_actors(subj, book) if a["code"] != speaker]
                if found:
                    return found[0]["code"]
    light = [c for c in verb.children if c.dep_ == "dobj"]
    for noun in light:
        for prep in noun.children:
            if prep.lower_ == "against":
                other = _nearest_other(list(prep.subtree), speaker)
                if other:
                    return other
    return _nearest_other([t for t in sent if t.i < verb.i], speaker, verb.i) or \
        _nearest_other(list(draft.content_tokens), speaker)


def _done_by_speaker(tok: Token, speaker: str | None, lex: Lexicon) -> bool:
    """Whether the hostile act's own subject is the speaker ("it had shot down drones",
    "we struck"): a speaker telling of its own action accuses nobody."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    for child in verb.children:
        if child.dep_ != "nsubj":
            continue
        low = child.lower_
        if low in lex.pronouns.get("thing", ()) or low in lex.pronouns.get("first_person", ()):
            return True
        return speaker is not None and any(
            code == speaker for _, code in actors.mentions(list(child.subtree)))
    return False


def _hostile_target(
    draft: Draft, sent: Span, events: list[dict[str, Any]], lex: Lexicon
) -> str | None:
    """The other actor a statement's content has doing something hostile, if any."""
    speaker = draft.speaker_code
    content = draft.content
    if not content or not draft.content_tokens:
        return None
    # event triggers only say that something hostile happened; who did it is read from
    # the names in the content, which the event layer's participants may not match
    triggers = set()
    for event in events:
        trig = event.get("trigger") or {}
        if event.get("type") in lex.hostile_event_types and \
                content["start"] <= trig.get("start", -1) < content["end"]:
            triggers.add(trig["start"])
    hostile = [t for t in draft.content_tokens
               if (t.lemma_.lower() in lex.hostile_lemmas or t.idx in triggers)
               and not _done_by_speaker(t, speaker, lex)]
    if not hostile:
        return None
    inside = _nearest_other(draft.content_tokens, speaker, hostile[0].i)
    if inside:
        return inside
    outside = [t for t in sent if t not in set(draft.content_tokens)]
    return _nearest_other(outside, speaker)


def assign_kinds(
    drafts: list[Draft], sents: list[Span], events: list[dict[str, Any]], lex: Lexicon,
    book: ActorDictionary | None,
) -> None:
    """Settle each draft's kind and target in place (see the module docstring)."""
    for draft in drafts:
        sent = sents[draft.sentence]
        if draft.kind in ("statement", "claim") and _is_media(draft, lex):
            draft.kind = "report"
        if draft.kind in ("statement", "claim", "report") and _denies_by_content(draft, lex):
            draft.kind = "denial"
            draft.rule += "+false"
        if draft.kind == "accusation":
            draft.target = _object_target(draft, sent, book)
        elif draft.kind == "statement":
            target = _hostile_target(draft, sent, events, lex)
            if target:
                draft.kind, draft.target = "accusation", target
                draft.rule += "+hostile"
    if not lex.claim_when_accused:
        return
    for draft in drafts:
        if draft.kind != "statement" or not draft.speaker_code:
            continue
        if any(o.kind == "accusation" and o.sentence == draft.sentence and
               o.target == draft.speaker_code for o in drafts):
            draft.kind = "claim"
            draft.rule += "+accused"
