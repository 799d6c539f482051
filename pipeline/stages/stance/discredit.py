"""Frames of a content that judges a claim or its source false (ANNOTATION.md, denial:
"discredits it or its source"): a discrediting word with the claim it judges, a verb of
making things up, a motive imputed to a claim, or a claim said not to match the facts.

Why apart from :mod:`.kinds`: these read what is said about a claim, not who did an act;
the kinds pass asks them first, since a denial comes first in the guide's order.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..claims.lexicon import Lexicon
from ..wordclasses import word_forms
from . import frames
from .rules import StanceRules
from .words import ContentWords, DocWords

DEMONSTRATIVES = frozenset({"this", "that", "it"})
NOMINAL = frozenset({"NOUN", "PROPN", "ADJ"})
BE = frozenset({"be"})


def discredits(content: Span, rules: StanceRules, lex: Lexicon,
               seen: ContentWords | None = None) -> bool:
    """The content calls a claim or its source false: a discrediting word with a claim
    noun it judges ("reports ... were unfounded", "the report as a smear campaign", "This
    is a lie"), or a verb of making things up ("Athens is inventing violations").
    ``seen``: the content's words read once (:mod:`.words`), so that only tokens whose
    word can matter are visited."""
    seen = seen or DocWords(content.doc).of(content)
    if any(t.pos_ == "VERB" for t in seen.having(rules.discrediting_verbs)) or \
            _motive_imputed(seen, rules) or _taken_as_ploy(seen, rules) or \
            said_untrue(content, rules, seen):
        return True
    if not seen.forms & rules.discrediting:
        return False
    words = [t for t in content if (t.pos_ in NOMINAL or t.tag_ == "VBN")
             and word_forms(t) & rules.discrediting]
    if not words:
        return False
    heads = [t for t in content if t.lemma_.lower() in rules.claim_heads
             or t.lower_ in rules.claim_heads]
    if all(w.lemma_.lower() in lex.hostile_lemmas for w in words):
        # "a provocation" judges a claim only when a claim is named ("the claim was a
        # provocation"); "This is a provocation" names a hostile act (accusation)
        heads = [t for t in heads if t.lower_ not in DEMONSTRATIVES | {"these", "which"}]
    return bool(heads)


def _motive_imputed(seen: ContentWords, rules: StanceRules) -> bool:
    """"the claims were designed to distract attention", "the charges are an attempt to
    divert attention", "the reports were part of a smear campaign": a claim named as the
    subject of a purpose, or said to be a ploy, imputes a motive to it — discrediting it,
    whatever the purpose."""
    for verb in seen.having(rules.motive_verbs | BE):
        lemma = verb.lemma_.lower()
        if lemma in rules.motive_verbs:
            if not any(c.dep_ in ("xcomp", "prep", "advcl") for c in verb.children):
                continue
        elif lemma != "be" or not any(_ploy(c, rules) for c in verb.children
                                      if c.dep_ == "attr"):
            continue
        if _claim_subject(verb, rules):  # conjoined or split verbs share the subject
            return True
    return False


# what a verb of calling takes "as" a ploy may be a pronoun standing for the claims the
# speaker has just named ("rejected the reports, describing them as part of a campaign")
TAKEN_PRONOUNS = frozenset({"them", "it", "this", "these", "those"})


def _taken_as_ploy(seen: ContentWords, rules: StanceRules) -> bool:
    """"describing them as part of a campaign to tarnish its image", "dismissed the
    findings as a ploy to isolate it": a claim (or a pronoun for one) that a verb takes
    *as* a ploy has a motive imputed to it, as when the ploy is its predicate."""
    for noun in seen.having(rules.motive_nouns):
        if noun.pos_ != "NOUN":
            continue
        top = noun.head.head if noun.head.lower_ == "of" and noun.head.head.lemma_ == "part" \
            else noun
        if top.dep_ != "pobj" or top.head.lower_ != "as" or not _ploy(top, rules):
            continue
        holder = top.head.head
        taken = [c for c in holder.children if c.dep_ == "dobj"] if holder.pos_ in \
            frames.VERBAL else [holder]
        if any(t.lemma_.lower() in rules.claim_heads or t.lower_ in TAKEN_PRONOUNS
               for t in taken):
            return True
    return False


def refuses_blame(content: Span, speaker: str | None, rules: StanceRules,
                  seen: ContentWords) -> bool:
    """"Pakistan should not blame Afghanistan for its failures", "Pristina must stop
    accusing Serbs": a verb of blaming, with an object, under a negated modal or a verb
    of stopping, with another party as its subject — the speaker rejects that party's
    charge (ANNOTATION.md, denial: "rejects a claim or an accusation").  Said of the
    speaker's own side ("we should not blame anyone") it states a resolve."""
    for verb in seen.having(rules.blame_verbs):
        if verb.pos_ != "VERB" or not any(c.dep_ == "dobj" for c in verb.children):
            continue
        clause = verb
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in rules.stop_verbs:
            clause = verb.head  # "must stop accusing": the stop verb carries the subject
        elif not (frames.modal(verb, rules) and frames.adverb_negated(verb)):
            continue
        if frames.side(frames.subject(clause), speaker, rules)[0] != "own" and \
                frames.subject(clause) is not None:
            return True
    return False


def _ploy(attr: Token, rules: StanceRules) -> bool:
    """"an attempt to divert attention", "part of a campaign by the West"."""
    if attr.lemma_.lower() == "part":
        attr = next((g for c in attr.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"), attr)
    return attr.lemma_.lower() in rules.motive_nouns


def _claim_subject(verb: Token, rules: StanceRules) -> bool:
    subj = frames.subject(verb)
    return subj is not None and subj.lower_ not in DEMONSTRATIVES | {"which"} and \
        subj.lemma_.lower() in rules.claim_heads


def said_untrue(content: Span, rules: StanceRules, seen: ContentWords | None = None) -> bool:
    """"the accusations did not correspond to reality", "the report does not reflect the
    facts", "the claims do not match the facts on the ground": a named claim said not to
    agree with the facts is called false, with no discrediting word at all.

    The verb must be negated and take a fact noun: "the statement does not reflect the
    government's position" disowns a text, it does not call a charge false."""
    seen = seen or DocWords(content.doc).of(content)
    for verb in seen.having(rules.truth_verbs | BE):
        if verb.lemma_ == "be" and frames.negated(verb) and _claim_subject(verb, rules) and any(
                c.dep_ == "acomp" and c.lemma_.lower() in rules.truth_adjectives
                for c in verb.children):
            return True  # "the information was not consistent with reality"
        if verb.lemma_.lower() not in rules.truth_verbs or not frames.negated(verb):
            continue
        subj = frames.subject(verb)
        if not _claim_subject(verb, rules):
            continue
        if any(t.lemma_.lower() in rules.fact_nouns for t in verb.subtree
               if t.dep_ in ("dobj", "pobj") and t not in subj.subtree):
            return True
    return False


ABOUT_PREPS = frozenset({"about", "against", "on", "regarding", "concerning", "over"})


def false_about_own(content: Span, speaker: str | None, rules: StanceRules,
                    lex: Lexicon, seen: ContentWords | None = None,
                    answering: bool = False) -> bool:
    """"Morocco was spreading lies about its army", "Washington was peddling falsehoods
    about Venezuela", said by the side the falsehoods are about: a discrediting noun that
    another party spreads, about the speaker's side, is what that party claims, called
    false (ANNOTATION.md, denial: "discredits it or its source").  About someone else
    ("disinformation about the vote") it judges no charge against the speaker.
    ``answering``: the speaker's side is accused in the article; then falsehoods it says
    others spread, about no one named ("accused officials of spreading lies to justify
    their deals"), are the charges against it, called false — a counter-charge that
    denies."""
    if seen is not None and not seen.forms & rules.discrediting:
        return False
    for word in content:
        if word.dep_ != "dobj" or word.head.lemma_.lower() not in rules.spreading_verbs or \
                not word_forms(word) & rules.discrediting or \
                word.lemma_.lower() in lex.hostile_lemmas:
            continue
        about = [g for host in (word, word.head) for p in host.children
                 if p.dep_ == "prep" and p.lower_ in ABOUT_PREPS
                 for g in p.children if g.dep_ == "pobj"]
        if any(frames.side(g, speaker, rules)[0] == "own" for g in about) or \
                (answering and not about):
            return True
    return False


def discredits_any(content: Span, speaker: str | None, rules: StanceRules, lex: Lexicon,
                   seen: ContentWords, answering: bool = False) -> bool:
    """Whether the content discredits a claim or its source in any of the ways below:
    the kinds pass asks this first (a denial comes first in the guide's order).
    ``answering``: the speaker's side is accused in the article (:func:`false_about_own`)."""
    return discredits(content, rules, lex, seen) or \
        false_about_own(content, speaker, rules, lex, seen, answering) or \
        no_proof(content, speaker, rules, lex, seen)


def no_proof(content: Span, speaker: str | None, rules: StanceRules, lex: Lexicon,
             seen: ContentWords) -> bool:
    """"Israel has never provided evidence for its allegations", "Moscow offered no
    proof", "they have not presented any evidence": a party said to have offered no
    evidence is said to make an unfounded claim — the speaker discredits it
    (ANNOTATION.md, denial: "discredits it or its source").  Said of the speaker's own
    side ("we have not shared the evidence yet") it discredits nothing; "found no
    evidence" is an observation, not a charge left unproven (:mod:`.kinds`)."""
    for noun in seen.having(lex.held_evidence):
        verb = noun.head
        if noun.dep_ != "dobj" or verb.lemma_.lower() not in rules.proof_verbs or \
                not frames.negated(verb) or frames.modal(verb, rules):
            continue
        if frames.side(frames.subject(verb), speaker, rules)[0] != "own":
            return True
    return False


def acted_lawfully(clause: Token, rules: StanceRules) -> bool:
    """"he was paying people legally", "the transfers were lawful", "its troops acted
    within the law", "the drills were held in accordance with international law":
    conduct told as lawful answers the charge that it was a wrong — a denial
    (ANNOTATION.md, denial: "rejects ... a claim"); negated ("had not acted within the
    law") it is a charge, not a defence."""
    if clause.pos_ not in frames.VERBAL or frames.negated(clause) or frames.modal(clause, rules):
        return False
    for child in clause.children:
        # "paying them legally for their work": the parser may hang the adverb on a
        # preposition of the clause
        if any(m.dep_ == "advmod" and m.lower_ in rules.lawful_adverbs
               for m in (child, *child.children) if child.dep_ in ("advmod", "prep")):
            return True
        if child.dep_ == "acomp" and child.lemma_.lower() in rules.lawful_adjectives:
            return True
        if child.dep_ == "prep" and _under_law(child, rules):
            return True
    return False


def _under_law(prep: Token, rules: StanceRules) -> bool:
    """"within the law", "in accordance with (international) law", "in line with the
    rules"."""
    for noun in (g for g in prep.children if g.dep_ == "pobj"):
        lemma = noun.lemma_.lower()
        if prep.lower_ in rules.within_preps and lemma in rules.law_nouns:
            return True
        if prep.lower_ == "in" and lemma in rules.conformity_nouns and any(
                g.lemma_.lower() in rules.law_nouns for p in noun.children
                if p.dep_ == "prep" and p.lower_ == "with" for g in p.children
                if g.dep_ == "pobj"):
            return True
    return False


def judges_charge(cue: Token | None, rule: str, rules: StanceRules, lex: Lexicon) -> bool:
    """"called the investigation a political persecution", "branded the charges a
    witch hunt": a verb of calling whose object is a claim or an inquiry, named by a
    condemning word (the claims stage's ``verb-call-condemn``), judges the charge or
    its source, not an act — a denial (ANNOTATION.md, denial: "discredits it or its
    source"), where "called the strike a violation" accuses."""
    if cue is None or not rule.startswith("verb-call-condemn"):
        return False
    return any(c.dep_ == "dobj" and c.pos_ == "NOUN" and (
        c.lemma_.lower() in rules.claim_heads or c.lemma_.lower() in lex.inquiry_nouns)
        for c in cue.children)
