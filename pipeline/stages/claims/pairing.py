"""Link each denial to the claim it denies, with a score and the evidence that scored.

Evidence (weights in ``configs/claims/pairing.json``):

- ``same-sentence-relative``: "..., accusations that Armenia denied" / "an incident Baku
  denied responsibility for": the denial hangs on a noun that sums up the claim before it;
- ``anaphor``: "these allegations", "Baku's assertion" point back to the nearest earlier
  accusation or claim; ``anaphor-possessor``: the possessor is that claim's speaker;
- ``object-is-cue``: the denial's object is the claim's own cue noun ("dismissed a report
  by X that ...");
- ``denier-is-target``: the denier is the actor the accusation targets;
- ``denier-in-content``: the denier is named in the claim's content;
- ``content-overlap``: shared actors and content lemmas (drones, Ukraine, ...);
- a small penalty per sentence of distance.

A denial keeps only its best claim, and only above the threshold: a denial of something
said outside the article stays unpaired.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Token

from . import actors
from .draft import Draft
from .lexicon import Lexicon

CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ"})


def _keys(draft: Draft, stop: frozenset[str]) -> set[str]:
    """Content words and actor codes of a claim (codes stand in for names and demonyms)."""
    toks = draft.content_tokens
    codes = {code for _, code in actors.mentions(toks)}
    coded = {t.i for t in toks if t.ent_type_ and actors.entity_of(t) is not None
             and actors.code_of(actors.entity_of(t)._.actor)}
    words = {t.lemma_.lower() for t in toks if t.pos_ in CONTENT_POS and t.i not in coded
             and t.lemma_.lower() not in stop}
    return words | {f"@{c}" for c in codes}


def _anaphor(draft: Draft, lex: Lexicon) -> Token | None:
    """The head of a denial's object when it refers back ("these allegations")."""
    head = draft.content_head
    if head is None or head.lemma_.lower() not in lex.nouns.anaphoric:
        return None
    if draft.relative:
        return head
    determiners = lex.nouns.anaphoric_determiners
    # "such findings": the parser makes "such" an adjective or predeterminer
    if any(c.dep_ == "poss" or (c.dep_ in ("det", "amod", "predet") and c.lower_ in determiners)
           for c in head.children):
        return head
    return None


def _demonstrative(draft: Draft, lex: Lexicon) -> bool:
    """Whether a denial's anaphor is pointed with a demonstrative ("such findings",
    "that report"): it names the claim told just before, whatever kind it was given,
    where "the findings" looks back for an accusation — unless the noun itself names
    an accusation ("these allegations"), which still selects one."""
    head = _anaphor(draft, lex)
    words = frozenset(lex.pairing.get("demonstratives", []))
    if head is None or head.lemma_.lower() in lex.nouns.attribution.get("accusation", ()):
        return False
    return any(c.dep_ in ("det", "amod", "predet") and c.lower_ in words
                                    for c in head.children)


def possessor_code(head: Token, preps: frozenset[str] | tuple[str, ...] = ("by",)
                   ) -> str | None:
    """Whose claim the noun names: "Baku's assertion", "a Russian claim", "the IAEA
    report", "a report by the UN nuclear watchdog" (``preps``: the prepositions of an
    owner; the stance pass adds "of": "the claims of the junta")."""
    owners = [c for c in head.children if c.dep_ in ("poss", "amod", "compound")]
    owners += [g for c in head.children if c.dep_ in ("prep", "agent") and c.lower_ in preps
               for g in c.children if g.dep_ == "pobj"]
    for child in owners:
        actor = actors.token_actor(child)
        if actor:
            return actor["code"]
    return None


def against_code(head: Token) -> str | None:
    """Whom a charge noun names as accused: the coded name after "against" ("the
    accusations against Armenia")."""
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "against"):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            code = actors.code_of(actors.token_actor(obj)) if actors.entity_of(obj) else None
            if code:
                return code
    return None


def _source_nouns(claim: Draft) -> set[str]:
    """Attribution nouns the claim's cue was said in ("said in a statement", "said in a
    report"): a denial of "the report" may mean that one."""
    verb = claim.cue_token
    if verb is None:
        return set()
    return {g.lemma_.lower() for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
            for g in c.children if g.dep_ == "pobj"}


def score_pair(
    denial: Draft, claim: Draft, nearest: Draft | None, lex: Lexicon,
    keys: Callable[[Draft, frozenset[str]], set[str]] = _keys,
) -> tuple[float, list[str]]:
    """Score of ``denial`` denying ``claim`` and the evidence behind it (``keys``: the
    content keys of a draft, remembered by :func:`pair_denials`)."""
    cfg = lex.pairing
    weights = cfg["weights"]
    stop = frozenset(cfg.get("stop_lemmas", []))
    score, evidence = 0.0, []
    denier = denial.speaker_code
    anaphor = _anaphor(denial, lex)
    if denial.relative and claim.sentence == denial.sentence and claim.anchor < denial.anchor:
        score += weights["same_sentence_relative"]
        evidence.append("same-sentence-relative")
    elif anaphor is not None and claim is nearest:
        score += weights["anaphor_nearest"]
        evidence.append(f"anaphor:{anaphor.text}")
    head = denial.content_head
    if head is not None and claim.cue_token is not None and head.i == claim.cue_token.i:
        # "dismissed a report by a British newspaper that ...": the object is the claim's cue
        score += weights.get("object_is_cue", 0.0)
        evidence.append(f"object-is-cue:{head.text}")
    if head is not None and head.lemma_.lower() in lex.nouns.anaphoric:
        owner = possessor_code(head)
        if owner and owner == claim.speaker_code:
            score += weights["anaphor_possessor_is_speaker"]
            evidence.append(f"anaphor-possessor:{owner}")
        if head.lemma_.lower() in _source_nouns(claim):
            score += weights.get("source_noun", 0.0)
            evidence.append(f"source-noun:{head.lemma_.lower()}")
    if claim.sentence == denial.sentence and claim.anchor < denial.anchor and \
            not denial.relative:
        score += weights.get("same_sentence", 0.0)
        evidence.append("same-sentence")
    if denier and claim.target == denier:
        score += weights["denier_is_target"]
        evidence.append(f"denier-is-target:{denier}")
    elif denier and any(code == denier for _, code in actors.mentions(claim.content_tokens)):
        score += weights["denier_in_content"]
        evidence.append(f"denier-in-content:{denier}")
    if claim.kind == "accusation":
        score += weights["kind_accusation"]
        evidence.append("kind:accusation")
    if anaphor is None and not denial.relative:
        mine, theirs = keys(denial, stop), keys(claim, stop)
        if mine and theirs:
            shared = mine & theirs
            overlap = len(shared) / min(len(mine), len(theirs))
            if shared:
                score += weights["content_overlap"] * overlap
                evidence.append("content-overlap:" + ",".join(sorted(shared)))
    distance = abs(denial.sentence - claim.sentence)
    score -= weights["distance_penalty_per_sentence"] * distance
    return round(score, 3), evidence


def pair_denials(drafts: list[Draft], lex: Lexicon) -> list[dict[str, Any]]:
    """One pair per denial (its best-scoring claim above the threshold), in text order."""
    cfg = lex.pairing
    kinds = set(cfg.get("claim_kinds", []))
    pairs: list[dict[str, Any]] = []
    reach = cfg.get("max_distance", 12)
    # a draft's content keys, read once: each denial scores every claim near it, and each
    # claim is scored for every denial near it
    known: dict[tuple[int, frozenset[str]], set[str]] = {}

    def keys(draft: Draft, stop: frozenset[str]) -> set[str]:
        found = known.get((id(draft), stop))
        if found is None:
            found = known[id(draft), stop] = _keys(draft, stop)
        return found
    # drafts by sentence: a denial looks only at drafts within reach (all drafts for
    # every denial was quadratic on long articles); input order is kept
    by_sentence: dict[int, list[int]] = {}
    for i, draft in enumerate(drafts):
        by_sentence.setdefault(draft.sentence, []).append(i)
    for denial in drafts:
        if denial.kind != "denial":
            continue
        denier = denial.speaker_code
        near = sorted(i for s in range(denial.sentence - reach, denial.sentence + reach + 1)
                      for i in by_sentence.get(s, ()))
        candidates = [c for c in (drafts[i] for i in near) if c is not denial and
                      c.kind in kinds and
                      # nobody denies their own claim
                      not (denier and c.speaker_code == denier) and
                      abs(c.sentence - denial.sentence) <= reach and
                      not (c.content and denial.cue and c.content["start"] <= denial.cue["start"]
                           < c.content["end"])]
        before = [c for c in candidates if c.anchor < denial.anchor]
        anaphor = _anaphor(denial, lex)
        owner = possessor_code(anaphor) if anaphor is not None else None
        if owner:  # "Colombia's claims" point back to what Colombia said, not to the last claim
            before = [c for c in before if c.speaker_code == owner]
        accused = against_code(anaphor) if anaphor is not None else None
        if accused:  # "the accusations against Armenia": the charges against Armenia
            before = [c for c in before if c.target == accused]
        accusing = [c for c in before if c.kind in ("accusation", "claim")]
        window = [c for c in accusing
                  if denial.sentence - c.sentence <= cfg.get("anaphor_window", 6)]
        # "the accusations" point to the nearest accusation, even back in the headline
        nearest = max(window or accusing or before, key=lambda c: c.anchor) if before else None
        latest = max(before, key=lambda c: c.anchor) if before else None
        if latest is not None and denial.sentence - latest.sentence <= 1 and \
                _demonstrative(denial, lex):
            nearest = latest  # "such findings", "that report": the claim just told
        best: tuple[float, list[str], Draft] | None = None
        for claim in candidates:
            score, evidence = score_pair(denial, claim, nearest, lex, keys)
            if best is None or score > best[0]:
                best = (score, evidence, claim)
        if best and best[0] >= cfg.get("threshold", 0.5):
            pairs.append({"claim": best[2].id, "denial": denial.id, "score": best[0],
                          "evidence": best[1]})
    return pairs
