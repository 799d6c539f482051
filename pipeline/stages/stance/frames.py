"""Grammatical frames of what a claim says: its main clauses, who does each act, whether
the act is negated or only possible, and whose side the doer is on.

Why frames and not word lists: the kind of a claim follows from the act its content
tells and from who did it (the speaker's own side, or another party), whatever verb
of saying carries it ("said its forces had not crossed", "according to X, Y's troops
crossed").  The dependency parse gives both in every wording.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.attrs import HEAD
from spacy.tokens import Doc, Span, Token

from .. import nominal
from ..claims import actors
from ..claims.attribution import past_dateline, split_clause
from ..entities.settled import remembered, settled
from ..wordclasses import shared_class
from .rules import StanceRules

NEGATIONS = frozenset({"not", "n't", "never", "no", "nothing", "none", "nobody", "neither",
                       "nor"})
VERBAL = frozenset({"VERB", "AUX"})
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
# the dependents a "no" or "nothing" negates the act through (:func:`negated`)
_NEGATED_ARGS = SUBJECTS | {"dobj", "attr"}
OWN_PRONOUNS = frozenset({"it", "we", "i", "its", "our", "my", "us", "itself", "ourselves"})
POSSESSIVE_PRONOUNS = frozenset({"its", "our", "my", "his", "her", "their"})


def main_clauses(content: Span) -> list[Token]:
    """The predicates the content asserts: its root, verbs conjoined to it, and clauses
    joined by "and that" — never clauses nested below them (relative or purpose).
    Remembered per settled Doc as positions, as :func:`negated`: the kinds pass and the
    continuation test ask for the same content's clauses (fresh Tokens each time)."""
    doc = content.doc
    found = remembered(doc, ("main_clauses", content.start, content.end), _main_clauses,
                       lambda: [t.i for t in _main_clauses(content)])
    return [doc[i] for i in found]


def _main_clauses(content: Span) -> list[Token]:
    doc, start, end = content.doc, content.start, content.end
    offsets = _head_offsets(doc)
    roots = [doc[i] for i in range(start, end)
             if not offsets[i] or not (start <= i + offsets[i] < end)]
    out: list[Token] = []
    todo = list(roots)
    while todo:
        tok = todo.pop(0)
        if tok in out:
            continue
        out.append(tok)
        # a conjunct with an auxiliary is a verb, whatever its tag ("would neither back
        # nor condone them" tags "back" an adverb)
        todo.extend(c for c in tok.children
                    if c.dep_ == "conj" and (c.pos_ in VERBAL | {"NOUN", "ADJ"}
                                             or any(a.dep_ == "aux" for a in c.children)))
        todo.extend(c for c in tok.children if c.dep_ == "ccomp" and tok.pos_ not in VERBAL)
        todo.extend(noun_clauses(tok))
    return out


def _head_offsets(doc: Doc) -> list[int]:
    """Each token's head as an offset from it (0 for a root), read from one array and
    kept with a settled Doc: the claims of a Doc ask for their main clauses one by one,
    and reading ``t.head`` made two ``Token`` objects per word of every content."""
    known = settled(doc)
    if known is None:
        return doc.to_array(HEAD).astype("int64").tolist()
    found = known.answers.get("head_offsets")
    if found is None:
        found = known.answers["head_offsets"] = doc.to_array(HEAD).astype("int64").tolist()
    return found


def noun_clauses(verb: Token) -> list[Token]:
    """"it had information that X was supplying shells", "there is evidence that ...":
    the that-clause of a noun the clause has or is, told as what the speaker knows —
    unless the clause is negated ("had no information that ...")."""
    if verb.pos_ not in VERBAL or negated(verb):
        return []
    return [clause for noun in verb.children if noun.dep_ in ("dobj", "attr")
            for clause in noun.children if clause.dep_ in ("acl", "ccomp", "relcl")
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)]


def subject(verb: Token) -> Token | None:
    """The subject of a clause; a conjoined verb without one shares its head's, and so
    does a verb the parser split from its subject (:func:`split_clause`)."""
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
        if subjects:
            # two subjects mean a wire dateline was parsed as one ("MANILA, Aug 31 - A
            # Chinese ship rammed ..."): the nearest is the real one, as for a speaker
            return relative_head(past_dateline(min(subjects, key=lambda c: abs(verb.i - c.i))))
        if verb.dep_ == "ccomp":
            first = next((s for s in verb.head.children if s.dep_ == "ccomp" and s.i < verb.i
                          and split_clause(s) == verb), None)
            return None if first is None else subject(first)
        if verb.dep_ != "conj":
            return None
        verb = verb.head
    return None


RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})


def relative_head(subj: Token) -> Token:
    """"four Russian agents who they said had tried to hack ...": a relative pronoun
    subject stands for the noun its relative clause hangs on."""
    if subj.lower_ not in RELATIVE_PRONOUNS or subj.tag_ not in ("WP", "WDT"):
        return subj
    for anc in subj.ancestors:
        if anc.dep_ == "relcl":
            return anc.head
    return subj


def doer(verb: Token) -> Token | None:
    """Who does the act: the subject of an active clause, the ``by`` agent of a passive
    ("the ship was hit by Iranian drones"); None for an agentless passive.  Passives
    in a row share their agent, which the parser hangs on the last ("the rebels are
    armed, financed and sheltered by X": X arms them too)."""
    chain = _passive_chain(verb)
    if not chain:
        return subject(verb)
    for child in (c for v in chain for c in v.children):
        if child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def _passive_chain(verb: Token) -> list[Token]:
    """The passive participles coordinated with ``verb`` (itself first among them), when
    ``verb`` is one: a participle conjoined to a passive with no subject of its own is
    passive too.  Empty for an active verb."""
    first = verb
    while first.dep_ == "conj" and first.tag_ == "VBN" and \
            not any(c.dep_ in SUBJECTS for c in first.children):
        first = first.head
    if first.dep_ == "advcl" and _listed(first):
        first = first.head  # "armed, financed and sheltered": the parser's list
    if not is_passive(first) or (first is not verb and verb.tag_ != "VBN"):
        return []
    members = [first, *(c for c in first.children if c.dep_ == "advcl" and _listed(c))]
    return [*members, *(c for m in members for c in m.conjuncts if c.tag_ == "VBN"
                        and not any(g.dep_ in SUBJECTS for g in c.children))]


def _listed(verb: Token) -> bool:
    """A participle the parser hung as an adverbial clause on the one before a comma, in
    a list of passives ("are armed, financed and sheltered by X"): no subject, right
    after the comma that follows its head, with the rest of the list conjoined to it."""
    doc = verb.doc
    return verb.tag_ == "VBN" and verb.i >= 2 and doc[verb.i - 1].text == "," and \
        verb.head.i == verb.i - 2 and not any(c.dep_ in SUBJECTS for c in verb.children) \
        and any(c.dep_ == "conj" for c in verb.children)


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def has_agent(verb: Token) -> bool:
    return any(c.dep_ == "agent" for c in verb.children)


def neither_nor(verb: Token) -> bool:
    """"would neither fund nor arm the rebels": each verb of a "neither ... nor" pair is
    negated, the first by "neither" on it, the second by "nor" on the first."""
    if any(c.dep_ == "preconj" and c.lower_ == "neither" for c in verb.children):
        return True
    return verb.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "nor" and c.i < verb.i
                                       for c in verb.head.children)


def negated(verb: Token) -> bool:
    """"had not crossed", "has never supplied", "killed no civilians", "no troops were
    operating", "nothing was sent", "neither trained nor armed": the act is said not to
    have happened.  Remembered per settled Doc (:mod:`..entities.settled`): a claim's
    clauses are tried frame after frame, and most frames ask first whether the act is
    negated (the answer depends on the parse alone)."""
    return remembered(verb.doc, ("negated", verb.i), _negated, lambda: _negated(verb))


def _negated(verb: Token) -> bool:
    if neither_nor(verb):
        return True
    for child in verb.children:
        if child.dep_ == "neg" or (child.dep_ == "advmod" and child.lower_ == "never"):
            return True
        if child.dep_ in _NEGATED_ARGS:
            if child.lower_ in NEGATIONS or _no_determiner(child) or any(
                    _no_determiner(p) for p in child.children if p.dep_ == "poss"):
                return True  # "killed no civilians", "violated no country's sovereignty"
    return False


def _no_determiner(noun: Token) -> bool:
    return any(d.dep_ in ("det", "neg") and d.lower_ in NEGATIONS for d in noun.children)


def adverb_negated(verb: Token) -> bool:
    """Negated by "not"/"never"/"neither ... nor" on the verb itself, not only by "no"
    on a noun."""
    return neither_nor(verb) or any(c.dep_ == "neg" or (c.dep_ == "advmod" and
                                                        c.lower_ == "never")
                                    for c in verb.children)


def modal(verb: Token, rules: StanceRules) -> bool:
    """"would send", "could be", "will never serve": possible or future acts are not
    told as facts.  A verb conjoined without a subject of its own shares the first
    verb's auxiliary ("would neither fund nor arm": "arm" is modal too).  Remembered
    per settled Doc and rule set, as :func:`negated`: most frames ask it of each clause."""
    return remembered(verb.doc, ("modal", verb.i), rules, lambda: _modal(verb, rules))


def _modal(verb: Token, rules: StanceRules) -> bool:
    verbs = [verb]
    if verb.dep_ == "conj" and not any(c.dep_ in SUBJECTS | {"aux"} for c in verb.children):
        verbs.append(verb.head)
    return any(c.dep_ == "aux" and c.lower_ in rules.modal_auxiliaries
               for v in verbs for c in v.children)


# the shared class (configs/lexicon/acts.json), the one the claims stage reads too
LOCATIVE_PREPS = frozenset(shared_class("locative_preps"))


def _codes(tok: Token) -> Iterator[str]:
    """Codes of the parties a phrase names, places left out ("an Iranian strike in
    Balochistan" names Iran as the doer; Balochistan is where), and so are the
    undergoers of a noun of an act done to someone ("Kenya's annexation by the empire",
    "the shelling of Kenyan villages" name no doer on Kenya's side: :mod:`..nominal`)."""
    if not _may_name_anyone(tok):
        return
    places = {t.i for c in tok.children if c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPS
              for t in c.subtree}
    if tok.lemma_.lower() in nominal.undergone_nominals():
        places.update(nominal.undergoer_positions(tok))
    for _, code in actors.mentions([t for t in tok.subtree if t.i not in places]):
        yield code


def _may_name_anyone(tok: Token) -> bool:
    """Whether an entity falls between the edges of ``tok``'s phrase (its subtree lies
    there).  Most subjects ("it", "the ministry") hold none: then no code can come from
    them, and the subtree (a ``Token`` per word) need not be walked."""
    known = settled(tok.doc)
    if known is None:
        return True
    return any(known.bounds(tok.doc)[tok.left_edge.i:tok.right_edge.i + 1])


PARTITIVES = frozenset({"none", "neither", "either", "one", "some", "any", "all", "each",
                        "both", "most", "many", "few", "several"})


def whole(subj: Token) -> Token:
    """"none of its soldiers", "neither of its destroyers", "two of Russia's bombers": a
    part is on the side of the whole its "of" phrase names."""
    if subj.lower_ not in PARTITIVES and not subj.like_num:
        return subj
    return next((g for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"), subj)


def side(subj: Token | None, speaker: str | None, rules: StanceRules) -> tuple[str, str | None]:
    """``("own", None)`` for the speaker's side ("it", "we", "its forces", a mention
    coded as the speaker, a part of one of these), ``("other", code)`` for another coded
    party, else ``("none", None)``.  Remembered per settled Doc (:mod:`..entities.settled`):
    each claim's clauses are tried frame after frame, and each frame asks again."""
    if subj is None:
        return "none", None
    return remembered(subj.doc, ("side", subj.i, speaker), rules,
                      lambda: _side(subj, speaker, rules))


def _side(subj: Token, speaker: str | None, rules: StanceRules) -> tuple[str, str | None]:
    subj = whole(subj)
    low = subj.lower_
    if low in OWN_PRONOUNS:
        return "own", None
    for child in subj.children:
        if child.dep_ == "poss" and child.lower_ in POSSESSIVE_PRONOUNS and (
                child.lower_ in OWN_PRONOUNS or subj.lemma_.lower() in rules.own_heads):
            return "own", None
    codes = list(_codes(subj))
    if not codes and subj.pos_ == "NOUN":
        # "the military had executed four activists" after "Myanmar's military": the
        # generic head names the party the article named in full before
        codes = [code] if (code := actors.antecedent_code(subj)) else []
    if not codes and subj.pos_ == "PROPN":
        codes = [code] if (code := short_name_code(subj)) else []
    own = [c for c in codes if speaker and same_side(speaker, c, rules)]
    if codes[:1] and own[:1] == codes[:1]:
        return "own", None
    others = [c for c in codes if c not in own]
    if others and not own:
        return "other", others[0]
    return "none", None


def same_side(speaker: str, code: str, rules: StanceRules) -> bool:
    """The speaker's own code, or the state a ruling movement governs, or the movement
    that governs the speaker's state (``governing_groups``)."""
    return code == speaker or code in rules.governs.get(speaker, ()) \
        or speaker in rules.governs.get(code, ())


def short_name_code(tok: Token) -> str | None:
    """"the North had fired shells" after "North Korea": a proper noun after "the" that
    is the first word of a coded name the article gave before (nearest first) names the
    same party."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    reach = tok.i - actors.ANTECEDENT_REACH
    for ent in reversed([e for e in tok.doc.ents if reach <= e.start and e.end <= tok.i]):
        if len(ent) > 1 and ent[0].lower_ == tok.lower_ and ent._.actor:
            return ent._.actor.get("code")
    return None


def hostile_manner(verb: Token, rules: StanceRules) -> bool:
    """"was illegally granting", "deliberately targeted": the manner makes the act a
    wrong whatever the verb."""
    return any(c.dep_ == "advmod" and c.lower_ in rules.hostile_adverbs for c in verb.children)


def attempted_act(clause: Token, rules: StanceRules) -> Token:
    """"tried to hack the watchdog", "sought to destabilise the region", "continued to
    harbour militants": the infinitive tells the act whose doer is the subject of the
    attempt (or of going on); "planned the attack": the noun names it."""
    if clause.lemma_.lower() in rules.attempt_verbs | rules.aspect_verbs:
        for child in clause.children:
            if child.dep_ in ("xcomp", "pcomp") and child.pos_ == "VERB":
                return child
        for child in clause.children:
            if child.dep_ == "dobj" and child.pos_ == "NOUN":
                return child  # "had planned the attack", "plotted a coup": the act named
    return clause
