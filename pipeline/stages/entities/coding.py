"""Code noun phrases as actors: the functions events and claims use to turn a subject,
object or speaker into ``{"code", "sector"}``.

A phrase gets its country from a coded entity inside it (the head itself, a modifier,
a possessor or an "of" complement) and its sector from the sector lexicon over its words:
"the Russian state media" is RUS/MED, "Azerbaijan's military" AZE/MIL.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.tokens import Doc, Span, Token

from ..tokenizer import word_hyphen
from .dictionary import DEFAULT_ACTORS_DIR, ActorDictionary, load_actors
from .settled import remembered, settled

# dependents that belong to the same noun phrase and may carry its country
MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod", "npadvmod", "nummod", "det"})
Actor = dict[str, Any]


def entity_at(token: Token) -> Span | None:
    """The named entity covering ``token``, found from the IOB tags around it.

    Called for many tokens per article, so it walks the entity's own tokens rather than
    the document's entity list; the span has the entity's offsets, so its ``_.actor``
    is the entity's.
    """
    doc = token.doc
    known = settled(doc)
    if known is not None:  # bounds read once for the whole Doc
        found = known.bounds(doc)[token.i]
        return None if found is None else Span(doc, found[0], found[1], label=found[2])
    if not token.ent_type_:
        return None
    start = token.i
    while doc[start].ent_iob_ == "I" and start > 0:
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=token.ent_type_)


def actor_at(token: Token) -> Actor | None:
    """``entity_at(token)._.actor``, None outside entities: on a settled Doc without
    making a ``Span`` (see :meth:`.settled.SettledDoc.actor_at`)."""
    doc = token.doc
    known = settled(doc)
    if known is not None:
        return known.actor_at(doc, token.i)
    return _entity_actor(token)


def _entity_actor(token: Token) -> Actor | None:
    ent = entity_at(token)
    return None if ent is None else ent._.actor


def _np_positions(head: Token) -> list[int]:
    """Positions, in order, of the tokens of the noun phrase headed by ``head``: its
    modifiers and an "of" complement.

    Relative clauses, other prepositional phrases and conjuncts are left out: they
    describe or add other participants rather than name this one.  (A conjunct of the
    head is the head's own child, so no modifier's subtree holds one.)  Positions, not
    Tokens: the phrase is only read for the entities its tokens fall in.
    """
    out = {head.i}
    for child in head.children:
        dep = child.dep_
        if dep in MODIFIER_DEPS or (dep == "prep" and child.lower_ == "of" and any(
                c.dep_ == "pobj" for c in child.children)):
            # not "countries of using them to ...": a clause
            out.update(t.i for t in child.subtree)
    # a modifier cut off by a comma, dash or bracket is a dateline or an aside
    left = head.left_edge.i
    if left < head.i:
        doc = head.doc
        hyphened = [t for t in doc[left:head.i] if _participle_hyphen(t)]
        breaks = [t.i for t in doc[left:head.i] if _is_break(t) and t not in hyphened]
        if breaks:
            out = {i for i in out if i > breaks[-1]}
        for hyphen in hyphened:
            out -= _hyphen_party(hyphen)
    return sorted(out)


def _is_break(tok: Token) -> bool:
    return tok.is_punct and not tok.is_quote and tok.tag_ != "POS"


def _participle_hyphen(tok: Token) -> bool:
    """The hyphen of a word "X-led", "X-run", "X-backed", "X-based" before a head noun.
    It cuts off nothing before it ("Mali's army-led government" is Mali's); the party X
    itself is left out (:func:`_hyphen_party`): whether the noun is X's depends on the
    participle, and the event stage decides that ("Saudi-led forces" are, "Iran-backed
    militias" are not)."""
    if not word_hyphen(tok):
        return False
    after = tok.doc[tok.i + 1]
    return after.tag_ in ("VBN", "VBD") and after.is_lower and \
        not _same_entity(tok.doc[tok.i - 1], after)


def _same_entity(a: Token, b: Token) -> bool:
    ent = entity_at(a)
    return ent is not None and ent.start <= b.i < ent.end


def _hyphen_party(hyphen: Token) -> set[int]:
    """Positions of the party before a participle hyphen: the word before it and the
    whole name that word ends ("New York" of "New York-based")."""
    before = hyphen.doc[hyphen.i - 1]
    ent = entity_at(before)
    first = ent.start if ent is not None and ent.end == hyphen.i else before.i
    return set(range(first, hyphen.i + 1))


def _codes_in(doc: Doc, positions: Iterable[int]) -> list[Actor]:
    """Actors of the entities at ``positions`` (in order), one per code."""
    seen: list[Actor] = []
    codes: set[str] = set()
    known = settled(doc)  # looked up once for the phrase, not per token
    for i in positions:
        actor = known.actor_at(doc, i) if known is not None else _entity_actor(doc[i])
        if not actor or not actor.get("code"):
            continue
        code = actor["code"]
        if code not in codes:
            codes.add(code)
            seen.append(dict(actor))
    return seen


def phrase_codes(head: Token, book: ActorDictionary | None = None) -> list[Actor]:
    """All actors named inside the noun phrase headed by ``head``, with the phrase's sector.

    "US and NATO officials" gives USA/GOV and NATO/GOV: the conjoined modifiers are
    all part of the phrase whose head noun ("officials") supplies the sector.
    """
    book = book or load_actors(DEFAULT_ACTORS_DIR)
    # remembered per settled Doc (and dictionary); fresh dicts for every caller
    found = remembered(head.doc, ("phrase_codes", head.i), book,
                       lambda: _phrase_codes(head, book))
    return [dict(actor) for actor in found]


def _phrase_codes(head: Token, book: ActorDictionary) -> list[Actor]:
    doc = head.doc
    positions = _np_positions(head)
    found = _codes_in(doc, positions)
    head_code = (actor_at(head) or {}).get("code")
    if head_code and len(found) > 1:
        # "NATO member Turkey", "EU ally Poland": a common noun before a coded name
        # describes it; whose member or ally it is names no participant
        described = [t.i for c in head.children if c.dep_ in ("compound", "nmod")
                     and c.tag_ in ("NN", "NNS") for t in c.subtree]
        if described:
            others = {a["code"] for a in _codes_in(doc, described)} - {head_code}
            found = [a for a in found if a["code"] not in others]
    if not found:
        epithet = _epithet(doc, positions, book)
        return [epithet] if epithet else []
    words = [t.lemma_.lower() if t.i == head.i else t.lower_
             for t in map(doc.__getitem__, positions) if not t.is_punct]
    sector = book.sector_in(words) or book.sector_in([head.lower_])
    out = []
    for actor in found:
        own = actor.get("sector")
        # a coded head entity (Tehran, Interfax) keeps its own sector
        if head_code == actor["code"]:
            out.append({"code": actor["code"], "sector": own or sector})
        else:
            out.append({"code": actor["code"], "sector": sector or own})
    return out


def _epithet(doc: Doc, positions: list[int], book: ActorDictionary) -> Actor | None:
    """The country a phrase coded by no entity stands for when the whole phrase is a
    state epithet ("the Jewish state", "the Hermit Kingdom"): data, not names, so no
    entity carries it (``configs/actors/epithets.json``)."""
    if not book.epithets or len(positions) < 2 or positions[-1] - positions[0] + 1 != len(
            positions):
        return None
    return book.epithet(doc[positions[0]:positions[-1] + 1].text)


def token_actor(token: Token, book: ActorDictionary | None = None) -> Actor | None:
    """The actor of the noun phrase headed by ``token``, or ``None`` if nothing codes it."""
    found = phrase_codes(token, book)
    return found[0] if found else None


def conjuncts(token: Token) -> list[Token]:
    """``token`` and every token coordinated with it ("Iran, Russia, Syria, and Iraq")."""
    doc = token.doc  # positions, not Tokens, are compared and sorted
    return [doc[i] for i in sorted({token.i, *(t.i for t in token.conjuncts)})]


def phrase_actors(token: Token, book: ActorDictionary | None = None) -> list[Actor]:
    """Actors of ``token``'s phrase, its conjuncts and appositions, without repeats.
    Remembered per settled Doc, as :func:`phrase_codes`; fresh dicts for every caller."""
    found = remembered(token.doc, ("phrase_actors", token.i), book,
                       lambda: _phrase_actors(token, book))
    return [dict(actor) for actor in found]


def _phrase_actors(token: Token, book: ActorDictionary | None) -> list[Actor]:
    heads = conjuncts(token)
    appos = {c.i: c for h in heads for c in h.children if c.dep_ == "appos"}
    heads += list(appos.values())
    out: list[Actor] = []
    codes: set[str] = set()
    for head in heads:
        named = [c for c in head.children if c.i in appos and entity_at(c) is not None
                 and phrase_codes(c, book)]
        if named and entity_at(head) is None and head.tag_ in ("NN", "NNS"):
            continue  # "Belarus ally Russia": the name is the actor, "Belarus" whose ally
        if head.i in appos and out and entity_at(appos[head.i].head) is not None:
            continue  # "Pakistan, a key US ally": the named party is the actor, not whose ally
        for actor in phrase_codes(head, book):
            if actor["code"] not in codes:
                codes.add(actor["code"])
                out.append(actor)
    return out


def member_actors(token: Token, book: ActorDictionary | None = None) -> list[Actor]:
    """Actors of a generic body located by a place: "officials in Kyiv", "troops from
    Chad", "the foreign ministry in Beijing", "sources in Moscow" are of the country the
    place names (the place's own actor, a capital's ``GOV`` kept).

    A fallback for phrases that code nothing themselves, asked for by every layer (event
    participants, claim speakers) so that a body is coded the same way wherever it acts.
    The body nouns and prepositions are data (``configs/actors/members.json``); envoys
    and delegations are of the place they come from only.
    """
    book = book or load_actors(DEFAULT_ACTORS_DIR)
    words = {token.lower_, token.lemma_.lower()}
    if words & book.member_heads:
        preps: tuple[str, ...] = book.member_preps
    elif words & book.sent_heads:  # "envoys from Armenia" (but "envoys in Moscow")
        preps = ("from",)
    else:
        return []
    out: list[Actor] = []
    for word in preps:
        for prep in token.children:
            if prep.dep_ != "prep" or prep.lower_ != word:
                continue
            for place in prep.children:
                if place.dep_ in ("pobj", "pcomp"):
                    out.extend(phrase_actors(place, book))
    return out
