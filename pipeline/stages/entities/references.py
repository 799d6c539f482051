"""Resolve phrases that point back to actors: "both countries", "the two countries",
"the sides", "they/their", "it/its", "the bloc", "the rebels".  Events, claims and other
stages need the actor *codes* behind them; full coreference is out of scope, so this
module uses the two cues that work in news prose: a plural reference names the nearest
preceding *group* of coded actors (coordination "Russia and Iran", "between X and Y"), a
singular one the nearest preceding coded actor of a compatible kind.  A reference that
is the subject of its own clause chain is tried through that chain first ("Both
countries ..., increasing their collaborations" -> their = both countries).
"""

from __future__ import annotations

import json
from bisect import bisect_left
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import numpy
from spacy.attrs import DEP, HEAD, LOWER, POS
from spacy.strings import hash_string
from spacy.symbols import NOUN, PROPN, conj
from spacy.tokens import Doc, Token

from ...config import DEFAULT_CONFIG_DIR
from ..wordclasses import resolve as shared
from . import binding, lookback
from .binding import addressers, agrees, conjunct_subject, object_antecedents, quoted, titled
from .coding import entity_at
from .lookback import STATE_LABELS

Actor = dict[str, Any]
ActorFn = Callable[[Token], list[Actor]]

ACTOR_LABELS = frozenset({"GPE", "ORG", "NORP", "LOC"})
NOMINAL_POS = frozenset({NOUN, PROPN})
NOMINAL_POS_IDS = numpy.array(sorted(NOMINAL_POS), dtype=numpy.uint64)
DEFAULT_LEXICON = DEFAULT_CONFIG_DIR / "events" / "lexicon.json"


class References:
    """Reference resolution driven by the ``references`` section of the events lexicon."""
    group_codes: frozenset[str] = frozenset()  # armed groups' codes, set by the events stage

    def __init__(self, config: dict[str, Any], phrase_actors: ActorFn) -> None:
        self.plural_heads = set(config.get("plural_heads", []))
        self.plural_dets = set(config.get("plural_determiners", []))
        self.plural_pronouns = set(config.get("plural_pronouns", []))
        self.singular_pronouns = set(config.get("singular_pronouns", []))
        self.person_pronouns = set(config.get("person_pronouns", []))
        self.descriptors: dict[str, list[str | None]] = dict(config.get("singular_descriptors", {}))
        self.phrase_actors = phrase_actors
        self.person_heads = set(config.get("person_heads", []))
        self.counterpart_heads = set(config.get("counterpart_heads", []))
        self.distributive_dets = set(config.get("distributive_determiners", []))
        self.half_names = set(config.get("half_names", []))
        self.sole_state_bodies = set(config.get("sole_state_bodies", []))
        self.claim_nouns = set(config.get("claim_nouns", []))
        self.denier_verbs = set(config.get("denier_verbs", []))
        self.party_nouns = set(config.get("party_nouns", []))  # "struck them": the fighters
        self._starts_memo: list[Any] = [None, 0, []]  # last Doc, its length, group starts
        # the plural head words as hash ids: :meth:`_group_starts` compares ids, not strings
        self._plural_ids = numpy.array(sorted(hash_string(w) for w in self.plural_heads),
                                       dtype=numpy.uint64)

    @classmethod
    def from_file(cls, path: str | Path, phrase_actors: ActorFn) -> References:
        with open(path, encoding="utf-8") as fh:
            return cls(shared(json.load(fh).get("references", {})), phrase_actors)

    # ------------------------------------------------------------- classification
    def kind(self, tok: Token) -> str | None:
        """"plural", "singular" or None: whether ``tok`` heads a referring phrase."""
        low = tok.lower_
        if low in self.plural_pronouns and tok.pos_ in ("PRON", "DET", "CCONJ"):
            return "plural"
        if low in self.singular_pronouns and tok.pos_ in ("PRON", "DET"):
            return "singular"
        if low in self.person_pronouns and tok.pos_ == "PRON" or titled(tok, self.person_heads):
            return "person"
        if tok.text in self.half_names and tok.pos_ == "PROPN" and any(
                c.lower_ == "the" for c in tok.children):
            return "half"  # "the North" for North Korea
        if tok.pos_ in ("NOUN", "PROPN"):
            dets = {c.lower_ for c in tok.children if c.dep_ in ("det", "nummod", "predet", "amod")}
            if low in self.plural_heads and tok.tag_ in ("NNS", "NNPS") and dets & self.plural_dets:
                return "plural"
            if low in self.plural_heads and dets & self.distributive_dets:
                return "plural"  # "each side blamed the other": every one of the pair
            if low in self.descriptors and (any(c.lower_ == "the" for c in tok.children) or (
                    tok.dep_ == "compound" and tok.head.pos_ == "NOUN")):
                return "singular"  # "the junta"; "a junta spokesman", "regime forces"
            if low in self.sole_state_bodies and all(  # (or "the riot police", "the prime
                    (c.dep_ == "det" and c.lower_ == "the")  # minister": a kind, not an owner)
                    or (c.dep_ in ("amod", "compound") and not c.ent_type_) for c in tok.children
                    if c.dep_ in ("det", "poss", "compound", "amod", "prep", "nmod")):
                return "sole"  # "Police arrested ...", "the authorities said"
            if low in self.counterpart_heads and any(
                    c.dep_ == "poss" and c.lower_ in self.singular_pronouns for c in tok.children):
                return "counterpart"
        return None

    # ------------------------------------------------------------------ resolution
    def resolve(self, tok: Token, depth: int = 0) -> list[Actor]:
        """Actors ``tok`` refers to, or [] when it is no reference or nothing fits."""
        kind = self.kind(tok)
        if kind is None or depth > 3:
            return []
        bound = [a for o in object_antecedents(tok) + binding.denied_claim_subject(
            tok, self.claim_nouns, self.denier_verbs) for a in self.phrase_actors(o)] \
            or self._parallel(tok, kind, depth) \
            or self._bound_subject(tok, kind, depth) or self._reporter(tok, kind, depth)
        if bound:
            return bound
        if kind == "plural":
            return self._previous_group(tok, depth)
        if kind == "person":
            return self._previous_person(tok) or self._previous_title(tok) or (
                lookback.sole_state_before(tok) if tok.pos_ == "NOUN" else [])  # "the premier"
        if kind == "counterpart":
            return self._counterpart(tok, depth)
        if kind == "half":
            return lookback.half_named_before(tok)
        if kind == "sole":
            return lookback.sole_state_before(tok)
        return self._previous_subject(tok) or self._same_head(tok) or self._previous_single(tok)

    def _parallel(self, tok: Token, kind: str, depth: int) -> list[Actor]:
        """A conjoined clause's subject pronoun: the first clause's subject, if it agrees."""
        subj = conjunct_subject(tok)
        if subj is None or not agrees(subj, kind):
            return []
        found = self.phrase_actors(subj) or self.resolve(subj, depth + 1)
        return found if kind != "singular" or len({a.get("code") for a in found}) == 1 else []

    def _same_head(self, tok: Token) -> list[Actor]:
        """"Mali's junta expelled the envoy. The junta's forces ...": a descriptor of a state
        goes on with the last mention of the same noun that named its owner (a bare "the
        army" the one it stood for), before any nearer state ("the envoy" may be French)."""
        if tok.pos_ != "NOUN" or "STATE" not in self.descriptors.get(tok.lower_, []):
            return []
        doc = tok.doc
        before = lookback.same_nouns_before(tok)
        for i in range(tok.i - 1, -1, -1) if before is None else before:
            if before is not None or doc[i].lower_ == tok.lower_ and doc[i].pos_ == "NOUN":
                found = self.phrase_actors(doc[i]) or (
                    self.resolve(doc[i], 3) if "FORCES" in self.descriptors[tok.lower_] else [])
                if found:
                    return found if len({a.get("code") for a in found}) == 1 else []
        return []

    def _previous_subject(self, tok: Token) -> list[Actor]:
        """"Ghana accused Togo of shelling. It also accused ...": a sentence's subject
        pronoun (or its possessive, "Its army said"), with no party named before it in the
        sentence, goes on with the sentence before's subject, not its object named last;
        so does a state's descriptor there ("Egypt hosted talks on Gaza. The country's
        foreign minister": Egypt)."""
        sent = tok.sent
        subj = tok.head if tok.dep_ == "poss" else tok
        state = tok.pos_ == "NOUN" and "STATE" in self.descriptors.get(tok.lower_, [])
        if not (tok.pos_ == "PRON" or state) or subj.dep_ != "nsubj" \
                or subj.head.i != sent.root.i \
                or sent.start == 0 or any(t.ent_type_ for t in tok.doc[sent.start:tok.i]):
            return []
        prev = tok.doc[sent.start - 1].sent
        subj = [c for c in prev.root.children if c.dep_ == "nsubj"]
        if state and not (len(subj) == 1 and subj[0].ent_type_ in STATE_LABELS):
            return []  # "the country" is no body ("The UN met. The country's envoy ...")
        # (that subject may itself refer back: "The bloc suspended Mali. It also ...")
        found = (self.phrase_actors(subj[0]) or self.resolve(subj[0], 2)) if len(subj) == 1 else []
        return found if len({a.get("code") for a in found}) == 1 else []

    def _counterpart(self, tok: Token, depth: int) -> list[Actor]:
        """"Islamabad accused its neighbour": the other side is the last state named before
        (the headline included) that is not the one "its" points to."""
        owners = {a["code"] for p in tok.children if p.dep_ == "poss"
                  for a in self.resolve(p, depth + 1)}
        if not owners:
            return []
        for ent in lookback.entities_before(tok):
            actor = ent._.actor
            if ent.label_ in STATE_LABELS and actor and actor.get("code") \
                    and actor["code"] not in owners and actor.get("sector") != "MED":
                return [dict(actor)]
        return []

    @staticmethod
    def _previous_person(tok: Token) -> list[Actor]:
        """"he", "his": the last coded person named in this or the three sentences before."""
        prior = tok.sent.start
        for _ in range(3):  # (a spokesman quoted over a paragraph)
            prior = tok.doc[prior - 1].sent.start if prior > 0 else 0
        for ent in lookback.entities_before(tok, prior):
            if ent.label_ == "PERSON" and ent._.actor and ent._.actor.get("code"):
                return [dict(ent._.actor)]
        return []

    def _previous_title(self, tok: Token) -> list[Actor]:
        """"Lebanon's prime minister denounced ... He urged": with no coded person named,
        "he" is the subject of the sentence before when that subject is a coded office
        holder named by title only."""
        start = tok.sent.start
        if start == 0:
            return []
        prev = tok.doc[start - 1].sent
        for subj in (t for t in prev if t.dep_ == "nsubj" and t.head == prev.root):
            if subj.lemma_.lower() in self.person_heads:
                found = self.phrase_actors(subj)
                if found:
                    return found[:1]
        return []

    def _bound_subject(self, tok: Token, kind: str, depth: int) -> list[Actor]:
        """A possessive pronoun bound by its clause's subject ("Both countries ... their")."""
        if tok.dep_ != "poss" or kind != "plural":
            return []
        cur = tok.head
        for _ in range(6):
            subj = [c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass") and c is not tok]
            for s in subj:
                if s.i < tok.i:
                    found = self.phrase_actors(s) or self.resolve(s, depth + 1)
                    if len(found) >= 2:
                        return found
            if cur.head.i == cur.i:
                break
            cur = cur.head
        return []

    def _reporter(self, tok: Token, kind: str, depth: int) -> list[Actor]:
        """A pronoun inside reported speech is its reporter: "the EU said it would send",
        "Armenia said its forces were working".  Only pronouns, not descriptions."""
        if tok.pos_ not in ("PRON", "DET") or tok.dep_ not in ("nsubj", "nsubjpass", "poss"):
            return []
        if quoted(tok):
            return []  # in a direct quote the speaker is "we": "it is Russia's partner" is not
        cur, relay = tok, -1
        for _ in range(8):
            own = [c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")]
            if cur is not tok and cur.i != relay and any(
                    tok not in list(s.subtree) and agrees(s, kind) for s in own):
                return []  # a nearer subject binds it ("X and Y are determined ... their")
            if cur.dep_ == "ccomp" and cur.head.i != cur.i:
                verb = cur.head
                subj = [c for c in verb.children if c.dep_ == "nsubj"]
                while not subj and verb.dep_ == "conj" and verb.head.i != verb.i:
                    verb = verb.head  # "X announced ... and said it would": X said it
                    subj = [c for c in verb.children if c.dep_ == "nsubj"]
                if not subj:
                    return []
                found = self.phrase_actors(subj[0]) or self.resolve(subj[0], depth + 1)
                if found and all(a.get("sector") == "MED" for a in found):
                    # "X said its ..., the news agency EFE reported": the outlet only
                    # relays; the pronoun is the speaker's it quotes
                    cur = verb
                    relay = verb.i
                    continue
                wanted = 2 if kind == "plural" else 1
                if kind == "plural" and len(found) < wanted and subj[0].tag_ == "NNP":
                    return []  # "La Paz said they had entered": a singular name is no "they"
                return found if (len(found) >= wanted or kind == "plural") else []
            if cur.head.i == cur.i:
                return []
            cur = cur.head
        return []

    def _group_at(self, tok: Token) -> list[Actor]:
        found = [] if not tok.conjuncts or any(c.i < tok.i for c in tok.conjuncts) else \
            self.phrase_actors(tok)
        return found if len({a["code"] for a in found}) >= 2 else []

    def previous_group(self, tok: Token) -> list[Actor]:  # "bilateral talks": the last pair
        return self._previous_group(tok, 0)

    def _previous_group(self, tok: Token, depth: int) -> list[Actor]:
        doc = tok.doc
        start = tok.left_edge.i if tok.dep_ != "poss" else tok.i
        found = self._group_starts(doc)
        return self.group_at_positions(tok, depth, reversed(found[:bisect_left(found, start)]))

    def group_at_positions(self, tok: Token, depth: int, positions: Iterable[int]) -> list[Actor]:
        """The first coordinated group or resolved plural reference at ``positions``
        (nearest first) or a nearer party noun an object pronoun points to
        (:func:`binding.party_noun_before`), else the last two actors named before ``tok``.
        "Qatar and Egypt urged both sides", "the UN called on the two countries": who
        addresses the sides is none of them (an object never points back to its own
        clause's subject)."""
        doc = tok.doc
        subjects = addressers(tok)
        own = {t.i for x in subjects for t in x.subtree}
        skip = {a["code"] for x in subjects
                for a in self.phrase_actors(x) or self.resolve(x, depth + 1)}
        party, party_actors = binding.party_noun_before(tok, self.party_nouns,
                                                        self.phrase_actors, own, skip)
        for i in positions:
            if party is not None and i < party.i:
                break  # the party noun is nearer than any group
            cand = doc[i]
            group = [] if i in own else self._group_at(cand)
            if not group and i not in own and cand.pos_ in ("NOUN", "PROPN") \
                    and self.kind(cand) == "plural":
                group = self.resolve(cand, depth + 1)
            if group and not skip & {a["code"] for a in group}:
                return group
        if party_actors:
            return party_actors
        pair = self._last_two(tok, skip)
        for noun in lookback.plural_nouns_before(tok) if tok.pos_ == "PRON" and not pair else ():
            found = self.phrase_actors(noun)  # else one side a plural noun named ("ships")
            if len({a["code"] for a in found}) == 1 and found[0]["code"] not in skip:
                return found
        return pair

    def _group_starts(self, doc: Doc) -> list[int]:
        """Positions (sorted) of the tokens :meth:`_previous_group` may stop at: those in
        a coordination (a ``conj`` token and its head: no other token has conjuncts) and
        nouns that may be plural references (:meth:`kind` needs a plural head word).
        Read once per Doc from hash-id arrays, compared as arrays (no string per token);
        walking back over every token made a ``Token`` and its conjuncts for each, for
        every plural reference."""
        memo = self._starts_memo
        if memo[0] is doc and memo[1] == len(doc):
            return memo[2]
        rows = doc.to_array([DEP, HEAD, POS, LOWER])
        coordinated = numpy.flatnonzero(rows[:, 0] == conj)
        # HEAD is the offset to the head, stored unsigned
        heads = coordinated + rows[coordinated, 1].view(numpy.int64)
        plural = numpy.flatnonzero(numpy.isin(rows[:, 2], NOMINAL_POS_IDS)
                                   & numpy.isin(rows[:, 3], self._plural_ids))
        found = numpy.union1d(numpy.union1d(coordinated, heads), plural)
        memo[:] = [doc, len(doc), found.tolist()]
        return memo[2]

    def _last_two(self, tok: Token, skip: frozenset[str] | set[str] = frozenset()) -> list[Actor]:
        """No coordinated group: "the two countries" are the last two named (none of skip)."""
        out: list[Actor] = []
        seen_ents: set[int] = set()
        for ent in lookback.entities_before(tok):
            actor = ent._.actor
            if ent.start in seen_ents or not actor or not actor.get("code"):
                continue
            seen_ents.add(ent.start)
            if actor.get("sector") in ("MED",) or actor["code"] in skip or any(
                    a["code"] == actor["code"] for a in out):
                continue
            out.append(dict(actor))
            if len(out) == 2:
                return list(reversed(out))
        return []

    def _previous_single(self, tok: Token) -> list[Actor]:
        doc = tok.doc
        wanted = self.descriptors.get(tok.lower_, [None])
        if "FORCES" in wanted:  # "the army": never the state named nearest, only the sole one
            return lookback.sole_state_before(tok)
        # "The EU said it could sanction it": an object "it" is not its clause's subject
        skip = {a["code"] for x in addressers(tok) for a in self.phrase_actors(x)
                or self.resolve(x, 2)} if binding.object_pronoun(tok) else set()
        before = lookback.entity_tokens_before(tok, ACTOR_LABELS)
        for i in range(tok.i - 1, -1, -1) if before is None else before:
            cand = doc[i]
            if cand.ent_iob_ not in ("B", "I") or cand.ent_type_ not in ACTOR_LABELS:
                continue
            if tok.pos_ == "PRON" and (cand.ent_type_ == "LOC" or (
                    cand.ent_type_ == "NORP" and cand.dep_ == "amod")):
                continue  # "it" is a country or body, not a region nor "Armenian territory"
            if cand.ent_iob_ == "I" and i > 0 and doc[i - 1].ent_iob_ in ("B", "I"):
                continue
            ent = entity_at(doc[i])
            actor = ent._.actor if ent is not None else None
            if not actor or not actor.get("code") or actor["code"] in skip:
                continue
            if "STATE" in wanted or "GROUP" in wanted:  # "the UN urged the junta": no UN
                # body; "the rebels": a non-state armed group named before, never the UN
                if ent.label_ in STATE_LABELS if "STATE" in wanted else \
                        actor["code"] in self.group_codes:
                    return [dict(actor)]
                continue
            unsectored_org = ent is not None and ent.label_ == "ORG" and actor.get("sector") is None
            if wanted != [None] and actor.get("sector") not in wanted and not (
                    ("IGO" in wanted or "ORG" in wanted) and unsectored_org):
                # "the bloc": an organisation named without a sector (EU, ASEAN); "the
                # group": a named group (Hezbollah), not a country
                continue
            return [dict(actor)]
        return []
