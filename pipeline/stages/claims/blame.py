"""Blame put on another party in what a claim says, without an accusing verb (CAMEO 112
"accuse"/"blame"/"hold responsible", PLOVER ACCUSE; ANNOTATION.md: an accusation "in any
words").

Why frames: a word of responsibility accuses only in some of its constructions.
"Kyiv bears full responsibility for the shelling", "the responsibility lies with
Ankara", "both carry responsibility" blame a party; "Colombia is responsible for the
security of its border" names a duty, "Ankara would bear responsibility for any
escalation" warns of a blame not yet earned, and "Niamey was not responsible" clears.
So the party is read from the frame (subject, "lies with"/"rests on" object, "holds X
responsible" object), the act from the "for" phrase, and negation and future from the
verb.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from . import actors
from .lexicon import Lexicon

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# where a word of blame sits in its clause ("bears responsibility", "is responsible",
# "is to blame", "holds X responsible", "the responsibility lies with X")
CLAUSE_SLOTS = frozenset({"dobj", "attr", "acomp", "oprd", "xcomp", "ccomp", "nsubj",
                          "nsubjpass", "ROOT", "conj"})
# "the responsibility lies with Ankara", "the blame rests on Kigali"
BEARER_PREPS = frozenset({"with", "on", "upon"})
# what the blame is for: "responsible for the deaths", "blame over the raid"
ACT_PREPS = frozenset({"for", "over"})


def _clause(word: Token) -> Token | None:
    """The verb a word of blame belongs to, climbing through infinitives and copulas
    ("deserved to be blamed", "is to blame"); None when the word only modifies a noun
    ("the official responsible for the talks")."""
    if word.pos_ not in ("VERB", "AUX"):
        if word.dep_ not in CLAUSE_SLOTS:
            return None
        word = word.head
    verb = word
    for _ in range(3):
        if any(c.dep_ in SUBJECTS for c in verb.children) or verb.dep_ not in (
                "xcomp", "acomp", "oprd"):
            break
        verb = verb.head
    return verb if verb.pos_ in ("VERB", "AUX") else None


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never")
               for c in tok.children)


def _chain(word: Token, verb: Token) -> list[Token]:
    """The word, the verb and every token between them on the head path."""
    out = [word]
    while out[-1] != verb and out[-1].head != out[-1]:
        out.append(out[-1].head)
    return out


def _none_bears(party: Token, lex: Lexicon) -> bool:
    """"no country was to blame", "nobody is responsible": the blame is cleared."""
    return party.lower_ in lex.blame.cleared or any(
        d.dep_ == "det" and d.lower_ in lex.blame.cleared for d in party.children)


def _for_a_wrong(word: Token, verb: Token, lex: Lexicon, hostile: frozenset[int]) -> bool:
    """A word of duty ("responsible", "accountable") blames only when what it is for
    names a wrong or a harm ("for the shelling", "for the deaths", "for the collapse of
    the talks"), not a charge ("for the security of the border", "for its own
    elections"); with no "for" phrase the bare word blames ("both carry
    responsibility")."""
    if word.lemma_.lower() not in lex.blame.duty_words:
        return True
    acts = [g for host in (word, verb) for p in host.children
            if p.dep_ == "prep" and p.lower_ in ACT_PREPS for g in p.children
            if g.dep_ in ("pobj", "pcomp")]
    if not acts:
        return True
    return any(t.i in hostile or t.lemma_.lower() in lex.hostile_lemmas
               or t.lemma_.lower() in lex.blame.harm_nouns
               for act in acts for t in act.subtree)


def _bearer(word: Token, verb: Token) -> Token | None:
    """Who the blame is put on: the "with"/"on" object when the blame is the subject
    ("the responsibility lies with X"), the object of "holds X responsible", else the
    subject of the clause."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    if word in subjects or word.head in subjects:
        return next((g for p in verb.children if p.dep_ == "prep"
                     and p.lower_ in BEARER_PREPS for g in p.children if g.dep_ == "pobj"),
                    None)
    if word.dep_ in ("oprd", "ccomp", "xcomp") and word.head == verb and verb.lemma_ != "be":
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is not None:
            return obj
    return subjects[0] if subjects else None


def _own_side(party: Token, lex: Lexicon) -> bool:
    """The speaker itself or its own ("it", "we", "its troops")."""
    low = party.lower_
    if low in lex.pronouns.get("thing", ()) or low in lex.pronouns.get("first_person", ()):
        return True
    return any(c.dep_ == "poss" and c.lower_ in lex.own_possessives for c in party.children)


def blamed(tokens: Sequence[Token], speaker: str | None, lex: Lexicon,
           before: Sequence[Token] = (), hostile: frozenset[int] = frozenset()) -> str | None:
    """The code of a party a content puts the blame on, if any.  ``before``: the tokens
    of the sentence before the content, where a bearer named only as "both" or "they"
    was named ("blamed the raid on X and on Y, saying both carry responsibility");
    ``hostile``: token indices of hostile event triggers."""
    for word in tokens:
        if word.lemma_.lower() not in lex.blame_lemmas:
            continue
        verb = _clause(word)
        if verb is None or any(_negated(t) for t in _chain(word, verb)):
            continue
        if any(c.dep_ == "aux" and c.lower_ in lex.blame.future for c in verb.children):
            continue  # "would bear responsibility for any escalation": a warning
        if not _for_a_wrong(word, verb, lex, hostile):
            continue
        party = _bearer(word, verb)
        if party is None or _own_side(party, lex) or _none_bears(party, lex):
            continue
        found = [c for _, c in actors.mentions(list(party.subtree)) if c != speaker]
        if found:
            return found[0]
        if party.lower_ in lex.blame.plural_bearers or any(
                c.lower_ in lex.blame.plural_bearers for c in party.children
                if c.dep_ in ("det", "nummod", "amod")):
            named = [c for _, c in actors.mentions(list(before)) if c != speaker]
            if named:
                return named[0]
    return None
