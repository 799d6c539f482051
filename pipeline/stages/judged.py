"""What a judging verb is said of: a claim, or an act (shared by events and claims).

Why: a discrediting word ("a provocation", "baseless", "a fabrication") denies only when
it is said of something someone said.  "Dismissed the report as a fabrication" rejects a
claim; "called the exercises a provocation" censures an act.  The events layer's REJECT
rule and the claims stage's denial by calling read the discrediting words as one class,
so both must first ask this same question of the verb's object.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import lru_cache

from spacy.tokens import Token

from .wordclasses import shared_class

ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
"""Roles whose heads a pronoun most likely points back to (not a noun inside a phrase)."""
SOURCE_LABELS = frozenset({"PERSON", "ORG"})
"""Who can make a claim, and so be discredited as its source (ANNOTATION.md, denial:
"discredits it or its source"); a country is left out: "called Japan a threat" judges
its acts."""
SINGULAR = frozenset({"it", "this", "that"})
QUOTES = frozenset({'"', "“", "‘", "'"})


def _is_pronoun(tok: Token) -> bool:
    return tok.pos_ == "PRON" or (tok.pos_ == "DET" and tok.dep_ != "det")


def antecedent(pron: Token) -> Token | None:
    """The nearest earlier subject or object head (not a pronoun) that ``pron`` may
    stand for: in its own sentence before it, else in the sentence before.  "Charges
    ... were dismissed by X, which branded them slander": the charges; "Y held drills.
    X called them a provocation": the drills."""
    sent = pron.sent
    earlier = [t for t in sent if t.i < pron.i]
    if sent.start > 0:
        earlier = [t for t in pron.doc[sent.start - 1].sent] + earlier
    for tok in reversed(earlier):
        if tok.head.i == pron.head.i:
            continue  # a co-argument: "Quito called it a lie" — "it" is not Quito
        if tok.dep_ in ARGUMENT_DEPS and tok.pos_ in ("NOUN", "PROPN") and not _is_pronoun(tok):
            return tok
    return None


@lru_cache(maxsize=1)
def _saying_verbs() -> frozenset[str]:
    """Verbs whose clause is something said: saying, accusing, denying (the shared
    classes of ``configs/lexicon``)."""
    return frozenset(w.lower() for name in ("speech_verbs", "accusation_verbs", "denial_verbs")
                     for w in shared_class(name))


def said(tok: Token, pron: Token) -> bool:
    """Whether the pronoun ``pron`` whose nearest antecedent is ``tok`` may stand for
    something said: ``tok`` is an argument of a verb of saying or accusing, or ``pron``
    is singular ("it", "this") and ``tok``'s sentence is a statement ("Lima accused
    Quito of massing troops. Quito called it a lie"; not "Peru held drills. Ecuador
    called them a provocation")."""
    verbs = [tok.head]
    if pron.lower_ in SINGULAR:
        verbs.append(tok.sent.root)
    return any(v.i != tok.i and v.pos_ in ("VERB", "AUX") and
               v.lemma_.lower() in _saying_verbs() for v in verbs)


def names_a_claim(tok: Token, nouns: Collection[str]) -> bool:
    """Whether ``tok`` names something said or who said it: a claim noun (its lemma or
    its plural form in ``nouns``), a named person or organisation, a pronoun standing
    for one of these or for what a verb of saying or accusing told, or a quotation."""
    if tok.lemma_.lower() in nouns or tok.lower_ in nouns or tok.lower_.rstrip("s") in nouns:
        return True
    if any(t.ent_type_ in SOURCE_LABELS for t in (tok, *tok.children) if t is tok or t.dep_
           == "appos"):
        return True  # its source: "dismissed the rapporteur as biased"
    if _is_pronoun(tok):
        found = antecedent(tok)
        return found is not None and (names_a_claim(found, nouns) or said(found, tok))
    left = tok.left_edge.i
    return left > 0 and tok.doc[left - 1].text in QUOTES  # "dismissed “we sold none” as"


def judges_a_claim(verb: Token, objects: Collection[Token], nouns: Collection[str]) -> bool:
    """Whether a verb of calling or dismissing is said of a claim: one of its
    ``objects`` (or its passive subject, a claim noun the parser took for a verb, or the
    noun a relative clause on it hangs from: "the report, which Minsk called biased")
    names a claim, or its object is a
    that-clause ("called it a lie that its troops crossed")."""
    judged = list(objects) + [c for c in verb.children if c.dep_ == "nsubjpass"]
    # a small clause: "brands [the US claim baseless]" parses the claim as the subject
    judged += [g for c in verb.children if c.dep_ in ("ccomp", "xcomp", "oprd")
               for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
    # "called the report disinformation": the parser may make the judging mass noun the
    # predicate and the claim noun its compound
    judged += [g for c in verb.children if c.dep_ in ("oprd", "xcomp", "ccomp") and
               c.i > verb.i for g in c.children if g.dep_ == "compound" and g.i < c.i]
    # headlines: "X brands US claim it attacked ... 'baseless'" parses the noun as a verb
    judged += [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.i > verb.i
               and (c.lower_ in nouns or c.lower_.rstrip("s") in nouns)]
    if verb.dep_ == "relcl":
        judged.append(verb.head)
    if any(names_a_claim(o, nouns) for o in judged):
        return True
    return any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that"
                                         for m in c.children) for c in verb.children)
