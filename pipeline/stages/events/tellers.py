"""Whether the one who tells a hostile act did it: the argument source ``told_doer``.

``governor_subj`` hands the subject of a verb of saying to an act noun that is the
subject of what is said ("Israel said the strike targeted militants").  Said of a
hostile act with no doer named, that reading holds only when the telling itself shows
the act as the teller's own; otherwise the guide's rule applies ("Leave a list empty
rather than guess", ANNOTATION.md), and the teller is often the side the act befell:

- the act befell the teller's side: its undergoer names the teller's own ("killed nine
  of its soldiers", "a refinery in its Krasnodar region", "our troops") or, with no
  armed foe named, a place of the teller's ("a house in Nabatieh" told by Lebanon):
  the teller is no doer but the side the act befell (source ``told_victim``);
- the act is announced, not told as done ("said the sanctions would target ...",
  "plans to", reported "would"): an announcement of one's own measure;
- the act is aimed at an armed enemy: a non-state armed group or a rebel, militant or
  insurgent ("said the strikes targeted Houthi launchers", "the operation killed 30
  militants in its north"): a side tells its own operations against such a foe;
- anything else ("said the shelling destroyed a school", "the ambush killed two
  peacekeepers", told by a third party or a victim alike): no doer.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from .. import nominal
from . import attributes as attr
from . import syntax
from .arguments import Arguments

TELLING_DEPS = frozenset({"ccomp", "parataxis"})
"""How what is said hangs on the verb of saying."""
UNDERGOER_PREPS = ("on", "against", "at", "in", "into", "to", "near", "inside")
"""Prepositions of the told clause naming whom or where the act struck."""
CODED_DEPS = frozenset({"pobj", "poss", "compound", "amod", "nmod", "appos", "conj"})
"""Words inside an undergoer phrase that may name a side ("its base", "Houthi launchers",
"a refinery in its region")."""
ARMED_SECTOR = "REB"
"""CAMEO's rebel sector (militants, insurgents, separatists): an armed foe."""


class ToldDoer:
    """The source ``told_doer``: ``governor_subj``, less a teller the telling does not
    show as the doer of the hostile act it tells."""

    def __init__(self, args: Arguments, modality: dict[str, Any]) -> None:
        self.args = args
        self.modality = modality
        self.first_person = frozenset(modality.get("first_person", ("we", "our", "us")))

    def __call__(self, tok: Token) -> list[Token]:
        found = self.args.heads("governor_subj", tok)
        clause = self.told_clause(tok, found)
        if clause is None or self.teller_does(tok, clause, found):
            return found
        return []

    def victim(self, tok: Token) -> list[Token]:
        """The source ``told_victim``: the teller a hostile act told with no doer did not
        befall another side ("Ukraine said the attack killed five civilians"), whom a later
        pass would make its victim anyway, so the act is kept as the teller's claim; told
        as striking where only another side is named, that side."""
        found = self.args.heads("governor_subj", tok)
        clause = self.told_clause(tok, found)
        if clause is None or self.teller_does(tok, clause, found):
            return []
        return self.struck_sides(tok, clause, found) or found

    def struck_elsewhere(self, tok: Token) -> bool:
        """The act told is the subject of a clause naming only another side where it
        struck: its teller is no victim of it (see :meth:`struck_sides`)."""
        found = self.args.heads("governor_subj", tok)
        clause = self.told_clause(tok, found)
        return clause is not None and bool(self.struck_sides(tok, clause, found))

    def struck_sides(self, tok: Token, clause: Token, tellers: list[Token]) -> list[Token]:
        """"The strikes hit depots in Sanaa, the US defence secretary said": the words of
        the told clause that name another side, when none names the teller's own; a
        state's word only (a group's own ground is coded as its state's: "Hamas said
        the raid hit a school in Gaza")."""
        mine = {a["code"] for t in tellers for a in self.args.actors_of(t)}
        if not mine or mine & self.args.book.group_codes:
            return []
        # anywhere in the told clause: its place phrases hang on conjoined objects too
        words = [t for t in clause.subtree if not tok.left_edge.i <= t.i <= tok.right_edge.i]
        coded = [t for t in words if self.args.actors_of(t)]
        theirs = {a["code"] for t in coded for a in self.args.actors_of(t)}
        if theirs & mine or self._own(words, mine):
            return []
        return coded

    def told_clause(self, tok: Token, found: list[Token]) -> Token | None:
        """The verb of the clause ``tok`` is the subject of, when that clause is what the
        heads ``found`` say ("Ukraine said the attack killed ..." -> killed)."""
        if not found or tok.dep_ not in syntax.SUBJ_DEPS:
            return None
        clause = syntax.governor(tok)
        if clause is None or clause.dep_ not in TELLING_DEPS:
            return None
        speech = clause.head
        if speech.lemma_.lower() not in self.args.speech_verbs:
            return None
        tellers = {s.i for s in syntax.subjects(speech)}
        return clause if {f.i for f in found} <= tellers else None

    def teller_does(self, tok: Token, clause: Token, tellers: list[Token]) -> bool:
        mine = {a["code"] for t in tellers for a in self.args.actors_of(t)}
        if not mine:
            return True  # an uncoded teller gives no code either way
        heads = self._undergoers(tok, clause)
        words = [t for h in heads for t in h.subtree if t is h or t.dep_ in CODED_DEPS]
        theirs = {a["code"] for t in words for a in self.args.actors_of(t)}
        book = self.args.book
        if theirs & book.group_codes - mine or any(
                book.sector_for(t.lower_) == ARMED_SECTOR for t in words):
            return True  # an armed foe, even on the teller's soil ("JNIM bases near Gao")
        if self._own(words, mine):
            return False  # "killed two of our soldiers", "its base": the teller's own
        if theirs & mine:
            return False  # a place of the teller's ("a depot in Odesa" told by Ukraine)
        # an act announced is the announcer's own
        return (attr.is_future(tok, self.modality) or attr.is_intent(tok, self.modality)
                or attr.is_backshifted(tok, self.modality))

    def _own(self, words: list[Token], mine: set[str]) -> bool:
        """"two of our soldiers", "its base": words naming the teller's own."""
        return any(t.lower_ in self.first_person or (t.dep_ == "poss" and t.pos_ == "PRON" and {
            a["code"] for a in self.args.actors_of(t)} & mine) for t in words)

    @staticmethod
    def _undergoers(tok: Token, clause: Token) -> list[Token]:
        """Heads of whom or where the told act struck: the told clause's objects and
        place phrases, and the act noun's own undergoers ("the raid on its base")."""
        heads = syntax.with_conjuncts(syntax.direct_objects(clause))
        heads += [o for p in UNDERGOER_PREPS for o in syntax.prep_objects(clause, p)]
        return heads + list(nominal.roles(tok).undergoers)


def speech_speaker(tok: Token, cfg: dict[str, Any]) -> Token | None:
    """The subject of the speech verb whose content holds the trigger, if any (a conjoined
    verb's is shared); a verb judging the act ("condemned the strike") tells nothing."""
    verbs = (set(cfg.get("speech_verbs", [])) | set(cfg.get("accusing_verbs", []))) \
        - set(cfg.get("presupposing_verbs", []))
    for anc in tok.ancestors:
        if anc.lemma_.lower() in verbs:
            # "X has blamed Y ... and says Z": a conjoined verb shares its subject
            subj = syntax.children(anc, syntax.SUBJ_DEPS) or (
                syntax.subjects(anc) if anc.dep_ == "conj" else [])
            return subj[0] if subj else None
    return None
