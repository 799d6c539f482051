"""Findings of an inquiry: "An investigation by the OPCW concluded that ...", "A report
by the UN mission documented the detention of ...", "A review by the IAEA found the
discharge consistent with ...".

Why apart from the verbs of saying: "find", "conclude", "document" tell a claim only
when an inquiry (a report, investigation, review, mission) does them — "troops found
weapons" tells none, and listing them as verbs of saying made claims of such sentences.
The inquiry's author ("by X", "of X") speaks; without one, the inquiry itself.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..entities.dictionary import ActorDictionary
from .attribution import clause_content, speaker_ref
from .draft import Draft
from .lexicon import Lexicon
from .spans import content_from_tokens, token_ref


def _author(inquiry: Token) -> Token:
    """"an investigation by the OPCW": the OPCW; else the inquiry itself."""
    for child in inquiry.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "of"):
            for grand in child.children:
                if grand.dep_ == "pobj" and grand.lemma_.lower() not in ("fact",):
                    return grand
    return inquiry


def finding_drafts(
    sent: Span, index: int, lex: Lexicon, book: ActorDictionary | None
) -> list[Draft]:
    """A claim for every finding verb whose subject is an inquiry noun."""
    drafts: list[Draft] = []
    for tok in sent:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in lex.finding_verbs or \
                any(c.dep_ == "neg" for c in tok.children):
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lemma_.lower() not in lex.inquiry_nouns:
            continue
        comps = [c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i]
        if comps:
            content, ctoks = clause_content(comps[0], tok, lex)
        else:  # "documented the detention of ...", "found the discharge consistent with ..."
            ctoks = [t for t in tok.subtree if t.i > tok.i]
            content = content_from_tokens(ctoks, lex)
        if content is None:
            continue
        author = _author(subj)
        drafts.append(Draft(
            sentence=index, kind="statement", rule="verb-finding",
            cue=token_ref(tok.doc, tok.i, tok.i), cue_token=tok,
            speaker=speaker_ref(author, book), speaker_token=author,
            content=content, content_tokens=ctoks,
        ))
    return drafts
