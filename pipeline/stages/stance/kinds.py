"""A claim's kind from what its content says, in the guide's order (ANNOTATION.md):
denial, accusation, claim, then what the cue gave.

The claims stage gives each claim a first kind from its cue ("accused", "denied",
"said"); most attributions use a plain verb of saying, so the cue alone cannot tell a
minister saying their side "never sold arms" (a denial) from one saying another state
"bought shells" (an accusation).  This pass reads the content's frames
(:mod:`.frames`) and the events inside it:

- denial: the content judges a claim false ("the reports were mendacious", "dismissed
  the report as a smear"), or says the speaker's own side did not do an act;
- accusation: another coded party did an act, told as a fact (positive, not modal),
  that is not one of cooperation or being; the target is that party;
- claim: the speaker's own side did a forceful act ("its forces captured the village"):
  a contested assertion, neither denial nor accusation.

Kinds an explicit cue gave (accused, denied) stay, but for the first rule: judging a
claim false is a denial whatever the verb ("denounced the report as a smear").
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span, Token

from ..claims.lexicon import Lexicon
from ..claims.nesting import WRAPPER
from ..wordclasses import word_forms
from . import frames
from .discredit import DEMONSTRATIVES, acted_lawfully, discredits_any, judges_charge, refuses_blame
from .involvement import part_in_hostile
from .judged import (
    act_told_before,
    concerned_by,
    condemned_other,
    other_party_things,
    owned_wrong,
    unnamed_doer,
)
from .own_side import (
    own_absent,
    own_act_only,
    own_denial,
    own_denial_hedged,
    own_ground_refused,
    own_not_present,
    own_on_own_ground,
    past,
    told_act,
)
from .rules import StanceRules
from .words import ContentWords, DocWords

# kinds this pass may decide from content; others came from an explicit cue
OPEN_KINDS = frozenset({"statement", "claim"})


def _accused_negates(clause: Token, speaker: str | None, rules: StanceRules) -> bool:
    """A party already accused in the article says an act did not happen or had no
    effect, whoever the parse makes its doer ("the drills had nothing to do with the
    accords", "the filling had caused no harm"): answering the charge is denying it, as
    long as no other party is named as the doer (then it would be a counter-charge)."""
    if not frames.negated(clause) or frames.modal(clause, rules):
        return False
    if rules.perceives(clause) or not told_act(clause, rules):
        return False
    who, _ = frames.side(frames.doer(clause), speaker, rules)
    return who != "other"


def _saw_nothing(clause: Token, speaker: str | None, rules: StanceRules) -> bool:
    """The speaker's side did not see, find or detect an act ("its experts had seen no
    indications of mines", "its patrols had not observed any shooting"): an observation
    that contests what others say happened — a claim, not a denial of one's own act."""
    if not rules.perceives(clause) or not frames.negated(clause) \
            or frames.modal(clause, rules) or not past(clause):
        return False
    who, _ = frames.side(frames.subject(clause), speaker, rules)
    return who == "own"


def _other_act(clause: Token, speaker: str | None, rules: StanceRules, lex: Lexicon,
               hostile_events: set[int]) -> str | None:
    """Code of another party said to have done a wrong act in this clause."""
    if frames.negated(clause) or frames.modal(clause, rules):
        return None
    who, code = frames.side(frames.doer(clause), speaker, rules)
    if who != "other":
        return None
    if clause.pos_ not in frames.VERBAL:
        return None
    act = frames.attempted_act(clause, rules)
    lemma = act.lemma_.lower()
    if lemma in rules.factive_verbs:
        return None  # "Togo had condemned the attack": judging an act is not doing it
    if frames.hostile_manner(clause, rules) or frames.hostile_manner(act, rules) or \
            act.i in hostile_events or lemma in lex.hostile_lemmas:
        return code
    if part_in_hostile(act, rules, lex, hostile_events):
        return code
    if speaker is None:
        return None  # any act accuses only when we know who speaks: not their own side
    if lemma in rules.neutral_acts or not (any(c.dep_ == "dobj" for c in act.children)
                                           or frames.is_passive(act)):
        return None  # "the ship was struck by Iranian drones": the patient is the subject
    if _to_own_side(act, speaker, rules):
        return None
    return code


RECIPIENT_PREPS = frozenset({"to", "for"})


def _to_own_side(act: Token, speaker: str, rules: StanceRules) -> bool:
    """"Warsaw had delivered shells to Ukraine's army", said by Kyiv, "Oslo had sent us
    tents": an act whose recipient is the speaker's own side is aid received, not a
    wrong done (CAMEO 07 'provide aid'); a hostile act was let through before."""
    recipients = [c for c in act.children if c.dep_ == "dative"] + [
        g for c in act.children if c.dep_ in ("prep", "dative") and c.lower_ in RECIPIENT_PREPS
        for g in c.children if g.dep_ == "pobj"]
    return any(frames.side(r, speaker, rules)[0] == "own" for r in recipients)


def _own_act(clause: Token, speaker: str | None, rules: StanceRules, lex: Lexicon,
             own_events: set[int]) -> bool:
    """The speaker's side did a forceful act ("its forces captured the village")."""
    if frames.negated(clause) or frames.modal(clause, rules) or clause.pos_ not in frames.VERBAL:
        return False
    who, _ = frames.side(frames.doer(clause), speaker, rules)
    if who != "own":
        return False
    return clause.i in own_events or clause.lemma_.lower() in lex.hostile_lemmas


INSIDE_PREPS = frozenset({"within", "inside", "in", "of", "to"})


def _own_territory(clause: Token, speaker: str | None, rules: StanceRules) -> bool:
    """"the reef has always been part of China's territory", "the shoal lies within its
    exclusive economic zone": a place said to belong to the speaker's side — a contested
    assertion of sovereignty (ANNOTATION.md: claim)."""
    if clause.lemma_.lower() not in rules.belonging_verbs or frames.negated(clause):
        return False
    subj = frames.subject(clause)
    for tok in clause.subtree:
        if tok.lemma_.lower() not in rules.territory_nouns or \
                (subj is not None and tok in subj.subtree) or \
                not (tok.dep_ == "attr" or tok.head.lower_ in INSIDE_PREPS):
            continue  # "fell outside its zone" places nothing inside it
        owners = [c for c in tok.children if c.dep_ in ("poss", "amod")] + [
            g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj"]
        if any(frames.side(o, speaker, rules)[0] == "own" for o in owners):
            return True
    # "the islands belong to Vietnam"
    return clause.lemma_.lower() == "belong" and any(
        frames.side(g, speaker, rules)[0] == "own" for c in clause.children
        if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj")


def _innocent_nature(clause: Token, speaker: str | None, rules: StanceRules) -> bool:
    """"the object was a civilian research craft", "the drills were routine and
    defensive": a thing or act said to be of a harmless kind — the speaker's contested
    account (ANNOTATION.md, claim: "Beijing says the balloon is a civilian airship").
    Not of another party ("the rebels were a defensive force" is said of them)."""
    if clause.lemma_ != "be" or frames.negated(clause) or frames.modal(clause, rules):
        return False
    subj = frames.subject(clause)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or \
            frames.side(subj, speaker, rules)[0] == "other":
        return False
    preds = [c for c in clause.children if c.dep_ in ("attr", "acomp")]
    preds += [c for p in preds for c in p.children if c.dep_ == "conj"]
    words = [w for p in preds for w in (p, *(c for c in p.children
                                           if c.dep_ in ("amod", "compound")))]
    return any(w.lemma_.lower() in rules.innocent_words and
               (w.pos_ == "ADJ" or w.dep_ in ("amod", "compound")) for w in words)


def _judged_act(clause: Token, lex: Lexicon, rules: StanceRules) -> bool:
    """"This is a violation of our sovereignty", "This was no accident", "This was a
    reckless and illegal act": a demonstrative named a hostile act, an act a condemning
    word qualifies (``rules.judged_act_nouns``), or denied it to be an accident — the
    speaker blames whoever the story has doing it."""
    if clause.lemma_ != "be" or not any(
            c.dep_ in frames.SUBJECTS and c.lower_ in DEMONSTRATIVES for c in clause.children):
        return False
    for attr in (c for c in clause.children if c.dep_ == "attr"):
        if attr.lemma_.lower() in lex.hostile_lemmas or any(  # "an act of terror"
                t.lemma_.lower() in lex.hostile_lemmas for c in attr.children
                if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree):
            return True
        if attr.lemma_.lower() in rules.judged_act_nouns and any(
                m.lower_ in lex.condemning_words for c in attr.children if c.dep_ == "amod"
                for m in (c, *(j for j in c.children if j.dep_ == "conj"))):
            return True
        if attr.lemma_.lower() == "accident" and frames.negated(clause):
            return True
    return False


def _speaker(claim: dict[str, Any]) -> str | None:
    return (claim.get("speaker") or {}).get("actor") or \
        (claim.get("resolved_speaker") or {}).get("actor")


def _names_a_wrong(seen: ContentWords, rules: StanceRules, lex: Lexicon) -> bool:
    """Whether any word form of the content is one :func:`.judged.owned_wrong` looks
    for (read from the content's word sets): most contents hold none, and the check
    then need not visit each noun of the content."""
    forms = seen.forms
    return bool(forms & lex.hostile_lemmas or forms & lex.condemning_words
                or forms & rules.wrongdoing_nouns)


def decide(claim: dict[str, Any], content: Span, events: list[dict[str, Any]],
           rules: StanceRules, lex: Lexicon,
           earlier_target: str | None = None,
           accused: frozenset[str] = frozenset(),
           words: DocWords | None = None) -> tuple[str, str | None, str] | None:
    """``(kind, target, evidence)`` when the content decides the kind; None to keep the
    cue's kind.  ``earlier_target``: the accused of the nearest accusation before this
    claim, for contents that name the act but not its doer ("This was no accident");
    ``accused``: every party a claim of the article accuses (a denial often comes first:
    the headline and lead report it before the charge is told); ``words``: the
    document's words read once (:mod:`.words`), shared by its claims."""
    kind = claim["kind"]
    speaker = _speaker(claim)
    rule = claim.get("rule") or ""
    from_content = "+false" in rule  # the claims stage's own reading of the content
    if kind == "report" or (kind == "denial" and not from_content) or WRAPPER in rule:
        return None  # a wrapper's content denies by its own cue (claims.nesting)
    cue = claim.get("cue")
    cue_span = content.doc.char_span(cue["start"], cue["end"], alignment_mode="expand") \
        if cue else None
    if cue_span is not None and cue_span.root.lemma_.lower() in rules.praise_verbs:
        return None  # "welcomed the deal signed by X": endorsing accuses nobody
    words = words or DocWords(content.doc)
    seen = words.of(content)
    # accused as itself, or as the state it governs ("accused Afghanistan" said to the
    # Taliban's spokesman: frames.same_side)
    blamed = speaker is not None and any(frames.same_side(speaker, a, rules) for a in accused)
    if discredits_any(content, speaker, rules, lex, seen, blamed):
        return ("denial", None, "discredits") if kind != "denial" else None
    if judges_charge(cue_span.root if cue_span is not None else None, rule, rules, lex):
        return "denial", None, "judges-charge"
    if kind == "accusation" and rule.startswith("verb-light-accusation") and \
            earlier_target and earlier_target != speaker and any(
                c.dep_ in ("amod", "det") and c.lower_ in rules.repeated_charge
                for c in content.root.children):
        # "London made the same charge", "Tokyo made similar accusations": the charge
        # told before, against the party it accused
        return "accusation", earlier_target, "repeated-charge"
    if kind == "accusation" and not claim.get("target") and earlier_target and \
            earlier_target != speaker and act_told_before(content, rule, lex):
        # "described the manoeuvres as reckless", "condemned the air strikes": the
        # definite act was told before, against the party the article blamed for it
        return "accusation", earlier_target, "act-told-before"
    reread = kind in OPEN_KINDS or (kind == "accusation" and "+hostile" in rule)
    if blamed and reread and seen.forms & rules.belief_words and any(
            t.pos_ in ("NOUN", "PROPN") and word_forms(t) & rules.belief_words for t in content):
        # "the West was suffering from spy mania", said by the party charged with spying
        return "denial", None, "accused-discredits"
    hostile_cue = "+hostile" in rule
    if kind not in OPEN_KINDS and not hostile_cue and not from_content:
        return None
    if (kind in OPEN_KINDS or hostile_cue) and refuses_blame(content, speaker, rules, seen):
        return "denial", None, "refuses-blame"
    if kind in OPEN_KINDS and seen.forms & rules.false_blame:
        # "called on Kinshasa to stop scapegoating its neighbour", "a bid to smear China":
        # words that mean a false charge deny one, said by anyone not accusing
        return "denial", None, "false-blame"
    by_token = {}
    for event in events:
        root = words.trigger_root(event)
        if root is not None:
            by_token[root] = event
    hostile = {i for i, e in by_token.items() if e.get("type") in lex.hostile_event_types}
    forceful = {i for i, e in by_token.items() if e.get("type") in rules.own_act_types}
    clauses = frames.main_clauses(content)
    # "found solid evidence that its troops were operating inside Congo": the clause an
    # evidence noun holds is what the content asserts (ANNOTATION.md: "collected evidence")
    clauses += [c for r in clauses if r.lemma_.lower() in lex.evidence_nouns
                and not frames.negated(r.head)  # "found no evidence that ..."
                for c in r.children if c.dep_ in ("acl", "ccomp") and c.pos_ in frames.VERBAL
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    charged = hostile | forceful | {i for i, e in by_token.items()
                                    if e.get("type") in rules.supply_types}
    if any(own_denial(c, speaker, rules, lex, charged, hostile, blamed)
           for c in clauses):
        return "denial", None, "own-side-negated"
    if any(own_absent(c, speaker, rules) or own_not_present(c, speaker, rules)
           for c in clauses):
        return "denial", None, "own-side-absent"
    if any(own_denial_hedged(c, speaker, rules, lex, hostile | forceful, blamed)
           for c in clauses):
        return "denial", None, "own-side-will-not"
    if any(own_ground_refused(c, speaker, rules) for c in clauses):
        return "denial", None, "own-ground-refused"
    if any(acted_lawfully(c, rules) for c in clauses):
        return "denial", None, "acted-lawfully"
    if blamed and any(_accused_negates(c, speaker, rules) for c in clauses):
        return "denial", None, "accused-negates"
    if blamed and any(own_act_only(c, speaker, rules) for c in clauses):
        return "denial", None, "accused-only"
    if blamed and any(own_on_own_ground(c, speaker, rules) for c in clauses):
        return "denial", None, "accused-on-own-ground"
    code = owned_wrong(content, speaker, rules, lex) if _names_a_wrong(seen, rules, lex) else None
    if code:
        return "accusation", code, "other-side-wrong-owned"
    for clause in clauses:
        code = _other_act(clause, speaker, rules, lex, hostile)
        if code:
            return "accusation", code, "other-side-act"
        condemned, code = condemned_other(clause, speaker, rules, lex, earlier_target)
        if condemned:
            # a subject naming no party keeps the accused the claims stage found
            return "accusation", code or claim.get("target"), "other-side-condemned"
        unnamed, code = unnamed_doer(clause, speaker, rules, lex, hostile, earlier_target)
        if unnamed:
            return "accusation", code, "unnamed-doer-act"
        code, evidence = other_party_things(clause, speaker, rules, lex, hostile)
        if code:
            return "accusation", code, evidence
    alarmed, code = concerned_by(content, speaker, rules, lex, hostile)
    if alarmed:
        target = code or claim.get("target") or (
            earlier_target if earlier_target != speaker else None)
        return "accusation", target, "alarmed-by-act"
    if any(_own_act(c, speaker, rules, lex, forceful) for c in clauses):
        return "claim", None, "own-side-act"
    if any(_saw_nothing(c, speaker, rules) for c in clauses):
        return "claim", None, "own-side-saw-nothing"
    if any(_own_territory(c, speaker, rules) for c in clauses):
        return "claim", None, "own-side-territory"
    if speaker and any(_innocent_nature(c, speaker, rules) for c in clauses):
        return "claim", None, "innocent-nature"
    if earlier_target and earlier_target != speaker and any(
            _judged_act(c, lex, rules) for c in clauses):
        return "accusation", earlier_target, "judged-act"
    blames = bool(seen.lemmas & lex.blame_lemmas)
    if hostile_cue and not blames and all(
            frames.modal(c, rules) or _neutral_other(c, speaker, rules) for c in clauses):
        return "statement", None, "no-act-told"
    if kind == "claim" and clauses and all(frames.modal(c, rules) for c in clauses):
        # "insisted the West must abandon its game": a demand or a resolve, not a
        # contested fact (ANNOTATION.md: claim is a factual assertion)
        return "statement", None, "no-fact-told"
    return None


def _neutral_other(clause: Token, speaker: str | None, rules: StanceRules) -> bool:
    """Another party doing something of cooperation ("Israel and Hamas have agreed")."""
    who, _ = frames.side(frames.doer(clause), speaker, rules)
    return who == "other" and clause.lemma_.lower() in rules.neutral_acts and \
        not frames.hostile_manner(clause, rules)


# evidence of the claims stage that a denial names what it answers as a claim
REFERENCE_EVIDENCE = ("anaphor", "same-sentence-relative", "object-is-cue")


def contested(claims: list[dict[str, Any]], pairs: list[dict[str, Any]]) -> None:
    """A statement that another party's denial names as a claim ("..., a claim the
    Pentagon rejected", "The account was rejected by X", "dismissed the claim") is a
    contested assertion: kind ``claim`` (ANNOTATION.md, kind 3)."""
    by_id = {c["id"]: c for c in claims}
    for pair in pairs:
        claim, denial = by_id.get(pair.get("claim")), by_id.get(pair.get("denial"))
        if claim is None or denial is None or claim["kind"] != "statement" or \
                denial["kind"] != "denial" or _speaker(claim) == _speaker(denial) is not None:
            continue
        if any(str(e).startswith(REFERENCE_EVIDENCE) for e in pair.get("evidence") or []):
            claim["kind"] = "claim"
            claim["rule"] = f"{claim.get('rule')}+answered-as-claim"
