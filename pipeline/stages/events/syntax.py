"""Dependency-tree walks shared by the event rules: spaCy's parses of news are noisy, so each
helper accepts the few shapes a relation takes (a noun's verb behind a preposition)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, fields
from pathlib import Path

from spacy.tokens import Token

from ...config import DEFAULT_CONFIG_DIR
from .. import wordclasses
from . import clauses
from .memo import per_doc_token
from .preps import phrasal_lemma, second_objects, verb_with_repeat

SUBJ_DEPS = frozenset({"nsubj", "csubj"})
PASS_SUBJ_DEPS = frozenset({"nsubjpass", "csubjpass"})
OBJ_DEPS = frozenset({"dobj", "obj"})
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "pcomp", "csubj"})
RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom", "whose"})
NOUN_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})


@dataclass
class Grammar:
    """Word classes the tree walks use, read from ``configs/events/grammar.json``."""

    object_control: frozenset[str] = frozenset()
    quantity_heads: frozenset[str] = frozenset()
    participation_verbs: frozenset[str] = frozenset()
    arrival_verbs: frozenset[str] = frozenset()
    topic_preps: frozenset[str] = frozenset()
    response_nouns: frozenset[str] = frozenset()
    response_verbs: frozenset[str] = frozenset()
    act_anaphors: frozenset[str] = frozenset()
    hostile_act_anaphors: frozenset[str] = frozenset()
    receipt_verbs: frozenset[str] = frozenset()
    purpose_participles: frozenset[str] = frozenset()
    elicit_verbs: frozenset[str] = frozenset()
    targeting_verbs: frozenset[str] = frozenset()
    listing_verbs: frozenset[str] = frozenset()
    undergoing_verbs: frozenset[str] = frozenset()
    harming_verbs: frozenset[str] = frozenset()
    hyphen_affiliations: frozenset[str] = frozenset()
    measure_modifiers: frozenset[str] = frozenset()
    affiliation_participles: frozenset[str] = frozenset()
    host_verbs: frozenset[str] = frozenset()
    sender_verbs: frozenset[str] = frozenset()
    envoy_nouns: frozenset[str] = frozenset()
    complex_prep_heads: frozenset[str] = frozenset()
    two_sided_nouns: frozenset[str] = frozenset()
    placing_preps: frozenset[str] = frozenset()
    saying_verbs: frozenset[str] = frozenset()
    speech_act_conjuncts: frozenset[str] = frozenset()


GRAMMAR = Grammar()
ANSWER_PREPS = ("to", "for")  # what a response answers: "in response to", "retaliated for"


def load_grammar(rules_dir: str | Path) -> Grammar:
    """Read a rules folder's word classes into :data:`GRAMMAR` (process-wide; see clauses)."""
    with open(Path(rules_dir) / "grammar.json", encoding="utf-8") as fh:
        data = wordclasses.resolve(json.load(fh))
    for name in (f.name for f in fields(Grammar)):  # every class, none forgotten
        setattr(GRAMMAR, name, frozenset(data.get(name, [])))
    clauses.configure(GRAMMAR.saying_verbs, GRAMMAR.speech_act_conjuncts)
    return GRAMMAR


load_grammar(DEFAULT_CONFIG_DIR / "events")


def is_verbal(tok: Token) -> bool:
    """Verbs, auxiliaries used as main verbs and predicative adjectives head clauses."""
    return tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "ROOT"))


def is_passive(tok: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)


def children(tok: Token, deps: Iterable[str]) -> list[Token]:
    wanted = set(deps)
    return [c for c in tok.children if c.dep_ in wanted]


def with_conjuncts(tokens: Iterable[Token]) -> list[Token]:
    """The tokens plus what is coordinated with them, in text order."""
    out: set[int] = set()  # positions, not Tokens, are compared and sorted
    doc = None
    for tok in tokens:
        doc = tok.doc
        out.add(tok.i)
        out.update(t.i for t in tok.conjuncts)
    return [doc[i] for i in sorted(out)] if doc is not None else []


def prep_objects(tok: Token, prep: str | None = None) -> list[Token]:
    """Objects of ``tok``'s prepositions (all, or ``prep``'s; a dative "to" is one).
    A repeated preposition coordinated with one ("sanctions on A and on B", "blamed it
    on X and on Y") is parsed as a conjunct of the first: its object is the same role's."""
    out = []
    for child in tok.children:
        if child.dep_ in ("prep", "agent", "dative") and (prep is None or child.lower_ == prep):
            out.extend(c for p in [child, *_prep_conjuncts(child)]
                       for c in p.children if c.dep_ in ("pobj", "pcomp"))
        if prep is None and child.lower_ in GRAMMAR.complex_prep_heads:  # "pulled out of X"
            out.extend(second_objects(child))
    return out


def _prep_conjuncts(prep: Token) -> list[Token]:
    """Prepositions of the same word coordinated with ``prep`` ("sanctions on A and on B"):
    a conjunct of the first; the verb's own "and on Y" after the first on its object
    ("blamed the raid on X, and on Y"); or a conjunct of the verb after an apposition
    ("blamed the raid on the rebels, a group based in the north, and on the army"), when
    that verb has no such phrase of its own after it ("On Monday" before it is a date)."""
    word = prep.lower_
    same = [k for k in prep.children if k.dep_ == "conj" and k.lower_ == word]
    head = prep.head
    before = prep.doc[prep.i - 1] if prep.i > 0 else None
    if before is not None and before.dep_ == "cc" and before.head.i == head.i \
            and is_verbal(head):
        same += [p for o in children(head, OBJ_DEPS) if o.i < prep.i for p in o.children
                 if p.dep_ == "prep" and p.lower_ == word]
    verb = verb_with_repeat(prep)
    if verb is not None and verb.i != head.i and not any(
            c.dep_ == "prep" and c.lower_ == word and c.i > verb.i for c in verb.children):
        same += [k for k in verb.children if k.dep_ == "conj" and k.pos_ == "ADP"
                 and k.lower_ == word and k.i > prep.i]
    return same


def direct_objects(tok: Token) -> list[Token]:
    """Objects of a verb: ``dobj``, or the passive subject when the verb is passive."""
    objs = children(tok, OBJ_DEPS)
    if not objs and is_passive(tok):
        objs = children(tok, PASS_SUBJ_DEPS)
    return objs


@per_doc_token  # nine calls in ten ask again (memo.py)
def governor(tok: Token) -> Token | None:
    """The verb (or predicative adjective) a noun trigger belongs to.

    "carried out exercises" -> carried; "grappling with sanctions" -> grappling;
    "discussions took place" -> took.  Climbs through prepositions and noun heads
    ("avenues of cooperation" -> exploring) but stops at clause boundaries.
    """
    cur = tok
    for _ in range(6):
        if cur.dep_ in ("ROOT",) or cur.head.i == cur.i:
            return cur if is_verbal(cur) and cur is not tok else None
        head = cur.head
        if cur.dep_ in CLAUSE_DEPS and cur is not tok:
            return None
        if is_verbal(head) and cur.dep_ not in ("relcl", "acl"):
            return head
        if cur.dep_ in ("acl", "relcl") and cur is tok:
            return None
        cur = head
    return None


def hyphen_affiliates(tok: Token) -> list[Token]:
    """The party before the hyphen of a modifier that ties a noun to it ("Saudi-led
    forces", "Turkish-backed fighters"): the modifier's own dependents left of it."""
    return [x for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i
            and (c.lower_ in GRAMMAR.hyphen_affiliations
                 or c.lemma_.lower() in GRAMMAR.hyphen_affiliations)
            and c.i > 0 and c.doc[c.i - 1].text == "-"
            for x in c.children if x.i < c.i and x.dep_ in ("npadvmod", "compound", "nmod",
                                                              "amod", "nsubj")]


def participle_affiliates(tok: Token) -> list[Token]:
    """The party a participle ties a noun to ("a ship owned by X", "a tanker linked to X",
    "hackers working for X", "a unit belonging to X"): whose the thing or the people are."""
    return [x for p in tok.children if p.dep_ == "acl"
            and p.lemma_.lower() in GRAMMAR.affiliation_participles
            for x in agents(p) + [o for prep in ("to", "for", "with")
                                  for o in prep_objects(p, prep)]]


def pronoun_subject(tok: Token) -> bool:
    """A verb whose own subject is a personal pronoun ("they blamed", "it accused")."""
    subj = children(tok, SUBJ_DEPS) if tok.pos_ in ("VERB", "AUX") else []
    return bool(subj) and all(s.tag_ == "PRP" for s in subj)


def relative_antecedent(tok: Token) -> Token | None:
    """The noun a relative pronoun stands for ("the officers whom Ghana blamed" ->
    officers), when ``tok`` is one inside a relative clause; else None."""
    if tok.tag_ not in ("WP", "WDT") or tok.lower_ not in RELATIVE_PRONOUNS:
        return None
    clause = tok.head
    for _ in range(3):  # "whom it blamed", "against whom it imposed", "which it wanted to buy"
        if clause.dep_ == "relcl":
            return clause.head
        if clause.dep_ not in ("prep", "xcomp") or clause.head.i == clause.i:
            return None
        clause = clause.head
    return None


def subjects(tok: Token, depth: int = 0) -> list[Token]:
    """Subject heads of the clause ``tok`` belongs to, inherited where the clause has none.

    Inheritance: xcomp/advcl/conj take the governing verb's subject (or its object
    for object-control verbs: "allowed warplanes to strike", "accused X of crossing");
    a relative pronoun stands for the noun the relative clause modifies; a
    participle modifying a noun ("countries subjected to") takes that noun.
    """
    if depth > 5:
        return []
    subj = children(tok, SUBJ_DEPS) or _headline_subject(tok)
    if len(subj) > 1 and not _comma_pair(subj):
        # two subjects mean a dateline was parsed as one: keep the nearest
        subj = [min(subj, key=lambda c: abs(tok.i - c.i))]
    if subj:
        if subj[0].lower_ in RELATIVE_PRONOUNS and tok.dep_ == "relcl":
            return [tok.head]
        return subj
    if tok.dep_ in ("acl", "amod") and tok.head.pos_ in NOUN_POS or clauses.detached(tok):
        # ("urged X to ... and offered": a detached conjunct shares its main verb's subject)
        return subjects(clauses.main_verb(tok), depth + 1) if clauses.detached(tok) else [tok.head]
    head = tok.head
    if head is tok:
        return []
    if tok.dep_ == "pcomp" and head.dep_ == "prep":
        verb = head.head
        objs = children(verb, OBJ_DEPS)
        if verb.lemma_.lower() in GRAMMAR.object_control and objs:
            return objs
        return subjects(verb, depth + 1) if is_verbal(verb) else []
    if (tok.dep_ == "xcomp" or tok.dep_ == "conj" and children(tok, ("dobj",))) \
            and children(head, PASS_SUBJ_DEPS):
        # "the delegations were supposed to hold a meeting", "X was forced to withdraw"; "it
        # was alarmed and urged both sides" (its own object: no "were held and let go")
        return children(head, PASS_SUBJ_DEPS)
    if tok.dep_ in ("xcomp", "ccomp") and head.lemma_.lower() in GRAMMAR.object_control:
        objs = children(head, OBJ_DEPS)
        if objs:
            return objs
    if tok.dep_ in ("xcomp", "advcl", "conj", "acomp", "pcomp") or (
        tok.dep_ == "ccomp" and any(c.lower_ == "to" for c in tok.children)
    ):
        return subjects(head, depth + 1)
    return []


def _comma_pair(subj: list[Token]) -> bool:
    """"Egypt, Sudan reject the plan": a headline joins two names by a comma alone (a
    dateline is in capitals: "CAIRO, Egypt said")."""
    if len(subj) != 2:
        return False
    first, second = sorted(subj, key=lambda t: t.i)
    return second.i == first.i + 2 and first.nbor(1).text == "," \
        and first.ent_type_ and second.ent_type_ and not first.text.isupper()


def _headline_subject(tok: Token) -> list[Token]:
    """"Peru rebuffs Chile's demands": a headline's name the parser took for a compound
    of the verb right after it is the verb's subject."""
    if tok.pos_ != "VERB" or tok.i == 0:
        return []
    before = tok.doc[tok.i - 1]
    if before.dep_ == "compound" and before.head.i == tok.i and before.ent_type_:
        return [before]
    return []


def split_modifier(tok: Token) -> Token | None:
    """The first word of a two-word measure noun ("asset freezes", "travel bans") right
    before ``tok``: the tagger often reads such a pair as a subject and a verb, so the
    first word, not the tree, tells that ``tok`` names the measure."""
    if tok.i == 0:
        return None
    before = tok.nbor(-1)
    lemma = before.lemma_.lower()
    return before if lemma in GRAMMAR.measure_modifiers or before.lower_ in \
        GRAMMAR.measure_modifiers else None


def own_subjects(tok: Token) -> list[Token]:
    """The subjects of ``tok`` itself, less a split measure's first word ("Canada imposed
    asset freezes": "asset" is no doer of "freezes")."""
    split = split_modifier(tok)
    return [s for s in children(tok, SUBJ_DEPS) if s != split]


def agents(tok: Token) -> list[Token]:
    """The "by" phrase of a passive verb or of an event noun ("sanctions by the West")."""
    out = []
    for child in tok.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
            out.extend(c for c in child.children if c.dep_ == "pobj")
    return out


def participles(tok: Token) -> list[Token]:
    """Past participles describing a noun ("sanctions adopted by the EU against X"): their
    "by" and other phrases are the noun's own participants."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return []
    return [c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"]


def in_topic_phrase(tok: Token, gov: Token) -> bool:
    """Whether ``tok`` hangs below ``gov`` through a topic preposition ("concern over the
    arrests", "protested about the strikes"): what a clause is about, not what its
    subject did."""
    cur, first_prep = tok, True
    while cur.i != gov.i and cur.head.i != cur.i:
        if cur.dep_ == "prep" and cur.lower_ in GRAMMAR.topic_preps:
            return True
        if cur.dep_ == "prep" and first_prep and cur.lower_ in ANSWER_PREPS \
                and cur.head.lemma_.lower() in GRAMMAR.response_nouns | GRAMMAR.response_verbs:
            return True  # or what it answers: "expelled envoys in response to the bombing"
        first_prep = first_prep and cur.dep_ != "prep"
        cur = cur.head
    return False


def ancestors_in_sentence(tok: Token) -> list[Token]:
    """Heads from ``tok`` up to its sentence root (excluded: ``tok`` itself)."""
    return list(tok.ancestors)


def under(tok: Token) -> Token | None:
    """The "under" phrase an event noun is the object of, through coordination ("came
    under attack", "under Israeli air and ground attack"), or None."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.head if tok.dep_ == "pobj" and tok.head.lower_ == "under" else None


def undergone_by(tok: Token) -> Token | None:
    """The verb whose subject underwent the event noun ``tok`` ("died in an attack",
    "suffered heavy shelling") or warded it off ("repelled an assault"), or None."""
    if tok.pos_ not in NOUN_POS and not (tok.tag_ == "VBG" and tok.dep_ in ("pcomp", "pobj")):
        return None  # a noun, or a gerund the tagger took for a verb ("died from shelling")
    if (gov := governor(tok) if tok.pos_ in NOUN_POS else tok.head.head) is None:
        return None
    if gov.lemma_.lower() in GRAMMAR.harming_verbs and is_passive(gov) and tok.dep_ == "pobj" \
            and tok.head.lower_ in ("in", "during") and tok.head.head.i == gov.i:
        return gov  # "two rangers were killed in clashes" (not "hit with sanctions over")
    return gov if GRAMMAR.undergoing_verbs & {gov.lemma_.lower(), phrasal_lemma(gov)} else None


def receiver(tok: Token) -> list[Token]:
    """"Ankara took delivery of the missiles": who takes a transfer noun receives it."""
    if tok.dep_ != "dobj" or tok.head.lemma_.lower() not in GRAMMAR.receipt_verbs:
        return []
    return subjects(tok.head)


def response_to(tok: Token) -> Token | None:
    """The response noun or verb whose complement ``tok`` is ("in reaction to the
    shelling", "replying to the criticism", "retaliated for the raid")."""
    cur = tok
    for _ in range(4):
        if cur.dep_ not in ("pobj", "prep", "compound", "amod") or cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.dep_ != "prep" or cur.lower_ not in ANSWER_PREPS:
            continue
        word = cur.head.lemma_.lower()
        if word in GRAMMAR.response_nouns or (cur.head.pos_ == "VERB"
                                              and word in GRAMMAR.response_verbs):
            return cur.head
    return None


def answers(tok: Token, other: Token) -> bool:
    """Whether ``tok`` is what ``other`` answers or is about (then no earlier mention of it)."""
    return other in tok.ancestors and in_topic_phrase(tok, other)


def elicited_by(tok: Token) -> Token | None:
    """The verb that draws an act noun on its subject ("drew condemnation from X",
    "faced sanctions from X", "sparked criticism"), or None."""
    if tok.dep_ != "dobj" or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    verb = tok.head
    if verb.lemma_.lower() not in GRAMMAR.elicit_verbs or any(
            c.dep_ == "prt" for c in verb.children):
        return None  # "drew up sanctions": the subject made them
    return verb

    for subj in children(tok, SUBJ_DEPS):
        names = [a for a in subj.children if a.dep_ == "appos" and a.i == subj.i + 1
                 and a.pos_ == "PROPN" and a.i < tok.i]
        if subj.pos_ == "NOUN" and names:
            return names[0], subj
    return None
