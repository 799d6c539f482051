"""A denial that goes on: "The army dismissed the claim as a fabrication and said all of
its aircraft had returned safely to base", "The account was rejected by the Front,
which said fighting had broken out": what the denier says next, joined to the denying
verb or hung on the denier, is its account against the claim it just denied — a denial
of that claim too (ANNOTATION.md, Claims: denial; Pairs: several denials may answer one
claim).

Why a pass of its own: the content ("its aircraft had returned to base") names no claim
and negates nothing, so :mod:`.kinds` cannot tell it from a plain statement; the
grammar that joins it to the denial does.  ``pairs._counter_accounts`` catches the same
move by content (a coded denier telling the same act); this pass needs neither, only
the grammatical link, and runs before pairing so both see its kind.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Token

from . import frames
from .rules import StanceRules

OPEN_KINDS = frozenset({"statement", "claim"})
RELATIVE_SUBJECTS = frozenset({"which", "who", "that"})


def _cue_token(doc: Doc, claim: dict[str, Any]) -> Token | None:
    cue = claim.get("cue")
    span = doc.char_span(cue["start"], cue["end"], alignment_mode="expand") if cue else None
    return span.root if span is not None else None


def _inside(tok: Token, ref: dict[str, Any] | None) -> bool:
    return bool(ref) and ref["start"] <= tok.idx < ref["end"]


def _continued(tok: Token, denial: dict[str, Any], denial_cue: Token) -> bool:
    """"dismissed ... and said": a verb conjoined to the denying verb with no subject of
    its own; "rejected by the Front, which said": a relative clause on the denier."""
    if tok.dep_ == "conj" and tok.head == denial_cue:
        return not any(c.dep_ in frames.SUBJECTS for c in tok.children)
    if tok.dep_ == "relcl" and _inside(tok.head, denial.get("speaker")):
        return any(c.dep_ in frames.SUBJECTS and c.lower_ in RELATIVE_SUBJECTS
                   for c in tok.children)
    return False


def _told(clause: Token, rules: StanceRules) -> bool:
    """An account of what happened: an act told in the perfect ("had returned to base",
    "fighting had broken out"), not a resolve ("would respond"), a state ("remained
    ready for talks") or a stance ("supported the struggle"), which turn to another
    matter."""
    if clause.pos_ not in frames.VERBAL or frames.modal(clause, rules) or any(
            c.dep_ in ("acomp", "attr", "oprd") for c in clause.children):
        return False
    # a perfect ("had returned", "had broken out"): after "said" a simple past is often
    # a present shifted back ("said it supported the struggle": a stance, not an act)
    return clause.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in clause.children)


def _same_breath(doc: Doc, claim: dict[str, Any],
                 by_cue: dict[int, list[tuple[dict[str, Any], Token]]],
                 out: dict[str, str]) -> None:
    """"denied the accusation, calling it a fabrication", "rejected the report and
    described it as propaganda": a second denying cue of the same denier, hung on the
    first with no subject of its own, is one more claim (one claim per cue) that answers
    what the first answers — its object is only "it", so it cannot be paired alone.
    ``by_cue``: the denials (in order) by their cue's position."""
    tok = _cue_token(doc, claim)
    if tok is None or any(c.dep_ in frames.SUBJECTS for c in tok.children):
        return
    for denial, denial_cue in by_cue.get(tok.head.i, ()):
        if denial is not claim and tok.head == denial_cue and (
                tok.dep_ == "conj" or (tok.dep_ in ("advcl", "xcomp") and tok.tag_ == "VBG")):
            out[claim["id"]] = denial["id"]
            return


def continue_denials(doc: Doc, claims: list[dict[str, Any]],
                     rules: StanceRules) -> dict[str, str]:
    """Re-kind each statement that continues a denial in place, and note each denial
    said in the same breath as another; returns ``{continuing claim id: denial id}``
    for :func:`share_pairs`."""
    denials = [(d, tok) for d in claims if d.get("kind") == "denial"
               and (tok := _cue_token(doc, d)) is not None]
    # the denials by their cue's position: a claim hung on a cue reads only that cue's
    # denials (every denial for each claim was quadratic on long articles)
    by_cue: dict[int, list[tuple[dict[str, Any], Token]]] = {}
    for found in denials:
        by_cue.setdefault(found[1].i, []).append(found)
    out: dict[str, str] = {}
    for claim in claims:
        if claim.get("kind") == "denial":
            _same_breath(doc, claim, by_cue, out)
            continue
        if claim.get("kind") not in OPEN_KINDS or not denials:
            continue
        tok = _cue_token(doc, claim)
        content = claim.get("content")
        span = doc.char_span(content["start"], content["end"], alignment_mode="expand") \
            if content else None
        if tok is None or span is None:
            continue
        if not any(_told(c, rules) for c in frames.main_clauses(span)):
            continue  # "and said it would respond", "remained ready for talks"
        # only a relative clause reads every denial; a conjunct, its head's (_continued)
        mine = denials if tok.dep_ == "relcl" else by_cue.get(tok.head.i, []) \
            if tok.dep_ == "conj" else []
        for denial, denial_cue in mine:
            if _continued(tok, denial, denial_cue):
                claim["kind"] = "denial"
                claim["target"] = None
                claim["rule"] = f"{claim.get('rule')}+continues-denial"
                out[claim["id"]] = denial["id"]
                break
    return out


def share_pairs(pairs: list[dict[str, Any]], continued: dict[str, str]) -> list[dict[str, Any]]:
    """A continuing denial answers every claim the denial it continues answers."""
    have = {(p["denial"], p["claim"]) for p in pairs}
    extra = []
    for claim_id, denial_id in continued.items():
        for pair in pairs:
            if pair["denial"] == denial_id and (claim_id, pair["claim"]) not in have:
                have.add((claim_id, pair["claim"]))
                extra.append({**pair, "denial": claim_id,
                              "evidence": [f"continues:{denial_id}"]})
    return pairs + extra
