"""Denials of one's own acts: the speaker's side did not, could not or will not do an act
it can be blamed for (ANNOTATION.md, denial: "asserts that they themselves (or their
side) did not do an act they are blamed for").

Kept apart from :mod:`.kinds`, which decides a claim's kind in the guide's order and
asks these frames first.  Why "blamed for" matters: "no agreement was reached" or "had
not received an invitation" is negated and told of the speaker's side too, yet denies
nothing; only an act someone could charge the side with makes the negation a denial.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..claims.lexicon import Lexicon
from . import frames
from .involvement import is_hostile, part_in_hostile
from .rules import StanceRules

PAST_TAGS = frozenset({"VBD", "VBN"})


def past(verb: Token) -> bool:
    """A past verb, or one with a past auxiliary ("were operating", "had sent")."""
    return verb.tag_ in PAST_TAGS or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


def told_act(clause: Token, rules: StanceRules) -> bool:
    """A negated clause that tells an act rather than a policy: negated on the verb or in
    the past ("had not crossed", "killed no civilians"), or denying a part in something
    whatever the tense ("has no role in", "poses no threat to", "bears no responsibility",
    "is no party to"); "grants no veto" states a policy."""
    if frames.adverb_negated(clause) or past(clause):
        return True
    nouns = rules.involvement_nouns | rules.complicity_words
    return any(c.dep_ in ("dobj", "attr") and c.lemma_.lower() in nouns
               and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
               for c in clause.children)


def chargeable(clause: Token, rules: StanceRules, lex: Lexicon, acts: set[int],
                blamed: bool) -> bool:
    """An act a side can be blamed for, which saying it did not do denies (ANNOTATION.md:
    "did not do an act they are blamed for"): a hostile, forceful or supplying event or
    word ("never sold weapons", "had not crossed"), a part in something ("had no role
    in", "was not involved in"), a share in a hostile act ("was no party to the
    shelling"), an act done to armed forces ("never hosted foreign
    troops"), or, from a side accused in the article (``blamed``),
    any act done to something.  "No agreement was reached", "had not received an
    invitation", "no date had been set" deny nothing."""
    if clause.i in acts or clause.lemma_.lower() in lex.hostile_lemmas or \
            clause.lemma_.lower() in rules.part_verbs | rules.harm_verbs or \
            frames.hostile_manner(clause, rules):
        return True
    if any(c.dep_ in ("dobj", "attr") and c.lemma_.lower() in rules.involvement_nouns
           for c in clause.children):
        return True
    if part_in_hostile(clause, rules, lex, acts):
        return True  # "was no party to the shelling", "not an accomplice in the raid"
    if any(c.dep_ == "dobj" and (c.lemma_.lower() in rules.force_objects or
                                 c.lower_ in rules.force_objects) for c in clause.children):
        return True  # "had never hosted foreign troops" (not "its troops were consulted")
    return blamed and blamable(clause, rules, lex, acts)


def own_denial(clause: Token, speaker: str | None, rules: StanceRules, lex: Lexicon,
                acts: set[int], hostile: set[int], blamed: bool) -> bool:
    """The speaker's side did not do an act it can be blamed for ("its forces had not
    crossed", "Iran has never supplied drones", "no weapons were sold by our country",
    "no civilians were targeted")."""
    if not frames.negated(clause) or frames.modal(clause, rules):
        return False
    if rules.perceives(clause) or not told_act(clause, rules):
        return False
    if not chargeable(clause, rules, lex, acts, blamed):
        return False
    if frames.is_passive(clause) and not frames.has_agent(clause):
        # "no civilians were targeted": whoever is named is the patient, unless it is
        # the speaker's own side suffering a hostile act ("no Danish vessels were damaged")
        return not (is_hostile(clause, lex, hostile) and
                    frames.side(frames.subject(clause), speaker, rules)[0] == "own")
    who, _ = frames.side(frames.doer(clause), speaker, rules)
    return who == "own"


def own_absent(clause: Token, speaker: str | None, rules: StanceRules) -> bool:
    """"there were no Russian troops in the area", "there had been no firing from the
    Pakistani side": the speaker's side said not to be there or not to have acted, in an
    existential clause whose negated noun names that side."""
    if clause.lemma_ != "be" or frames.modal(clause, rules) or not frames.negated(clause) \
            or not any(c.dep_ == "expl" for c in clause.children):
        return False
    return any(frames.side(c, speaker, rules)[0] == "own" for c in clause.children
               if c.dep_ in ("attr", "nsubj"))


def own_not_present(clause: Token, speaker: str | None, rules: StanceRules) -> bool:
    """"none of its ships had been in the area", "no Rwandan soldier had set foot in
    Congo", "its jets never entered the zone": the speaker's forces said not to have been
    or gone where they are said to have acted — the existential frame of
    :func:`own_absent` told with the forces as subject.  Only forces, ships, aircraft
    and agents (``presence_heads``): "its envoy had not been in Beijing" denies nothing."""
    if not frames.negated(clause) or frames.modal(clause, rules) or \
            not (past(clause) or frames.adverb_negated(clause)):
        return False
    lemma = clause.lemma_.lower()
    preps = {c.lower_ for c in clause.children if c.dep_ == "prep"}
    present = (lemma == "be" and preps & frames.LOCATIVE_PREPS) or (
        lemma in rules.intrusion_verbs and preps & rules.intrusion_preps) or (
        any(c.dep_ == "dobj" and f"{lemma} {c.lower_}" in rules.presence_idioms
            for c in clause.children)) or (
        lemma in rules.intrusion_verbs and any(c.dep_ == "dobj" for c in clause.children))
    if not present:
        return False
    subj = frames.subject(clause)
    if subj is None or frames.side(subj, speaker, rules)[0] != "own":
        return False
    head = frames.whole(subj)
    return head.lemma_.lower() in rules.presence_heads or head.lower_ in rules.presence_heads


def blamable(act: Token, rules: StanceRules, lex: Lexicon, acts: set[int]) -> bool:
    """An act a party can be blamed for: a hostile word, manner or event, or an act done
    to something ("supply weapons") that is not one of cooperation or being."""
    lemma = act.lemma_.lower()
    if frames.hostile_manner(act, rules) or act.i in acts or lemma in lex.hostile_lemmas:
        return True
    return act.pos_ in frames.VERBAL and lemma not in rules.neutral_acts and \
        any(c.dep_ == "dobj" for c in act.children)


def intended_act(clause: Token, rules: StanceRules) -> Token | None:
    """"has no plans to buy shells", "has no intention of sending troops": the act of a
    negated noun of intent that the clause has."""
    if clause.lemma_.lower() != "have" or not frames.negated(clause):
        return None
    for obj in (c for c in clause.children if c.dep_ == "dobj"
                and c.lemma_.lower() in rules.intent_nouns):
        for child in obj.children:
            if child.dep_ in ("acl", "relcl") and child.pos_ == "VERB":
                return child
            if child.dep_ == "prep" and child.lower_ == "of":
                return next((g for g in child.children if g.dep_ == "pcomp"), None)
    return None


def own_denial_hedged(clause: Token, speaker: str | None, rules: StanceRules, lex: Lexicon,
                       acts: set[int], blamed: bool) -> bool:
    """"its troops could not have fired", and from a side already accused in the article
    (``blamed``) "it would never supply weapons", "Russia has no plans to buy shells": the
    speaker's side could not have done, will not do or means not to do an act it could be
    blamed for — a denial, though the act is not told as a past fact.  Unblamed, "would
    not send troops" states a policy; "will not negotiate" (cooperation) never denies."""
    who, _ = frames.side(frames.subject(clause), speaker, rules)
    if who != "own":
        return False
    if frames.modal(clause, rules) and frames.adverb_negated(clause):
        perfect = clause.tag_ == "VBN" and any(
            c.dep_ == "aux" and c.lemma_ == "have" for c in clause.children)
        return (blamed or perfect) and blamable(clause, rules, lex, acts)
    act = intended_act(clause, rules) if blamed else None
    return act is not None and blamable(act, rules, lex, acts)


def own_ground_refused(clause: Token, speaker: str | None, rules: StanceRules) -> bool:
    """"Kabul would not allow anyone to use its soil against another country", "the
    Islamic Emirate does not let any group use Afghan territory": the speaker's side says
    it does not let its ground serve attacks on others — a denial of harbouring them,
    whatever the tense or modal (ANNOTATION.md, denial: "did not do an act they are
    blamed for")."""
    if clause.lemma_.lower() not in rules.ground_permit_verbs or not frames.negated(clause):
        return False
    if frames.side(frames.subject(clause), speaker, rules)[0] != "own":
        return False
    return any(t.lemma_.lower() in rules.ground_use_verbs and any(
        c.dep_ == "dobj" and c.lemma_.lower() in rules.ground_nouns for c in t.children)
        for t in clause.subtree if t.i != clause.i)


def own_act_only(clause: Token, speaker: str | None, rules: StanceRules) -> bool:
    """"its forces had only returned fire", "our aircraft flew only in international
    airspace", "the troops were deployed purely to protect the border", "its mission is
    purely humanitarian", "its only role is humanitarian": a side accused in the article
    (the caller checks) saying its own side did, or is for, no more than what it names
    denies the act it is blamed for (ANNOTATION.md, Claims: denial).  The restriction
    may sit on the verb, its object or preposition, a purpose clause, the predicate of a
    clause of being or that clause's subject ("its only role").  Without it ("its
    artillery fired at gun positions") the account admits the act and contests it: a
    claim (:mod:`.kinds`)."""
    if clause.pos_ not in frames.VERBAL or frames.negated(clause) or \
            frames.modal(clause, rules) or not _own_doer(clause, speaker, rules):
        return False
    spots = [clause, *(c for c in clause.children
                       if c.dep_ in ("prep", "dobj", "attr", "acomp", *frames.SUBJECTS)),
             *(g for c in clause.children if c.dep_ == "prep" for g in c.children
               if g.dep_ == "pobj")]
    return any(m.dep_ in ("advmod", "amod") and m.lower_ in rules.restrictive
               for spot in spots for m in spot.children)


def _own_doer(clause: Token, speaker: str | None, rules: StanceRules) -> bool:
    """The speaker's side does the clause's act, or its subject is a bare or definite
    head of one's side that names no party ("the troops were deployed", "troops only
    returned fire" in a headline): said by the accused side, its forces are its own."""
    if frames.side(frames.doer(clause), speaker, rules)[0] == "own":
        return True
    subj = frames.subject(clause)
    return subj is not None and subj.pos_ == "NOUN" and \
        subj.lemma_.lower() in rules.own_heads and \
        frames.side(subj, speaker, rules)[0] == "none" and \
        all(c.dep_ in ("det", "amod", "compound", "prep") and
            (c.dep_ != "det" or c.lower_ == "the") for c in subj.children)


def own_on_own_ground(clause: Token, speaker: str | None, rules: StanceRules) -> bool:
    """"our forces are on Rwandan soil", "the patrol had stayed inside Thai territory",
    "the vessel was in international waters": an accused side (the caller checks)
    placing its forces on its own ground or in open seas and skies says they were not
    where the charge puts them — a denial.  Only forces, ships, aircraft and agents
    (``presence_heads``), as :func:`own_not_present`; "its troops were in Congolese
    territory" admits the presence."""
    if clause.lemma_.lower() not in rules.staying_verbs or frames.negated(clause) or \
            frames.modal(clause, rules) or not _own_doer(clause, speaker, rules):
        return False
    head = frames.whole(frames.subject(clause))
    if head.lemma_.lower() not in rules.presence_heads and head.lower_ not in rules.presence_heads:
        return False
    places = [g for c in clause.children if c.dep_ == "prep" and c.lower_ in frames.LOCATIVE_PREPS
              for g in c.children if g.dep_ == "pobj"
              and (g.lemma_.lower() in rules.own_places or g.lower_ in rules.own_places)]
    for place in places:
        mods = [c for c in place.children if c.dep_ in ("poss", "amod", "compound")]
        if any(m.lower_ in rules.open_places for m in mods) or \
                any(frames.side(m, speaker, rules)[0] == "own" for m in mods):
            return True
    return False
