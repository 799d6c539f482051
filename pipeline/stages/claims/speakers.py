"""Pronoun speakers and quotations that run on without a cue.

"he added" is the nearest earlier speaker who is a person; "it said" the nearest
earlier speaker that is not; "they" the plural subject of the sentence or the nearest
plural speaker.  A quotation with no cue in its sentence, right after an attributed
claim, belongs to the current speaker (``speaker: None`` plus ``resolved_speaker``).
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import pairwise
from typing import Any

from spacy.tokens import Span, Token

from ...extensions import doc_text
from ..entities.dictionary import ActorDictionary
from . import actors
from .attribution import is_pronoun
from .draft import Draft
from .focus import document_issuer_code, state_in_focus_code
from .known_speakers import (
    known_person_code,
    name_end,
    pronoun_party_code,
    role_holder_code,
    subject_state_code,
)
from .lexicon import Lexicon
from .quotes import Region, quotes_near
from .spans import noun_phrase, trim_content

DETERMINERS = ("the ", "The ")


def _name(ref: dict[str, Any]) -> str:
    """A speaker's name as written, without a leading article."""
    text = ref.get("resolved") or ref.get("text") or ""
    for det in DETERMINERS:
        if text.startswith(det):
            return text[len(det):]
    return text


def _is_person(draft: Draft) -> bool:
    tok = draft.speaker_token
    return tok is not None and actors.is_person(tok)


def _is_plural(tok: Token | None) -> bool:
    return tok is not None and tok.tag_ in ("NNS", "NNPS")


def _is_role(tok: Token | None, lex: Lexicon) -> bool:
    """A singular speaker headed by a person's title ("Britain's foreign secretary")."""
    return tok is not None and tok.tag_ in ("NN", "NNP") and tok.lemma_.lower() in lex.person_roles


def _same_sentence_subject(draft: Draft, pron: str, lex: Lexicon, sents: list[Span],
                           book: ActorDictionary | None) -> tuple[str, str | None] | None:
    """"Israel has not commented, but it has long accused Iran ...", "the military released
    footage it said showed ...": the nearest earlier subject in the pronoun's own sentence
    that fits it (a person or title for he/she, a singular non-person for "it")."""
    tok = draft.speaker_token
    if tok is None or pron in lex.pronouns.get("plural", ()):
        return None
    return _fitting_subject([t for t in sents[draft.sentence] if t.i < tok.i], pron, lex, book)


def _previous_subject(draft: Draft, pron: str, lex: Lexicon, sents: list[Span],
                      book: ActorDictionary | None) -> tuple[str, str | None] | None:
    """"Armenia's foreign ministry summoned the envoy. It said ...": a pronoun opening a
    sentence continues the previous sentence's topic, its main-clause subject — whether
    or not that sentence said anything — before any speaker further back."""
    if draft.sentence == 0 or pron in lex.pronouns.get("plural", ()):
        return None
    sent = sents[draft.sentence - 1]
    main = {sent.root.i} | {t.i for t in sent.root.children if t.dep_ == "conj"}
    return _fitting_subject([t for t in sent if t.head.i in main], pron, lex, book)


def _fitting_subject(tokens: list[Token], pron: str, lex: Lexicon,
                     book: ActorDictionary | None) -> tuple[str, str | None] | None:
    """The last subject among ``tokens`` that fits the pronoun, as (text, actor code)."""
    person = pron in lex.pronouns.get("person", ())
    for cand in reversed(tokens):
        if cand.dep_ not in ("nsubj", "nsubjpass") or is_pronoun(cand) or _is_plural(cand):
            continue
        if cand.pos_ not in ("PROPN", "NOUN"):
            continue
        is_person = actors.is_person(cand) or _is_role(cand, lex)
        if person != is_person:
            continue
        if not person and not (cand.ent_type_ or actors.token_actor(cand, book)):
            continue
        span = [t for t in noun_phrase(cand)]
        ent = actors.entity_of(cand)
        if ent is not None and ent.label_ in lex.person_labels:
            span = list(ent)
        text = cand.doc[span[0].i:span[-1].i + 1].text if span else cand.text
        for det in DETERMINERS:
            if text.startswith(det):
                text = text[len(det):]
        return text, actors.code_of(actors.token_actor(cand, book))
    return None


RELATIVES = frozenset({"which", "who", "that"})


def _relative_antecedent(tok: Token | None,
                         book: ActorDictionary | None) -> tuple[str, str | None] | None:
    """"..., China, which branded them slander", "the Front, which said ...": a relative
    pronoun speaks for the noun its clause hangs on — the parse says which, no guessing
    from earlier speakers."""
    if tok is None or tok.lower_ not in RELATIVES or tok.head.dep_ != "relcl":
        return None
    noun = tok.head.head
    if noun.pos_ not in ("PROPN", "NOUN"):
        return None
    span = noun_phrase(noun)
    ent = actors.entity_of(noun)
    if ent is not None:
        span = list(ent)
    text = noun.doc[span[0].i:span[-1].i + 1].text if span else noun.text
    for det in DETERMINERS:
        if text.startswith(det):
            text = text[len(det):]
    code = actors.code_of(actors.token_actor(noun, book)) or next(
        (c for _, c in actors.mentions(span)), None)
    return text, code


def _antecedent(draft: Draft, earlier: list[Draft], lex: Lexicon, sents: list[Span],
                book: ActorDictionary | None) -> tuple[str, str | None] | None:
    pron = (draft.speaker or {}).get("text", "").lower()
    window = [d for d in earlier
              if d.speaker and draft.sentence - d.sentence <= lex.max_back_sentences]
    named = [d for d in window if (d.speaker or {}).get("text", "").lower() not in _all(lex)]
    local = _same_sentence_subject(draft, pron, lex, sents, book)
    if local is not None:
        return local
    if not any(d.sentence == draft.sentence - 1 for d in named):
        # no speaker in the sentence before: its subject is the topic the pronoun goes on
        # with, nearer than any speaker further back
        previous = _previous_subject(draft, pron, lex, sents, book)
        if previous is not None:
            return previous
    if pron in lex.pronouns.get("person", ()):
        for d in reversed(named):
            if _is_person(d):
                return _name(d.speaker or {}), d.speaker_code
        for d in reversed(named):
            if _is_role(d.speaker_token, lex):
                return _name(d.speaker or {}), d.speaker_code
        for sent in reversed(sents[max(0, draft.sentence - 2):draft.sentence + 1]):
            persons = [e for e in sent.ents if e.label_ in lex.person_labels
                       and e.start < (draft.speaker_token.i if draft.speaker_token else 10**9)]
            if persons:
                ent = persons[-1]
                return ent.text, actors.code_of(ent._.actor)
    elif pron in lex.pronouns.get("thing", ()):
        for d in reversed(named):
            if not _is_person(d) and not _is_plural(d.speaker_token):
                return _name(d.speaker or {}), d.speaker_code
    elif pron in lex.pronouns.get("plural", ()):
        sent = sents[draft.sentence]
        tok = draft.speaker_token
        for cand in sent:
            if tok is not None and cand.i >= tok.i:
                break
            if cand.dep_ == "nsubj" and _is_plural(cand):
                actor = actors.token_actor(cand, book)
                span = cand.doc[cand.left_edge.i:cand.i + 1]
                return span.text, actors.code_of(actor)
        for d in reversed(named):
            if _is_plural(d.speaker_token):
                return _name(d.speaker or {}), d.speaker_code
    return None


def _all(lex: Lexicon) -> frozenset[str]:
    out: frozenset[str] = frozenset()
    for words in lex.pronouns.values():
        out |= words
    return out


def resolve_pronouns(drafts: list[Draft], lex: Lexicon, sents: list[Span],
                     book: ActorDictionary | None) -> None:
    """Fill ``speaker.resolved`` (and the actor) of pronoun speakers, in text order."""
    pronouns = _all(lex)
    # drafts come in sentence order: only those within reach are looked at (all earlier
    # drafts for every pronoun was quadratic on long articles)
    ordered = _in_sentence_order(drafts)
    for i, draft in enumerate(drafts):
        if not draft.speaker:
            continue
        found = _relative_antecedent(draft.speaker_token, book)
        if found is None and draft.speaker.get("text", "").lower() not in pronouns:
            continue
        if found is None:
            lo = bisect_left(drafts, draft.sentence - lex.max_back_sentences, hi=i,
                             key=lambda d: d.sentence) if ordered else 0
            found = _antecedent(draft, drafts[lo:i], lex, sents, book)
        if found:
            name, code = found
            draft.speaker["resolved"] = name
            if not draft.speaker.get("actor"):
                draft.speaker["actor"] = code


def _same_quote_later(
    piece: dict, index: int, drafts: _ContentIndex, quotes: list[Region]
) -> Draft | None:
    """The attributed claim of a later sentence whose content lies in the same quotation
    as ``piece``: a quote that runs over several sentences before its cue."""
    region = next(((s, e) for s, e in quotes if s <= piece["start"] < e), None)
    if region is None:
        return None
    found = [d for d in drafts.inside(region) if d.sentence > index and
             (d.speaker or d.resolved_speaker) and
             region[0] <= d.content["start"] < region[1]]
    return min(found, key=lambda d: (d.sentence, d.anchor)) if found else None


def _sentence(draft: Draft) -> int:
    return draft.sentence


def _in_sentence_order(drafts: list[Draft]) -> bool:
    return all(a.sentence <= b.sentence for a, b in pairwise(drafts))


class _ContentIndex:
    """Drafts by where their content starts: which lie inside a quotation, found by a
    binary search (every draft for every run-on sentence was quadratic on long articles)."""

    def __init__(self, drafts: list[Draft]) -> None:
        self.drafts = drafts
        self.starts = sorted((d.content["start"], i) for i, d in enumerate(drafts) if d.content)
        self.keys = [start for start, _ in self.starts]

    def inside(self, region: Region) -> list[Draft]:
        """Drafts whose content starts in ``region``, in list order."""
        found = self.starts[bisect_left(self.keys, region[0]):bisect_left(self.keys, region[1])]
        return [self.drafts[i] for i in sorted(i for _, i in found)]


def run_on_quotes(
    drafts: list[Draft], sents: list[Span], quotes: list[Region], lex: Lexicon
) -> list[Draft]:
    """Claims for quoted text in cue-less sentences that follow an attributed claim."""
    text = doc_text(sents[0].doc) if sents else ""
    claimed = {d.sentence for d in drafts}
    out: list[Draft] = []
    contents = _ContentIndex(drafts)
    # drafts (and the run-on claims made here) in sentence order: the ones within reach
    # are found by binary search, not by a scan per sentence
    ordered = _in_sentence_order(drafts)

    def within(items: list[Draft], lo: int, hi: int) -> list[Draft]:
        return items[bisect_left(items, lo, key=_sentence):bisect_left(items, hi, key=_sentence)]

    for index, sent in enumerate(sents):
        if index in claimed:
            continue
        near = quotes_near(quotes, sent.start_char, sent.end_char)
        pieces = []
        for start, end in near:
            lo, hi = max(start, sent.start_char), min(end, sent.end_char)
            if hi - lo <= 0:
                continue
            piece = trim_content(text, lo, hi, lex, keep_period=True)
            if piece and len(piece["text"].split()) >= lex.min_quote_tokens:
                pieces.append(piece)
        if not pieces:
            continue
        piece = max(pieces, key=lambda p: p["end"] - p["start"])
        reach = index - lex.run_on_window
        pool = (within(drafts, reach, index) if ordered else drafts) + within(out, reach, index)
        before = [d for d in pool if d.sentence < index and
                  index - d.sentence <= lex.run_on_window and (d.speaker or d.resolved_speaker)]
        later = _same_quote_later(piece, index, contents, near)
        if not before and later is None:
            continue
        # '"We did nothing wrong. Our ships ...," said X': the quote's own cue comes later
        last = later or max(before, key=lambda d: (d.sentence, d.anchor))
        if last.speaker:
            resolved = {"resolved": _name(last.speaker), "actor": last.speaker_code}
        else:
            resolved = dict(last.resolved_speaker or {})
        out.append(Draft(sentence=index, kind="statement", rule="quote-run-on",
                         content=piece, resolved_speaker=resolved))
    return out


def _group_code(tok: Token, lex: Lexicon, book: ActorDictionary | None) -> str | None:
    """"The group said", "the world body said": the nearest earlier named party of the
    dictionary kind the head refers back to (a group such as Hezbollah, an organisation
    such as the UN); a headline drops the article ("... ; group denies role")."""
    kinds = lex.group_heads.get(tok.lemma_.lower())
    dets = [c.lower_ for c in tok.children if c.dep_ == "det"]
    if not kinds or not ("the" in dets or (not dets and tok.sent.start == 0)):
        return None
    book = book or actors.book_for(None)
    reach = tok.i - actors.ANTECEDENT_REACH
    for ent in reversed(tok.doc.ents):
        if ent.end > tok.i:
            continue
        if ent.start < reach:
            break
        entry = book.lookup_entry(ent.text)
        if entry is not None and entry.kind in kinds:
            return entry.code
    return None


def inherit_actors(drafts: list[Draft], lex: Lexicon,
                   book: ActorDictionary | None = None) -> None:
    """A definite speaker with no code of its own ("the Ministry") and naming no party
    takes the code of the nearest earlier speaker with the same head noun ("the Russian
    Defense Ministry"), else of the nearest earlier coded phrase with that head ("the
    UN accused Myanmar's military ..." ... "the military said"); a role owned by
    "its"/"their" ("Its spokesman") the code of the last coded speaker."""
    pronouns = _all(lex)
    # the nearest earlier coded speaker per head lemma, kept as the drafts go by (a scan
    # back over all earlier drafts for each one was quadratic on long articles)
    latest: dict[str, str] = {}
    surnames: dict[str, str] = {}
    last_coded: str | None = None
    last_person: str | None = None
    spoken: dict[int, str] = {}  # speaker token -> code: who said "in a statement"
    for draft in drafts:
        tok, ref = draft.speaker_token, draft.speaker
        if tok is not None and ref and not ref.get("actor"):
            code = known_person_code(tok, ref, surnames, pronouns, book) or \
                pronoun_party_code(ref, latest, pronouns) or \
                role_holder_code(tok, lex.person_roles, book)
            if code is not None:
                ref["actor"] = code
        # "Officials in Russia and Iran" names its parties: it is not the "US officials"
        # of an earlier sentence, though both are officials
        if not (tok is None or not ref or ref.get("actor")
                or ref.get("text", "").lower() in pronouns or actors.is_person(tok)
                or actors.mentions(list(tok.subtree))):
            if any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children):
                # "Its spokesman said ...": the party last heard from, whatever its title
                code = last_coded
            else:
                # "the commissioner said ... A spokesman for the commissioner said": the
                # speaker heard from by the phrase's own head or its institution
                code = next((latest[h.lemma_.lower()] for h in actors.phrase_heads(tok)
                             if h.lemma_.lower() in latest), None) \
                    or actors.antecedent_code(tok, book) or _group_code(tok, lex, book)
            if code is None and _is_role(tok, lex) and any(
                    c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
                # "North Korea's vice defence minister said ... The official said ...": a
                # bare title refers back, as "he" does, to the person last heard from
                code = last_person
            if code is not None:
                ref["actor"] = code
        if tok is not None and ref and not ref.get("actor") and \
                ref.get("text", "").lower() not in pronouns:
            code = subject_state_code(tok, lex.state_sectors, book) or \
                document_issuer_code(tok, lex, spoken, book) or state_in_focus_code(tok, lex, book)
            if code is not None:
                ref["actor"] = code
        if draft.speaker_code:
            last_coded = draft.speaker_code
            if tok is not None:
                spoken[tok.i] = draft.speaker_code
            if tok is not None:
                latest[tok.lemma_.lower()] = draft.speaker_code
            if tok is not None and (actors.is_person(tok) or _is_role(tok, lex)):
                last_person = draft.speaker_code
            name = name_end(draft)
            if name is not None:
                surnames[name.lower_] = draft.speaker_code
