"""Pronouns bound by the clause before: "expelled the envoy, accusing him of ...",
"Tehran seized tankers, and it detained a vessel".

Why: a participle or a conjoined verb with no subject of its own shares its subject with
the clause it hangs on, so an object pronoun in it cannot be that subject; it points
back to the one the clause before acted on (its direct object).  Searching backwards
for the nearest person or group instead finds the actor or someone named earlier.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Token

from .lookback import plural_nouns_before

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
RELATIVES = frozenset({"which", "who", "whom", "whose", "that"})


def object_antecedents(tok: Token) -> list[Token]:
    """The objects of the clause before that an object pronoun points to ("Chad ordered
    the ambassador to leave, accusing him": the ambassador; "detained two workers and
    accused them": the workers); [] when ``tok`` is no such pronoun."""
    if tok.pos_ != "PRON" or tok.dep_ != "dobj" or tok.lower_.endswith(("self", "selves")):
        return []
    verb = tok.head
    if verb.dep_ not in ("advcl", "conj") or verb.head.i == verb.i \
            or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return []
    objects = [o for o in verb.head.children
               if o.dep_ == "dobj" and o.pos_ in ("NOUN", "PROPN") and o.i < tok.i]
    # "suspended broadcasts of two radio stations, accusing them": through the "of" phrase
    return objects + [x for o in objects for p in o.children if p.dep_ == "prep"
                      and p.lower_ == "of" for x in p.children if x.dep_ == "pobj"]


def denied_claim_subject(tok: Token, claim_nouns: set[str], denier_verbs: set[str]) -> list[Token]:
    """"Tehran rejected the US claim that it had supplied drones", "Iran brands US claim it
    attacked ship 'baseless'": the subject pronoun of what a denied claim noun says is the
    denier's subject (one denies a charge against oneself), not the claim's owner named
    nearer; [] when ``tok`` is no such pronoun."""
    if tok.pos_ != "PRON" or tok.dep_ not in ("nsubj", "nsubjpass"):
        return []
    clause = tok.head
    noun = clause.head
    if clause.dep_ not in ("acl", "ccomp") or noun.lemma_.lower() not in claim_nouns \
            or noun.dep_ not in ("dobj", "ccomp") or noun.i > clause.i:
        return []
    verb = noun.head
    if verb.lemma_.lower() not in denier_verbs:
        return []
    return [c for c in verb.children if c.dep_ == "nsubj"]


def addressers(tok: Token) -> list[Token]:
    """The subject of the verb whose object (or "on"/"to" object) ``tok`` is: "Qatar urged
    both sides", "the UN called on the two countries" (a conjoined verb with no subject of
    its own shares its head's)."""
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    if tok.dep_ not in ("dobj", "dative", "pobj") or verb.pos_ not in ("VERB", "AUX"):
        return []
    while verb.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        verb = verb.head
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]


def object_pronoun(tok: Token) -> bool:
    """A pronoun that is a verb's object ("struck them", "could sanction it", "fired at
    them"): by binding (Principle B) it cannot be its own clause's subject."""
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    return tok.pos_ == "PRON" and tok.dep_ in ("dobj", "dative", "pobj") \
        and verb.pos_ in ("VERB", "AUX") and not tok.lower_.endswith(("self", "selves"))


def party_noun_before(tok: Token, nouns: set[str], phrase_actors: Callable[[Token], list[Any]],
                      own: set[int], skip: set[str]) -> tuple[Token | None, list[Any]]:
    """"Fighters of ISGS attacked a convoy. Military drones struck them": a plural object
    pronoun points back to the nearest plural noun of armed force or of an armed group
    that names one side, in its sentence or the one before, outside its own clause's
    subject and not that subject's side; (None, []) for any other token.  Why: with no
    coordinated group named, the last two actors named (the convoy's country and the
    border's) are no antecedent of "them", the fighters are."""
    if not object_pronoun(tok):
        return None, []
    for noun in plural_nouns_before(tok):
        if noun.lower_ not in nouns or noun.i in own:
            continue
        found = phrase_actors(noun)
        codes = {a.get("code") for a in found}
        if len(codes) == 1 and not codes & skip:
            return noun, found
    return None, []


def titled(tok: Token, heads: set[str]) -> bool:
    """"The minister accused ...", "the senior commander touched down": a definite office
    noun (one holder: singular) with no party named on it points back as "he" does."""
    kids = list(tok.children)
    return tok.tag_ == "NN" and tok.lemma_.lower() in heads \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in kids) \
        and all(c.dep_ == "det" or (c.dep_ in ("amod", "compound") and not c.ent_type_)
                for c in kids)


def conjunct_subject(tok: Token) -> Token | None:
    """"Tehran seized tankers, and it detained a vessel": the subject pronoun of a clause
    coordinated with an earlier clause is that clause's subject (parallel subjects, as
    Hobbs' search proposes first), not the party named last inside the first clause.
    So is the subject pronoun of an object relative clause ("sanctioned a minister, whom
    it accused of ...", "struck a commander whom it blamed"): the noun the clause
    modifies is its object, so the pronoun goes on with the subject of the clause that
    noun belongs to (binding: a pronoun is free in its own clause)."""
    verb = tok.head
    if tok.pos_ != "PRON" or tok.dep_ != "nsubj" or verb.dep_ not in ("conj", "relcl") \
            or verb.head.i == verb.i:
        return None
    outer = verb.head
    if verb.dep_ == "relcl":
        if any(t.lower_ in RELATIVES for t in tok.subtree):
            return None  # "both of which have slapped": the clause's subject is the relative
        outer = relative_host(verb)
        if outer is None or any(verb.head in c.subtree for c in outer.children
                                if c.dep_ == "nsubj"):
            return None  # ("the minister, whom it sanctioned, said": the noun is no object)
    subj = [c for c in outer.children if c.dep_ == "nsubj"]
    return subj[0] if len(subj) == 1 and subj[0].i < tok.i else None


def relative_host(relcl: Token, reach: int = 6) -> Token | None:
    """The verb of the clause that holds the noun a relative clause modifies ("imposed"
    in "imposed sanctions on a minister, whom it accused"), through its noun phrase."""
    cur = relcl.head
    for _ in range(reach):
        if cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            return cur
    return None


def quoted(tok: Token) -> bool:
    """Inside a direct quotation: an odd number of quote marks before it in its sentence."""
    return sum(1 for t in tok.sent if t.i < tok.i and t.is_quote) % 2 == 1


def agrees(subject: Token, kind: str) -> bool:
    """Whether a subject can bind a pronoun of this number: "Armenian forces had fired
    at its positions" cannot mean the forces' positions."""
    plural = subject.tag_ in ("NNS", "NNPS") or bool(subject.conjuncts)
    return not (kind == "singular" and plural)
