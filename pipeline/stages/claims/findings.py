"""Claims whose cue is no plain verb of saying with a clause: the findings of an inquiry
("An investigation by the OPCW concluded that ...", "A report by the UN mission
documented the detention of ...", "A review by the IAEA found the discharge consistent
with ..."), commitments told by an infinitive ("vowed to retaliate"), and evidence a
party holds of another's act ("the bloc has collected evidence of Iran's delivery of
missiles": ANNOTATION.md names it an accusation).

Why apart from the verbs of saying: "find", "conclude", "document" tell a claim only
when an inquiry (a report, investigation, review, mission) does them — "troops found
weapons" tells none, and listing them as verbs of saying made claims of such sentences.
The inquiry's author ("by X", "of X") speaks; without one, the inquiry itself.

Each function looks only at ``cues``: the sentence's tokens, in order, that pass
:func:`.cues.cue_test` (which names every lemma these functions test first).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from ...schema import SpanRef
from ..entities.dictionary import ActorDictionary
from . import actors
from .attribution import clause_content, speaker_ref, subject_of
from .draft import Draft
from .lexicon import Lexicon
from .spans import content_from_tokens, token_ref


def _statement(index: int, rule: str, cue: Token, speaker: Token,
               book: ActorDictionary | None, ctoks: list[Token], content: SpanRef) -> Draft:
    """A statement draft (the stance pass settles its kind from the content)."""
    return Draft(sentence=index, kind="statement", rule=rule,
                 cue=token_ref(cue.doc, cue.i, cue.i), cue_token=cue,
                 speaker=speaker_ref(speaker, book), speaker_token=speaker,
                 content=content, content_tokens=ctoks)


def _negated(noun: Token) -> bool:
    """"no evidence", "no sign": the noun is said not to exist."""
    return any(c.dep_ in ("det", "neg") and c.lower_ in ("no", "not") for c in noun.children)


def _author(inquiry: Token) -> Token:
    """"an investigation by the OPCW": the OPCW; else the inquiry itself."""
    for child in inquiry.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "of"):
            for grand in child.children:
                if grand.dep_ == "pobj":
                    return grand
    return inquiry


def finding_drafts(
    index: int, lex: Lexicon, book: ActorDictionary | None, cues: Sequence[Token]
) -> list[Draft]:
    """A claim for every finding verb whose subject is an inquiry noun."""
    drafts: list[Draft] = []
    for tok in cues:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in lex.finding_verbs or \
                any(c.dep_ == "neg" for c in tok.children):
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lemma_.lower() not in lex.inquiry_nouns or any(
                _negated(c) for c in tok.children if c.dep_ == "dobj"):
            continue  # "the inquiry found no evidence": a finding of nothing, left out
        comps = [c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i]
        if comps:
            content, ctoks = clause_content(comps[0], tok, lex)
        else:  # "documented the detention of ...", "found the discharge consistent with ..."
            ctoks = [t for t in tok.subtree if t.i > tok.i]
            content = content_from_tokens(ctoks, lex)
        if content is None:
            continue
        drafts.append(_statement(index, "verb-finding", tok, _author(subj), book, ctoks,
                                 content))
    return drafts


def infinitive_drafts(
    index: int, lex: Lexicon, book: ActorDictionary | None, cues: Sequence[Token]
) -> list[Draft]:
    """"Ankara vowed to retaliate", "She pledged to press ahead with the reforms": a
    verb of commitment with an infinitive and no other complement says the infinitive."""
    drafts: list[Draft] = []
    for tok in cues:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in lex.infinitive_verbs or \
                any(c.dep_ in ("neg", "ccomp", "dobj", "mark") for c in tok.children):
            continue
        inf = next((c for c in tok.children if c.dep_ == "xcomp" and c.i > tok.i
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        subj = subject_of(tok)
        if inf is None or subj is None:
            continue
        ctoks = list(inf.subtree)
        content = content_from_tokens(ctoks, lex)
        if content is not None:
            drafts.append(_statement(index, "verb-infinitive", tok, subj, book, ctoks, content))
    return drafts


def evidence_drafts(
    index: int, lex: Lexicon, book: ActorDictionary | None, cues: Sequence[Token]
) -> list[Draft]:
    """"The bloc has collected evidence of Iran's delivery of missiles to Russia", "Seoul
    says it has proof that ...": evidence a speaker holds of another party's act accuses
    that party (the first coded party of the content that is not the speaker); evidence
    of nobody else's act makes no claim."""
    drafts: list[Draft] = []
    for tok in cues:
        if tok.dep_ != "dobj" or tok.lemma_.lower() not in lex.held_evidence or \
                tok.head.pos_ != "VERB" or tok.head.dep_ in ("ccomp", "xcomp") or \
                _negated(tok):
            continue  # held in what another claim says, or none held: no claim of its own
        ctoks = next(([t for g in c.children for t in g.subtree] for c in tok.children
                      if c.dep_ == "prep" and c.lower_ == "of"), [])
        subj = subject_of(tok.head)
        content = content_from_tokens(ctoks, lex) if ctoks else None
        if subj is None or content is None:
            continue
        draft = _statement(index, "noun-evidence", tok, subj, book, ctoks, content)
        others = [code for _, code in actors.mentions(ctoks) if code != draft.speaker_code]
        if others:  # evidence of one's own deeds ("of its successes") accuses nobody
            draft.kind, draft.target = "accusation", others[0]
            drafts.append(draft)
    return drafts
