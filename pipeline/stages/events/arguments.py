"""Who did what to whom: argument sources named in the rules, turned into actor codes.

Each source is a small tree walk ("subj", "poss", "prep:against", ...).  A rule lists
sources per side in priority order; the first source that codes wins, so a verb's
own subject beats a subject inherited from a governing clause.  Pronouns and
descriptions ("both countries", "they", "the bloc") go through
:mod:`pipeline.stages.entities.references`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc, Token

from .. import nominal
from ..entities import coding as actor_coding
from ..entities.dictionary import ActorDictionary
from ..entities.references import References
from . import clauses, scope, sources, syntax

Actor = dict[str, Any]
NAMED_LABELS = frozenset({"GPE", "NORP", "ORG", "PERSON", "LOC"})
TIME_LABELS = frozenset({"DATE", "TIME"})

AIMED_PREPS = ("at", "against", "on")
"""Prepositions naming whom an act is aimed at ("hit back at", "retaliated against")."""
DOC_LEVEL_SOURCES = frozenset({"accuser", "requester", "reported_actor"})
"""Sources filled by the stage from earlier events, not from the tree."""
COMITATIVE = "alongside"
"""A side acting with the actor, whatever the rule ("fought alongside Ethiopian forces")."""


class Arguments:
    """Finds actors for argument sources; one instance per pipeline component."""

    def __init__(self, book: ActorDictionary, references: References,
                 denial_verbs: list[str] | tuple[str, ...] = (),
                 judging_verbs: list[str] | tuple[str, ...] = (),
                 speech_verbs: tuple[str, ...] = ()) -> None:
        self.book = book
        self.denial_verbs = frozenset(denial_verbs)
        # a judge of an act is not its target ("Russia criticised the EU penalties")
        self.judging_verbs = frozenset(judging_verbs) | self.denial_verbs
        self.refs = references
        self.speech_verbs = frozenset(speech_verbs)
        self._memo_doc: Doc | None = None
        self._memo: dict[tuple[int, int], list[Actor]] = {}
        self._heads_memo: dict[tuple[str, int], list[int]] = {}
        self.sources: dict[str, Callable[[Token], list[Token]]] = {
            "subj": self._subj,
            # doers and possessors as every layer reads them (:mod:`..nominal`)
            "agent": nominal.by_agents,
            "poss": nominal.possessive_doers,
            "poss_undergoer": nominal.possessive_undergoers,
            "mod": sources.mods,
            # "a Russian attack", "Israeli shelling", "an M23 offensive": a nationality or a
            # group, not a place; "Israeli air and ground attack": shared by the conjuncts
            "mod_nationality": lambda t: [c for h in ([t, t.head] if t.dep_ == "conj" else [t])
                                          for c in h.children if c.dep_ in ("amod", "compound")
                                          and c.ent_type_ in ("NORP", "ORG") and c.i < h.i],
            # "the delivery of German tanks", "shipments of Iranian drones": who made the
            # goods supplies them when no supplier is named ("supplied X with": X receives)
            "obj_nationality": lambda t: [c for o in scope.objects(t) for c in o.children
                                          if c.dep_ == "amod" and c.ent_type_ == "NORP"
                                          and c.i < o.i and not syntax.prep_objects(t, "with")],
            "governor_subj": self._governor_subj,
            # "Iran said the West must abandon it": whoever says what another must do
            "speaker": lambda t: syntax.subjects(t.head)
            if t.dep_ in ("ccomp", "parataxis") else [],
            # "cooperation involving the armies of Iran and Russia", "clashes involving
            # X and Y": whoever the act involves takes part in it
            "involving": lambda t: [o for c in t.children if c.dep_ == "acl"
                                    and c.lemma_.lower() in syntax.GRAMMAR.participation_verbs
                                    for o in syntax.direct_objects(c)],
            # "hit Russia with sanctions", "hits back at the EU with counter-sanctions":
            # the means of an act on someone is aimed at the one acted on
            "with_governor_obj": lambda t: (
                syntax.direct_objects(t.head.head) or [
                    o for p in AIMED_PREPS for o in syntax.prep_objects(t.head.head, p)])
            if t.dep_ == "pobj" and t.head.lower_ == "with" else [],
            "experiencer": self._experiencer,
            "with_of": sources.with_of,
            "with_holder": sources.with_holder,
            "governor_obj": sources.governor_obj,
            "complement_recipient": sources.complement_recipient,
            "stative_subj": sources.stative_subj,
            "obj": scope.objects,
            "obj_actor": scope.objects,
            "obj_owner": sources.obj_owner,
            "obj_maker": sources.obj_maker,
            "obj_place": scope.objects,
            "obj_between": lambda t: [
                x for o in scope.objects(t) for x in syntax.prep_objects(o, "between")
            ],
            "obj_prep:against": lambda t: [
                x for o in scope.objects(t) for x in syntax.prep_objects(o, "against")
            ],
            "complement_subj": sources.complement_subj,
            "complement_obj": lambda t: [
                o for c in scope.complements(t) for o in syntax.direct_objects(c)
            ],
            "obj_of": lambda t: [
                x for o in scope.objects(t) for x in syntax.prep_objects(o, "of")
            ],
            "dative": sources.dative,
            "issuer": self._issuer,
            "destination": self._destination,
            # "arrived in Moscow for talks", "came to Beijing to discuss trade": the host
            # of a visit made for the talks takes part in them
            "governor_destination": lambda t: self._destination(gov)
            if (gov := syntax.governor(t)) is not None
            and gov.lemma_.lower() in syntax.GRAMMAR.arrival_verbs else [],
            "location_actor": sources.location_tokens,
            "complement_with": sources.complement_with,
            "copula_subj": sources.copula_subj,
            "obj_of_governor": sources.copula_subj,
            "head_noun": lambda t: [t.head] if t.dep_ == "amod" else [],
            # a headline verb tagged as a noun: "US sanctions Turkey", "Russia attacks Kyiv"
            "compound_head": lambda t: [t.head] if t.dep_ == "compound"
            and t.head.pos_ == "PROPN" and t.head.i > t.i else [],
            "victim": sources.victim,
            "receiver": syntax.receiver,
            # "Ankara took delivery of the missiles": the taker of a transfer supplied nothing
            "giver_subj": lambda t: [] if syntax.receiver(t) else self._governor_subj(t),
            "relcl_maker": sources.relcl_maker,
            "denier": self._denier,
            "condition_subj": sources.condition_subj,
            "speaker_agent": self._speaker_agent,
            "elicited_from": sources.elicited_from,
            "elicitor": sources.elicitor, **sources.BY_NAME,
        }

    def known(self, name: str) -> bool:
        base = name.split("_")[0] if name.startswith("prep:") else name
        return (
            base.startswith("prep:")
            or name.startswith("obj_prep:")
            or name in self.sources
            or name in DOC_LEVEL_SOURCES
        )

    # ------------------------------------------------------------------ coding
    def actors_of(self, tok: Token, depth: int = 0) -> list[Actor]:
        """Actors of the phrase headed by ``tok`` and its conjuncts, references resolved.

        Falls back to a possessive reference ("its soldiers" -> the country "its"
        points to) and to an "of" complement ("one of its soldiers").  Remembered per
        document: rules and passes ask for the same phrase many times, and the answer
        depends only on the parse and the entities, which the stage does not change.
        """
        self._same_doc(tok.doc)
        key = (tok.i, depth)
        if key not in self._memo:
            self._memo[key] = self._actors_of(tok, depth)
        return list(self._memo[key])

    def _same_doc(self, doc: Doc) -> None:
        """Forget what was remembered of another Doc."""
        if self._memo_doc is not doc:
            self._memo_doc, self._memo, self._heads_memo = doc, {}, {}

    def _actors_of(self, tok: Token, depth: int) -> list[Actor]:
        antecedent = syntax.relative_antecedent(tok)
        if antecedent is not None and depth <= 2:
            # "officers of the army, whom Ghana blamed": the relative pronoun names them
            return self.actors_of(antecedent, depth + 1)
        if nominal.names_an_act(tok) and depth <= 2:  # "Somalia's bombardment killed dozens"
            return [a for d in nominal.roles(tok).doers for a in self.actors_of(d, depth + 1)]
        found = self._without_outlets(tok, actor_coding.phrase_actors(tok, self.book))
        if found or depth > 2:
            return found
        out: list[Actor] = []
        for head in actor_coding.conjuncts(tok):
            found = self.refs.resolve(head)
            if not found:
                # "its soldiers"; "a junta spokesman": whose body the phrase names
                for poss in syntax.children(head, ["poss", "compound"]):
                    found = self.refs.resolve(poss)
                    if found:
                        break
            if not found:
                for of in syntax.prep_objects(head, "of"):
                    found = self.actors_of(of, depth + 1)
            if not found:  # "officials in Russia and Iran", "troops from Chad"
                found = actor_coding.member_actors(head, self.book)
            if not found:  # "Saudi-led forces"; "hackers working for X" ("for X's army")
                found = [a for x in syntax.hyphen_affiliates(head) for a in self.actors_of(x, 3)]
                found = found or [a for x in syntax.participle_affiliates(head)
                                  for a in self.actors_of(x, depth + 1)]
            out.extend(found)
        return out

    def _without_outlets(self, tok: Token, found: list[Actor]) -> list[Actor]:
        """Drop a news outlet the parser hung on the phrase as an apposition ("rejected
        the claims, the Russian agency TASS reported"): the outlet quotes, it takes no part."""
        outlets = [c for h in actor_coding.conjuncts(tok) for c in h.children
                   if c.dep_ == "appos"]
        if not outlets:
            return found
        media = {a["code"] for c in outlets if self.is_outlet(c)
                 for a in actor_coding.phrase_codes(c, self.book)}
        own = {a["code"] for a in actor_coding.phrase_codes(tok, self.book)}
        return [a for a in found if a["code"] not in media - own]

    def is_outlet(self, tok: Token) -> bool:
        """A phrase naming a news outlet: a media sector word or a coded media name in it."""
        if self.book.sector_in([tok.lower_]) == "MED":
            return True
        for t in tok.subtree:
            ent = actor_coding.entity_at(t) if t.ent_type_ == "ORG" else None
            if ent is not None and (ent._.actor or {}).get("sector") == "MED":
                return True
        return False

    def collect(self, tok: Token, names: tuple[str, ...], first_only: bool = True,
                other_side: tuple[str, ...] = ()) -> list[str]:
        """Codes from the first source (in rule order) that yields any not on the other
        side ("recalled its ambassador to Egypt": "its" names the recaller, so the
        envoy's posting names the recipient)."""
        codes: list[str] = []
        for name in names:
            heads = self.heads(name, tok)
            found = [a["code"] for h in heads for a in self.actors_of(h) if a.get("code")]
            for code in found:
                if code not in codes and code not in other_side:
                    codes.append(code)
            if codes and first_only:
                break
        return codes

    def names_someone(self, tok: Token, names: tuple[str, ...]) -> bool:
        """Whether a source names a participant the actor dictionary cannot code.

        Such events (an uncoded country, a named group or person) are still events;
        only events with no participant at all are dropped.
        """
        for name in names:
            for head in self.heads(name, tok):
                if any(t.ent_type_ in NAMED_LABELS for t in head.subtree if t.i <= head.i):
                    return True
        return False

    def heads(self, name: str, tok: Token) -> list[Token]:
        """The tokens source ``name`` finds for ``tok``.  Remembered per document as
        positions (rules, the participant test and the passes ask again; the answer
        depends only on the parse and the entities); fresh ``Token`` objects each time."""
        doc = tok.doc
        self._same_doc(doc)
        found = self._heads_memo.get((name, tok.i))
        if found is None:
            found = self._heads_memo[name, tok.i] = [h.i for h in self._find_heads(name, tok)]
        return [doc[i] for i in found]

    def _find_heads(self, name: str, tok: Token) -> list[Token]:
        if name.startswith("prep:"):
            prep = name[5:].split("_")[0]
            out = [o for h in syntax.with_conjuncts([tok]) for o in syntax.prep_objects(h, prep)
                   if o.ent_type_ not in TIME_LABELS]  # "on Monday" names no participant
            if not out and tok.pos_ in ("VERB", "AUX") and prep in ("on", "against", "at"):
                # "imposing measures on X", "launched drones at X": the phrase hangs off the object
                # (or off the side fighting alongside: "alongside X against Y")
                objs = scope.objects(tok) + syntax.prep_objects(tok, COMITATIVE)
                out = [o for obj in objs for o in syntax.prep_objects(obj, prep)]
            gov = syntax.governor(tok)
            if not out and gov is not None and tok.dep_ in syntax.SUBJ_DEPS | {"nsubjpass"} \
                    and gov.lemma_.lower() not in self.judging_verbs:
                # (but "the raid was blamed on X": the judge's phrase is the judgement's)
                out = syntax.prep_objects(gov, prep)
            if not out and tok.pos_ in ("NOUN", "PROPN"):
                out = [o for acl in syntax.participles(tok) for o in syntax.prep_objects(acl, prep)]
            if not out and tok.dep_ == "dobj" and prep in ("to", "on", "against", "at", "with"):
                # "justify their arms supplies to Kyiv": the phrase hangs on the verb, as
                # a "to" the parser calls a dative ("gave its full support to Israel")
                out = [o for o in syntax.prep_objects(tok.head, prep) if o.i > tok.i]
                out = out or [o for d in tok.head.children if d.dep_ == "dative"
                              and d.lower_ == prep and d.i > tok.i
                              for o in d.children if o.dep_ == "pobj"]
            return out
        if name.startswith("obj_prep:") and name not in self.sources:
            # "rejected an offer from X", "demanded support from X": the phrase on the object
            prep = name[9:]
            return [x for o in scope.objects(tok) for x in syntax.prep_objects(o, prep)]
        fn = self.sources.get(name)
        return fn(tok) if fn else []

    # ----------------------------------------------------------------- sources
    @staticmethod
    def _subj(tok: Token) -> list[Token]:
        if tok.pos_ in ("NOUN", "PROPN") or syntax.undergone_by(tok) is not None:
            return []  # (nor "died from shelling": who died did not shell)
        if clauses.detached(tok):
            return syntax.subjects(tok)  # "demanding that X halt attacks, called for calm"
        if tok.dep_ == "acl" and tok.tag_ == "VBN" and not syntax.children(tok, syntax.SUBJ_DEPS):
            return []  # "drones supplied by Iran"; but "claims that Iran has supplied"
        return syntax.subjects(tok)

    def _governor_subj(self, tok: Token) -> list[Token]:
        if tok.dep_ in ("ccomp", "parataxis") and syntax.is_passive(tok):
            return []  # "Azerbaijan said one of its soldiers was wounded": not the speaker's act
        gov = syntax.governor(tok)
        if gov is None or clauses.ranked_retelling(tok, gov, self.speech_verbs):
            return []
        if tok.pos_ in ("VERB", "AUX") and any(
                s.pos_ in ("NOUN", "PROPN") for s in syntax.own_subjects(tok)):
            # "the army said militants had attacked a patrol": a clause with a subject of
            # its own names its doer; when that one is uncoded the speaker is not it
            return []
        if syntax.under(tok) is not None or syntax.elicited_by(tok) is not None \
                or syntax.undergone_by(tok) is not None:
            # "the town came under attack", "Israel faced criticism": the subject is the
            # one attacked or criticised
            return []
        if syntax.in_topic_phrase(tok, gov):
            return []  # "the UN voiced concern over the arrests": the UN arrested no one
        host = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
        if host is not None and host.head.i == gov.i and host.dep_ in ("nsubj", "nsubjpass"):
            # "the adoption of sanctions by X came": the subject is the act, X its doer
            return syntax.agents(host) + syntax.children(host, ["poss"])
        if tok.dep_ == "dobj" and tok.head.i == gov.i and gov.lemma_.lower() in self.judging_verbs:
            return []  # "China criticised the exercises": the critic did not hold them
        if tok.dep_ in syntax.SUBJ_DEPS | {"nsubjpass"}:
            # "talks are underway between Tehran and Moscow": the phrase may hang on the
            # predicate adjective or noun
            preds = [gov] + syntax.children(gov, ("acomp", "attr", "advmod"))
            found = [o for p in preds for o in syntax.prep_objects(p, "between")
                     + syntax.prep_objects(p, "with")]
            if not found and syntax.agents(gov) and gov.lemma_.lower() not in self.judging_verbs:
                return syntax.agents(gov)  # "the attack was carried out by X"
            if not found and gov.dep_ in ("ccomp", "advcl", "conj", "xcomp") \
                    and gov.lemma_.lower() != "be":  # "said the sanctions were a mistake"
                found = syntax.subjects(gov.head)  # "carried out exercises focused on"
                if gov.head.lemma_.lower() in self.speech_verbs \
                        and any(self.is_outlet(f) for f in found):
                    found = []  # "Interfax reported that talks began": the outlet only tells
                undergoers = {a["code"] for o in syntax.direct_objects(gov)
                              for a in self.actors_of(o)}
                if undergoers & {a["code"] for f in found for a in self.actors_of(f)}:
                    found = []  # "the arrests alarmed the UN, the world body said"
            return found
        if gov.lemma_.lower() in syntax.GRAMMAR.participation_verbs and not syntax.agents(gov):
            # "Tehran and Moscow are engaged in talks": who is engaged takes part
            return syntax.children(gov, syntax.PASS_SUBJ_DEPS) or syntax.subjects(gov)
        if syntax.is_passive(gov) or syntax.agents(gov) or (gov.dep_ == "acl"
                                                            and gov.tag_ == "VBN"):
            # "soldiers killed in an ambush": the noun a participle modifies underwent it
            return syntax.agents(gov) or []
        return syntax.subjects(gov)

    def _speaker_agent(self, tok: Token) -> list[Token]:
        """"Azerbaijan said the men had been detained": authorities announce their own
        arrests and expulsions, so the speaker of a passive report is its doer, unless
        the speaker is the one it befell."""
        if not (tok.dep_ in ("ccomp", "parataxis") and syntax.is_passive(tok)):
            return []
        undergoers = {a["code"] for s in syntax.children(tok, syntax.PASS_SUBJ_DEPS)
                      for a in self.actors_of(s)}
        speakers = syntax.subjects(tok.head)
        if undergoers & {a["code"] for s in speakers for a in self.actors_of(s)}:
            return []
        return speakers

    def _experiencer(self, tok: Token) -> list[Token]:
        gov = syntax.governor(tok)
        if gov is None or gov.lemma_.lower() in self.judging_verbs:
            return []
        if gov.dep_ in ("acl", "amod") and gov.head.pos_ in syntax.NOUN_POS:
            return [gov.head]
        if syntax.is_passive(gov):
            return syntax.children(gov, syntax.PASS_SUBJ_DEPS) or syntax.subjects(gov)
        return syntax.subjects(gov)

    def _issuer(self, tok: Token) -> list[Token]:
        """"a resolution condemning the coup", "a statement urging restraint": a document
        acts for whoever adopts or issues it (its governing verb's subject, or its owner)."""
        if tok.dep_ != "acl" or tok.head.pos_ not in syntax.NOUN_POS:
            return []
        doc_noun = tok.head
        owners = syntax.children(doc_noun, ["poss", "compound", "amod"])
        if any(self.actors_of(o) for o in owners):
            return owners
        return self._governor_subj(doc_noun)

    def _destination(self, tok: Token) -> list[Token]:
        out = []
        heads = [tok]
        if tok.pos_ in ("NOUN", "PROPN"):  # "the arrival of a delegation in Moscow"
            heads += syntax.prep_objects(tok, "of")
        for head in heads:
            for prep in head.children:
                if prep.dep_ == "prep" and prep.lower_ in ("in", "to", "at"):
                    out.extend(t for t in prep.subtree if t.ent_type_ in sources.LOCATION_LABELS)
        return out[:1]

    def _denier(self, tok: Token) -> list[Token]:
        """"accusations that Armenia denied": who denies an accusation is the accused."""
        return [s for head in [tok, *scope.objects(tok)] for c in head.children
                if c.dep_ in ("relcl", "ccomp", "acl") and c.lemma_.lower() in self.denial_verbs
                for s in syntax.subjects(c)]
