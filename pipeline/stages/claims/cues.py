"""Find cues in one sentence and build a draft claim for each.

Cue shapes, all read from the lexicon and the parse:

- a reporting, accusation or denial verb with a complement clause, a fronted clause
  or (for object-taking verbs) an object;
- "deem X responsible for ...", "level charges against X";
- an attribution noun with an agent and a content ("a disclosure by the Russian state
  media about ..."); without a content, such a noun only names the source of an
  impersonal cue ("In a release by Interfax, it was revealed that ...");
- "according to X";
- a quotation followed by a bare name ('"...," Amir-Abdollahian.').
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...extensions import doc_text
from ..entities.dictionary import ActorDictionary
from . import actors
from .attribution import (
    agent_of,
    clause_content,
    fronted_content,
    is_pronoun,
    noun_content,
    object_content,
    prune_cues,
    speaker_ref,
    subject_of,
    verb_key,
)
from .draft import Draft
from .lexicon import Lexicon
from .quotes import Region
from .spans import content_from_tokens, dateline_end, noun_phrase, token_ref, trim_content

SKIP_CUE_DEPS = frozenset({"amod", "compound", "nmod"})


def _cue_ref(tok: Token):
    """The cue span: the verb, with its particle for phrasal verbs."""
    prt = [c for c in tok.children if c.dep_ == "prt" and c.i == tok.i + 1]
    return token_ref(tok.doc, tok.i, prt[0].i if prt else tok.i)


def _sources(sent: Span, lex: Lexicon) -> list[Token]:
    """Agents of attribution nouns and "according to" objects in the sentence."""
    out: list[Token] = []
    for tok in sent:
        if tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in lex.noun_kind:
            agent = agent_of(tok, lex)
            if agent is not None:
                out.append(agent)
        if tok.lower_ == "according":
            for child in tok.children:
                if child.lower_ == "to":
                    out.extend(g for g in child.children if g.dep_ == "pobj")
    return out


def _gerund_complement(verb: Token) -> Token | None:
    """An -ing clause after the cue ("denied targeting ...", "denies having sent ...")."""
    for child in verb.children:
        if child.dep_ in ("xcomp", "ccomp", "dobj") and child.tag_ == "VBG" and child.i > verb.i:
            return child
    return None


def _deem_adjective(verb: Token, lex: Lexicon) -> Token | None:
    """"held X responsible for ...": the adjective, as a complement of the verb or (as the
    parser often has it) a modifier after the object."""
    if verb.lemma_.lower() not in lex.deem_verbs:
        return None
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) and \
            not any(c.dep_ == "agent" for c in verb.children):
        return None  # "X must be held accountable": the holder is someone else's claim
    for child in verb.children:
        if child.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and \
                child.lemma_.lower() in lex.deem_adjectives:
            return child
        if child.dep_ == "dobj":
            for grand in child.children:
                if grand.dep_ == "amod" and grand.i > child.i and \
                        grand.lemma_.lower() in lex.deem_adjectives:
                    return grand
    return None


def _light_accusation(verb: Token, lex: Lexicon) -> Token | None:
    """The object of "level charges", "make accusations" (the charge noun), if any."""
    if verb.lemma_.lower() not in lex.light_verbs:
        return None
    for child in verb.children:
        if child.dep_ == "dobj" and child.lemma_.lower() in lex.light_nouns:
            return child
    return None


def _call_denial(verb: Token, lex: Lexicon) -> Token | None:
    """"X called the claims baseless": the claim noun object, when a denial adjective
    predicates of it."""
    if verb.lemma_.lower() not in lex.call_denial:
        return None
    dobj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if dobj is None:
        # headlines: "Washington calls claim 'absurd'" parses the noun as a verb
        dobj = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.i > verb.i
                     and c.lower_ in lex.claim_nouns | {n + "s" for n in lex.claim_nouns}), None)
    if dobj is None or dobj.lemma_.lower() not in lex.claim_nouns and \
            dobj.lower_.rstrip("s") not in lex.claim_nouns:
        return None
    for tok in verb.subtree:
        if tok.lemma_.lower() in lex.denial_adjectives and tok.i > dobj.i:
            return dobj
    return None


def _without_as(noun: Token) -> list[Token]:
    """A noun phrase without its "as ..." predicate ("the allegations as fake news")."""
    drop = {t.i for c in noun.children if c.dep_ == "prep" and c.lower_ == "as"
            for t in c.subtree}
    run: list[Token] = []
    for t in noun_phrase(noun):
        if t.i in drop:
            if t.i > noun.i:
                break
            continue
        run.append(t)
    return run


def _shifted_object(verb: Token) -> Token | None:
    """"rejected as \"fabricated\" a Russian claim that ...": a heavy object moved after the
    "as" phrase, which the parser hangs on the participle."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "as" and child.i > verb.i:
            for grand in child.children:
                if grand.dep_ == "pcomp":
                    obj = next((g for g in grand.children if g.dep_ == "dobj"), None)
                    if obj is not None:
                        return obj
    return None


def _relative_subject(verb: Token, subj: Token | None, lex: Lexicon) -> Token | None:
    """"..., a charge both governments rejected" parsed with two subjects: the earlier one,
    a claim noun, is what the verb's relative clause is about."""
    if subj is None:
        return None
    for child in verb.children:
        if child.dep_ == "nsubj" and child.i < subj.i and child is not subj and \
                child.lemma_.lower() in (lex.anaphoric | lex.claim_nouns):
            return child
    return None


def _attribution_that(verb: Token, lex: Lexicon) -> Token | None:
    """"said in a statement that ...", "said in a report seen by Reuters that ...": the
    parser hangs the that-clause on the noun; the content starts after "that"."""
    for child in verb.children:
        if child.i < verb.i:
            continue
        if child.dep_ == "dobj":
            # "told a news conference that ...", parsed as a relative clause of the object
            if verb_key(child.head, lex.verb_kind) in lex.object_content:
                continue
        elif child.dep_ != "prep" or not any(
                g.dep_ == "pobj" and g.lemma_.lower() in lex.noun_kind for g in child.children):
            continue
        for tok in verb.doc[child.i:verb.right_edge.i + 1]:
            if tok.lower_ == "that" and tok.dep_ == "mark":
                return tok
    return None


def _headline_subject(verb: Token) -> Token | None:
    """A name the parser made a compound of the cue ("Tehran rejects IAEA report")."""
    for child in verb.children:
        if child.dep_ == "compound" and child.i < verb.i and child.ent_type_:
            return child
    return None


def _passive_subject(verb: Token) -> Token | None:
    """The subject of a passive cue ("the allegations were rejected"), not "it"."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return None if subj is None or is_pronoun(subj) else subj


def _of_for_object(verb: Token) -> list[Token]:
    """What someone is accused of or blamed for: the "of"/"for" phrase of the verb."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "for"):
            inner = sorted((t for c in prep.children for t in c.subtree), key=lambda t: t.i)
            if inner:
                return inner
    return []


def _punct_before(tok: Token) -> bool:
    """Whether the cue's clause opens after a comma or quote ('"...," he said')."""
    first = tok.left_edge
    if first.i < tok.i and (first.is_punct or first.is_quote):
        return True  # the clause itself opens with the comma or quote
    return first.i > tok.sent.start and (first.nbor(-1).is_punct or first.nbor(-1).is_quote)


def verb_drafts(
    sent: Span, index: int, lex: Lexicon, book: ActorDictionary | None
) -> list[Draft]:
    """Drafts for every verb cue of the sentence."""
    drafts: list[Draft] = []
    sources = _sources(sent, lex)
    for tok in sent:
        if tok.dep_ in SKIP_CUE_DEPS or (tok.pos_ not in ("VERB", "AUX") and tok.dep_ != "ROOT"):
            continue
        if any(c.dep_ == "neg" for c in tok.children):
            continue  # "would not disclose", "did not deny": no claim is made
        key = verb_key(tok, lex.verb_kind)
        kind = lex.verb_kind_of(key)
        deem = _deem_adjective(tok, lex)
        light = _light_accusation(tok, lex)
        called = _call_denial(tok, lex)
        if kind is None and deem is None and light is None and called is None:
            continue
        subj = subject_of(tok)
        if subj is None and tok.dep_ == "ROOT":
            subj = _headline_subject(tok)
        content, ctoks, rule, head = None, [], "", None
        relative = False
        comps = [c for c in tok.children if c.dep_ == "ccomp"]
        dobj = next((c for c in tok.children if c.dep_ == "dobj"), None) or _shifted_object(tok)
        rel_subj = _relative_subject(tok, subj, lex) if dobj is None else None
        that = _attribution_that(tok, lex)
        if that is not None and comps and comps[0].i < that.i:
            that = None
        if called is not None:
            kind, rule = "denial", "verb-call-false"
            ctoks = [t for t in noun_phrase(called) if t.i <= called.i] if called.pos_ == "VERB" \
                else _without_as(called)
            content, head = content_from_tokens(ctoks, lex), called
        elif deem is not None:
            kind, rule = "accusation", "verb-deem-responsible"
            ctoks = list(deem.subtree)
            content = content_from_tokens(ctoks, lex)
        elif light is not None and kind is None:
            adjoined = [c for c in tok.children if c.dep_ in ("advcl", "xcomp", "conj")]
            if any(lex.verb_kind_of(verb_key(c, lex.verb_kind)) == "accusation" for c in adjoined):
                continue  # the participle ("..., accusing it of") carries the claim
            kind, rule = "accusation", "verb-light-accusation"
            ctoks = noun_phrase(light)
            content, head = content_from_tokens(ctoks, lex), light
        elif rel_subj is not None and kind == "denial":
            rule, relative, head = "verb-relative", True, rel_subj
            ctoks = noun_phrase(rel_subj)
            content = content_from_tokens(ctoks, lex)
        elif that is not None:
            rule = "verb-attribution-that"
            ctoks = prune_cues([t for t in tok.doc[that.i + 1:tok.right_edge.i + 1]], that, lex)
            content = content_from_tokens(ctoks, lex)
        elif kind in ("denial", "accusation") and dobj is not None and dobj.i > tok.i and \
                key in lex.object_content and not is_pronoun(dobj) and \
                comps and comps[0].i < tok.i:
            # headline "Pakistan blames India ...; New Delhi denies role": the object
            rule, head = "verb-object", dobj
            content, ctoks = object_content(tok, dobj, lex)
        elif tok.dep_ in ("relcl", "ccomp", "acl") and tok.head.i < tok.i and (
            dobj is None or dobj.lower_ in ("that", "which")
        ) and tok.head.lemma_.lower() in (lex.anaphoric | lex.claim_nouns):
            # "accusations that Armenia denied": the content is the noun itself
            rule, relative, head = "verb-relative", True, tok.head
            ctoks = [t for t in noun_phrase(tok.head) if t.i < tok.left_edge.i] or [tok.head]
            content = content_from_tokens(ctoks, lex)
        elif comps and comps[0].i > tok.i:
            rule = "verb-ccomp"
            content, ctoks = clause_content(comps[0], tok, lex)
        elif (comps and comps[0].i < tok.i) or (
            tok.dep_ in ("parataxis", "ccomp") and tok.head.i < tok.i and dobj is None
            and tok.head.pos_ in ("VERB", "AUX") and _punct_before(tok)
        ):
            rule = "verb-fronted"
            content, ctoks = fronted_content(sent, tok, subj if subj is not None and subj.i < tok.i
                                             else None, lex)
        elif dobj is None and kind == "denial" and key in lex.object_content and \
                (passive := _passive_subject(tok)) is not None:
            # "Allegations by Kyiv that ... were rejected by the Kremlin": the subject
            rule, head = "verb-passive-object", passive
            content, ctoks = object_content(tok, passive, lex)
        elif dobj is None and kind == "accusation" and \
                (passive := _passive_subject(tok)) is not None and \
                (inner := _of_for_object(tok)):
            # "Iran was accused by Ukraine of supplying drones": the accused is the subject
            rule, head, ctoks = "verb-passive-accused", passive, inner
            content = content_from_tokens(ctoks, lex)
        elif dobj is not None and key in lex.object_content:
            rule, head = "verb-object", dobj
            content, ctoks = object_content(tok, dobj, lex)
            if tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN"):
                relative = True
        elif kind == "denial" and (gerund := _gerund_complement(tok)) is not None:
            # "Moscow denied targeting civilian infrastructure": the act denied
            rule, head = "verb-gerund", gerund
            ctoks = list(gerund.subtree)
            content = content_from_tokens(ctoks, lex)
        if content is None or kind is None:
            continue
        if key in lex.denial_needs_claim_object and rule == "verb-object" and head is not None \
                and head.lemma_.lower() not in (lex.anaphoric | lex.claim_nouns):
            continue  # "ruled this out" of a proposal rejects an idea, not a claim
        speaker = None
        if subj is not None and not (subj.lower_ == "it" and any(
                c.dep_ == "auxpass" for c in tok.children)):
            speaker = speaker_ref(subj, book)
        elif sources:
            subj = sources[0]
            speaker = speaker_ref(subj, book)
            rule += "+source"
        drafts.append(Draft(
            sentence=index, kind=kind, rule=rule, cue=_cue_ref(tok), cue_token=tok,
            speaker=speaker, speaker_token=subj, content=content, content_tokens=ctoks,
            content_head=head, relative=relative,
        ))
    return drafts


def noun_drafts(
    sent: Span, index: int, lex: Lexicon, book: ActorDictionary | None
) -> list[Draft]:
    """Attribution nouns with both an agent and a content."""
    drafts: list[Draft] = []
    for tok in sent:
        if tok.pos_ not in ("NOUN", "PROPN"):
            continue
        kind = lex.noun_kind.get(tok.lemma_.lower())
        if kind is None:
            continue
        agent = agent_of(tok, lex)
        if agent is None:
            continue
        content, ctoks = noun_content(tok, lex)
        if content is None:
            continue
        drafts.append(Draft(
            sentence=index, kind=kind, rule="noun-agent", cue=token_ref(tok.doc, tok.i, tok.i),
            cue_token=tok, speaker=speaker_ref(agent, book), speaker_token=agent,
            content=content, content_tokens=ctoks,
        ))
    return drafts


def according_drafts(
    sent: Span, index: int, lex: Lexicon, book: ActorDictionary | None
) -> list[Draft]:
    """ "according to X": the rest of the clause is X's content."""
    drafts: list[Draft] = []
    for tok in sent:
        if tok.lower_ != "according":
            continue
        to = next((c for c in tok.children if c.lower_ == "to"), None)
        pobj = next((g for g in to.children if g.dep_ == "pobj"), None) if to else None
        if pobj is None:
            continue
        phrase = set(tok.subtree)
        begin = dateline_end(sent)
        ctoks = [t for t in sent if t not in phrase and t.i >= begin]
        content = content_from_tokens(ctoks, lex)
        if content is None:
            continue
        drafts.append(Draft(
            sentence=index, kind="statement", rule="according-to",
            cue=token_ref(tok.doc, tok.i, to.i if to else tok.i), cue_token=tok,
            speaker=speaker_ref(pobj, book), speaker_token=pobj, content=content,
            content_tokens=ctoks,
        ))
    return drafts


def impersonal_drafts(
    sent: Span, index: int, lex: Lexicon, book: ActorDictionary | None, others: list[Draft]
) -> list[Draft]:
    """ "The drones are believed to have been launched from Belarus": a raised passive
    says something is believed (alleged, reported, ...) without saying by whom.  The
    content runs from the subject to the end of the infinitive; inside another claim's
    content ("accusing it of supplying drones, which are believed to be used ...") it
    is part of that claim."""
    drafts: list[Draft] = []
    for tok in sent:
        kind = lex.raised_passive.get(tok.lemma_.lower())
        if kind is None or tok.pos_ not in ("VERB", "AUX") or \
                not any(c.dep_ == "auxpass" for c in tok.children) or \
                any(c.dep_ == "neg" for c in tok.children):
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        comp = next((c for c in tok.children if c.dep_ == "xcomp"), None)
        if subj is None or comp is None or comp.i < tok.i or is_pronoun(subj) or \
                subj.tag_ in ("WDT", "WP") or subj.lower_ == "it":
            continue
        if any(_inside(_cue_ref(tok), o.content) for o in others):
            continue
        ctoks = list(tok.doc[subj.left_edge.i:comp.right_edge.i + 1])
        content = content_from_tokens(ctoks, lex)
        if content is None:
            continue
        agent = subject_of(tok) if any(c.dep_ == "agent" for c in tok.children) else None
        drafts.append(Draft(
            sentence=index, kind=kind, rule="impersonal-passive", cue=_cue_ref(tok),
            cue_token=tok, speaker=speaker_ref(agent, book) if agent is not None else None,
            speaker_token=agent, content=content, content_tokens=ctoks,
        ))
    return drafts


def quote_name_drafts(
    sent: Span, index: int, lex: Lexicon, book: ActorDictionary | None, quotes: list[Region]
) -> list[Draft]:
    """A quotation closed by nothing but a name: '"...," Amir-Abdollahian.'"""
    text = doc_text(sent.doc)
    for start, end in quotes:
        if not (sent.start_char <= start and end <= sent.end_char):
            continue
        tail = [t for t in sent if t.idx > end]
        words = [t for t in tail if not t.is_punct]
        if not words or not all(t.pos_ == "PROPN" for t in words):
            continue
        if start - 1 > sent.start_char and text[sent.start_char:start - 1].strip():
            continue
        content = trim_content(text, start, end, lex)
        if content is None:
            continue
        speaker = {**token_ref(sent.doc, words[0].i, words[-1].i), "actor": None,
                   "resolved": None, "_sector": None}
        actor = actors.token_actor(words[-1], book)
        speaker["actor"] = actors.code_of(actor)
        return [Draft(sentence=index, kind="statement", rule="quote-name", speaker=speaker,
                      speaker_token=words[-1], content=content)]
    return []


WEAK_KINDS = frozenset({"statement", "report", "claim"})


def _inside(ref, outer) -> bool:
    return bool(ref and outer and outer["start"] <= ref["start"] and ref["end"] <= outer["end"])


def _nested(draft: Draft, others: list[Draft], quotes: list[Region]) -> bool:
    """A weak cue inside another claim's content ("Minsk said it would ... disclose",
    "the Kremlin said Putin and Lukashenko confirmed ...") or a charge noun phrase inside
    a quotation or another content is part of that claim, not a claim of its own."""
    light = draft.rule.startswith("verb-light")
    if light and draft.cue and any(s <= draft.cue["start"] < e for s, e in quotes):
        return True
    if draft.kind not in WEAK_KINDS and not light:
        return False
    return any(o is not draft and _inside(draft.cue, o.content)
               and not _inside(o.cue, draft.content) for o in others)


def _resumed_quote(draft: Draft, sent: Span, quotes: list[Region], lex: Lexicon) -> None:
    """'"We will respond," he said, "and soon."': a quote broken by its cue goes on after
    it; the content runs from the first part to the end of the second."""
    if not draft.rule.startswith("verb-fronted") or not draft.cue or not draft.content:
        return
    text = doc_text(sent.doc)
    cue_end = draft.cue["end"]
    marks = "".join(lex.quote_open | lex.quote_toggle) + " "
    for start, end in quotes:
        if not (cue_end < start and end <= sent.end_char):
            continue
        between = text[cue_end:start]
        if len(between) <= MAX_CUE_TAIL and not any(ch in between for ch in ".;!?") and \
                between.rstrip(marks).endswith(","):
            ref = trim_content(text, draft.content["start"], end, lex)
            if ref:
                draft.content = ref
                draft.content_tokens = [t for t in sent if ref["start"] <= t.idx < ref["end"]]
        break


MAX_CUE_TAIL = 60
"""Characters allowed between a mid-quote cue and the quote resuming ("she told parliament,")."""


def find_drafts(
    sent: Span, index: int, lex: Lexicon, book: ActorDictionary | None, quotes: list[Region]
) -> list[Draft]:
    """Every claim the sentence's cues make; a bare quoted name when no cue does."""
    drafts = verb_drafts(sent, index, lex, book)
    drafts = [d for d in drafts if not _nested(d, drafts, quotes)]
    for draft in drafts:
        _resumed_quote(draft, sent, quotes, lex)
    drafts += noun_drafts(sent, index, lex, book)
    drafts += according_drafts(sent, index, lex, book)
    drafts += impersonal_drafts(sent, index, lex, book, drafts)
    if not drafts:
        drafts += quote_name_drafts(sent, index, lex, book, quotes)
    return drafts


__all__ = ["find_drafts", "is_pronoun"]
