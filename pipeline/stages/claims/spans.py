"""Span building and trimming, always by slicing the raw text so that
``text[start:end] == span.text`` holds.

Gold conventions followed here: content leaves out the complementiser ("that"), the
comma that closes a fronted clause and the final period of indirect speech; a quote
left open inside the content gets its closing mark back ("had “come a long way,”").
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from ...extensions import doc_text
from ...schema import SpanRef, char_span_ref
from ..tokenizer import word_hyphen
from .lexicon import Lexicon

TRAIL = set(" \t\n,;:.—–-…")
LEAD = set(" \t\n,;:—–-")
COMPLEMENTISERS = frozenset({"that"})
STRANDED_DEPS = frozenset({"prep", "cc", "punct", "mark"})


def token_ref(doc: Doc, first: int, last: int) -> SpanRef:
    """Span from token ``first`` through token ``last`` (inclusive)."""
    start = doc[first].idx
    end = doc[last].idx + len(doc[last].text)
    return char_span_ref(doc_text(doc), start, end)


def tokens_ref(tokens: Iterable[Token]) -> SpanRef | None:
    toks = sorted(tokens, key=lambda t: t.i)
    if not toks:
        return None
    return token_ref(toks[0].doc, toks[0].i, toks[-1].i)


def _quote_balance(text: str, lex: Lexicon) -> int:
    """Open marks minus close marks; straight quotes count as opening when odd."""
    opened = sum(text.count(c) for c in lex.quote_open)
    closed = sum(text.count(c) for c in lex.quote_close)
    straight = sum(text.count(c) for c in lex.quote_toggle)
    return opened - closed + (straight % 2)


def trim_content(
    text: str, start: int, end: int, lex: Lexicon, keep_period: bool = False
) -> SpanRef | None:
    """Content span over ``[start, end)`` trimmed to the gold conventions.

    Quotation marks around the whole content go; a mark opened inside the content and
    closed just after the trimmed end is taken back in, with whatever lies between.
    """
    orig_end = end
    trail = TRAIL - ({"."} if keep_period else set())
    while start < end:
        if text[start] in LEAD or text[start] in lex.quote_open or text[start] in lex.quote_toggle:
            start += 1
        else:
            break
    while end > start:
        ch = text[end - 1]
        if ch in trail or ch in lex.quote_close or ch in lex.quote_toggle or \
                ch in lex.quote_open:  # an opening mark at the end starts the next quote
            end -= 1
        else:
            break
    if end <= start:
        return None
    if _quote_balance(text[start:end], lex) > 0:
        for j in range(end, orig_end):
            if text[j] in lex.quote_close or text[j] in lex.quote_toggle:
                end = j + 1
                break
    return char_span_ref(text, start, end)


def misread_complementiser(that: Token) -> bool:
    """"told a briefing that the Philippines had violated ...", parsed with "that" as a
    relative pronoun of the clause (an object, a dative): a clause with a subject of its
    own after "that" does not need it as a pronoun — it introduces what is said."""
    return that.tag_ == "WDT" and that.dep_ not in ("nsubj", "nsubjpass") and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i > that.i for c in that.head.children)


def told_that(that: Token, lex: Lexicon) -> bool:
    """"told a regular briefing that the Philippines had infringed ...": the parser may
    read "that" as a relative pronoun of a clause hung on the noun; with a subject of its
    own after "that", on a noun that names no claim (a briefing, a conference,
    reporters), the clause is what is told, not a relative clause of the noun."""
    clause = that.head
    return clause.dep_ == "relcl" and clause.head.lemma_.lower() not in lex.claim_nouns and \
        misread_complementiser(that)


def content_from_tokens(
    tokens: Iterable[Token], lex: Lexicon, keep_period: bool = False
) -> SpanRef | None:
    """Trimmed content over the contiguous range that ``tokens`` cover.

    A leading complementiser and trailing stranded prepositions ("denied
    responsibility for") are dropped before the character-level trim.
    """
    toks = sorted(set(tokens), key=lambda t: t.i)
    while toks and toks[0].lower_ in COMPLEMENTISERS and (
            toks[0].dep_ == "mark" or misread_complementiser(toks[0])):
        toks = toks[1:]
    while toks and (toks[-1].is_punct or (toks[-1].dep_ in STRANDED_DEPS and not list(
            toks[-1].children))):
        if toks[-1].is_quote:
            break
        toks = toks[:-1]
    if not toks:
        return None
    doc = toks[0].doc
    start = toks[0].idx
    end = toks[-1].idx + len(toks[-1].text)
    # extend over trailing quotes/punct of the range so a quote can be closed again
    nxt = toks[-1].i + 1
    limit = end
    while nxt < len(doc) and (doc[nxt].is_punct or doc[nxt].is_quote):
        limit = doc[nxt].idx + len(doc[nxt].text)
        nxt += 1
    ref = trim_content(doc_text(doc), start, limit, lex, keep_period)
    return ref


def subtree_tokens(token: Token, skip_deps: frozenset[str] = frozenset()) -> list[Token]:
    """``token``'s subtree without the subtrees of children whose relation is in ``skip_deps``."""
    out = [token]
    for child in token.children:
        if child.dep_ in skip_deps:
            continue
        out.extend(child.subtree)
    return sorted(out, key=lambda t: t.i)


NP_SKIP = frozenset({"relcl", "acl", "appos", "punct", "advcl", "parataxis", "ccomp", "case"})
TIME_LABELS = frozenset({"DATE", "TIME"})


def is_phrase_break(tok: Token) -> bool:
    """Punctuation that separates a dateline or parenthesis from a noun phrase's head:
    "ANKARA, March 3 (Reuters) - Turkey rejected ..." names Turkey, not Ankara.  A
    hyphen inside a word breaks nothing."""
    return tok.is_punct and not tok.is_quote and tok.tag_ != "POS" and not word_hyphen(tok)


def whole_words(doc: Doc, lo: int, hi: int) -> tuple[int, int]:
    """``lo``..``hi`` (token indices, inclusive) widened so that neither end cuts a
    hyphenated word ("the [New York-based group]", "[RED-Tabara]", not "based group")."""
    while lo >= 2 and word_hyphen(doc[lo - 1]):
        lo -= 2
    while hi + 2 < len(doc) and word_hyphen(doc[hi + 1]):
        hi += 2
    return lo, hi


def partitive_noun(head: Token, quantifiers: frozenset[str]) -> Token:
    """The noun a quantifier stands for ("all of these allegations", "each of the
    charges" -> "allegations", "charges"): the parser heads the phrase with the
    quantifier, but what is rejected or referred back to is the noun after "of"."""
    if head.lower_ not in quantifiers:
        return head
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            noun = next((g for g in prep.children if g.dep_ == "pobj"
                         and g.pos_ in ("NOUN", "PROPN")), None)
            if noun is not None:
                return noun
    return head


def noun_phrase(head: Token) -> list[Token]:
    """The noun phrase headed by ``head``: modifiers, "of"-complements and conjuncts,
    without relative clauses, appositions or surrounding punctuation."""
    toks = subtree_tokens(head, NP_SKIP)
    inside = {t.i for t in toks}
    toks = sorted(toks + [t for t in head.doc[toks[0].i:toks[-1].i + 1]
                          if t.i not in inside and word_hyphen(t)], key=lambda t: t.i)
    # "Turkey on Tuesday rejected": a time phrase the parser hung on the noun is no part of it
    for child in head.children:
        if child.dep_ == "prep" and any(t.ent_type_ in TIME_LABELS for t in child.subtree):
            dropped = {t.i for t in child.subtree}
            toks = [t for t in toks if t.i not in dropped]
    # keep one contiguous run around the head
    run = [t for t in toks if t.i <= head.i]
    lo = head.i
    for t in reversed(run):
        if t.i == lo:
            continue
        if t.i != lo - 1 or is_phrase_break(t):
            break
        lo = t.i
    hi = head.i
    for t in toks:
        if t.i == hi + 1:
            hi = t.i
    doc = head.doc
    lo, hi = whole_words(doc, lo, hi)
    while lo < head.i and (doc[lo].is_punct and not doc[lo].is_quote):
        lo += 1
    while hi > head.i and (doc[hi].is_punct or doc[hi].dep_ in ("cc", "prep")):
        hi -= 1
    # an opening quote whose partner lies inside the phrase stays; a dangling one goes
    while lo < head.i and doc[lo].is_quote and \
            not any(doc[k].is_quote for k in range(lo + 1, hi + 1)):
        lo += 1
    return [doc[k] for k in range(lo, hi + 1)]


DATELINE_DASHES = frozenset({"-", "—", "–", "--", "•"})
DATELINE_MAX_TOKENS = 15


def dateline_end(sent) -> int:
    """Index of the first token after a wire dateline ("KYIV, June 4 (Reuters) -",
    "TEHRAN (AP) —", "MINSK •"), or the sentence's first token when there is none.

    A dateline is an all-capitals place name opening the sentence, followed within a
    few tokens by a dash, with only capitalised words, numbers and punctuation between.
    """
    if not len(sent):
        return sent.start
    first = sent[0]  # most sentences open with no capitals word: decided by one token
    if not (first.is_upper and len(first.text) >= 3 and any(ch.isalpha() for ch in first.text)):
        return sent.start
    for tok in sent[1:DATELINE_MAX_TOKENS]:  # only the opening tokens are made
        if tok.text in DATELINE_DASHES:
            return tok.i + 1
        if tok.is_alpha and not (tok.is_title or tok.is_upper):
            return sent.start
    return sent.start


def charge_of(run: list[Token]) -> Token | None:
    """The "of" that opens the charge in "accused X of Y": the charge is what is said and
    X is the target, so the content is Y (as the gold of the corpus, the written sets
    and the stance probes has it).  The first "of" of a gerund ("accused a small number
    of forces of playing up ..."), else the only "of" of the phrase; with several and no
    gerund ("accused the head of the fleet of piracy") the parse cannot tell: None."""
    ofs = [t for t in run if t.lower_ == "of" and t.dep_ == "prep"]
    gerund = [p for p in ofs if any(c.tag_ == "VBG" for c in p.children)]
    if gerund:
        return gerund[0]
    return ofs[0] if len(ofs) == 1 else None


def without_occasion(toks: list[Token], heads: Iterable[Token], lex: Lexicon) -> list[Token]:
    """The words before when or where it was said, at the end ("rejected the accusations
    on Tuesday", "criticised the drills at a press briefing on Wednesday"): a date
    phrase, or one whose noun is a noun of saying (``nouns.json`` statement nouns), hung
    on the cue or on the object's head; deeper down ("denied reports of fighting on
    Tuesday") or before more words ("urged X on Monday to ...") it stays."""
    found = sorted((c for h in heads for c in h.children if c.dep_ in ("prep", "npadvmod")
                    and _occasion(c, lex)), key=lambda c: -c.i)
    for c in found:
        words = [t for t in toks if not t.is_punct]
        if words and c.left_edge.i > words[0].i and c.right_edge.i == words[-1].i:
            toks = [t for t in toks if t.i < c.left_edge.i]
    return toks


def _occasion(child: Token, lex: Lexicon) -> bool:
    # the day it was said ("on Tuesday", "last week"); a span of time the content
    # asks for or foresees ("urged calm during the coming days") stays
    noun = next((g for g in child.children if g.dep_ == "pobj"), child)
    return (noun.ent_type_ in ("DATE", "TIME")
            and (child.dep_ == "npadvmod" or child.lower_ == "on")) or (
        child.dep_ == "prep" and noun.lemma_.lower() in lex.nouns.attribution["statement"])


def without_addressee(verb: Token, comp: Token, toks: list[Token], lex: Lexicon) -> list[Token]:
    """"tells Reuters Tanzanian boats entered its waters", "told AFP Algerian drones had
    struck a truck": the parser glues a named addressee after a verb of telling onto the
    subject of the that-less clause (inside the clause, or as the verb's object with the
    clause left subjectless).  The addressee is not said: the content starts after it."""
    verbs, labels = lex.addressee
    doc = verb.doc
    if verb.lemma_.lower() not in verbs or verb.i + 1 >= len(doc):
        return toks
    first = doc[verb.i + 1]
    if first.ent_iob_ != "B" or first.ent_type_ not in labels:
        return toks
    end = next(e.end for e in doc.ents if e.start == first.i)
    if end >= comp.i:
        return toks  # "told Reuters that ...", "told AFP there had been ...": nothing glued
    if first in toks:
        return [t for t in toks if t.i >= end]
    obj = first.head if first.dep_ in ("compound", "amod") else None
    if obj is None or obj.head != verb or obj.dep_ not in ("dobj", "dative") or obj.i < end \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in comp.children):
        return toks
    return sorted([t for t in obj.subtree if t.i >= end] + toks, key=lambda t: t.i)
