"""Event attributes read off the tree: polarity, modality, date, location, context, mode.

Each function takes the trigger token and the lexicon section it needs, so the cue
words stay in ``configs/events/lexicon.json``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.tokens import Span, Token

from ..entities.coding import entity_at
from . import clauses, syntax
from .timex_index import TimexIndex

NON_CLAUSAL = frozenset({"prep", "pobj", "npadvmod", "advmod", "tmod", "obl", "nmod", "poss",
                         "compound", "amod", "nummod", "pcomp", "appos", "det", "case"})


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _of_complements(head: Token) -> list[Token]:
    """Objects of "of" under a noun, through chains ("a number of batches of drones")."""
    out: list[Token] = []
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    out.append(pobj)
                    out.extend(c for c in pobj.children if c.dep_ in ("amod", "compound"))
                    out.extend(_of_complements(pobj))
    return out


def context_words(tok: Token) -> list[Token]:
    """The trigger, its modifiers and objects, and their modifiers: where context shows."""
    out = [tok]
    for child in tok.children:
        if child.dep_ in ("amod", "compound", "nmod", "dobj", "nsubjpass", "poss", "npadvmod",
                          "prep", "conj", "dative", "agent", "nsubj"):
            out.append(child)
            for g in child.children:
                if g.dep_ in ("amod", "compound", "nmod", "pobj", "conj", "poss"):
                    out.append(g)
                    out.extend(x for x in g.children if x.dep_ in ("amod", "compound", "conj"))
                    if g.dep_ == "prep" or child.dep_ in ("dobj", "nsubjpass"):
                        out.extend(x for x in g.children if x.dep_ in ("pobj",))
            if child.dep_ in ("dobj", "nsubjpass"):
                out.extend(_of_complements(child))  # "a number of drones", "tons of aid"
    gov = syntax.governor(tok)
    if gov is not None and tok.pos_ in ("NOUN", "PROPN"):
        out.extend(c for c in gov.children if c.dep_ in ("dobj", "nsubj") and c is not tok)
    return out


def contexts(tok: Token, lexicon: dict[str, list[str]]) -> list[str]:
    """PLOVER contexts whose cue words occur around the trigger, in lexicon order."""
    words = {w for t in context_words(tok) for w in (_lemma(t), t.lower_)}
    return [name for name, cues in lexicon.items() if words & set(cues)]


def polarity(tok: Token, cfg: dict[str, Any]) -> str:
    """Negative when the trigger, or the verb a noun trigger is the object of, is negated."""
    words = set(cfg.get("words", []))
    neg_verbs = set(cfg.get("verbs_negating_complement", []))

    def negated(t: Token) -> bool:
        return any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in t.children)

    if negated(tok):
        return "negative"
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "pobj", "attr"):
        gov = syntax.governor(tok)
        if gov is not None and negated(gov):
            return "negative"
    if tok.dep_ == "xcomp" and _lemma(tok.head) in neg_verbs:
        return "negative"
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "dobj":
        # "failed to reach an agreement": the light verb's own governor negates
        gov = syntax.governor(tok)
        if gov is not None and gov.dep_ == "xcomp" and _lemma(gov.head) in neg_verbs:
            return "negative"
    if tok.dep_ == "pcomp" and tok.head.lower_ in words:
        return "negative"
    return "positive"


def _aux(tok: Token) -> set[str]:
    out: set[str] = set()
    for c in tok.children:
        if c.dep_ in ("aux", "auxpass"):
            out.add(c.lower_)
            out.add(_lemma(c))
    return out


def _clause_verb(tok: Token) -> Token:
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "pobj", "nsubjpass", "nsubj"):
        gov = syntax.governor(tok)
        if gov is not None:
            return gov
    return tok


def is_backshifted(tok: Token, cfg: dict[str, Any]) -> bool:
    """"said it would impose sanctions": in the content of a speech verb "would" is the
    speaker's "will" told in the past (reported speech shifts the tense back), an act
    announced rather than a possibility."""
    verb = _clause_verb(tok)
    return "would" in _aux(verb) and verb.dep_ == "ccomp" and \
        _lemma(verb.head) in set(cfg.get("speech_verbs", []))


def is_future(tok: Token, cfg: dict[str, Any]) -> bool:
    """A future auxiliary on the trigger's clause or a governing "plan to" / "set to"."""
    fut = set(cfg.get("future_aux", []))
    verb = _clause_verb(tok)
    cur = verb
    for _ in range(3):
        if _aux(cur) & fut:
            return True
        if cur.dep_ in ("xcomp",) and cur.head.i != cur.i:
            cur = cur.head
            if _lemma(cur) in set(cfg.get("future_governors", [])):
                return True
            continue
        break
    return False


def is_intent(tok: Token, cfg: dict[str, Any]) -> bool:
    """Governed by "supposed to" / "plan to" / "intend to": an announced intention."""
    verb = _clause_verb(tok)
    if verb.dep_ == "xcomp":
        return _lemma(verb.head) in set(cfg.get("intent_governors", []))
    return False


def is_conditional_threat(tok: Token, cfg: dict[str, Any]) -> bool:
    """A hostile act announced for the future or held out on a condition.

    "will withdraw its force unless ...", "may halt mediation if ...", "would blockade
    Paris": PLOVER codes these as threats.  A negated one ("will not be imposing
    measures") is no threat.
    """
    verb = _clause_verb(tok)
    if any(c.dep_ == "neg" for c in verb.children) or any(c.dep_ == "neg" for c in tok.children):
        return False
    aux = _aux(verb)
    if is_conditional(tok, cfg):
        return True
    return bool(aux & set(cfg.get("threat_aux", [])))


def is_conditional(tok: Token, cfg: dict[str, Any]) -> bool:
    """A modal clause with an "unless"/"if" condition ("would meet him if ...")."""
    verb = _clause_verb(tok)
    marks = set(cfg.get("threat_marks", []))
    conditional = any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)
        for c in verb.children
    )
    modals = set(cfg.get("future_aux", [])) | set(cfg.get("conditional_modals", []))
    return conditional and bool(_aux(verb) & modals)


def is_hypothetical(tok: Token, cfg: dict[str, Any]) -> bool:
    """Embedded under a cue of possibility or purpose ("potential", "aimed at", "to discuss")."""
    cues = set(cfg.get("hypothetical_words", []))
    marks = set(cfg.get("hypothetical_mark", []))
    modals = set(cfg.get("hypothetical_modals", []))
    verb = _clause_verb(tok)
    for t in {tok, verb}:
        if _aux(t) & modals:
            return True
        if any(c.dep_ == "mark" and c.lower_ in marks for c in t.children):
            return True
        if any(c.dep_ == "amod" and _lemma(c) in cues for c in t.children):
            return True
    if cfg.get("purpose_infinitive_hypothetical") and tok.dep_ == "advcl" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in tok.children
    ):
        return True
    prev = tok
    for anc in clauses.ancestors(tok):
        if prev.dep_ in ("ccomp", "parataxis") and prev.i < anc.i:
            break  # "talks took place; the sides discussed": a clause set before its verb
        prev = anc
        if _lemma(anc) in cues or anc.lower_ in cues:
            return True
        if any(c.dep_ == "amod" and _lemma(c) in cues for c in anc.children):
            return True
        if any(c.dep_ == "mark" and c.lower_ in marks for c in anc.children):
            return True
    return False


def _in_prep(tok: Token, preps: list[str]) -> bool:
    """A noun trigger that is the object of one of ``preps`` ("during a phone call")."""
    return (tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "pobj"
            and tok.head.lower_ in set(preps))


def is_presupposed(tok: Token, cfg: dict[str, Any]) -> bool:
    """"during a phone call": the event took place, whatever the clause hopes for."""
    return _in_prep(tok, cfg.get("presupposing_preps", []))


def is_purpose(tok: Token, cfg: dict[str, Any]) -> bool:
    """"arrived in Moscow for discussion": the journey's purpose is still to come."""
    return (_in_prep(tok, cfg.get("purpose_preps", []))
            and _lemma(tok.head.head) in set(cfg.get("purpose_governors", [])))


def is_reported(tok: Token, cfg: dict[str, Any]) -> bool:
    """Inside the content of an accusation or claim, or marked "alleged"."""
    cues = set(cfg.get("reported_words", []))
    if any(c.dep_ in ("amod", "advmod") and _lemma(c) in cues for c in tok.children):
        return True
    if _in_prep(tok, cfg.get("setting_preps", [])):
        return False  # "claims over assistance to Russia in the Ukraine war": the backdrop
    return any(_lemma(a) in cues or a.lower_ in cues for a in clauses.ancestors(tok))


# ------------------------------------------------------------------- dates


def timex_index(doc: Any) -> TimexIndex:
    """Token index -> DATE timex span covering it (only DATEs date events)."""
    out = TimexIndex()
    for span in doc.spans.get("timexes", []):
        info = span._.timex or {}
        if info.get("type", "DATE") != "DATE" or not info.get("value"):
            continue
        for i in range(span.start, span.end):
            out[i] = span
    return out


def _value(span: Span, tindex: dict[int, Span], interval_preps: set[str]) -> str:
    info = span._.timex or {}
    if info.get("interval"):
        return str(info["interval"])
    # "Between 1979 and 2023" / "from 2010 to 2023": two DATEs make an interval
    head = span.root
    prep = head.head if head.dep_ == "pobj" else None
    if prep is not None and prep.lower_ in interval_preps:
        for other in head.conjuncts:
            if other.i in tindex and tindex[other.i] is not span:
                return f"{info['value']}/{tindex[other.i]._.timex['value']}"
        for sib in prep.head.children:
            if sib.dep_ == "prep" and sib.lower_ == "to" and sib.i > prep.i:
                for pobj in sib.children:
                    if pobj.i in tindex:
                        return f"{info['value']}/{tindex[pobj.i]._.timex['value']}"
    for other in head.conjuncts:
        if other.i in tindex and tindex[other.i] is not span and prep is not None:
            return f"{info['value']}/{tindex[other.i]._.timex['value']}"
    return str(info["value"])


@dataclass(frozen=True)
class DateCues:
    """The words that decide which timex dates an event (``configs/events/lexicon.json``)."""

    interval_preps: frozenset[str]
    sequence_marks: frozenset[str]
    """Subordinators placing a clause at another time than the clause it modifies."""
    temporal_participles: frozenset[str]
    """Participles that only set a time ("Beginning in 2019, ... held drills")."""

    @classmethod
    def from_lexicon(cls, lex: dict[str, Any]) -> DateCues:
        return cls(*(frozenset(lex.get(key, [])) for key in (
            "interval_preps", "sequence_marks", "temporal_participles")))


def _local_timexes(head: Token, tindex: TimexIndex, nominal: bool,
                   participles: frozenset[str]) -> list[Span]:
    """DATE timexes off ``head`` by non-clausal dependents (no walk if none in its edges)."""
    low, high = head.left_edge.i, head.right_edge.i
    if not tindex.any_between(low, high):
        return []
    found: list[Span] = []
    stack = [c for c in head.children if c.dep_ in NON_CLAUSAL or (nominal and c.dep_ in
                                                                    ("relcl", "acl"))]
    # "Beginning in 2019, Iran, Russia and China held drills"
    stack += [c for c in head.children if c.dep_ in ("advcl", "prep")
              and c.lemma_.lower() in participles and c.i < head.i]
    seen = set()
    while stack:
        t = stack.pop(0)
        if t.i in seen:
            continue
        seen.add(t.i)
        if t.i in tindex:
            if tindex[t.i] not in found:
                found.append(tindex[t.i])
            continue
        if nominal or t.dep_ in NON_CLAUSAL or t.lemma_.lower() in participles:
            stack.extend(c for c in t.children if c.dep_ in NON_CLAUSAL or (nominal and c.dep_ in (
                "relcl", "acl", "prep", "pobj")))
    return found


def event_date(tok: Token, tindex: TimexIndex, cues: DateCues) -> str | None:
    """The DATE timex governing the trigger's clause, climbing to embedding clauses."""
    if not tindex:
        return None
    nominal = tok.pos_ in ("NOUN", "PROPN")
    participles = cues.temporal_participles
    cands = _local_timexes(tok, tindex, nominal, participles) if nominal else []
    cur: Token | None = tok if not nominal else syntax.governor(tok)
    steps = 0
    while not cands and cur is not None and steps < 4:
        cands = _local_timexes(cur, tindex, False, participles)
        if cands:
            break
        if cur.head.i == cur.i or cur.dep_ not in ("conj", "xcomp", "advcl", "ccomp", "relcl",
                                                "acl", "pcomp", "pobj", "prep", "dobj"):
            break
        if cur.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in cues.sequence_marks
                                       for c in cur.children):
            break  # "said yesterday ... after the bloc adopted measures": an earlier time
        if cur.dep_ == "acl" and any(c.dep_ == "mark" for c in cur.children):
            break  # "rejected on Monday an allegation that a drone had hit": what is alleged
        cur = cur.head
        steps += 1
    if not cands and not nominal:
        # "allowed warplanes to take off ... to strike targets in 2016": the clauses the
        # verb governs carry its date when its own clause and its governors have none
        queue = [(c, 1) for c in tok.children if c.dep_ in ("ccomp", "xcomp")]
        while queue and not cands:
            node, depth = queue.pop(0)
            cands = _local_timexes(node, tindex, False, participles)
            if depth < 2:
                queue.extend((c, depth + 1) for c in node.children
                             if c.dep_ in ("ccomp", "xcomp", "advcl"))
    if not cands:
        return None
    cands.sort(key=lambda s: abs(s.start - tok.i))
    return _value(cands[0], tindex, cues.interval_preps)


# --------------------------------------------------------------- location


def event_location(tok: Token, preps: set[str], labels: set[str]) -> str | None:
    """A place named in a locative phrase of the trigger (or of its governing verb)."""
    place = event_place(tok, preps, labels)
    return place.text if place is not None else None


def event_place(tok: Token, preps: set[str], labels: set[str]) -> Span | None:
    """The entity behind :func:`event_location`, whose actor code names a visit's host."""
    heads = [tok]
    gov = syntax.governor(tok) if tok.pos_ in ("NOUN", "PROPN") else None
    if gov is not None and gov.lemma_.lower() not in syntax.GRAMMAR.elicit_verbs:
        heads.append(gov)  # but "the raid drew protests from Japan" did not happen there
    queue = [(h, 0) for h in heads]
    while queue:
        node, depth = queue.pop(0)
        for child in node.children:
            if child.dep_ == "prep" and child.lower_ in preps:
                for t in child.subtree:
                    if t.ent_type_ in labels:
                        ent = entity_at(t)
                        if ent is not None:
                            return ent
            elif depth < 2 and child.dep_ in ("xcomp", "ccomp", "acl", "prep", "pobj", "dobj"):
                queue.append((child, depth + 1))
    return None


def assault_mode(tok: Token, modes: dict[str, list[str]]) -> str | None:
    """The means of an attack from words in its clause ("warplanes" -> aerial)."""
    scope = list(tok.subtree)
    for subj in syntax.subjects(tok) if tok.pos_ not in ("NOUN", "PROPN") else []:
        scope.extend(subj.subtree)
    words = {w for t in scope for w in (_lemma(t), t.lower_)}
    for mode, cues in modes.items():
        if words & set(cues):
            return mode
    return None
