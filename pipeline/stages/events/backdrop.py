"""Backdrops: words that name an act the sentence does not tell as one of its own.

One event per act (issue 13): a noun that only gives the time or setting of another
act is the annotation guide's "background event in a subordinate phrase" (optional in
gold) and no act a reader of the sentence would count; PLOVER codes none for it.  With
no other act in its clause ("two soldiers died during clashes with X") the noun is the
act the sentence tells, and stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from . import syntax

if TYPE_CHECKING:
    from .settings import EventSettings


def setting(tok: Token, cfg: EventSettings) -> Token | None:
    """The phrase that makes a noun only name when or amid what its clause happens, as
    its preposition: the object of a background preposition ("during the fighting"), or
    of the "of" phrase of a setting noun ("in the wake of the execution"), reached through
    the "in"/"of" phrase of a noun between ("amid a surge in attacks", "following the
    collapse of talks")."""
    cur = tok
    for _ in range(3):
        if cur.dep_ != "pobj":
            return None
        prep, holder = cur.head, cur.head.head
        if prep.lower_ in cfg.background_preps:
            return prep
        if prep.lower_ not in ("of", "in") or holder.pos_ not in ("NOUN", "PROPN"):
            return None
        if prep.lower_ == "of" and holder.lemma_.lower() in cfg.setting_nouns:
            # the setting noun's own preposition ("in the wake", "on the anniversary")
            return holder.head if holder.dep_ == "pobj" else holder
        cur = holder
    return None


def setting_of_another_act(tok: Token, triggers: set[int], cfg: EventSettings) -> bool:
    """A setting noun (:func:`setting`) in a clause that tells another act outside the
    setting phrase: "shelled the town during the fighting", "ordered patrols after the
    protests", "talks amid a surge in attacks" (but not "died during clashes", "prices
    rose after the invasion": there the noun is the act told)."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    phrase = setting(tok, cfg)
    if phrase is None:
        return False
    # what the phrase modifies, and the verb of that clause ("following" itself may be
    # tagged a verb: the clause is the one it hangs on)
    anchor = phrase.head
    verb = anchor if syntax.is_verbal(anchor) else syntax.governor(anchor)
    inside = {t.i for t in phrase.subtree}
    clause = {anchor.i} if verb is None else {anchor.i, verb.i}
    for _ in range(2):
        # a clause that describes a participant ("officers holed up since the invasion")
        # belongs to the clause of the participant's act
        if verb is None or verb.dep_ not in ("acl", "relcl"):
            break
        clause.add(verb.head.i)
        verb = syntax.governor(verb.head)
        if verb is not None:
            clause.add(verb.i)
    # (a clause lies inside its sentence: only that sentence's triggers are looked at,
    # so a long article costs no scan of every trigger per noun)
    sent = tok.sent
    for i in (j for j in range(sent.start, sent.end) if j in triggers and j not in inside):
        gov = syntax.governor(tok.doc[i])
        if i in clause or (gov is not None and gov.i in clause):
            return True
    return False


def characterises(tok: Token) -> bool:
    """A noun that only says what an act already told is called: the predicate of a
    naming frame ("called the strikes a violation of its sovereignty", "condemned the
    seizure as a violation of international law", "which it described as a provocation").
    It judges that act (the guide's optional ACCUSE at most) and tells no new one; what a
    party is called ("regards Tehran as a partner") is another matter, and stays."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    head = tok.head
    if tok.dep_ == "oprd":
        named = syntax.direct_objects(head)
    elif tok.dep_ == "pobj" and head.lower_ == "as":
        # "V X as N" (the parser may hang "as" on X itself)
        holder = head.head
        named = [holder] if holder.dep_ == "dobj" else (
            syntax.direct_objects(holder) if syntax.is_verbal(holder) else [])
    else:
        return False
    named = [syntax.relative_antecedent(x) or x for x in named]
    return bool(named) and not any(x.ent_type_ in PARTY_LABELS or x.lower_ in PARTY_PRONOUNS
                                   for x in named)


PARTY_LABELS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
"""Named objects of a naming verb that are parties, not acts ("called Kyiv a partner")."""
PARTY_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "you"})
