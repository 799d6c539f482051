"""Codes for speakers met before under another name: a surname after the full name, a
pronoun after a party's generic head, a name after the office it holds.  Split from
:mod:`.speakers` (which walks the drafts) so each module keeps one job."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from ..entities.dictionary import ActorDictionary
from .actors import antecedent_code, book_for, code_of, entity_of, is_person, token_actor
from .draft import Draft


def _is_role(tok: Token, roles: frozenset[str]) -> bool:
    """A singular phrase headed by a person's title ("Ghana's finance minister")."""
    return tok.tag_ in ("NN", "NNP") and tok.lemma_.lower() in roles


def pronoun_party_code(ref: dict[str, Any], latest: dict[str, str],
                       pronouns: frozenset[str] | set[str]) -> str | None:
    """"The group said ... It accused the army of ...": a pronoun resolved to a party
    heard from before by its generic head ("the group", "the ministry") speaks for the
    code that speaker had."""
    if ref.get("text", "").lower() not in pronouns:
        return None
    resolved = (ref.get("resolved") or "").split()
    return latest.get(resolved[-1].lower()) if resolved else None


def role_holder_code(tok: Token, roles: frozenset[str],
                     book: ActorDictionary | None) -> str | None:
    """"Lebanon's prime minister on Tuesday denounced ... . Hassan Diab wrote that ...": a
    name with no title of its own, met right after a sentence whose subject is an office
    named by its state alone, is that office's holder introduced by name, and speaks for
    the state.  None when the name has words of its own before it ("analyst X") or the
    office phrase names a person itself."""
    ent = entity_of(tok)
    if ent is None or ent.label_ != "PERSON" or tok.left_edge.i < ent.start or tok.sent.start == 0:
        return None
    before = tok.doc[tok.sent.start - 1].sent
    subjects = [c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or not _is_role(subjects[0], roles) or any(
            is_person(t) for t in subjects[0].subtree):
        return None
    return code_of(token_actor(subjects[0], book))


def subject_state_code(tok: Token, sectors: frozenset[str],
                       book: ActorDictionary | None) -> str | None:
    """"Mexico accused Ecuador of ... . Foreign Minister X said", "Algeria dismissed the
    reports ... . The foreign ministry said": a state body or office named without its
    country, right after a sentence whose subject is a country, is that country's.  Only
    a phrase whose words give a state sector (``sectors``) and names no party itself, nor
    an institution it speaks for ("a spokesman for the bloc": the bloc's, not the
    country's); a dateline's capitals ("NIAMEY -") are no subject."""
    if tok.sent.start == 0 or not sectors or any(
            c.dep_ == "prep" and c.lower_ in ("for", "of") for c in tok.children):
        return None
    phrase = tok.doc[tok.left_edge.i:tok.i + 1]
    if any(code_of(token_actor(t, book)) for t in phrase if t.i != tok.i and t.ent_type_):
        return None
    if (book or book_for(None)).sector_in([t.text for t in phrase]) not in sectors:
        return None
    before = tok.doc[tok.sent.start - 1].sent
    subjects = [c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    ent = entity_of(subjects[0]) if subjects else None
    if ent is None or ent.label_ != "GPE" or subjects[0].i != ent.root.i or ent.text.isupper():
        return None
    return code_of(ent._.actor)


def name_end(draft: Draft) -> Token | None:
    """The last word of a name ending the speaker span (the surname of "Rwandan
    government spokeswoman Yolande Makolo", whether or not the tagger calls it a
    person), if the span ends in one."""
    tok, ref = draft.speaker_token, draft.speaker
    if tok is None or not ref:
        return None
    span = tok.doc.char_span(ref["start"], ref["end"], alignment_mode="expand")
    last = span[-1] if span is not None and len(span) else None
    return last if last is not None and (is_person(last) or last.tag_ == "NNP") else None


def known_person_code(tok: Token, ref: dict[str, Any], surnames: dict[str, str],
                       pronouns: frozenset[str] | set[str],
                       book: ActorDictionary | None) -> str | None:
    """A person met before: news gives a speaker's full name and title once, then the
    surname alone ("Government spokeswoman Yolande Makolo said ..." ... "Makolo said"), or
    "he" resolved to that name; the later mention speaks for the same party.  A person
    named for the first time under an institution's title ("army spokesman Nabil
    Abdallah", "ministry spokeswoman Mao Ning") speaks for the party that institution was
    last named as ("Sudan's army", "China's foreign ministry")."""
    if ref.get("text", "").lower() in pronouns:
        resolved = (ref.get("resolved") or "").split()
        return surnames.get(resolved[-1].lower()) if resolved else None
    if tok.tag_ != "NNP" and not is_person(tok):
        return None
    if tok.lower_ in surnames:
        return surnames[tok.lower_]
    for title in (t for t in tok.subtree
                  if t.dep_ == "compound" and t.pos_ in ("NOUN", "PROPN") and t.i < tok.i):
        code = antecedent_code(title, book)
        if code is not None:
            return code
    return None
