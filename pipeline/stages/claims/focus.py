"""Speakers named without their party whom the story itself places.

"ISWAP said in a statement ... . The statement said ...": a document referred back to by
its bare head speaks for whoever issued the nearest earlier mention of it — the owner
("the ministry's statement"), the party it came from ("a statement from the group"), or
the subject that said or issued it ("X said in a statement", "X issued a statement");
no issuer there, no guess further back.

"MOGADISHU - ... . Officials said ...", "The army said ...": a state body with no owner,
in a story where only one state has acted or spoken so far (the dateline's country
counted), is that state's.  Two states in play ("Thai army accuses Cambodia ...
Authorities said") leave the speaker uncoded: no side is better than a wrong one.
Split from :mod:`.speakers`, which walks the drafts and asks these two questions.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..entities.dictionary import ActorDictionary
from . import actors
from .attribution import is_pronoun
from .lexicon import Lexicon


def _bare(tok: Token, lex: Lexicon) -> bool:
    """A phrase with no owner and no institution of its own ("the statement", "Officials",
    not "its statement", "a statement from X", "officials in Kyiv")."""
    return not any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in lex.owner_prepositions)
                   for c in tok.children)


def _named_issuer(mention: Token, lex: Lexicon) -> Token | None:
    """The party a document's own phrase names: its owner ("the ministry's statement") or
    the party after "from"/"by" ("a statement from Somalia's foreign ministry")."""
    for child in mention.children:
        if child.dep_ == "poss" and child.pos_ in ("PROPN", "NOUN"):
            return child
        if child.dep_ == "prep" and child.lower_ in lex.issuer_prepositions:
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            # "a statement from its military wing": the wing is the subject's own
            if obj is not None and not any(g.dep_ == "poss" and g.lower_ in lex.issuer_possessives
                                           for g in obj.children):
                return obj
    return None


def _issuer(mention: Token, lex: Lexicon) -> Token | None:
    """Who issued one mention of a document: the party its phrase names, else the subject
    of the verb it hangs on ("said in a statement", "issued a statement")."""
    named = _named_issuer(mention, lex)
    if named is not None:
        return named
    verb = mention.head
    if mention.dep_ == "pobj" and mention.head.lower_ == "in":
        # "claimed responsibility for the attack in a statement": the parse may hang the
        # phrase on a noun of the clause; the statement is still the verb's manner
        verb = mention.head.head
        while verb.pos_ != "VERB" and verb.dep_ in ("pobj", "prep", "dobj"):
            verb = verb.head
    elif mention.dep_ != "dobj":
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def document_issuer_code(tok: Token, lex: Lexicon, known: dict[int, str],
                         book: ActorDictionary | None) -> str | None:
    """The code of the party whose document ``tok`` ("the statement") refers back to:
    the issuer of the nearest earlier mention of the same noun, read from the entity it
    names or from the claim it spoke in (``known``: speaker token index -> code)."""
    lemma = tok.lemma_.lower()
    if lemma not in lex.document_heads:
        return None
    named = _named_issuer(tok, lex)
    if named is not None:
        return actors.code_of(actors.token_actor(named, book))
    if not _bare(tok, lex) or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    earlier = actors.noun_positions(tok.doc).get(lemma, ())
    before = [i for i in earlier if i < tok.left_edge.i and tok.i - i <= actors.ANTECEDENT_REACH]
    if not before:
        return None
    issuer = _issuer(tok.doc[before[-1]], lex)
    if issuer is None:
        return None
    if issuer.i in known:  # "It said in a statement": the side its claim was given
        return known[issuer.i]
    return None if is_pronoun(issuer) else actors.code_of(actors.token_actor(issuer, book))


def _agent_states(tok: Token, lex: Lexicon, book: ActorDictionary) -> set[str]:
    """States named before ``tok`` as parties (a place after "in"/"to"/"near" names where
    things happened, not who acted)."""
    states = book.country_codes
    found: set[str] = set()
    for ent in tok.doc.ents:
        if ent.start >= tok.left_edge.i:
            break
        root = ent.root
        while root.dep_ == "conj" and root.head.i != root.i:  # "into Chad and Sudan"
            root = root.head
        if root.dep_ == "pobj" and root.head.lower_ in lex.place_prepositions:
            continue
        code = actors.code_of(ent._.actor)
        if code in states:
            found.add(code)
    return found


def state_in_focus_code(tok: Token, lex: Lexicon, book: ActorDictionary | None) -> str | None:
    """The one state a bare state body ("Officials", "The army", "a government
    spokesman") can belong to: the only state that has acted or spoken before it.  A
    person's title alone ("A spokesman") names no body: it may speak for a group."""
    if not _bare(tok, lex):
        return None
    book = book or actors.book_for(None)
    phrase = [t.text for t in tok.doc[tok.left_edge.i:tok.i + 1]
              if not (t.tag_ in ("NN", "NNP") and t.lemma_.lower() in lex.person_roles)]
    if book.sector_in(phrase) not in lex.state_sectors:
        return None
    states = _agent_states(tok, lex, book)
    return next(iter(states)) if len(states) == 1 else None
