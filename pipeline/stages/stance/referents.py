"""What a denial's object refers back to (ANNOTATION.md, Pairs: by reference).

Why a module of its own: the claims stage links each denial to one best claim; the
reference itself says more.  A definite plural claim noun ("rejected the accusations",
"these reports") sums up several charges, each told in its own words ("attacked a
police post", "the raid"), so the stance pass pairs it with every earlier charge
against the denier, not only those whose words match the one picked.  A definite
singular one ("denied the charge", "rejected this accusation", "Baku's claim") names
one charge: the one the claims stage pointed it back to, with the claims retelling its
act, and no other charge (:mod:`.one_act`).
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span, Token

from ..claims.spans import partitive_noun


def _span(doc: Doc, ref: dict[str, Any] | None) -> Span | None:
    return doc.char_span(ref["start"], ref["end"], alignment_mode="expand") if ref else None


def _definite(noun: Token, determiners: frozenset[str]) -> bool:
    return any(c.dep_ == "poss" or (c.dep_ in ("det", "amod", "predet")
                                    and c.lower_ in determiners) for c in noun.children)


def referring_nouns(span: Span, quantifiers: frozenset[str]) -> list[Token]:
    """The denial's object ("all of these allegations": the allegations), or the subject
    of what it says of it ("said the allegations were baseless")."""
    root = partitive_noun(span.root, quantifiers)
    return [root, *(partitive_noun(c, quantifiers) for c in root.children
                    if c.dep_ in ("nsubj", "nsubjpass") and root.pos_ != "NOUN")]


def singular_references(doc: Doc, claims: list[dict[str, Any]], claim_nouns: frozenset[str],
                        determiners: frozenset[str],
                        quantifiers: frozenset[str] = frozenset()) -> set[str]:
    """Ids of denials whose object is a definite singular claim noun ("denied the
    charge", "rejected this accusation", "dismissed Baku's claim"): one charge, the one
    it points back to, however many charges against the denier came before."""
    out: set[str] = set()
    for denial in claims:
        span = _span(doc, denial.get("content")) if denial.get("kind") == "denial" else None
        if span is not None and any(
                n.tag_ == "NN" and n.lemma_.lower() in claim_nouns and _definite(n, determiners)
                and not any(c.dep_ == "conj" for c in n.children)
                for n in referring_nouns(span, quantifiers)):
            out.add(denial["id"])
    return out


def plural_references(doc: Doc, claims: list[dict[str, Any]], claim_nouns: frozenset[str],
                      determiners: frozenset[str],
                      quantifiers: frozenset[str] = frozenset()) -> set[str]:
    """Ids of denials whose object or subject is a definite plural claim noun ("rejected
    the accusations", "denied these reports", "said the allegations were baseless"):
    such a noun sums up every earlier charge against the denier, whatever act each
    tells in its own words ("attacked a police post", "the raid"), while a singular
    one ("the incident", "the accusation") refers to one act."""
    out: set[str] = set()
    for denial in claims:
        span = _span(doc, denial.get("content")) if denial.get("kind") == "denial" else None
        if span is None:
            continue
        if any(n.tag_ == "NNS" and n.lemma_.lower() in claim_nouns and _definite(n, determiners)
               for n in referring_nouns(span, quantifiers)):
            out.add(denial["id"])
    return out


def judged_references(doc: Doc, claims: list[dict[str, Any]], claim_nouns: frozenset[str],
                      determiners: frozenset[str],
                      quantifiers: frozenset[str] = frozenset()) -> set[str]:
    """Ids of denials that judge a definite plural claim noun, their content's subject
    ("said the accusations were a smokescreen for Kinshasa's failure to disarm the
    militias", "said the charges were an attempt to hide the army's own losses"): the
    rest of the content is the judgement, often the denier's own account of another
    party's acts, not the act denied, so its events do not narrow which charges the noun
    sums up."""
    out: set[str] = set()
    for denial in claims:
        span = _span(doc, denial.get("content")) if denial.get("kind") == "denial" else None
        if span is None or span.root.pos_ == "NOUN":
            continue
        if any(n.tag_ == "NNS" and n.lemma_.lower() in claim_nouns and _definite(n, determiners)
               for n in referring_nouns(span, quantifiers)[1:]):
            out.add(denial["id"])
    return out
