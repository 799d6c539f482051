"""Kinds and targets: what a claim is, beyond what its cue verb says.

- an outlet that says something reports it (speaker sector MED or a media head noun);
- a statement that calls a claim false, baseless, ... is a denial;
- a statement whose content has another actor do something hostile ("one of its
  soldiers was wounded after Armenian forces opened fire, Azerbaijan said") is an
  accusation, and that actor is its target;
- a statement by the actor accused in the same sentence is that actor's counter-claim.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from spacy.tokens import Span, Token

from .. import nominal
from ..entities.dictionary import ActorDictionary
from . import actors, blame
from .attribution import is_pronoun, subject_of
from .draft import Draft
from .lexicon import Lexicon

PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})


def _is_media(draft: Draft, lex: Lexicon) -> bool:
    """An outlet: coded MED, or a media noun heading the speaker or modifying its head
    ("Pyongyang's state news agency KCNA"); an ambiguous head ("agency", "network") counts
    only with a media modifier ("news agency", not "Atomic Energy Agency")."""
    tok = draft.speaker_token
    if tok is not None and tok.lemma_.lower() in lex.nouns.media_ambiguous and not {
            c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod")
    } & (lex.nouns.media_heads - lex.nouns.media_ambiguous):
        return False  # an ambiguous head alone names no outlet
    if draft.speaker and draft.speaker.get("_sector") == "MED":
        return True
    if tok is None:
        return False
    heads = [tok] + [c for c in tok.children if c.dep_ in ("compound", "appos")]
    for head in heads:
        lemma = head.lemma_.lower()
        mods = {c.lemma_.lower() for c in head.children if c.dep_ in ("compound", "amod")}
        heads, ambiguous = lex.nouns.media_heads, lex.nouns.media_ambiguous
        if lemma in heads and lemma not in ambiguous:
            return True
        if lemma in heads and mods & (heads - ambiguous):
            return True
    return False


def _coded_body(draft: Draft) -> bool:
    """A speaker the actor dictionary codes with a sector other than the media's (a
    ministry, an army, a government: GOV, MIL ...): a body, not an outlet, though its
    name or title holds a media word ("the military's media wing")."""
    sector = (draft.speaker or {}).get("_sector")
    return sector is not None and sector != "MED"


def _names_outlet(draft: Draft) -> bool:
    """Whether any name in the speaker span is an outlet of the dictionary ("the
    state-run Anadolu Agency", however the parser heads the phrase)."""
    tok, ref = draft.speaker_token, draft.speaker or {}
    span = tok.doc.char_span(ref["start"], ref["end"], alignment_mode="expand") \
        if tok is not None and "start" in ref else None
    return span is None or any(
        (actors.token_actor(t) or {}).get("sector") == "MED" for t in span if t.ent_type_)


def _is_denial_word(tok: Token, lex: Lexicon) -> bool:
    return tok.lemma_.lower() in lex.denial_adjectives or tok.lower_ in lex.denial_adjectives


def _denied_subject(tok: Token, lex: Lexicon) -> bool:
    """Whether ``tok`` can be what a denial predicate is about: a claim noun, a piece of
    evidence ("the footage", "these photos") or a demonstrative ("This is a lie")."""
    lemma = tok.lemma_.lower()
    return lemma in lex.claim_nouns or lemma in lex.evidence_nouns or \
        (tok.lower_ in lex.nouns.anaphoric_determiners and tok.pos_ in ("PRON", "DET"))


def _denies_by_content(draft: Draft, lex: Lexicon) -> bool:
    """Content that calls a claim false: "The claims about ... are false", "This is a
    lie", "the report ... contained baseless claims", "The footage is fabricated"."""
    for tok in draft.content_tokens:
        if tok.lemma_.lower() in lex.claim_nouns and any(
                c.dep_ == "amod" and _is_denial_word(c, lex) for c in tok.children):
            return True
        if tok.dep_ not in ("nsubj", "nsubjpass") or not _denied_subject(tok, lex):
            continue
        pred = tok.head
        preds = [pred] + [c for c in pred.children if c.dep_ == "conj"]
        for verb in preds:
            if tok.dep_ == "nsubjpass" and verb is pred and _is_denial_word(verb, lex):
                return True  # "The footage is fabricated"
            if any(c.dep_ in ("acomp", "attr", "oprd") and _is_denial_word(c, lex)
                   for c in verb.children):
                return True
    text = (draft.content or {}).get("text", "").lower()
    return any(phrase in text for phrase in lex.denial_phrases)


def _denied_noun(draft: Draft, lex: Lexicon) -> Token | None:
    """The bare claim noun a content-denial is about ("the report was politically
    motivated"), for pairing as an anaphor; None when the noun names its own content
    ("The claims about Iranian drones ... are false")."""
    for tok in draft.content_tokens:
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.lemma_.lower() in lex.nouns.anaphoric and \
                not any(c.dep_ in ("prep", "acl", "relcl", "ccomp") for c in tok.children):
            return tok
    return None


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


def _before_cue(sent: Span, verb: Token, draft: Draft) -> list[Token]:
    """The words before the cue that may name the accused: not the speaker span itself,
    whose other conjuncts speak too ("Egypt and Qatar condemned the strike": Qatar
    condemns, it is not condemned; ANNOTATION.md, several parties speaking together)."""
    ref = draft.speaker or {}
    lo, hi = ref.get("start", -1), ref.get("end", -1)
    return [t for t in sent if t.i < verb.i and not lo <= t.idx < hi]


def _act_doer(act: Token, verb: Token, sent: Span, speaker: str | None,
              book: ActorDictionary | None, before: list[Token]) -> str | None:
    """Accused of "condemned the invasion of Bolivia by Peru", "denounced Togo's raids
    on the port": the act's doer as every layer reads it (:mod:`..nominal`), else a
    party its phrase names outside what it befell, else one named before the verb —
    never what the act befell ("condemned the invasion of Bolivia" accuses no Bolivia)."""
    found = [a for d in nominal.roles(act).doers for a in actors.phrase_actors(d, book)
             if a["code"] != speaker]
    if found:
        return found[0]["code"]
    undergone = nominal.undergoer_positions(act)
    return _nearest_other([t for t in act.subtree if t.i not in undergone], speaker) or \
        _nearest_other(before, speaker, verb.i)


def _object_target(
    draft: Draft, sent: Span, book: ActorDictionary | None, lex: Lexicon
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
    if draft.rule.startswith("verb-passive-accused"):
        subj = draft.content_head
        found = [a for a in actors.phrase_actors(subj, book) if a["code"] != speaker] \
            if subj is not None else []
        if found:
            return found[0]["code"]
    for child in verb.children:
        if child.dep_ == "dobj":
            if is_pronoun(child):
                prior = _before_cue(sent, child, draft)
                return _nearest_other(prior, speaker, child.i)
            if nominal.names_an_act(child) or child.lemma_.lower() in lex.hostile_lemmas:
                return _act_doer(child, verb, sent, speaker, book,
                                 _before_cue(sent, verb, draft))
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
    return _nearest_other(_before_cue(sent, verb, draft), speaker, verb.i) or \
        _nearest_other(list(draft.content_tokens), speaker)


def _victims(tok: Token) -> set[int]:
    """Tokens naming whom a hostile act befell: the subject of a passive ("two soldiers
    were killed"), the object of the act ("hit a depot used by ..."), an event noun's
    undergoers as every layer reads them (:func:`..nominal.roles`: "a strike on the
    consulate", "the shelling of villages", "Togo's annexation by the empire")."""
    out: set[int] = set()
    if tok.pos_ not in ("VERB", "AUX"):
        out.update(nominal.undergoer_positions(tok))
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            return out
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    for child in verb.children:
        if child.dep_ in ("nsubjpass", "dobj"):
            out.update(t.i for t in child.subtree)
    return out


def _places(tok: Token, lex: Lexicon) -> set[int]:
    """Tokens naming where a hostile act happened ("were killed in Sinaloa", "shelled
    positions near Goma"): a place in a locative phrase of the act is where it befell,
    not who did it."""
    verb = tok if tok.pos_ in ("VERB", "AUX") or tok.dep_ not in ("nsubj", "nsubjpass") \
        else tok.head
    return {t.i for host in {tok, verb} for p in host.children
            if p.dep_ == "prep" and p.lower_ in lex.locative_preps
            for g in p.children if g.dep_ == "pobj" and g.ent_type_ in PLACE_TYPES
            for t in g.subtree}


def _own_side(child: Token, lex: Lexicon) -> bool:
    """A subject that is the speaker itself or its own ("it", "we", "its troops")."""
    low = child.lower_
    if low in lex.pronouns.get("thing", ()) or low in lex.pronouns.get("first_person", ()):
        return True
    return any(c.dep_ == "poss" and c.lower_ in lex.own_possessives for c in child.children)


def _done_by_speaker(tok: Token, speaker: str | None, lex: Lexicon,
                     inside: frozenset[int] = frozenset()) -> bool:
    """Whether the hostile act's own subject is the speaker ("it had shot down drones",
    "we struck", "its troops returned fire"): a speaker telling of its own action
    accuses nobody."""
    verb = tok
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head  # "returned fire after coming under attack": up to "coming"
    for _ in range(3):
        if any(c.dep_ == "nsubj" for c in verb.children) or \
                verb.dep_ not in ("advcl", "xcomp", "conj", "pcomp") or verb.head.i == verb.i:
            break
        verb = verb.head if verb.head.pos_ in ("VERB", "AUX") else verb.head.head
    if inside and verb.i not in inside:
        return False  # "documented the torture of X by Y": the cue's subject did not do it
    for child in verb.children:
        if child.dep_ != "nsubj":
            continue
        if _own_side(child, lex):
            return True
        return speaker is not None and any(
            code == speaker for _, code in actors.mentions(list(child.subtree)))
    return False


def _hostile_starts(events: list[dict[str, Any]], lex: Lexicon) -> list[int]:
    """Sorted trigger starts of hostile events, computed once per document: scanning
    every event for every statement was quadratic on long articles."""
    return sorted(trig["start"] for event in events
                  if event.get("type") in lex.hostile_event_types
                  and "start" in (trig := event.get("trigger") or {}))


def _hostile_target(
    draft: Draft, sent: Span, hostile_starts: list[int], lex: Lexicon
) -> str | None:
    """The other actor a statement's content has doing something hostile, if any."""
    speaker = draft.speaker_code
    content = draft.content
    if not content or not draft.content_tokens:
        return None
    # event triggers only say that something hostile happened; who did it is read from
    # the names in the content, which the event layer's participants may not match
    triggers = set(hostile_starts[bisect_left(hostile_starts, content["start"]):
                                  bisect_left(hostile_starts, content["end"])])
    first = draft.content_tokens[0].i
    blamed = blame.blamed(draft.content_tokens, speaker, lex,
                          before=[t for t in sent if t.i < first],
                          hostile=frozenset(t.i for t in draft.content_tokens
                                            if t.idx in triggers))
    if blamed:
        return blamed
    inside = frozenset(t.i for t in draft.content_tokens)
    hostile = [t for t in draft.content_tokens
               if (t.lemma_.lower() in lex.hostile_lemmas or t.idx in triggers)
               and not _done_by_speaker(t, speaker, lex, inside) and not _negated(t)
               and not _judged(t, lex)]
    if not hostile:
        return None
    victims = {i for tok in hostile for i in _victims(tok) | _places(tok, lex)}
    agents = [t for t in draft.content_tokens if t.i not in victims]
    inside = _nearest_other(agents, speaker, hostile[0].i)
    if inside:
        return inside
    if any(code != speaker for _, code in actors.mentions(draft.content_tokens)):
        return None  # "the strikes hit a depot used by X": X was struck, not striking
    content = set(draft.content_tokens)
    hearer = {t for c in (draft.cue_token.children if draft.cue_token is not None else ())
              if c.dep_ in ("dobj", "dative") and c not in content for t in c.subtree}
    # "told the AFP news agency that the shelling was unprovoked": whom it is told to is
    # not whom it blames
    outside = [t for t in sent if t not in content and t not in hearer]
    return _nearest_other(outside, speaker)


def _judged(tok: Token, lex: Lexicon) -> bool:
    """Whether a hostile word is the object of a verb that judges it ("said Togo had
    condemned the attack", "deplored the shelling"): its subject answers the act and is
    not said to have done it (the shared factive verbs)."""
    head = tok.head
    return tok.dep_ == "dobj" and head.i != tok.i and head.lemma_.lower() in lex.factive_cues


def _negated(tok: Token) -> bool:
    """Whether the clause a hostile word sits in is negated ("Iran had not supplied any
    drones for use in the war", "the deal violated no country's sovereignty"): saying
    something hostile did not happen accuses nobody."""
    verb = tok
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return any(c.dep_ == "neg" for c in verb.children) or any(
        d.dep_ == "det" and d.lower_ == "no" for c in verb.children
        if c.dep_ in ("dobj", "nsubj", "nsubjpass")
        for n in (c, *(p for p in c.children if p.dep_ == "poss")) for d in n.children)


def assign_kinds(
    drafts: list[Draft], sents: list[Span], events: list[dict[str, Any]], lex: Lexicon,
    book: ActorDictionary | None,
) -> None:
    """Settle each draft's kind and target in place (see the module docstring)."""
    hostile_starts = _hostile_starts(events, lex)
    for draft in drafts:
        sent = sents[draft.sentence]
        outlet = _is_media(draft, lex) and not _coded_body(draft)
        if draft.kind in ("statement", "claim") and outlet:
            draft.kind = "report"
        elif draft.kind == "report" and draft.speaker and draft.speaker.get("actor") \
                and not outlet and not _names_outlet(draft):
            # "A UN panel of experts reported that ...", "the military's media wing ISPR
            # said": a state body or an IGO telling what it found is no outlet relaying
            # news (ANNOTATION.md, kind 4), whatever its verb; its content decides below
            draft.kind = "statement"
            draft.rule += "+no-outlet"
        if draft.kind in ("statement", "claim", "report") and _denies_by_content(draft, lex):
            draft.kind = "denial"
            draft.rule += "+false"
            if draft.content_head is None:
                draft.content_head = _denied_noun(draft, lex)
        if draft.kind == "accusation":
            draft.target = _object_target(draft, sent, book, lex)
        elif draft.kind == "statement":
            target = _hostile_target(draft, sent, hostile_starts, lex)
            if target:
                draft.kind, draft.target = "accusation", target
                draft.rule += "+hostile"
    if not lex.claim_when_accused:
        return
    accused = {(o.sentence, o.target) for o in drafts if o.kind == "accusation"}
    for draft in drafts:
        if draft.kind != "statement" or not draft.speaker_code:
            continue
        if (draft.sentence, draft.speaker_code) in accused:
            draft.kind = "claim"
            draft.rule += "+accused"
