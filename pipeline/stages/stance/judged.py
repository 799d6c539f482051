"""Accusations a content makes without an accusing verb or a coded doer (ANNOTATION.md,
Claims: accusation "in any words"):

- another party's act (or the party) judged by a condemning word: "the US sanctions were
  illegal", "the military's campaign amounted to crimes against humanity" (CAMEO 111);
- a hostile act by a doer that names an armed party but no coded one: "gunmen attacked
  the convoy", "a band of armed men crossed the line" (target: the party the article
  named before, or null);
- another party's forces or objects come into the speaker's territory: "fragments of a
  Russian drone fell on Romanian territory" (target: that party).

Kept apart from :mod:`.kinds`, which decides the order the rules are tried in.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .. import nominal
from ..claims import actors
from ..claims.lexicon import Lexicon
from ..claims.verb_frames import condemns
from ..wordclasses import word_forms
from . import frames
from .backing import backs_armed
from .rules import StanceRules


def unnamed_doer(clause: Token, speaker: str | None, rules: StanceRules, lex: Lexicon,
                 hostile_events: set[int], earlier: str | None = None) -> tuple[bool, str | None]:
    """"a band of armed men crossed the Blue Line", "gunmen attacked the convoy", "the
    junta had executed four activists", "the RSF shelled a hospital": a hostile act, told
    as a fact, by a doer that names an armed party (or an organisation by a name no
    dictionary codes) but no coded one, or by "they" after a charge.  ``(True, code)``
    with the code of the party the article named before (for "they": ``earlier``, the
    party the nearest accusation before accused), or None."""
    if clause.pos_ not in frames.VERBAL or frames.negated(clause) or frames.modal(clause, rules):
        return False, None
    act = frames.attempted_act(clause, rules)
    if not (frames.hostile_manner(act, rules) or act.i in hostile_events
            or act.lemma_.lower() in lex.hostile_lemmas or
            hostile_by_object(act, rules, lex, hostile_events)):
        return False, None
    who = frames.doer(clause)
    if who is None or frames.side(who, speaker, rules)[0] != "none":
        return False, None
    head = frames.whole(who)
    if uncoded_organisation(head):
        return True, None  # "the RSF had shelled a hospital": a party the dictionary lacks
    if resumes_accused(head, rules):
        return True, earlier if earlier != speaker else None
    if head.lemma_.lower() not in rules.hostile_agents and head.lower_ not in rules.hostile_agents:
        return False, None
    code = actors.antecedent_code(head)
    if code is None and earlier != speaker and resumes_by_description(head, rules):
        code = earlier  # "The militia is targeting civilians", said after the charge
    return True, code if code != speaker else None


def resumes_by_description(head: Token, rules: StanceRules) -> bool:
    """"the militia", "these attackers": a definite hostile doer whose head no earlier
    coded phrase shares points back, like "they" (:func:`resumes_accused`), to the party
    the article has just accused — news names the accused once, then by what it did
    or is; an indefinite one ("gunmen", "a band of men") is unidentified (target null)."""
    return any(c.dep_ == "det" and c.lower_ in rules.resuming_determiners
               for c in head.children)


def resumes_accused(tok: Token, rules: StanceRules) -> bool:
    """"They are using the tactics of war against the state", "It is an aggressor",
    said after a charge: in the speaker's own words (where its side is "we") a third
    person pronoun resumes the party the article has just accused; reported ("the
    rebels said they had shot down a jet") it is as often the speaker itself."""
    return tok.lower_ in rules.resumed_doers and tok.pos_ == "PRON" and _quoted(tok)


def _quoted(tok: Token) -> bool:
    """Whether ``tok`` stands inside a direct quotation: an odd number of quote marks
    before it in its paragraph (a quotation of several sentences opens in the first)."""
    marks = 0
    for t in reversed(tok.doc[:tok.i]):
        if "\n" in t.text:
            break
        marks += t.is_quote
    return marks % 2 == 1


def hostile_by_object(act: Token, rules: StanceRules, lex: Lexicon,
                      hostile_events: set[int]) -> bool:
    """"opened fire on worshippers", "carried out an attack", "launched strikes", "used
    drones against villages": a verb that carries force (CAMEO 18-19 wordings) names the
    act by its object — a hostile noun or event — or, for a verb of using, by the party
    or place it is used against."""
    lemma = act.lemma_.lower()
    if lemma not in rules.force_carriers:
        return False
    objects = [c for c in act.children if c.dep_ == "dobj"]
    if any(o.i in hostile_events or o.lemma_.lower() in lex.hostile_lemmas for o in objects):
        return True
    return lemma in rules.force_users and any(
        p.dep_ == "prep" and p.lower_ == "against" for h in (act, *objects) for p in h.children)


def uncoded_organisation(tok: Token) -> bool:
    """"the RSF", "IPOB", "the Ogaden National Front": an organisation's name the actor
    dictionary does not know — an ORG entity, or a capitalised acronym the entity model
    missed — coded nowhere, so it is neither the speaker's side nor a coded party, yet a
    party by name (ANNOTATION.md: armed groups are parties by their short name)."""
    if tok.pos_ != "PROPN" or actors.token_actor(tok) is not None:
        return False
    ent = actors.entity_of(tok)
    if ent is not None:
        return ent.label_ == "ORG" and not actors.code_of(ent._.actor)
    return tok.is_upper and 2 <= len(tok.text) <= 6 and tok.is_alpha


JUDGING_VERBS = frozenset({"be", "amount", "constitute", "represent"})


def condemned_other(clause: Token, speaker: str | None, rules: StanceRules,
                    lex: Lexicon, earlier: str | None = None) -> tuple[bool, str | None]:
    """"the US sanctions were illegal", "Washington's decision was a violation of
    international law", "the measures were an attack on Turkey's rights": an act (or a
    party) not the speaker's own, judged by a condemning word, is blamed on its doer
    (CAMEO 111, told in a clause).  ``(True, code)`` with the code of the party the
    subject names, or None when it names none (the target is then null).  After a
    charge, a quoted "it" or "they" (:func:`resumes_accused`) called a wrongdoer names
    ``earlier``, the party the nearest accusation before accused ("It is an aggressor
    and it must leave"); whatever the reported-speech reading of "it" says."""
    if clause.lemma_.lower() not in JUDGING_VERBS or frames.negated(clause) or \
            frames.modal(clause, rules):
        return False, None
    subj = frames.subject(clause)
    if subj is None:
        return False, None
    # "amounted to a crime", "were in violation of its sovereignty", "in breach of"
    preds = [c for c in clause.children if c.dep_ in ("attr", "acomp", "dobj")] + [
        g for c in clause.children if c.dep_ == "prep" and c.lower_ in ("to", "in")
        for g in c.children if g.dep_ == "pobj"]
    if earlier and earlier != speaker and resumes_accused(subj, rules) and any(
            p.lemma_.lower() in rules.wrongdoer_nouns for p in preds):
        return True, earlier  # a noun of a wrongdoer is said of a party, not of a claim
    if subj.lemma_.lower() in rules.claim_heads:
        return False, None  # "the idea of arms exports was absurd" judges a claim
    who, code = frames.side(subj, speaker, rules)
    if who == "own" or (who == "none" and subj.pos_ not in ("NOUN", "PROPN")):
        return False, None
    return any(condemns(p, lex) or p.lemma_.lower() in rules.wrongdoer_nouns
               or p.lemma_.lower() in rules.wrongdoing_nouns for p in preds), code


def intrusion(clause: Token, speaker: str | None, rules: StanceRules) -> str | None:
    """"fragments of a Russian drone had fallen on Romanian territory", "a Chinese balloon
    flew over Japanese airspace": another party's forces or objects moving into a place
    the speaker's side owns — the code of that party."""
    if clause.lemma_.lower() not in rules.intrusion_verbs or frames.negated(clause) or \
            frames.modal(clause, rules):
        return None
    who, code = frames.side(frames.subject(clause), speaker, rules)
    if who != "other":
        return None
    places = rules.territory_nouns | rules.intrusion_nouns
    for prep in (c for c in clause.children if c.dep_ == "prep"
                 and c.lower_ in rules.intrusion_preps):
        for place in (g for g in prep.children if g.dep_ == "pobj"):
            if place.lemma_.lower() not in places:
                continue
            owners = [c for c in place.children if c.dep_ in ("poss", "amod", "compound")]
            if any(frames.side(o, speaker, rules)[0] == "own" for o in owners):
                return code
    return None


def other_party_things(clause: Token, speaker: str | None, rules: StanceRules, lex: Lexicon,
                       hostile_events: set[int]) -> tuple[str | None, str]:
    """Another party blamed through its forces, objects or men rather than an act of its
    own: :func:`intrusion` (they come into the speaker's territory) or
    :func:`.backing.backs_armed` (it backs an armed party) or
    :func:`origin_of_harm` (the doers of a hostile act are its, or come from it).
    ``(code, evidence)``; the code is None when neither frame holds."""
    code = intrusion(clause, speaker, rules)
    if code:
        return code, "other-side-intrusion"
    code = backs_armed(clause, speaker, rules)
    if code:
        return code, "backs-armed-party"
    code = origin_of_harm(clause, speaker, rules, lex, hostile_events)
    if code:
        return code, "origin-of-harm"
    return evidence_points_to(clause, speaker, rules), "evidence-points-to"


def origin_of_harm(clause: Token, speaker: str | None, rules: StanceRules, lex: Lexicon,
                   hostile_events: set[int]) -> str | None:
    """"the attackers belonged to the TTP", "militants behind the attack came from
    Afghanistan", "the shells had come from government positions": a hostile doer or
    weapon said to belong to or come from another party lays the act at its door — the
    code of that party.  Whose the doer is decides the accusation, not what it did, so
    the verb is one of belonging or provenance, never a hostile one."""
    preps = rules.origin_verbs.get(clause.lemma_.lower())
    if not preps or frames.negated(clause) or frames.modal(clause, rules):
        return None
    subj = frames.subject(clause)
    head = None if subj is None else frames.whole(subj).lemma_.lower()
    if subj is None or not ((head in rules.hostile_agents and head not in rules.origin_generic)
                            or head in rules.origin_remnants
                            or any(t.i in hostile_events or t.lemma_.lower() in lex.hostile_lemmas
                                   for t in subj.subtree)):
        return None
    return _other_party_after(clause, preps, speaker, rules)


def _other_party_after(clause: Token, preps: frozenset[str], speaker: str | None,
                       rules: StanceRules) -> str | None:
    """The code of another party named by the object of one of ``preps`` under
    ``clause`` ("from Afghanistan", "to the ELN's eastern front"), else None."""
    for source in (g for c in clause.children if c.dep_ == "prep" and c.lower_ in preps
                   for g in c.children if g.dep_ == "pobj"):
        who, code = frames.side(source, speaker, rules)
        if who == "none" and source.pos_ == "NOUN":
            # "from government positions": a generic owner named in full before
            who, code = next((frames.side(c, speaker, rules) for c in source.children
                              if c.dep_ in ("compound", "amod", "poss")), (who, code))
        if who == "other" and code:
            return code
    return None


def evidence_points_to(clause: Token, speaker: str | None, rules: StanceRules) -> str | None:
    """"evidence pointed to Boko Haram's northern faction", "the clues pointed to
    Iranian-backed militias": evidence or an inquiry leading to another party blames it
    for the act inquired into — the code of that party.  The subject must be evidence
    (a verb of pointing said of a person points at a topic, not at a culprit)."""
    preps = rules.pointing_verbs.get(clause.lemma_.lower())
    if not preps or frames.negated(clause) or frames.modal(clause, rules):
        return None
    subj = frames.subject(clause)
    if subj is None:
        return None
    nouns = rules.pointing_evidence | rules.pointing_traces
    words = [subj] + [c for c in subj.children if c.dep_ == "compound"]
    if not any(w.lemma_.lower() in nouns or w.lower_ in nouns for w in words):
        return None
    return _other_party_after(clause, preps, speaker, rules)


def concerned_by(content: Span, speaker: str | None, rules: StanceRules, lex: Lexicon,
                 hostile_events: set[int]) -> tuple[bool, str | None]:
    """"it was alarmed by reports of detentions", "described itself as appalled by the
    shelling of villages by X": alarm at a hostile act blames whoever did it.
    ``(True, code)`` with a party other than the speaker named in the phrase, else None
    (the caller falls back on the party the article accused before)."""
    for word in (t for t in content if t.lower_ in rules.concern_words):
        verb = word if word.pos_ in frames.VERBAL else word.head
        if frames.negated(word) or frames.negated(verb) or frames.modal(verb, rules):
            continue  # "was not alarmed by the drills"
        # "dismayed by the shelling of villages by Sudanese troops": the parser may hang
        # the doer's "by" on the word itself, beside the act's
        phrase = sorted((t for c in word.children if c.dep_ in ("prep", "agent")
                         and c.lower_ in rules.concern_preps for t in c.subtree),
                        key=lambda t: t.i)
        if any(t.i in hostile_events or t.lemma_.lower() in lex.hostile_lemmas
               for t in phrase):
            found = [code for _, code in actors.mentions(phrase) if code != speaker]
            return True, (found[0] if found else None)
    return False, None


def _owner(possessor: Token) -> Token | None:
    """Whom a possessive names: itself when it names a party ("Tajikistan's aggression");
    for "its"/"their", the doer of the clause it sits in, or, in an infinitive whose doer
    is the object of the verb above ("urged Beijing to reflect on its breaches"), that
    object."""
    if possessor.lower_ not in frames.POSSESSIVE_PRONOUNS:
        return possessor
    verb = possessor.head
    while verb.pos_ not in frames.VERBAL and verb.head != verb:
        verb = verb.head
    for _ in range(3):
        who = frames.doer(verb)
        if who is not None:
            return who
        if verb.dep_ != "xcomp":
            return None
        # "urged Beijing to ...", "called on Eritrea to ...": whom the verb above asks
        obj = next((g for c in verb.head.children for g in (c, *c.children)
                    if (g.dep_ == "dobj" and g.head == verb.head) or (
                        g.dep_ == "pobj" and g.head.dep_ == "prep"
                        and g.head.head == verb.head)), None)
        if obj is not None:
            return obj
        verb = verb.head
    return None


def owned_wrong(content: Span, speaker: str | None, rules: StanceRules,
                lex: Lexicon) -> str | None:
    """"urged Beijing to reflect on its own breaches", "Yerevan's provocations had to
    end", "Kosovo's crimes went unpunished": a wrong (a hostile or condemning noun, or
    one of the wrongdoing nouns of CAMEO 112's sub-codes) owned by another party is
    blamed on it — the possessive takes the act as done, whatever the clause does with
    it (a demand to stop it, a judgement of it).  The code of that party, or None."""
    for noun in content:
        if noun.pos_ != "NOUN" or not (word_forms(noun) & (
                lex.hostile_lemmas | lex.condemning_words | rules.wrongdoing_nouns)):
            continue
        # "Kenya's occupation by foreign troops", "Kenya's annexation in 1963": the owner
        # is the victim (the possessor's role as every layer reads it, :mod:`..nominal`)
        for possessor in nominal.possessive_doers(noun):
            owner = _owner(possessor)
            if owner is None:
                continue
            who, code = frames.side(owner, speaker, rules)
            if who == "other" and code != speaker:
                return code
    return None


def act_told_before(content: Span, rule: str, lex: Lexicon) -> bool:
    """Whether an accusation's content opens with a definite noun of an act and names no
    party: it refers to an act the article told before, whose doer was named there.  An
    object called by a condemning word is an act whatever its noun ("described the
    manoeuvres as reckless"); a condemned object must be a hostile word or a noun of an
    act done to someone ("condemned the air strikes"), not the accused ("accused the
    army of ...")."""
    first = content[0]
    head = first.head
    if first.dep_ != "det" or first.lower_ not in lex.nouns.anaphoric_determiners or \
            head.pos_ != "NOUN" or not content.start <= head.i < content.end or \
            head.lemma_.lower() in lex.claim_nouns:
        return False
    if not rule.startswith("verb-call-condemn") and not (
            head.lemma_.lower() in lex.hostile_lemmas or nominal.names_an_act(head)):
        return False
    # a party named in the act's own phrase is its doer or undergoer, read there; one in
    # what it is called ("as a violation of Afghan territory") is what it befell
    return not any(True for _ in actors.mentions([t for t in head.subtree if t in content]))
