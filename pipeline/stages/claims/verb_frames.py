"""Frames of verb cues in the parse: which words of a sentence around a verb of saying
make its object, subject or content ("denied targeting", "deem X responsible",
"levelled charges", "called the claims baseless", "a charge Peru rejected").

Kept apart from :mod:`.cues`, which builds drafts from these frames, so each module
does one job.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from ..judged import names_a_claim
from ..wordclasses import word_forms
from .attribution import agent_of, is_pronoun, particle, verb_key
from .lexicon import Lexicon
from .spans import noun_phrase, told_that, without_occasion


def gerund_complement(verb: Token) -> Token | None:
    """An -ing clause after the cue ("denied targeting ...", "denies having sent ...")."""
    for child in verb.children:
        if child.dep_ in ("xcomp", "ccomp", "dobj") and child.tag_ == "VBG" and child.i > verb.i:
            return child
    return None


def deem_adjective(verb: Token, lex: Lexicon) -> Token | None:
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


def light_accusation(verb: Token, lex: Lexicon) -> Token | None:
    """The object of "level charges", "make accusations" (the charge noun), if any."""
    if verb.lemma_.lower() not in lex.light_verbs:
        return None
    for child in verb.children:
        if child.dep_ == "dobj" and child.lemma_.lower() in lex.light_nouns:
            return child
    return None


def call_denial(verb: Token, lex: Lexicon) -> Token | None:
    """"X called the claims baseless": the claim noun object, when a denial adjective
    predicates of it."""
    if verb.lemma_.lower() not in lex.call_denial:
        return None
    dobj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if dobj is None:
        # headlines: "Washington calls claim 'absurd'" parses the noun as a verb
        dobj = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.i > verb.i
                     and c.lower_ in lex.claim_nouns | {n + "s" for n in lex.claim_nouns}), None)
    # "called the report disinformation": the parser may make the judging mass noun the
    # verb's predicate (oprd) and the claim noun its compound
    objects = [dobj] if dobj is not None else [
        c for c in verb.children if c.dep_ in ("xcomp", "ccomp", "oprd") and c.i > verb.i]
    judged = next((j for o in objects if (j := _judged_compound(o, lex)) is not None), None)
    if judged is not None:
        return judged
    if dobj is None or not names_a_claim(dobj, lex.claim_nouns | lex.evidence_nouns):
        misparsed = _claim_before_judgement(verb, lex)
        if misparsed is not None:
            return misparsed
    if dobj is None or (is_pronoun(dobj) and verb.tag_ == "VBG") or \
            not names_a_claim(dobj, lex.claim_nouns | lex.evidence_nouns):
        # "which branded them slander": a pronoun standing for the claims (not for the
        # drills: "held drills; X called them a provocation" censures an act, the event
        # layer's reading too); not after a participle ("dismissed the report, calling
        # it fake"), the main verb's denial
        return None
    for tok in verb.subtree:
        pair = f"{tok.lower_} {tok.nbor(1).lower_}" if tok.i + 1 < len(tok.doc) else ""
        if tok.i > dobj.i and (word_forms(tok) & lex.denial_adjectives
                               or pair in lex.denial_adjectives):  # "a fairy tale"
            return dobj
    return None


def _judgement(tok: Token, lex: Lexicon) -> bool:
    return bool(word_forms(tok) & lex.denial_adjectives)


def _claim_before_judgement(verb: Token, lex: Lexicon) -> Token | None:
    """"called the Armenian account a fabrication", "called the militia account a total
    lie": the parser may break "V N a J" (object, then a judgement noun as predicate)
    into several predicates of the verb, or read the claim noun as a verb.  The claim
    noun is then the last one between the verb and the first judgement word of its
    clause, with nothing but that noun phrase between them."""
    clause = {t.i for t in verb.subtree}
    judged = next((t for t in verb.doc[verb.i + 1:verb.sent.end]
                   if t.i in clause and _judgement(t, lex)), None)
    if judged is None:
        return None
    between = verb.doc[verb.i + 1:judged.left_edge.i]
    if not len(between) or any(t.i not in clause or t.is_punct or t.lower_ in ("that", "which")
                               for t in between):
        return None
    nouns = lex.claim_nouns | lex.evidence_nouns
    last = between[-1]
    return last if last.lemma_.lower() in nouns or last.lower_ in nouns else None


def called_content(called: Token, verb: Token, lex: Lexicon) -> list[Token]:
    """The words naming what is called false: "the Ecuadorian army's account" in
    "called the Ecuadorian army's account a lie", whether the parser hung the judgement
    ("a lie") on the verb or on the noun, or broke the phrase into predicates."""
    if called.pos_ == "VERB" or called.dep_ in PREDICATE_DEPS:
        # a misparsed noun: the words from the verb up to it, and its own complements
        toks = list(verb.doc[verb.i + 1:called.i + 1]) + \
            [t for t in noun_phrase(called) if t.i > called.i]
    else:
        toks = without_as(called)
    judged = [t for t in toks if t.i > called.i and t.head.i in (called.i, verb.i)
              and t.dep_ not in ("prep", "amod", "compound") and _judgement(t, lex)]
    preds = _predicates(verb, called) + [  # "as baseless" parsed as a clause of the verb
        c for c in verb.children if c.dep_ == "advcl" and c.i > called.i
        and any(g.lower_ == "as" for g in c.children)]
    judged += [p for p in preds if any(_judgement(t, lex) for t in p.subtree)]
    if not toks or not judged:
        return toks
    # the said part is the object with what it is called ("the reports as propaganda",
    # "the account a lie"), as with a condemned act (:func:`call_condemnation`)
    end = max(toks[-1].i, *(t.right_edge.i for t in judged))
    obj = called.head if called.dep_ in ("compound", "nmod") else called  # "the claims groundless"
    start = min(toks[0].i, obj.left_edge.i) if obj.dep_ == "dobj" else toks[0].i
    return without_occasion(list(verb.doc[start:end + 1]), (verb, called, *judged), lex)


def _judged_compound(obj: Token, lex: Lexicon) -> Token | None:
    """"branded the claims groundless", "branded Seoul's protests hysteria": the parser
    may make the judging word the object's head and the claim noun its compound; the
    claim noun is then what is called false."""
    if not word_forms(obj) & lex.denial_adjectives:
        return None
    return next((c for c in obj.children if c.dep_ in ("compound", "nmod") and c.i < obj.i
                 and (c.lemma_.lower() in lex.claim_nouns
                      or c.lower_.rstrip("s") in lex.claim_nouns)), None)


PREDICATE_DEPS = frozenset({"oprd", "xcomp", "ccomp", "acomp", "npadvmod"})


def _predicates(verb: Token, obj: Token) -> list[Token]:
    """What ``obj`` is called: a complement after it ("called the sanctions illegal"), a
    second object ("branded the drills a provocation") or an "as" phrase ("described the
    expulsions as an unfriendly act"), on the verb or (as the parser may have it) on the
    object."""
    out = [c for c in verb.children if c.i > obj.i and c.dep_ in PREDICATE_DEPS | {"dobj", "attr"}]
    out += [c for c in obj.children if c.dep_ == "appos"]  # "the expulsions a hostile act"
    for head in (verb, obj):
        # "as an unfriendly act"; "as aggressive and reckless", the adjectives parsed as
        # modifiers of "as" itself
        out += [g for c in head.children if c.dep_ == "prep" and c.lower_ == "as"
                for g in c.children if g.dep_ in ("pobj", "amod", "acomp")]
    return out


def condemns(pred: Token, lex: Lexicon) -> bool:
    """Whether a predicate condemns what it is said of: its head, a modifier of it or the
    noun of its "of" or "for" phrase ("an act of aggression", "a rehearsal for invasion")
    is a condemning word."""
    words = [pred, *(c for c in pred.children if c.dep_ in ("amod", "compound", "advmod")),
             *(g for c in pred.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
               for g in c.children if g.dep_ == "pobj")]
    if any(word_forms(w) & lex.condemning_words for w in words):
        return True
    text = " ".join(t.lower_ for t in pred.subtree)
    return any(" " in w and w in text for w in lex.condemning_words)


def call_condemnation(verb: Token, lex: Lexicon) -> list[Token] | None:
    """"X called the sanctions illegal", ", branding their parade a farce": an act of
    another party called by a condemning word is blamed on it (CAMEO 111) — the object
    and what it is called, as the content of an accusation.  A claim noun as object
    ("called the claims baseless") is a denial (:func:`call_denial`)."""
    if verb.lemma_.lower() not in lex.condemn_verbs:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lower_.rstrip("s") in lex.claim_nouns or \
            obj.lemma_.lower() in lex.claim_nouns | lex.evidence_nouns | lex.nouns.anaphoric \
            or (is_pronoun(obj) and (verb.tag_ == "VBG" or names_a_claim(
                obj, lex.claim_nouns | lex.evidence_nouns))):
        return None  # "calling it fake", "called the footage staged": a claim is judged
    if not any(condemns(p, lex) for p in _predicates(verb, obj)):
        return None
    # "described the manoeuvres as reckless and said no one was hurt": a verb conjoined
    # to the cue says something else, a claim of its own
    joined = [c.i for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    stop = next((c.i for c in verb.children if c.dep_ == "cc" and joined and c.i < joined[0]),
                joined[0] if joined else len(verb.doc))
    toks = [t for t in verb.subtree if verb.i < t.i < stop]
    return [t for t in toks if not (t.is_punct and t.i == toks[-1].i)] if toks else None


def cast_doubt(verb: Token, lex: Lexicon) -> list[Token] | None:
    """"cast doubt on whether he was poisoned", "threw doubt on the photographs": what
    the doubt is cast on (the object of the preposition, which the parser hangs on the
    verb or on the noun) — the content of a denial."""
    verbs, nouns, preps = lex.doubt_frame
    if verb.lemma_.lower() not in verbs:
        return None
    for noun in (c for c in verb.children if c.dep_ == "dobj" and c.lower_ in nouns):
        for prep in (*verb.children, *noun.children):
            if prep.dep_ == "prep" and prep.lower_ in preps and prep.i > noun.i:
                inner = sorted((t for c in prep.children for t in c.subtree), key=lambda t: t.i)
                if inner:
                    return [t for t in inner if not (t.is_punct and t.i == inner[-1].i)]
    return None


def call_participle(verb: Token, lex: Lexicon) -> list[Token] | None:
    """", calling the decision historic", ", describing it as a bid to smear X",
    ", branding their parade a farce": a participle of calling after a comma names its
    object and what it is called — a claim of its own by the governing verb's subject,
    whatever that verb says.  The content is what follows the participle."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.lemma_.lower() not in \
            lex.call_denial or verb.i == 0 or verb.nbor(-1).text != ",":
        return None
    if not any(c.dep_ == "dobj" for c in verb.children):
        return None
    if not any(c.dep_ in PREDICATE_DEPS or (c.dep_ == "prep" and c.lower_ == "as")
               for t in (verb, *verb.children) for c in t.children if c.i > verb.i):
        return None
    return [t for t in verb.subtree if t.i > verb.i]


def without_as(noun: Token) -> list[Token]:
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


def shifted_object(verb: Token, lex: Lexicon | None = None) -> Token | None:
    """"rejected as \"fabricated\" a Russian claim that ...": a heavy object moved after the
    "as" phrase, which the parser hangs on the participle; "brushed off the criticism":
    the object parsed under the particle."""
    part = particle(verb, lex.verb_kind) if lex is not None else None
    if part is not None and part.dep_ == "prep":
        obj = next((g for g in part.children if g.dep_ == "pobj"), None)
        if obj is not None:
            return obj
    if part is not None and part.dep_ == "prt":
        # "lashed out at the consulates", "hit out at Washington": the object after the
        # particle's preposition
        obj = next((g for c in verb.children if c.dep_ == "prep" and c.i > part.i
                    and c.lower_ in ("at", "against") for g in c.children if g.dep_ == "pobj"),
                   None)
        if obj is not None:
            return obj
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "as" and child.i > verb.i:
            for grand in child.children:
                if grand.dep_ == "pcomp":
                    obj = next((g for g in grand.children if g.dep_ == "dobj"), None)
                    if obj is not None:
                        return obj
    return shared_object(verb)


def shared_object(verb: Token) -> Token | None:
    """"rejecting and deploring the way ...": two verbs joined by "and" share the object
    the parser gave the second."""
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.pos_ != "VERB" or any(
                t.dep_ not in ("cc", "advmod") for t in verb.doc[verb.i + 1:conj.i]):
            continue
        return next((c for c in conj.children if c.dep_ == "dobj"), None)
    return None


def relative_subject(verb: Token, subj: Token | None, lex: Lexicon) -> Token | None:
    """"..., a charge both governments rejected" parsed with two subjects: the earlier one,
    a claim noun, is what the verb's relative clause is about."""
    if subj is None:
        return None
    for child in verb.children:
        if child.dep_ == "nsubj" and child.i < subj.i and child is not subj and \
                child.lemma_.lower() in lex.nouns.anaphoric:
            return child
    return None


def attribution_that(verb: Token, lex: Lexicon) -> Token | None:
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
            if tok.lower_ == "that" and (tok.dep_ == "mark" or told_that(tok, lex)):
                return tok
    return None


def headline_subject(verb: Token) -> Token | None:
    """A name the parser made a compound of the cue ("Tehran rejects IAEA report")."""
    for child in verb.children:
        if child.dep_ == "compound" and child.i < verb.i and child.ent_type_:
            return child
    return None


def passive_subject(verb: Token) -> Token | None:
    """The subject of a passive cue ("the allegations were rejected"), not "it"."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return None if subj is None or is_pronoun(subj) else subj


def of_for_object(verb: Token) -> list[Token]:
    """What someone is accused of or blamed for: the "of"/"for" phrase of the verb."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "for"):
            inner = sorted((t for c in prep.children for t in c.subtree), key=lambda t: t.i)
            if inner:
                return inner
    return []


def punct_before(tok: Token) -> bool:
    """Whether the cue's clause opens after a comma or quote ('"...," he said')."""
    first = tok.left_edge
    if first.i < tok.i and (first.is_punct or first.is_quote):
        return True  # the clause itself opens with the comma or quote
    return first.i > tok.sent.start and (first.nbor(-1).is_punct or first.nbor(-1).is_quote)


def tagged_conjunct(verb: Token, subj: Token | None, dobj: Token | None) -> bool:
    """"Tehran has never sent a drone to Russia, Iran's foreign minister said on
    Saturday": the parser joins the closing tag to the fronted clause as a conjunct
    with no "and" — a verb of saying with its own subject after the comma, nothing said
    after it, closing the sentence: the clause before it is what is said."""
    head = verb.head
    return (verb.dep_ == "conj" and head.i < verb.i and dobj is None and subj is not None
            and head.i < subj.i < verb.i and head.pos_ in ("VERB", "AUX")
            and punct_before(verb) and head.left_edge.i == verb.sent.start
            and not any(t.dep_ in ("cc", "preconj") for t in verb.doc[head.i:verb.i])
            and not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children))


def appositive_relative(verb: Token, subj: Token | None, lex: Lexicon) -> Token | None:
    """"..., an accusation Peru has rejected" (a relative clause without "that") parsed as
    if the claim noun were the verb's subject and the name its apposition: the name is
    who denies, the noun what is denied.  Returns the name."""
    if subj is None or verb.dep_ != "relcl" or subj.dep_ != "nsubj" or \
            subj.lemma_.lower() not in lex.nouns.anaphoric:
        return None
    if any(c.dep_ == "dobj" for c in verb.children):
        return None
    return next((c for c in subj.children if c.dep_ == "appos" and c.i > subj.i
                 and c.pos_ == "PROPN"), None)


def attribution_sources(cues: Sequence[Token], lex: Lexicon) -> list[Token]:
    """Agents of attribution nouns and "according to" objects in the sentence."""
    out: list[Token] = []
    for tok in cues:
        if tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in lex.noun_kind:
            agent = agent_of(tok, lex)
            if agent is not None:
                out.append(agent)
        if tok.lower_ == "according":
            for child in tok.children:
                if child.lower_ == "to":
                    out.extend(g for g in child.children if g.dep_ == "pobj")
    return out
