"""Which uses of a request verb are requests made by someone (ANNOTATION.md, kind 5:
"urged X to", "called on Y to", "appealed to" are statements).

Request verbs have other senses that say nothing: "asked about the incident" (a
question put to the subject), "pressed ahead", and subjects that cannot speak ("the job
demands patience", "the situation calls for caution").  A request is a cue only when its
frame and its subject are those of a speaker asking another party to act.
"""

from __future__ import annotations

from spacy.tokens import Token

from .attribution import is_pronoun
from .lexicon import Lexicon

SPEAKING_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
"""Entity labels of parties that can make a request (not "Thousands", a CARDINAL)."""


def asks_to(verb: Token) -> bool:
    """An object and a to-infinitive after the verb: "asked Bolivia to reopen", "pressed
    Ecuador to withdraw" (not "asked about", "pressed ahead")."""
    return any(c.dep_ == "dobj" for c in verb.children) and any(
        c.dep_ in ("xcomp", "advcl") and c.i > verb.i
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children)


def can_request(subj: Token | None, lex: Lexicon) -> bool:
    """A subject that can ask: a pronoun, a named party, or a person or group named by its
    role ("the envoy", "rights groups"); a relative pronoun stands for its antecedent."""
    if subj is None:
        return False
    if subj.tag_ in ("WDT", "WP") and subj.head.dep_ == "relcl":
        subj = subj.head.head  # "the minister, who called for calm"
    if is_pronoun(subj) and subj.tag_ not in ("WDT", "WP"):
        return True
    if subj.ent_type_ in SPEAKING_LABELS:
        return True
    lemma = subj.lemma_.lower()
    return lemma in lex.person_roles or any(lemma in heads for heads in lex.group_heads.values())


def request_cue(verb: Token, key: str, subj: Token | None, lex: Lexicon) -> bool:
    """Whether a verb is no request verb, or a request verb used as a request."""
    if key not in lex.request_verbs:
        return True
    if key in lex.infinitive_object and not asks_to(verb):
        return False
    return can_request(subj, lex)
