"""A party's part in a hostile act, however the act is told ("X was behind the attack",
"X had taken part in blowing up the pipelines", "X was a party to the shelling"): the
verb is neutral (be, take, play, have) and the act is the object of the preposition
after an involvement noun (configs/claims/stance.json ``involvement_nouns``) or a noun
of complicity (``complicity``).

Read both ways by the stance pass: told of another party it accuses it (:mod:`.kinds`,
CAMEO 112 "accuse"); negated and told of the speaker's own side ("said it was no party
to the shelling", "Kampala was not an accomplice in the raid") it denies the part
(:mod:`.own_side`; ANNOTATION.md, denial: "did not do an act they are blamed for").
"""

from __future__ import annotations

from spacy.tokens import Token

from ..claims.lexicon import Lexicon
from .rules import StanceRules


def is_hostile(tok: Token, lex: Lexicon, hostile_events: set[int]) -> bool:
    return tok.i in hostile_events or tok.lemma_.lower() in lex.hostile_lemmas


def part_in_hostile(act: Token, rules: StanceRules, lex: Lexicon,
                    hostile_events: set[int]) -> bool:
    """A part in a hostile act: "behind" one after a verb of being, or an involvement or
    complicity noun (object, attribute or complement of ``act``) whose preposition leads
    to one ("a part in", "a party to", "complicit in")."""
    def objects_hostile(preps: list[Token]) -> bool:
        # "behind a series of cyberattacks", "a part in a wave of strikes": a noun of
        # number or sequence names the acts in its "of" phrase
        return any(is_hostile(n, lex, hostile_events) or n.lemma_.lower() in lex.blame.harm_nouns
                   for p in preps for o in p.children
                   if o.dep_ in ("pobj", "pcomp")
                   for n in (o, *(g for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                                  for g in c.children if g.dep_ == "pobj")))

    if act.lemma_ == "be" and objects_hostile(
            [p for p in act.children if p.dep_ == "prep" and p.lower_ == "behind"]):
        return True
    for noun in act.children:
        if noun.dep_ in ("dobj", "attr", "acomp") and noun.lemma_.lower() in \
                rules.involvement_nouns | rules.complicity_words:  # "a partner in", "party to"
            if objects_hostile([p for p in (*act.children, *noun.children)
                                if p.dep_ == "prep" and p.lower_ in rules.complicity_preps]):
                return True
    return False
