"""Clauses the parser hangs in the wrong place: acts of the main subject, not content.

Kept apart from :mod:`.syntax` (subjects) and :mod:`.scope` (absorption), which both ask.
"""

from __future__ import annotations

from spacy.tokens import Token

_FINITE = ("VBD", "VBZ", "VBP")
SAYING: set[str] = set()
"""Verbs of saying (events grammar ``saying_verbs``), filled when the grammar is loaded."""
SPEECH_ACTS: set[str] = set()
"""Speech acts that, joined to what a verb of saying says, are the speaker's own
(events grammar ``speech_act_conjuncts``), filled when the grammar is loaded."""


def _finite(verb: Token) -> bool:
    """A finite verb, or a participle with a finite auxiliary ("has arrested")."""
    return verb.tag_ in _FINITE + ("MD",) or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE + ("MD",) for c in verb.children)


def configure(saying: frozenset[str], acts: frozenset[str]) -> None:
    """Take the word classes :func:`said_then` reads from the events grammar."""
    SAYING.clear()
    SAYING.update(saying)
    SPEECH_ACTS.clear()
    SPEECH_ACTS.update(acts)


def said_then(t: Token) -> bool:
    """"Tehran said the deal was illegal and urged Washington to ...": a speech act the
    parser coordinated with the verb of the said clause is the speaker's second act (like
    joins like), when that verb is no speech act itself ("said X had accused Y and urged
    Z": both may be X's)."""
    head = t.head
    return t.dep_ == "conj" and t.lemma_.lower() in SPEECH_ACTS and head.dep_ == "ccomp" \
        and head.lemma_.lower() not in SPEECH_ACTS and head.head.i != head.i \
        and head.head.lemma_.lower() in SAYING


def detached(t: Token, absorber: Token | None = None) -> bool:
    """A clause of the sentence itself that the parser hung inside an act's object.

    A finite verb coordinated with a non-finite one ("urged both sides to exercise
    restraint and offered to mediate", "demanding that they halt the attacks, called for
    restraint and criticized ...") is a second act of the main subject, not part of the
    first act's content: coordination joins like with like.  A clause before the act,
    cut off by a semicolon ("X arrests fishermen; Y demands their release"), is a headline
    of two acts, not a complement (a complement never comes before its verb there)."""
    if t.pos_ not in ("VERB", "AUX"):
        return False
    if said_then(t):
        return True
    if t.dep_ == "conj" and t.tag_ in _FINITE and not _finite(t.head):
        return True
    if t.dep_ in ("acl", "conj") and any(c.dep_ == "conj" and detached(c, absorber)
                                         for c in t.children):
        return True  # the non-finite-looking first of such a pair ("called ... and criticized")
    if absorber is not None and t.i < absorber.i:
        return any(w.text == ";" for w in t.doc[t.i:absorber.i])
    return False


def detached_clauses(absorber: Token, scope: set[int]) -> set[int]:
    """Tokens of the clauses in ``scope`` that are acts of their own (see :func:`detached`)."""
    doc = absorber.doc
    return {s.i for i in scope if detached(doc[i], absorber) for s in doc[i].subtree}


def main_verb(t: Token) -> Token:
    """The finite verb a detached conjunct is really coordinated with ("urged ... to
    exercise restraint and offered": "urged"), whose subject it shares; a speech act
    joined to a said clause, the verb of saying (:func:`said_then`)."""
    if said_then(t):
        return t.head.head
    head = t.head
    while head.head.i != head.i and not _finite(head):
        head = head.head
    return head


def ancestors(tok: Token, limit: int = 8) -> list[Token]:
    """The heads a trigger's clause is really under, nearest first: a detached conjunct is
    under its main verb's heads (not under the main verb: "urged X to ... and offered" is
    no content of "urged"), and a clause cut off by a semicolon is under none."""
    out: list[Token] = []
    cur = tok
    while len(out) < limit and cur.head.i != cur.i:
        if cur.dep_ in ("acl", "conj") and detached(cur):
            cur = main_verb(cur)
            continue
        if cur.i < cur.head.i and any(w.text == ";" for w in tok.doc[cur.i:cur.head.i]):
            break
        cur = cur.head
        out.append(cur)
    return out


def ranked_retelling(tok: Token, gov: Token, speech_verbs: frozenset[str]) -> bool:
    """"Drones struck Port Sudan, the army said, in the first attack on the city": an act
    noun ranked among others (an ordinal or superlative on it) in an "in" phrase of a
    verb of saying retells the act said, not an act of the speaker, so the speaker
    (the verb's subject) is not its doer."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.i == gov.i \
        and gov.lemma_.lower() in speech_verbs \
        and any(c.tag_ == "JJS" or c.ent_type_ == "ORDINAL" for c in tok.children)
