"""Who said it and what was said: speakers and contents from dependency shapes.

A cue verb's speaker is its subject, the agent of a passive, or, for a participle or
gerund hanging off another verb ("..., accusing it of", "in denouncing"), the subject
of that verb.  Its content is its clausal complement, a fronted clause ("..., Nadimi
said."), or for verbs that take their content as an object ("denied these
allegations") the object and what follows it.
"""

from __future__ import annotations

from collections.abc import Container
from typing import Any

from spacy.tokens import Span, Token

from ...schema import SpanRef
from ..entities.coding import entity_at as entity_of
from ..entities.dictionary import ActorDictionary
from . import actors, spans
from .lexicon import Lexicon
from .spans import content_from_tokens, dateline_end, noun_phrase, subtree_tokens, tokens_ref

INHERIT_DEPS = frozenset({"advcl", "xcomp", "pcomp", "conj", "acl"})
CONTENT_SKIP = frozenset({"prt", "cc", "nsubj", "nsubjpass", "aux", "auxpass", "neg", "advmod",
                          "ccomp", "mark", "dobj", "dative"})
PRONOUN_TAGS = frozenset({"PRP", "PRP$"})


def _forms(tok: Token) -> list[str]:
    """Lemma first, then guesses from the surface form for verbs the lemmatiser left
    inflected ("underscored")."""
    return word_forms(tok.lemma_.lower(), tok.lower_)


def word_forms(lemma: str, low: str) -> list[str]:
    """:func:`_forms` from the lower-cased lemma and form alone (no Token needed)."""
    out = [lemma, low]
    for suffix, repl in (("ied", "y"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", ""),
                         ("ing", ""), ("ing", "e")):
        if low.endswith(suffix) and len(low) > len(suffix) + 2:
            out.append(low[: -len(suffix)] + repl)
    return out


PARTICLE_DEPS = frozenset({"prt", "advmod", "prep"})


def particle(tok: Token, known: dict[str, str] | None = None) -> Token | None:
    """The particle of a phrasal verb: a ``prt`` child, or — since the parser often
    hangs "brushed aside", "brushed off the criticism" as an adverb or a preposition —
    an adverb or preposition child that makes a phrasal verb the lexicon lists."""
    for child in tok.children:
        if child.dep_ == "prt":
            return child
    if known is None:
        return None
    forms: list[str] = []  # the verb's forms, made once and only if a child may be one
    for child in tok.children:
        if child.dep_ in PARTICLE_DEPS and child.i > tok.i:
            forms = forms or _forms(tok)
            if any(f"{form} {child.lower_}" in known for form in forms):
                return child
    return None


def verb_key(tok: Token, known: dict[str, str] | None = None) -> str:
    """Lemma, with its particle for phrasal verbs ("rule out"); with ``known`` (the
    verb lexicon), the first form of the word that it lists."""
    found = particle(tok, known)
    prt = [found] if found is not None else []
    forms = _forms(tok)
    lemma = forms[0]
    if known is not None:
        lemma = next((f for f in forms if (f"{f} {prt[0].lower_}" if prt else f) in known),
                     lemma)
    return f"{lemma} {prt[0].lower_}" if prt else lemma


def subject_of(verb: Token, depth: int = 0,
               cues: Container[str] = ()) -> Token | None:
    """The speaker token of a cue verb, climbing from participles to their governing verb.
    ``cues``: the verbs of saying; a cue the parser conjoined or adjoined to a verb
    inside another cue's clause ("said the decision was unacceptable and urged X",
    "denied its troops had crossed, calling the charge baseless") is that cue's
    speaker's."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if subjects:
        # two subjects mean a dateline was parsed as one: the nearest is the real one
        return past_dateline(min(subjects, key=lambda c: abs(verb.i - c.i)))
    for child in verb.children:
        if child.dep_ == "agent":
            for grand in child.children:
                if grand.dep_ == "pobj":
                    return grand
    if verb.dep_ in INHERIT_DEPS and depth < 3 and verb.head.i != verb.i:
        head = verb.head
        if head.dep_ == "prep":
            if head.lower_ == "as" and head.head.pos_ == "VERB":
                # "X was quoted as saying", "Y quoted X as saying": the one quoted speaks
                quoted = [c for c in head.head.children if c.dep_ in ("nsubjpass", "dobj")]
                if quoted:
                    return quoted[0]
            head = head.head
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and head.dep_ == "dobj" and \
                head.head.pos_ == "VERB":
            # "issued a statement denying the reports": whoever issued it denies
            return subject_of(head.head, depth + 1, cues)
        if head.pos_ in ("VERB", "AUX"):
            found = subject_of(head, depth + 1)
            crossed = verb.dep_ in ("conj", "advcl") and head.dep_ == "ccomp" and \
                verb.lemma_.lower() in cues and head.lemma_.lower() not in cues
            if crossed or (found is None and verb.dep_ == "conj" and head.dep_ == "ccomp"):
                # "X insisted that the charges are rejected and argued that ...": the
                # parser hung the second cue on the first one's clause; it is X's
                return subject_of(head.head, depth + 1)
            if found is None and verb.dep_ == "advcl":
                # "Five soldiers were killed, the army said, blaming Pakistani troops": the
                # participle hangs on the reported clause; the aside cue before it speaks
                aside = [c for c in head.children if c.dep_ == "parataxis" and c.i < verb.i
                         and c.lemma_.lower() in cues]
                if aside:
                    return subject_of(aside[-1], depth + 1)
            return found
    return None


def past_dateline(subj: Token) -> Token:
    """A subject inside a wire dateline ("CARACAS (AP) — Venezuelan President Nicolas
    Maduro alleged", parsed with the place as subject) gives way to the phrase after the
    dash that the parser hung on it."""
    end = dateline_end(subj.sent)
    if subj.i >= end:
        return subj
    after = [c for c in subj.subtree if c.i >= end and c.dep_ in ("appos", "conj", "npadvmod")
             and c.head.i < end]
    return after[0] if after else subj


def speaker_ref(head: Token, book: ActorDictionary | None) -> dict[str, Any]:
    """Speaker span for a subject token: a person's name alone, an apposed coded name
    ("Belarus ally Russia"), or the whole noun phrase ("the Russian state media")."""
    ent = entity_of(head)
    actor_tok = head
    named = _apposed_person(head) if ent is None or ent.label_ != "PERSON" else None
    if ent is not None and ent.label_ == "PERSON":
        toks: list[Token] = list(ent)
    elif named is not None:
        # "A spokesman for the ministry, Juan Perez, said": the name speaks (ANNOTATION.md:
        # the name span), for the body its title belongs to (read below from the title)
        toks = list(named)
    else:
        appos = [c for c in head.children if c.dep_ == "appos" and entity_of(c) is not None]
        if appos and actors.token_actor(appos[0], book):
            actor_tok = appos[0]
            toks = noun_phrase(appos[0])
        else:
            toks = noun_phrase(head)
    ref = tokens_ref(toks) or {"start": head.idx, "end": head.idx + len(head), "text": head.text}
    # "Sudan's Rapid Support Forces", "Yemen's Houthis": a head that is a party of the
    # dictionary's own (a group or organisation, not "China's Taiwan Affairs Office",
    # coded from a place in its name) speaks for itself, not for the country before it
    actor = actors.own_party(actor_tok, book) or actors.token_actor(actor_tok, book)
    code = actors.code_of(actor) or _title_code(head)
    if any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in head.children):
        # "China's coast guard gave its account. Its spokesman said": the title is of the
        # party "its" points back to, not of the last one who held such a title
        code = actors.previous_subject_code(head, book) or code
    return {**ref, "actor": code, "resolved": None,
            "_sector": actor.get("sector") if actor else None}


def _apposed_person(head: Token) -> Span | None:
    """A person's name set off after a title noun ("a spokesman for the ministry, Juan
    Perez,"): the name entity of the title's apposition."""
    for child in head.children:
        ent = entity_of(child) if child.dep_ == "appos" and child.i > head.i else None
        if ent is not None and ent.label_ == "PERSON":
            return ent
    return None


TITLE_DEPS = frozenset({"compound", "amod", "poss", "nmod", "appos"})
OWNER_PREPS = frozenset({"for", "of", "at"})


def _title_code(head: Token) -> str | None:
    """The party a speaker speaks for when its name is not coded itself: the title
    before a name ("Iranian Foreign Ministry spokesman Nasser Kanaani"), or the body a
    role belongs to ("a spokesman for Ukraine's navy")."""
    ent = entity_of(head)
    own = set(range(ent.start, ent.end)) if ent is not None else {head.i}
    scope: list[Token] = []
    for child in head.children:
        if child.dep_ in TITLE_DEPS or (child.dep_ == "prep" and child.lower_ in OWNER_PREPS):
            scope.extend(t for t in child.subtree if t.i not in own)
    found = actors.mentions(sorted(scope, key=lambda t: t.i))
    return found[0][1] if found else None


def is_pronoun(tok: Token) -> bool:
    return tok.tag_ in PRONOUN_TAGS or tok.pos_ == "PRON"


def split_clause(comp: Token) -> Token | None:
    """"said hackers working for the GRU attacked the watchdog": the parser may read a
    subject with a participle after it as a clause of its own and hang the real verb
    beside it, subjectless.  That verb (a complement of the same head, starting right
    after the first, with no subject) goes on the clause the first one began."""
    for sib in comp.head.children:
        if sib.dep_ == "ccomp" and sib.i > comp.i and \
                sib.left_edge.i == comp.right_edge.i + 1 and \
                not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in sib.children):
            return sib
    return None


RELATIVE_PRONOUNS = frozenset({"that", "which", "who"})


def relative_cue(tok: Token) -> bool:
    """A cue of a relative clause of saying: parsed as one ("where rebels said ..."), or
    hung as a complement whose own clause has the relative pronoun for subject ("a
    market that the RSF said had killed 40 people")."""
    if tok.dep_ == "relcl":
        return True
    return tok.dep_ == "ccomp" and any(
        c.dep_ == "ccomp" and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ in
                                  RELATIVE_PRONOUNS and g.i < tok.i for g in c.children)
        for c in tok.children)


def clause_content(comp: Token, verb: Token, lex: Lexicon) -> tuple[SpanRef | None, list[Token]]:
    """Content of a complement clause that follows its cue, with coordinated clauses of
    the cue verb that the parser hung on the verb instead ("told X that A, and B")."""
    toks = prune_cues(list(comp.subtree), comp, lex)
    if relative_cue(verb):
        # "the village, which officials said had been hit": the relative pronoun was
        # pulled out of the clause before the speaker; what is said follows the cue
        toks = [t for t in toks if t.i > verb.i]
    split = split_clause(comp)
    if split is not None:
        toks.extend(split.subtree)
    toks = spans.without_addressee(verb, comp, toks, lex)
    for child in verb.children:
        if child.dep_ == "conj" and child.i > comp.i and child.pos_ in ("VERB", "AUX"):
            if verb_key(child, lex.verb_kind) in lex.verb_kind:
                continue
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children):
                toks.extend(t for t in verb.subtree if comp.i < t.i <= child.right_edge.i)
    return content_from_tokens(toks, lex), sorted(set(toks), key=lambda t: t.i)


def fronted_content(
    sent: Span, verb: Token, speaker: Token | None, lex: Lexicon
) -> tuple[SpanRef | None, list[Token]]:
    """Content of a clause fronted before its cue: from the sentence start to the speaker
    or the cue, whichever comes first."""
    stop = verb.i
    if speaker is not None:
        stop = min(stop, speaker.left_edge.i)
    begin = dateline_end(sent)
    toks = [t for t in sent if begin <= t.i < stop]
    if len([t for t in toks if not t.is_punct]) < 2:
        return None, []
    return content_from_tokens(toks, lex), toks


CONTRAST_MARKS = frozenset({"while", "whereas", "whilst"})


def object_content(
    verb: Token, dobj: Token, lex: Lexicon
) -> tuple[SpanRef | None, list[Token]]:
    """Object-taking cues: the object and what follows it in the verb's phrase, minus
    clauses that are claims of their own ("dismissed these allegations, accusing ...")."""
    key = verb_key(verb, lex.verb_kind)
    if is_pronoun(dobj) and key in (lex.accusation_of | lex.accusation_for):
        for holder in (verb, dobj):
            for prep in holder.children:
                if prep.dep_ == "prep" and prep.lower_ in ("of", "for"):
                    inner = [t for c in prep.children for t in c.subtree]
                    if inner:
                        return content_from_tokens(inner, lex), sorted(inner, key=lambda t: t.i)
    toks = spans.without_occasion(list(dobj.subtree), (verb, dobj), lex)
    if lex.verb_kind.get(key) == "denial":
        # what is denied is the object itself ("these allegations", "Baku's assertion")
        return content_from_tokens(toks, lex), toks
    for child in verb.children:
        if child.i <= dobj.i or child.dep_ in CONTENT_SKIP:
            continue
        if child.dep_ in ("advcl", "conj", "xcomp") and (
                verb_key(child, lex.verb_kind) in lex.verb_kind or
                (child.tag_ == "VBG" and child.lemma_.lower() in lex.call_denial) or
                any(m.dep_ == "mark" and m.lower_ in CONTRAST_MARKS for m in child.children)):
            # "praised the vote, saying ...", "..., calling it historic", "thanked X,
            # while Y said ...": another claim (of this speaker or another) begins there
            continue
        toks.extend(child.subtree)
    toks = spans.without_occasion(sorted(set(toks), key=lambda t: t.i), (verb, dobj), lex)
    # keep a contiguous run starting at the object
    run = []
    for t in toks:
        if run and t.i != run[-1].i + 1:
            break
        run.append(t)
    run = [t for t in run if t.dep_ != "punct" or t.i < run[-1].i]
    if key in lex.accusation_of and (charge := spans.charge_of(run)) is not None:
        run = [t for t in run if t.i > charge.i] or run  # the charge, not the accused
    return content_from_tokens(run, lex), run


def noun_content(noun: Token, lex: Lexicon,
                 clause_only: bool = False) -> tuple[SpanRef | None, list[Token]]:
    """Content of an attribution noun: "about X" or a that-clause ("the claim that ...");
    ``clause_only``: the that-clause alone (a possessor's "Russia's statement on Syria"
    names a topic, not what was said)."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in lex.nouns.content_preps and not clause_only:
            inner = [t for c in child.children for t in c.subtree]
            if inner:
                return content_from_tokens(inner, lex), sorted(inner, key=lambda t: t.i)
        if child.dep_ in ("acl", "ccomp") and any(
            g.dep_ == "mark" and g.lower_ == "that" for g in child.children
        ):
            toks = _without_speaker_participles(subtree_tokens(child), child, lex)
            return content_from_tokens(toks, lex), toks
    return None, []


def _without_speaker_participles(toks: list[Token], clause: Token, lex: Lexicon) -> list[Token]:
    """A that-clause without a trailing ", calling it fake news": the parser hangs the
    participle on the clause, but its subject is whoever spoke of the noun ("dismissed a
    report that ..., calling it fake news"), so it is no part of the report's content."""
    cues = set(lex.verb_kind) | lex.call_denial | lex.deem_verbs
    drop: set[int] = set()
    for tok in toks:
        if tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head == clause and \
                tok.lemma_.lower() in cues and tok.i > 0 and tok.doc[tok.i - 1].text == ",":
            drop.update(t.i for t in tok.subtree)
    return [t for t in toks if t.i not in drop]


def possessor_of(noun: Token) -> Token | None:
    """The named possessor of an attribution noun ("Manila's accusation that ...",
    "Moscow's claim that ..."): the party that made it.  A pronoun ("its claim") is
    left to the reference rules, which do not reach inside noun phrases."""
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ in ("PROPN", "NOUN") and not is_pronoun(child):
            return child
    return None


def agent_of(noun: Token, lex: Lexicon) -> Token | None:
    """The "by X" agent of an attribution noun ("a release by Interfax")."""
    for child in noun.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in lex.nouns.agent_preps:
            for grand in child.children:
                if grand.dep_ == "pobj":
                    return grand
    return None


ADJOINED = frozenset({"conj", "advcl", "parataxis"})


def _impersonal_passive(verb: Token) -> bool:
    """A passive cue with no agent whose subject is a thing, not "it" ("no damage was
    reported", "casualties were reported"): it says something happened."""
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    subj = [c for c in verb.children if c.dep_ == "nsubjpass"]
    return bool(subj) and subj[0].lower_ != "it" and not any(
        c.dep_ == "ccomp" for c in verb.children)


def prune_cues(toks: list[Token], root: Token, lex: Lexicon) -> list[Token]:
    """Drop coordinated or adjoined cue clauses (", and threatened ...", ", while
    Azerbaijan said ...") and relative denials (", an incident Baku denied ...") from a
    content: each is a claim of its own."""
    drop: set[int] = set()
    for tok in toks:
        if tok is root or tok.i in drop or tok.pos_ not in ("VERB", "AUX"):
            continue  # only verbs are cues here: tested first, the key costs more
        key = verb_key(tok, lex.verb_kind)
        calling = tok.tag_ == "VBG" and tok.lemma_.lower() in lex.call_denial
        if key not in lex.verb_kind and not calling:
            continue  # ", calling the charges baseless" is a claim of its own too
        if _impersonal_passive(tok):
            continue  # "and no damage was reported": an event, not a cue
        if tok.dep_ in ADJOINED:
            drop.update(t.i for t in tok.subtree)
        elif tok.dep_ in ("relcl", "acl") and tok.head.dep_ in ("npadvmod", "appos", "conj"):
            drop.update(t.i for t in tok.head.subtree)
    kept = [t for t in toks if t.i not in drop]
    # a comma left dangling before the cut goes too
    while kept and kept[-1].is_punct and not kept[-1].is_quote:
        kept.pop()
    return kept
