"""Find cues in one sentence and build a draft claim for each.

Cue shapes, all read from the lexicon and the parse:

- a reporting, accusation or denial verb with a complement clause, a fronted clause
  or (for object-taking verbs) an object;
- "deem X responsible for ...", "level charges against X";
- an attribution noun with an agent and a content ("a disclosure by the Russian state
  media about ..."); without a content, such a noun only names the source of an
  impersonal cue ("In a release by Interfax, it was revealed that ...");
- "according to X".

The frames of verb cues live in :mod:`.verb_frames`; which drafts belong to another's
content, and quotes resumed after their cue, in :mod:`.nesting`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Span, Token

from ..entities.dictionary import ActorDictionary
from ..prefilter import CueFilter, prefixes
from .attribution import (
    agent_of,
    clause_content,
    fronted_content,
    is_pronoun,
    noun_content,
    object_content,
    particle,
    possessor_of,
    prune_cues,
    relative_cue,
    speaker_ref,
    subject_of,
    verb_key,
    word_forms,
)
from .draft import Draft
from .findings import evidence_drafts, finding_drafts, infinitive_drafts
from .lexicon import Lexicon
from .misread import noun_read_as_cue
from .nesting import (
    cut_before_relatives,
    inside,
    nested,
    resumed_quote,
    speakers_label,
    unsaid,
    wrapped_denials,
)
from .quotes import Region
from .requests import request_cue
from .spans import content_from_tokens, dateline_end, noun_phrase, partitive_noun, token_ref
from .verb_frames import (
    appositive_relative,
    attribution_sources,
    attribution_that,
    call_condemnation,
    call_denial,
    call_participle,
    called_content,
    cast_doubt,
    deem_adjective,
    gerund_complement,
    headline_subject,
    light_accusation,
    of_for_object,
    passive_subject,
    punct_before,
    relative_subject,
    shifted_object,
    tagged_conjunct,
)

SKIP_CUE_DEPS = frozenset({"amod", "compound", "nmod"})


def _cue_ref(tok: Token, lex: Lexicon | None = None):
    """The cue span: the verb, with its particle for phrasal verbs ("brushed off")."""
    part = particle(tok, lex.verb_kind if lex is not None else None)
    return token_ref(tok.doc, tok.i, part.i if part is not None and part.i == tok.i + 1
                     else tok.i)


def cue_test(lex: Lexicon) -> Callable[[str, str], bool]:
    """Whether a token with this lower-cased lemma and form may be a cue of any kind
    below; a necessary condition of every cue check here (any form of the word a verb
    key may start with, an attribution noun or raised-passive lemma, a finding,
    commitment or evidence word of :mod:`.findings`, "according"), so that
    :func:`find_drafts` can be given only such tokens."""
    verbs = prefixes(lex.verb_kind, " ") | lex.deem_verbs | lex.light_verbs | \
        lex.call_denial | lex.doubt_frame[0]
    words = frozenset(lex.noun_kind) | frozenset(lex.raised_passive) | lex.finding_verbs | \
        lex.infinitive_verbs | lex.held_evidence

    def may_be_cue(lemma: str, lower: str) -> bool:
        return lemma in words or lower == "according" or any(
            form in verbs for form in word_forms(lemma, lower))

    return may_be_cue


def cue_filter(lex: Lexicon) -> CueFilter:
    """:func:`cue_test` over tokens' lemmas and forms (their part of speech left out:
    the test does not read it, and each distinct pair is decided once)."""
    return CueFilter(cue_test(lex), (LEMMA, LOWER))


def verb_drafts(
    sent: Span, index: int, lex: Lexicon, book: ActorDictionary | None,
    cues: Sequence[Token],
) -> list[Draft]:
    """Drafts for every verb cue of the sentence."""
    drafts: list[Draft] = []
    sources = attribution_sources(cues, lex)
    for tok in cues:
        if tok.dep_ in SKIP_CUE_DEPS or (tok.pos_ not in ("VERB", "AUX") and tok.dep_ != "ROOT") \
                or noun_read_as_cue(tok, lex):
            continue
        if any(c.dep_ == "neg" for c in tok.children):
            continue  # "would not disclose", "did not deny": no claim is made
        key = verb_key(tok, lex.verb_kind)
        kind = lex.verb_kind_of(key)
        deem = deem_adjective(tok, lex)
        light = light_accusation(tok, lex)
        called = call_denial(tok, lex)
        calling = call_participle(tok, lex) if called is None else None
        condemned = call_condemnation(tok, lex) if called is None else None
        doubted = cast_doubt(tok, lex)
        if kind is None and deem is None and light is None and called is None and not calling \
                and not condemned and not doubted:
            continue
        subj = subject_of(tok, cues=lex.cue_lemmas)
        if subj is None and tok.dep_ == "ROOT":
            subj = headline_subject(tok)
        if not request_cue(tok, key, subj, lex):
            continue
        content, ctoks, rule, head = None, [], "", None
        relative = False
        comps = [c for c in tok.children if c.dep_ == "ccomp" and not relative_cue(c)]
        dobj = next((c for c in tok.children if c.dep_ == "dobj"), None) or shifted_object(tok, lex)
        rel_subj = relative_subject(tok, subj, lex) if dobj is None else None
        named = appositive_relative(tok, subj, lex) if kind == "denial" else None
        if named is not None:
            rel_subj, subj = subj, named
        that = attribution_that(tok, lex)
        if that is not None and comps and comps[0].i < that.i:
            that = None
        if called is not None:
            kind, rule = "denial", "verb-call-false"
            ctoks = called_content(called, tok, lex)
            content, head = content_from_tokens(ctoks, lex), called
        elif doubted:
            kind, rule, ctoks, content = "denial", "verb-cast-doubt", doubted, \
                content_from_tokens(doubted, lex)
        elif condemned:
            kind, rule, ctoks = "accusation", "verb-call-condemn", condemned
            content, head = content_from_tokens(ctoks, lex), dobj
        elif calling:
            kind, rule, ctoks = kind or "statement", "verb-call-participle", calling
            content = content_from_tokens(ctoks, lex)
        elif deem is not None:
            kind, rule = "accusation", "verb-deem-responsible"
            ctoks = list(deem.subtree)
            content = content_from_tokens(ctoks, lex)
        elif light is not None and kind is None:
            adjoined = [c for c in tok.children if c.dep_ in ("advcl", "xcomp", "conj")]
            if any(lex.verb_kind_of(verb_key(c, lex.verb_kind)) == "accusation" for c in adjoined):
                continue  # the participle ("..., accusing it of") carries the claim
            kind = lex.noun_kind.get(light.lemma_.lower(), "accusation")  # "made claims": a claim
            rule = "verb-light-accusation"
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
        ) and tok.head.lemma_.lower() in lex.nouns.anaphoric:
            # "accusations that Armenia denied": the content is the noun itself
            rule, relative, head = "verb-relative", True, tok.head
            ctoks = [t for t in noun_phrase(tok.head) if t.i < tok.left_edge.i] or [tok.head]
            content = content_from_tokens(ctoks, lex)
        elif comps and comps[0].i > tok.i:
            rule = "verb-ccomp"
            content, ctoks = clause_content(comps[0], tok, lex)
        elif (comps and comps[0].i < tok.i) or (
            tok.dep_ in ("parataxis", "ccomp") and tok.head.i < tok.i and dobj is None
            and tok.head.pos_ in ("VERB", "AUX") and punct_before(tok)
        ) or tagged_conjunct(tok, subj, dobj):
            rule = "verb-fronted"
            content, ctoks = fronted_content(sent, tok, subj if subj is not None and subj.i < tok.i
                                             else None, lex)
        elif tok.dep_ == "parataxis" and tok.head.i > tok.i and not comps \
                and (dobj is None or tok.lemma_ == "tell") \
                and tok.head.pos_ in ("VERB", "AUX") and punct_before(tok):
            # "The military, he said, had only acted against terrorists": the clause
            # around a parenthetical cue is what is said
            rule = "verb-parenthetical"
            clause = tok.head.head if tok.head.dep_ in ("aux", "auxpass") else tok.head
            aside = {t.i for t in tok.subtree}
            ctoks = [t for t in clause.subtree if t.i not in aside]
            content = content_from_tokens(ctoks, lex)
        elif dobj is None and kind == "denial" and key in lex.object_content and \
                (passive := passive_subject(tok)) is not None:
            # "Allegations by Kyiv that ... were rejected by the Kremlin": the subject
            rule, head = "verb-passive-object", passive
            content, ctoks = object_content(tok, passive, lex)
        elif dobj is None and kind == "accusation" and \
                (passive := passive_subject(tok)) is not None and \
                (inner := of_for_object(tok)):
            # "Iran was accused by Ukraine of supplying drones": the accused is the subject
            rule, head, ctoks = "verb-passive-accused", passive, inner
            content = content_from_tokens(ctoks, lex)
        elif dobj is not None and key in lex.object_content:
            rule, head = "verb-object", partitive_noun(dobj, lex.nouns.partitive_quantifiers)
            content, ctoks = object_content(tok, dobj, lex)
            if tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN"):
                relative = True
        elif kind == "denial" and (gerund := gerund_complement(tok)) is not None:
            # "Moscow denied targeting civilian infrastructure": the act denied
            rule, head = "verb-gerund", gerund
            ctoks = list(gerund.subtree)
            content = content_from_tokens(ctoks, lex)
        if content is None or kind is None:
            continue
        if key in lex.denial_needs_claim_object and rule == "verb-object" and head is not None \
                and head.lemma_.lower() not in lex.nouns.anaphoric:
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
            sentence=index, kind=kind, rule=rule, cue=_cue_ref(tok, lex), cue_token=tok,
            speaker=speaker, speaker_token=subj, content=content, content_tokens=ctoks,
            content_head=head, relative=relative,
        ))
    return drafts


def _object_of_cue(tok: Token, lex: Lexicon) -> bool:
    """"rejected Kyiv's accusation that ...": a claim noun that a denial takes as object is
    what it answers (the claim made elsewhere is the required one: ANNOTATION.md,
    Claims); "looked into Yerevan's accusation", "Moscow's claim could not be confirmed"
    are claims of the possessor."""
    if tok.dep_ == "dobj":
        verb = tok.head
    elif tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        verb = tok.head.head
    else:
        return False
    key = verb_key(verb, lex.verb_kind)
    return lex.verb_kind_of(key) == "denial" or verb.lemma_.lower() in lex.call_denial


def noun_drafts(
    sent: Span, index: int, lex: Lexicon, book: ActorDictionary | None,
    cues: Sequence[Token],
) -> list[Draft]:
    """Attribution nouns with both an agent ("by X", or a named possessor with a
    that-clause) and a content."""
    drafts: list[Draft] = []
    for tok in cues:
        if tok.pos_ not in ("NOUN", "PROPN"):
            continue
        kind = lex.noun_kind.get(tok.lemma_.lower())
        if kind is None:
            continue
        agent = agent_of(tok, lex)
        possessed = agent is None
        if possessed and not _object_of_cue(tok, lex):
            # "Manila's accusation that ... drew a response", "Moscow's claim that its
            # troops had advanced could not be confirmed": the owner said it
            agent = possessor_of(tok)
        if agent is None:
            continue
        content, ctoks = noun_content(tok, lex, clause_only=possessed)
        if content is None:
            continue
        drafts.append(Draft(
            sentence=index, kind=kind, rule="noun-agent", cue=token_ref(tok.doc, tok.i, tok.i),
            cue_token=tok, speaker=speaker_ref(agent, book), speaker_token=agent,
            content=content, content_tokens=ctoks,
        ))
    return drafts


def according_drafts(
    sent: Span, index: int, lex: Lexicon, book: ActorDictionary | None,
    cues: Sequence[Token],
) -> list[Draft]:
    """ "according to X": the rest of the clause is X's content."""
    drafts: list[Draft] = []
    for tok in cues:
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
    sent: Span, index: int, lex: Lexicon, book: ActorDictionary | None, others: list[Draft],
    cues: Sequence[Token],
) -> list[Draft]:
    """ "The drones are believed to have been launched from Belarus": a raised passive
    says something is believed (alleged, reported, ...) without saying by whom.  The
    content runs from the subject to the end of the infinitive; inside another claim's
    content ("accusing it of supplying drones, which are believed to be used ...") it
    is part of that claim."""
    drafts: list[Draft] = []
    for tok in cues:
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
        if any(inside(_cue_ref(tok), o.content) for o in others):
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


def find_drafts(
    sent: Span, index: int, lex: Lexicon, book: ActorDictionary | None, quotes: list[Region],
    cues: Sequence[Token] | None = None,
) -> list[Draft]:
    """Every claim the sentence's cues make; ``cues``: the sentence's tokens that pass
    :func:`cue_test` (default: all its tokens), the only ones the cue checks look at."""
    cues = list(sent) if cues is None else cues
    drafts = verb_drafts(sent, index, lex, book, cues)
    wrapped_denials(drafts)
    drafts = [d for d in drafts if not nested(d, drafts, quotes) and not unsaid(d)
              and not speakers_label(d, drafts)]
    cut_before_relatives(drafts, sent, lex)
    for draft in drafts:
        resumed_quote(draft, sent, quotes, lex)
    drafts += noun_drafts(sent, index, lex, book, cues)
    drafts += according_drafts(sent, index, lex, book, cues)
    drafts += finding_drafts(index, lex, book, cues)
    drafts += infinitive_drafts(index, lex, book, cues)
    drafts += evidence_drafts(index, lex, book, cues)
    drafts += impersonal_drafts(sent, index, lex, book, drafts, cues)
    return drafts


__all__ = ["cue_filter", "cue_test", "find_drafts", "is_pronoun"]
