"""Denials that answer a claim by naming its owner (ANNOTATION.md, Pairs: by reference).

Why a module of its own: pairing by act (:mod:`.pairs`) finds the claims a denial
answers through their accused, the denier's side.  A denial that names whose claim it
rejects ("dismissed the ministry's remarks", "rejected the claims of the company",
"said Manila had offered no evidence for its allegations") points at what that owner
said, whoever it accused: a third party speaking up for the accused ("the agency said
the army had presented no evidence to support its account") answers the owner's
charges against another.  The owner is the possessor, or the "of"/"by" phrase, of a
claim noun that is what the denial rejects (its object, a quantified "most of its
allegations", the subject it judges) or what evidence is said to be lacking for; it is
coded as claims code speakers (:mod:`..claims.actors`); a possessive pronoun stands for
the nearest other party named before it in its sentence, else for the subject of the
sentence before.  The denial answers the owner's claims told before it (the owner's
claims after it when there are none before: a headline or lead answering a charge the
body tells), and of those only the charges aimed at the denier when there are any: the
accused answers what was said against it, not everything its accuser said.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from spacy.tokens import Doc, Span, Token

from ..claims import actors
from ..claims.pairing import against_code, possessor_code
from .positions import content_spans
from .referents import referring_nouns
from .rules import StanceRules
from .speaking import speaker_code

EVIDENCE_REACH = 4
"""Steps up the parse from a claim noun to the evidence noun it hangs on ("evidence
for most of its allegations": allegations, of, most, for, evidence)."""


def _under_evidence(noun: Token, span: Span, evidence: frozenset[str]) -> bool:
    """Whether ``noun`` is what evidence is for ("no evidence to support its account")."""
    tok = noun
    for _ in range(EVIDENCE_REACH):
        if tok.head.i == tok.i or not span.start <= tok.head.i < span.end:
            return False
        tok = tok.head
        if tok.lemma_.lower() in evidence and tok.pos_ == "NOUN":
            return True
    return False


def _pronoun_owner(pronoun: Token, denier: str | None) -> str | None:
    """The party "its"/"their" stands for: the nearest other party named before it in
    its sentence ("said Israel had presented no evidence to support its account"), else
    the subject of the sentence before ("The coast guard said ... Beijing rejected its
    account")."""
    before = [t for t in pronoun.sent if t.i < pronoun.i]
    for _, code in reversed(actors.mentions(before)):
        if code != denier:
            return code
    code = actors.previous_subject_code(pronoun)
    return code if code != denier else None


OWNER_LABELS = frozenset({"ORG", "GPE", "PERSON"})


def _of_owners(noun: Token, bodies: frozenset[str]) -> list[Token]:
    """The "of" phrases that name a speaker ("the claims of the Serbian government",
    "the remarks of Kenya"), not the claim's content ("reports of Russian troops")."""
    out = []
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            ent = actors.entity_of(obj)
            if (ent is not None and ent.label_ in OWNER_LABELS and ent.root == obj) or \
                    obj.lemma_.lower() in bodies:
                out.append(obj)
    return out


def owner_code(noun: Token, denier: str | None, bodies: frozenset[str]) -> str | None:
    """The code of whoever owns the claim ``noun`` names, other than the denier: its
    possessor, its "by" agent or an "of" phrase naming a speaker (``bodies``)."""
    for child in noun.children:
        if child.dep_ == "poss" and child.tag_ == "PRP$":
            return _pronoun_owner(child, denier)
    of = _of_owners(noun, bodies)
    code = possessor_code(noun) or next(
        (found for o in of if (found := actors.code_of(actors.token_actor(o)))), None)
    if code is None:  # "the ministry's remarks": the ministry named in full before
        owners = [c for c in noun.children if c.dep_ == "poss"] + of
        owners += [g for c in noun.children if c.dep_ in ("prep", "agent") and
                   c.lower_ == "by" for g in c.children if g.dep_ == "pobj"]
        code = next((found for o in owners if (found := actors.antecedent_code(o))), None)
    return code if code != denier else None


def owned_references(doc: Doc, claims: list[dict[str, Any]], claim_nouns: frozenset[str],
                     evidence: frozenset[str], rules: StanceRules,
                     quantifiers: frozenset[str] = frozenset()) -> dict[str, tuple[str, bool]]:
    """Denial id -> (owner code, whether the denial's own acts tell the act denied):
    an owned claim noun in referring position keeps its content's acts as the act
    denied ("rejected Beijing's claims that its ships were rammed"); one that evidence
    is said to be lacking for does not ("had provided no evidence": providing is not
    what is denied)."""
    out: dict[str, tuple[str, bool]] = {}
    for denial, span in content_spans(doc, (c for c in claims if c.get("kind") == "denial")):
        denier = speaker_code(denial)
        nouns = [(n, True) for n in referring_nouns(span, quantifiers)]
        nouns += [(t, False) for t in span if t.pos_ == "NOUN" and
                  _under_evidence(t, span, evidence)]
        for noun, acts in nouns:
            if noun.lemma_.lower() not in claim_nouns:
                continue
            code = owner_code(noun, denier, rules.owner_bodies)
            if code:
                out[denial["id"]] = (code, acts)
                break
    return out


def pair_owned(claims: list[dict[str, Any]], out: dict[tuple[str, str], dict[str, Any]],
               owners: Mapping[str, tuple[str, bool]], fams: Mapping[str, set[str]],
               rules: StanceRules) -> None:
    """Add to ``out`` ((denial id, claim id) -> pair) the claims each denial of
    ``owners`` answers through their owner: the owner's accusations and claims within
    ``rules.pair_reach`` sentences, before the denial (after it when none is before),
    the charges aimed at the denier among them when there are any, of the act the
    denial tells where both tell one."""
    if not owners:
        return
    order = {c["id"]: i for i, c in enumerate(claims)}
    by_speaker: dict[str, list[dict[str, Any]]] = {}
    for claim in claims:
        code = speaker_code(claim)
        if code and claim.get("kind") in rules.pair_kinds:
            by_speaker.setdefault(code, []).append(claim)
    for denial in claims:
        if denial["id"] not in owners or denial["kind"] != "denial":
            continue
        owner, acts = owners[denial["id"]]
        denier = speaker_code(denial)
        mine = fams[denial["id"]] if acts else set()
        theirs = [c for c in by_speaker.get(owner, ()) if c is not denial
                  and abs(c["sentence"] - denial["sentence"]) <= rules.pair_reach
                  and not (mine and fams[c["id"]] and not mine & fams[c["id"]])]
        chosen = [c for c in theirs if order[c["id"]] < order[denial["id"]]] or theirs
        chosen = [c for c in chosen if denier and c.get("target") == denier] or chosen
        for claim in chosen:
            out.setdefault((denial["id"], claim["id"]), {
                "claim": claim["id"], "denial": denial["id"], "score": 1.0,
                "evidence": [f"owner-of-claim-noun:{owner}"]})


def _defended(noun: Token, denier: str | None, allies: frozenset[str]) -> tuple[bool, str | None]:
    """Whom a charge noun is "against", when the denier stands by them: (True, code) for
    a coded party other than the denier ("the accusations against Armenia"), (True, None)
    for the denier's own allies ("against its friends in Iraq"); (False, None) else."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "against"):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            if obj.lemma_.lower() in allies and any(
                    c.dep_ == "poss" and (c.tag_ == "PRP$" or
                                          actors.code_of(actors.token_actor(c)) == denier)
                    for c in obj.children):
                return True, None
    code = against_code(noun)
    return (True, code) if code and code != denier else (False, None)


def defended_references(doc: Doc, claims: list[dict[str, Any]], claim_nouns: frozenset[str],
                        rules: StanceRules) -> dict[str, str | None]:
    """Denial id -> the party whose charges it rejects on that party's behalf ("rejected
    the accusations against its allies": None, the allies; "against Armenia": ARM)."""
    out: dict[str, str | None] = {}
    for denial, span in content_spans(doc, (c for c in claims if c.get("kind") == "denial")):
        for noun in (t for t in span if t.lemma_.lower() in claim_nouns and t.pos_ == "NOUN"):
            found, code = _defended(noun, speaker_code(denial), rules.ally_nouns)
            if found:
                out[denial["id"]] = code
                break
    return out


def pair_defended(claims: list[dict[str, Any]], out: dict[tuple[str, str], dict[str, Any]],
                  defended: Mapping[str, str | None], rules: StanceRules) -> None:
    """Add to ``out`` the charges each denial of ``defended`` answers for another party:
    the charges against the party named, or, for the denier's allies, the charges
    their own targets denied in the article; those told before the denial (after it
    when none is before), within ``rules.pair_reach`` sentences."""
    if not defended:
        return
    by_id = {c["id"]: c for c in claims}
    order = {c["id"]: i for i, c in enumerate(claims)}
    self_denied = {claim_id for denial_id, claim_id in out if claim_id in by_id and
                   by_id[claim_id].get("target") and
                   speaker_code(by_id[denial_id]) == by_id[claim_id]["target"]}
    for denial in claims:
        if denial["id"] not in defended or denial["kind"] != "denial":
            continue
        code, denier = defended[denial["id"]], speaker_code(denial)
        charges = [c for c in claims if c.get("kind") == "accusation" and c.get("target")
                   and c["target"] != denier and speaker_code(c) != denier
                   and abs(c["sentence"] - denial["sentence"]) <= rules.pair_reach
                   and (c["target"] == code if code else c["id"] in self_denied)]
        chosen = [c for c in charges if order[c["id"]] < order[denial["id"]]] or charges
        for claim in chosen:
            out.setdefault((denial["id"], claim["id"]), {
                "claim": claim["id"], "denial": denial["id"], "score": 1.0,
                "evidence": [f"defends-accused:{claim['target']}"]})
