"""Cue words the tagger reads as verbs that are nouns of a claim.

Why: in "..., charges the group has rejected" or "..., claims the Kremlin denied" the
plural noun of a claim heads a reduced relative clause ("charges [that] the group has
rejected").  The tagger, seeing "charges"/"claims" followed by a clause, makes it a verb
conjoined to the sentence's first verb, whose subject it then borrows: "The army ...
charges the group has rejected" became an accusation by the army with the denial as
its content.  The noun is what the denial rejects (the claims stage's relative-denial
frame finds that claim); it is no cue of its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from .attribution import verb_key
from .lexicon import Lexicon


def noun_read_as_cue(tok: Token, lex: Lexicon) -> bool:
    """Whether ``tok`` is a claim noun the tagger made a verb: after a comma, with no
    subject of its own, a word that is a claim noun's form ("charges", "claims")
    governing a clause whose verb denies and has no object of its own — the object of
    the denial is the noun itself ("charges [that] the group has rejected")."""
    doc = tok.doc
    if tok.i == 0 or doc[tok.i - 1].text != "," or tok.lemma_.lower() not in lex.claim_nouns:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return False
    return any(c.dep_ in ("ccomp", "relcl") and c.i > tok.i
               and lex.verb_kind_of(verb_key(c, lex.verb_kind)) == "denial"
               and not any(g.dep_ in ("dobj", "ccomp") for g in c.children)
               for c in tok.children)
