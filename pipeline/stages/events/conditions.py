"""The constraints an event rule may place on its trigger, one small function each.

``_holds`` once walked a forty-branch ``elif`` chain for every key of every candidate
rule; a table keyed by the constraint's name, built once at import, finds the test in
one lookup and keeps each test readable on its own.  A test takes the trigger, the
rule's value for the key and the :class:`Env` and says whether the constraint holds.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Token

from ..judged import judges_a_claim
from . import syntax
from .scope import bare_infinitive, complements, objects

POS_GROUPS = {"VERB": {"VERB", "AUX"}, "NOUN": {"NOUN", "PROPN"}, "ADJ": {"ADJ"}}
MOD_DEPS = frozenset({"amod", "compound", "nmod", "nummod", "npadvmod"})
# modifiers, possessors and conjoined modifiers: the words a "mod_lemmas" test reads
_MODIFIER_LIKE = MOD_DEPS | {"poss", "conj"}
# what a verb of judging predicates of its object ("called X baseless", "branded X slander")
PREDICATE_DEPS = frozenset({"oprd", "ccomp", "xcomp", "dobj", "acomp", "advcl"})
FOR_CLAUSE_DEPS = frozenset({"advcl", "ccomp"})
"""Clauses a preposition may open as complementiser ("pressed for Belarus to join")."""


@dataclass
class Env:
    """What constraints may ask beyond the tree: context words, places, dates, actors."""

    contexts: Callable[[Token], set[str]]
    has_location: Callable[[Token], bool]
    has_date: Callable[[Token], bool]
    actors: Callable[[Token], list[dict[str, Any]]]


def lemma_lower(tok: Token) -> str:
    """The lower-cased lemma, the form every word list of the rules is written in."""
    return tok.lemma_.lower()


def _lemma_is(tok: Token, val: Any, env: Env) -> bool:
    return lemma_lower(tok) in val or tok.lower_ in val


def _not_lemma(tok: Token, val: Any, env: Env) -> bool:
    return lemma_lower(tok) not in val and tok.lower_ not in val


def _form_is(tok: Token, val: Any, env: Env) -> bool:
    return tok.lower_ in val


def _obj_lemmas(tok: Token, val: Any, env: Env) -> bool:
    return any(lemma_lower(o) in val or o.lower_ in val for o in objects(tok))


def _obj_labels(tok: Token, val: Any, env: Env) -> bool:
    # "lent Ghana $750 million", "handed over three radars": the object is a sum or a
    # counted quantity (an entity label on its head or on a word before it), whatever
    # its head word
    return any(t.ent_type_ in val for o in objects(tok) for t in o.subtree if t.i <= o.i)


def _prep_obj_labels(tok: Token, val: Any, env: Env) -> bool:
    # "supplied Vietnam with six patrol boats": the same, in a prepositional object
    return any(t.ent_type_ in val for p in tok.children if p.dep_ == "prep"
               for o in p.children if o.dep_ == "pobj" for t in o.subtree if t.i <= o.i)


def _obj_place(tok: Token, val: Any, env: Env) -> bool:
    # "captured Goma", "seized Kherson": the object is a named place, not a person
    return any(o.ent_type_ in ("GPE", "LOC", "FAC") for o in objects(tok)) == bool(val)


def _not_obj_lemmas(tok: Token, val: Any, env: Env) -> bool:
    return not any(lemma_lower(o) in val for o in objects(tok))


def _obj_mod_lemmas(tok: Token, val: Any, env: Env) -> bool:
    return any(
        lemma_lower(m) in val
        for o in objects(tok)
        for m in o.children
        if m.dep_ in MOD_DEPS or m.dep_ == "poss"
    )


def _mod_lemmas(tok: Token, val: Any, env: Env) -> bool:
    return any(lemma_lower(c) in val or c.lower_ in val for c in tok.subtree if c.i < tok.i
             and c.dep_ in _MODIFIER_LIKE)


def _under_attack(tok: Token, val: Any, env: Env) -> bool:
    # "came under fire from X" is an attack; "came under fire for (over) his remarks"
    # is criticism: the reason phrase tells them apart
    u = syntax.under(tok)
    return (u is not None and not any(p.dep_ == "prep" and p.lower_ in ("for", "over")
                                    for p in u.head.children)) == bool(val)


def _split_measure(tok: Token, val: Any, env: Env) -> bool:
    return (syntax.split_modifier(tok) is not None) == bool(val)


def _not_mod_lemmas(tok: Token, val: Any, env: Env) -> bool:
    return not any(lemma_lower(c) in val or c.lower_ in val for c in tok.subtree
                 if c.i < tok.i and c.dep_ in _MODIFIER_LIKE)


def _obj_phrase_lemmas(tok: Token, val: Any, env: Env) -> bool:
    return any(lemma_lower(t) in val or t.lower_ in val for o in objects(tok) for t in o.subtree)


def _not_obj_phrase_lemmas(tok: Token, val: Any, env: Env) -> bool:
    return not any(lemma_lower(t) in val for o in objects(tok) for t in o.subtree)


def _subj_lemmas(tok: Token, val: Any, env: Env) -> bool:
    subjects = syntax.subjects(tok)
    # "a first patch of peacekeeping troops arrived": through quantity heads
    subjects += [x for s in subjects if lemma_lower(s) in syntax.GRAMMAR.quantity_heads
                 for x in syntax.prep_objects(s, "of")]
    return any(lemma_lower(t) in val for s in subjects for t in s.subtree if t.i <= s.i)


def _not_subj_lemmas(tok: Token, val: Any, env: Env) -> bool:
    return not any(s.lower_ in val or lemma_lower(s) in val for s in syntax.subjects(tok))


def _particle(tok: Token, val: Any, env: Env) -> bool:
    # "pulled out of", "forced them out": spaCy parses the particle several ways
    return any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ in val for c in tok.children)


def _tag_is(tok: Token, val: Any, env: Env) -> bool:
    return tok.tag_ in val


def _governor_lemmas(tok: Token, val: Any, env: Env) -> bool:
    gov = syntax.governor(tok) or tok.head
    return lemma_lower(gov) in val


def _prt(tok: Token, val: Any, env: Env) -> bool:
    return any(c.dep_ == "prt" and c.lower_ in val for c in tok.children)


def _has_complement(tok: Token, val: Any, env: Env) -> bool:
    return bool(complements(tok)) == bool(val)


def _has_infinitive(tok: Token, val: Any, env: Env) -> bool:
    # "told Uganda to withdraw": an order; "told Uganda that ..." only reports
    return any(a.dep_ == "aux" and a.lower_ == "to" for c in tok.children
             if c.dep_ in ("xcomp", "ccomp") for a in c.children) == bool(val)


def _has_aim(tok: Token, val: Any, env: Env) -> bool:
    # "gave the firms three months to leave": the parser hangs the infinitive of what the
    # time is given for on the verb as an adverbial clause, not as its complement
    return any(c.dep_ == "advcl" and bare_infinitive(c) for c in tok.children) == bool(val)


def _complement_lemmas(tok: Token, val: Any, env: Env) -> bool:
    return any(lemma_lower(t) in val for c in complements(tok) for t in c.subtree)


def _has_location(tok: Token, val: Any, env: Env) -> bool:
    return env.has_location(tok) == bool(val)


def _has_date(tok: Token, val: Any, env: Env) -> bool:
    return env.has_date(tok) == bool(val)


def _context_is(tok: Token, val: Any, env: Env) -> bool:
    return bool(env.contexts(tok) & set(val))


def _prep_obj_lemmas(tok: Token, val: Any, env: Env) -> bool:
    # "providing Russia with hundreds of drones": through quantity heads
    pobjs = syntax.prep_objects(tok)
    pobjs += [x for o in pobjs if lemma_lower(o) in syntax.GRAMMAR.quantity_heads
              for x in syntax.prep_objects(o, "of")]
    return any(lemma_lower(o) in val for o in pobjs)


def _own_or_governor_prep_obj_lemmas(tok: Token, val: Any, env: Env) -> bool:
    # "made an incursion into its airspace": a light verb takes the noun's phrase
    gov = syntax.governor(tok)
    heads = [tok] if gov is None else [tok, gov]
    return any(lemma_lower(o) in val for h in heads for o in syntax.prep_objects(h))


def _prep_phrase_lemmas(tok: Token, val: Any, env: Env) -> bool:
    # "added them to its sanctions list": a word anywhere in a prepositional object's phrase
    return any(lemma_lower(t) in val or t.lower_ in val
               for o in syntax.prep_objects(tok) for t in o.subtree)


def _child_lemmas(tok: Token, val: Any, env: Env) -> bool:
    # "took six soldiers captive", "held them hostage": a word the verb governs
    # in any role (object, predicate, clause: the parser varies)
    return any(lemma_lower(c) in val or c.lower_ in val for c in tok.children)


def _not_child_lemmas(tok: Token, val: Any, env: Env) -> bool:
    # "were held hostage" is no detention
    return not any(lemma_lower(c) in val for c in tok.children)


def _prep_any(tok: Token, val: Any, env: Env) -> bool:
    # "called for Iran to halt": the parser marks a preposition that opens an
    # infinitive clause as the clause's complementiser
    return any(c.dep_ in ("prep", "agent") and c.lower_ in val for c in tok.children) or any(
        m.dep_ == "mark" and m.lower_ in val for c in tok.children
        if c.dep_ in FOR_CLAUSE_DEPS for m in c.children)


def _predicate_lemmas(tok: Token, val: Any, env: Env) -> bool:
    # "called the claims baseless", "branded them slander", "brands X baseless",
    # "called the reports an absurd paradox" (the judging word modifies the noun),
    # "called the accusations 'spy mania'" (a quoted predicate parsed as the object's
    # apposition)
    preds = [c for c in tok.children if c.dep_ in PREDICATE_DEPS]
    preds += [o for c in preds if c.dep_ == "dobj" for o in c.children
              if o.dep_ == "appos"]
    return any(lemma_lower(w) in val for c in preds
             for w in (c, *(m for m in c.children if m.dep_ == "amod")))


def _judged_claim_nouns(tok: Token, val: Any, env: Env) -> bool:
    # "dismissed the report as a fabrication", not "called the drills a provocation"
    return judges_a_claim(tok, objects(tok), val)


def _not_prep_any(tok: Token, val: Any, env: Env) -> bool:
    # "launched a missile on Friday": a phrase of time names no target or partner
    return not any(c.dep_ == "prep" and c.lower_ in val and not _of_time(c)
                   for c in tok.children)


def _of_time(prep: Token) -> bool:
    """True when every object of the preposition is a date or a time ("on Friday")."""
    objs = [o for o in prep.children if o.dep_ == "pobj"]
    return bool(objs) and all(o.ent_type_ in ("DATE", "TIME") for o in objs)


def _placed_by(tok: Token, val: Any, env: Env) -> bool:
    # "kept troops inside X": the place phrase may hang on the forces, not the verb
    return any(c.dep_ == "prep" and c.lower_ in val
               for h in [tok, *objects(tok)] for c in h.children)


def _obj_actor(tok: Token, val: Any, env: Env) -> bool:
    return any(env.actors(o) for o in objects(tok)) == bool(val)


def _prep_actor(tok: Token, val: Any, env: Env) -> bool:
    # "sent 10,000 containers to Russia": a party at the end of the preposition
    return any(env.actors(o) for p in tok.children if p.dep_ in ("prep", "dative")
             and p.lower_ in val for o in p.children if o.dep_ == "pobj")


def _pos_is(tok: Token, val: Any, env: Env) -> bool:
    return any(tok.pos_ in POS_GROUPS.get(p, {p}) for p in val)


def _not_det(tok: Token, val: Any, env: Env) -> bool:
    return not any(c.dep_ == "det" and c.lower_ in val for c in tok.children)


def _not_bare(tok: Token, val: Any, env: Env) -> bool:
    # "drag the country back into war", "a declaration of war": a bare "war" (no
    # article, owner, modifier or phrase of its own) names the state in general, not one
    # war fought by someone; "the war", "a border war", "war with X" stay events, and so
    # does one a subject goes into ("went to war": val["unless_governor"]) or an object
    # ("waged war", "declared war")
    if lemma_lower(tok) not in val["lemmas"] or tok.dep_ != "pobj":
        return True
    gov = syntax.governor(tok)
    return (gov is not None and lemma_lower(gov) in val["unless_governor"]) or any(
        c.dep_ in ("det", "poss", "amod", "compound", "nmod", "nummod", "prep", "relcl", "acl")
        for c in tok.children)


def _not_governor_lemmas(tok: Token, val: Any, env: Env) -> bool:
    gov = syntax.governor(tok)
    return gov is None or lemma_lower(gov) not in val


def _lone_doer(tok: Token, val: Any, env: Env) -> bool:
    """One side does the act: the trigger's possessor, or the subject of the verb it is
    the object of, names a single party ("Iran held drills" is a show of force, MOBILIZE;
    "Iran and Russia held drills" a joint act, COOPERATE)."""
    gov = syntax.governor(tok)
    doers = [c for c in tok.children if c.dep_ == "poss"]
    doers += syntax.subjects(gov) if gov is not None else []
    lone = bool(doers) and not any(t.dep_ == "conj" for d in doers for t in d.subtree)
    return lone == bool(val)


def _dep_is(tok: Token, val: Any, env: Env) -> bool:
    return tok.dep_ in val


def _not_dep(tok: Token, val: Any, env: Env) -> bool:
    return tok.dep_ not in val


def _aux_lemmas(tok: Token, val: Any, env: Env) -> bool:
    return any(c.dep_ == "aux" and lemma_lower(c) in val for c in tok.children)


def _passive_subj_lemmas(tok: Token, val: Any, env: Env) -> bool:
    return syntax.is_passive(tok) and any(
        lemma_lower(s) in val or any(lemma_lower(x) in val for x in s.subtree)
        for s in syntax.children(tok, syntax.PASS_SUBJ_DEPS)
        + ([tok.head] if tok.dep_ in ("acl",) else [])
    ) or (tok.dep_ == "acl" and lemma_lower(tok.head) in val)


# the constraint names a rule file may use (``require``, ``require_any``)
CONDITIONS: dict[str, Callable[[Token, Any, Env], bool]] = {
    "lemma_is": _lemma_is,
    "not_lemma": _not_lemma,
    "form_is": _form_is,
    "obj_lemmas": _obj_lemmas,
    "not_obj_lemmas": _not_obj_lemmas,
    "obj_place": _obj_place,
    "obj_labels": _obj_labels,
    "prep_obj_labels": _prep_obj_labels,
    "obj_mod_lemmas": _obj_mod_lemmas,
    "mod_lemmas": _mod_lemmas,
    "under_attack": _under_attack,
    "split_measure": _split_measure,
    "not_mod_lemmas": _not_mod_lemmas,
    "obj_phrase_lemmas": _obj_phrase_lemmas,
    "not_obj_phrase_lemmas": _not_obj_phrase_lemmas,
    "subj_lemmas": _subj_lemmas,
    "not_subj_lemmas": _not_subj_lemmas,
    "particle": _particle,
    "tag_is": _tag_is,
    "governor_lemmas": _governor_lemmas,
    "prt": _prt,
    "has_complement": _has_complement,
    "has_infinitive": _has_infinitive,
    "has_aim": _has_aim,
    "complement_lemmas": _complement_lemmas,
    "has_location": _has_location,
    "has_date": _has_date,
    "context_is": _context_is,
    "prep_obj_lemmas": _prep_obj_lemmas,
    "prep_phrase_lemmas": _prep_phrase_lemmas,
    "own_or_governor_prep_obj_lemmas": _own_or_governor_prep_obj_lemmas,
    "child_lemmas": _child_lemmas,
    "not_child_lemmas": _not_child_lemmas,
    "prep_any": _prep_any,
    "predicate_lemmas": _predicate_lemmas,
    "judged_claim_nouns": _judged_claim_nouns,
    "not_prep_any": _not_prep_any,
    "placed_by": _placed_by,
    "obj_actor": _obj_actor,
    "prep_actor": _prep_actor,
    "pos_is": _pos_is,
    "not_det": _not_det,
    "not_bare": _not_bare,
    "not_governor_lemmas": _not_governor_lemmas,
    "dep_is": _dep_is,
    "lone_doer": _lone_doer,
    "not_dep": _not_dep,
    "aux_lemmas": _aux_lemmas,
    "passive_subj_lemmas": _passive_subj_lemmas,
}


def holds(req: dict[str, Any], tok: Token, env: Env) -> bool:
    """True when every constraint of ``req`` holds, tested in the rule's order and
    stopping at the first that fails (later tests may be dearer)."""
    for key, val in req.items():
        test = CONDITIONS.get(key)
        if test is None:
            raise ValueError(f"unknown rule constraint {key!r}")
        if not test(tok, val, env):
            return False
    return True
