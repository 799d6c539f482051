"""Document-level passes of the events stage: sides that one event lends another.

Rules fire per token; these passes then use earlier events of the document: an injury
takes the attackers of the attack it is told after, a meeting with one known side takes
the pair named before, an act inside an accusation belongs to the accused, a denial
answers the latest matching accusation, a reciprocal act targets whoever acted first.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from .. import nominal
from ..entities.references import References
from . import (
    antecedents,
    clause_doers,
    concessions,
    conjuncts,
    denials,
    leads,
    releases,
    sources,
    syntax,
    tellers,
)
from .arguments import AIMED_PREPS, Arguments
from .causes import link_causes
from .responses import aim_responses, answered_gerunds
from .rules import Rule
from .scope import objects
from .settings import EventSettings
from .sides import lend_sides, two_sided

Event = dict[str, Any]


class DocumentPasses:
    """Passes over a document's events after each was built from its trigger."""

    def __init__(self, cfg: EventSettings, args: Arguments, refs: References) -> None:
        self.cfg = cfg
        self.args = args
        self.refs = refs
        self.told = tellers.ToldDoer(args, cfg.modality)

    def _background(self, tok: Token) -> bool:
        """Told in a description of a participant ("Tehran and Moscow, both subjected to
        sanctions by the West, are determined ..."), or in an adverbial clause that
        presupposes it ("introducing counter-sanctions after the bloc adopted measures"),
        not as what the speaker claims."""
        verb = tok if tok.pos_ in ("VERB", "AUX") else syntax.governor(tok)
        if verb is None:
            return False
        if verb.dep_ == "advcl":
            return any(c.dep_ == "mark" and c.lower_ in self.cfg.background_preps
                       for c in verb.children)
        return verb.dep_ in ("acl", "appos") and verb.head.dep_ in ("nsubj", "nsubjpass")

    def _accused_of(self, tok: Token) -> tuple[list[str], list[str]]:
        """"accusing it of supplying drones", "blames Russia for the strike", "accused
        Azerbaijan's military of crossing": the act's actor is the one accused, whatever
        the act's own clause says; the accuser comes back too (a hostile act's victim)."""
        if tok.dep_ in ("dobj", "nsubjpass") \
                and tok.head.lemma_.lower() in self.cfg.accusation_verbs:
            # "blamed the infiltration on Hezbollah", "the raid was blamed on X": the "on"
            # phrase names the accused
            verb = tok.head
            # (the parser may hang it on the object; before the verb it is the target)
            own = syntax.prep_objects(tok, "on") if tok.dep_ == "dobj" else []
            accused = [a["code"] for o in syntax.prep_objects(verb, "on") + own
                       for a in self.args.actors_of(o)]
            if accused:
                tellers = syntax.agents(verb) if tok.dep_ == "nsubjpass" \
                    else syntax.subjects(verb)
                accusers = [a["code"] for s in tellers for a in self.args.actors_of(s)]
                return list(dict.fromkeys(accused)), list(dict.fromkeys(accusers))
        cur = tok
        for _ in range(5):
            prep = cur.head
            if cur.dep_ in ("pobj", "pcomp") and prep.lower_ in ("of", "for", "with", "over"):
                verb = prep.head
                objs = [c for c in verb.children if c.dep_ == "dobj"]
                if verb.lemma_.lower() not in self.cfg.accusation_verbs and verb.dep_ == "dobj":
                    objs, verb = [verb], verb.head  # "of" hung on the object
                # "hit out at Russia over the hacking", "lashed out at X for": the one aimed at
                lashed = not objs and any(c.dep_ == "prt" and c.lower_ == "out"
                                          for c in verb.children)
                if lashed:
                    objs = syntax.prep_objects(verb, "at")
                passive = not objs and syntax.is_passive(verb)
                if passive:  # "Iran was accused by Britain of seizing": the passive subject
                    objs = syntax.children(verb, syntax.PASS_SUBJ_DEPS)
                if verb.lemma_.lower() in self.cfg.accusation_verbs or (lashed and objs):
                    codes = [a["code"] for o in objs for a in self.args.actors_of(o)]
                    accusers = [a["code"] for s in (syntax.agents(verb) if passive
                                                    else syntax.subjects(verb))
                                for a in self.args.actors_of(s)]
                    if not codes and len(set(accusers)) > 1 and any(
                            t.lower_ in self.cfg.reciprocal_words
                            for o in objs for t in o.subtree):  # "each other", "one another"
                        codes = accusers  # "accused each other of shelling": both did it
                    return list(dict.fromkeys(codes)), list(dict.fromkeys(accusers))
            # "accused X of a campaign of cyberattacks", "blamed X for a wave of attacks":
            # through the "of" phrase of a quantity or series noun
            of_phrase = cur.dep_ == "prep" and cur.lower_ == "of"
            if (cur.dep_ not in ("compound", "amod", "pobj", "pcomp", "dobj", "xcomp")
                    and not of_phrase) or cur.head.i == cur.i:
                return [], []
            cur = cur.head
        return [], []

    def _pair_symmetric(self, events: list[Event]) -> None:
        """A meeting or cooperation with one known side: "discussion of cooperation between
        X and Y" is X's and Y's discussion; "bilateral negotiations" are the pair named last."""
        by_tok = {ev["_tok"].i: ev for ev in events}
        for ev in events:
            rule: Rule = ev["_rule"]
            if rule.frame != "symmetric" or len(ev["actors"]) > 1:
                continue
            tok: Token = ev["_tok"]
            inner = [by_tok[o.i] for o in objects(tok) if o.i in by_tok]
            codes = [c for o in inner if len(o["actors"]) > 1 for c in o["actors"]]
            if not codes and any(c.lemma_.lower() in self.cfg.pair_words
                                 for t in [tok, *objects(tok)]
                                 for c in t.children if c.dep_ in ("amod", "compound")):
                codes = [a["code"] for a in self.refs.previous_group(tok)]
                codes = codes if len(set(codes)) == 2 else []  # a pair, not a larger group
            if not codes or (ev["actors"] and ev["actors"][0] not in codes):
                continue
            ev["actors"] = list(dict.fromkeys(codes))
            ev["recipients"] = [c for c in ev["recipients"] if c not in ev["actors"]]

    def _repeated_mentions(self, events: list[Event]) -> None:
        """"the EU penalties", "its counter-sanctions": an act told again names one side
        only; the latest earlier act of its type by the same actors names the other.

        The latest earlier acts are kept by type (and actors, or sentence) as the loop
        goes, so each event looks up its antecedent instead of scanning all before it."""
        by_actors: dict[tuple[str, frozenset[str]], Event] = {}  # with recipients
        by_type: dict[str, list[Event]] = {}  # with actors, in text order
        by_sentence: dict[tuple[str, int], tuple[int, Event]] = {}  # with actors
        for idx, ev in enumerate(events):
            rule: Rule = ev["_rule"]
            kind = ev["type"]
            # a hostile campaign against a class of targets names its own, and is no one
            # act a later mention ("Tuesday's attack") points back to ("talks on issues":
            # for other types such a phrase is a topic)
            generic = kind in self.cfg.hostile_types and rule.frame != "symmetric" \
                and self._generic_target(ev["_tok"], ev["sentence"] == 0)
            if kind not in self.cfg.repeated_types:
                pass
            elif rule.frame != "symmetric" and ev["actors"] and not ev["recipients"]:
                same = by_actors.get((kind, frozenset(ev["actors"])))
                if same is not None and not generic:
                    ev["recipients"] = list(same["recipients"])
            elif not ev["actors"] and (not ev["recipients"] or id(ev) in self._told_victims):
                # "the exercises", "the sanctions" with no side named: the last such act
                # a definite description ("the exercises", "these sanctions") points back
                # anywhere in the report (``antecedent_reach``); otherwise the guide's
                # reach: this sentence, the one before, the headline.  ("The strikes hit
                # depots in X": a place named in the clause leaves a definite mention to an
                # act told by the same word.)
                tok: Token = ev["_tok"]
                definite = any(c.dep_ in ("det", "poss") and c.lower_ in self.cfg.definite_words
                               for c in tok.children)
                if ev["_named"] and not definite:
                    found = None
                elif definite:  # the act told by the same word, else the latest
                    told = antecedents.within(by_type.get(kind, []), ev["sentence"],
                                              self.cfg.antecedent_reach)
                    act = antecedents.pick(tok, told, worded=ev["_named"])
                    found = (0, act) if act is not None else None
                else:
                    near = (0, ev["sentence"] - 1, ev["sentence"])
                    found = max((by_sentence[(kind, n)] for n in near if (kind, n) in by_sentence),
                                key=lambda item: item[0], default=None)
                if found is not None and not syntax.answers(tok, found[1]["_tok"]):
                    ev["actors"] = list(found[1]["actors"])
                    ev["recipients"] = list(found[1]["recipients"])
                    if two_sided(tok):  # "a war fought last year": both sides fought
                        ev["actors"] += ev["recipients"]
                        ev["recipients"] = []
            if ev["recipients"]:
                by_actors[(kind, frozenset(ev["actors"]))] = ev
            if ev["actors"] and not (generic and not ev["recipients"]):
                by_type.setdefault(kind, []).append(ev)
                by_sentence[(kind, ev["sentence"])] = (idx, ev)

    def _answered(self, events: list[Event], hostile: set[str]) -> None:
        """"Canada expelled envoys in response to the bombing of its embassy", "Israel's
        retaliation for the raid": one answers a hostile act done to it, so the responder
        (the response noun's owner or "from" phrase, else its clause's subject) is the
        answered act's target when the act names none."""
        for ev in events:
            if ev["type"] not in hostile | {"ACCUSE"} or ev["recipients"]:
                continue  # "replying to the Chinese criticism": the criticised reply
            response = syntax.response_to(ev["_tok"])
            if response is None:
                continue
            if response.pos_ in ("VERB", "AUX"):
                heads = syntax.subjects(response)
            else:
                # the owner as every layer reads an event noun's (:mod:`..nominal`)
                heads = nominal.possessive_doers(response) + syntax.prep_objects(response,
                                                                                 "from")
                gov = syntax.governor(response)
                if not heads and gov is not None:
                    heads = syntax.subjects(gov)
            codes = [a["code"] for h in heads for a in self.args.actors_of(h)]
            ev["recipients"] = [c for c in dict.fromkeys(codes) if c not in ev["actors"]]

    def _object_events(self, events: list[Event]) -> None:
        """"criticised the exercises", "dismissed the accusations", "backed the strikes":
        a judgement whose object is another event is aimed at that event's actors."""
        by_tok = {ev["_tok"].i: ev for ev in events}
        for ev in events:
            if ev["type"] not in self.cfg.object_event_types:
                continue
            # "the hangings drew condemnation": the act that draws the judgement
            drawn = sources.elicitor(ev["_tok"])
            inner = [by_tok[o.i] for o in objects(ev["_tok"]) + drawn if o.i in by_tok]
            if ev["type"] == "REJECT":
                # "Tehran denied US charges", "China rejects the accusations": who rejects
                # an accusation is the one it accuses
                for o in inner:
                    if o["type"] == "ACCUSE" and not o["recipients"]:
                        o["recipients"] = [c for c in ev["actors"] if c not in o["actors"]]
            victims = {c for o in inner if o["type"] not in ("ACCUSE", "REJECT")
                       and o["actors"] for c in o["recipients"]}
            if ev["type"] != "REJECT" and victims & set(ev["recipients"]):
                # "condemned Russia's invasion of Georgia": the invader is judged, the
                # invaded named inside the act is not
                ev["recipients"] = [c for c in ev["recipients"] if c not in victims]
            if not ev["recipients"]:
                codes = [c for o in inner if o is not ev for c in o["actors"]]
                if not codes:  # (an object act with no doer named points back too)
                    codes = antecedents.pointed_to(ev, events, self.cfg)
                if not codes:  # (to a clause that tells no event: its doer)
                    codes = clause_doers.previous_doer(
                        ev["_tok"], set(ev["actors"]), self._codes, self.cfg.definite_words,
                        self.cfg.speech_verbs, {o["_tok"].i for o in events})
                ev["recipients"] = [c for c in dict.fromkeys(codes) if c not in ev["actors"]]

    def _retaliations(self, events: list[Event], hostile: set[str]) -> None:
        """"introducing reciprocal sanctions", "counter-sanctions": a hostile act answering
        one done to its actor targets whoever did that act."""
        for idx, ev in enumerate(events):
            if ev["type"] not in hostile or ev["recipients"] or not ev["actors"]:
                continue
            tok: Token = ev["_tok"]
            heads = [tok, *objects(tok)]
            words = {w for t in heads for x in [t, *t.children]
                     if x is t or x.dep_ in ("amod", "compound")
                     for w in (x.lower_, x.lemma_.lower())}
            if not words & self.cfg.retaliation_words:
                continue
            earlier = [o for o in events[:idx] if o["type"] == ev["type"]
                       and set(o["recipients"]) & set(ev["actors"])]
            earlier += [o for o in events[idx + 1:] if o["sentence"] == ev["sentence"]
                        and o["type"] == ev["type"] and set(o["recipients"]) & set(ev["actors"])]
            if earlier:
                first = earlier[-1] if earlier[-1]["_tok"].i < tok.i else earlier[0]
                ev["recipients"] = [c for c in first["actors"] if c not in ev["actors"]]

    @staticmethod
    def _victims(ev: Event, tellers: list[str]) -> list[str]:
        """Whom a hostile act with no target named was done to: the side telling it, but
        a domestic act (arrests, a crackdown) befalls the doer's own people, whoever
        tells it ("the EU blamed Belarus for the crackdown")."""
        if ev["_rule"].domestic and ev["actors"]:
            return list(ev["actors"])
        return [c for c in tellers if c not in ev["actors"]]

    def __call__(self, events: list[Event]) -> None:
        self._told_victims: set[int] = set()
        by_start = sorted(events, key=lambda e: e["trigger"]["start"])
        for ev in by_start:
            # PLOVER: the host of a visit is its recipient; the place visited names it
            host = ev.get("_host")
            if ev["mode"] == "visit" and not ev["recipients"] and host and host not in ev["actors"]:
                ev["recipients"] = [host]
        self._pair_symmetric(by_start)
        hostile = self.cfg.hostile_types
        link_causes(by_start, self.cfg, self.args)
        for ev in by_start:
            accused, accusers = self._accused_of(ev["_tok"])
            if accused:
                if ev["_rule"].domestic and ev["recipients"] == ev["actors"]:
                    ev["recipients"] = []  # the own people of a doer the accusation replaces
                ev["actors"] = accused
                ev["recipients"] = [c for c in ev["recipients"] if c not in accused]
                if not ev["recipients"] and ev["type"] in hostile:
                    ev["recipients"] = self._victims(ev, accusers)
            elif accusers:
                # "Washington accused the North of supplying": an accused the coder cannot
                # name is still not the accuser
                ev["actors"] = [c for c in ev["actors"] if c not in accusers]
        for ev in by_start:
            tok: Token = ev["_tok"]
            # a hostile act told by its victim is that victim's claim
            if ev["type"] not in hostile:
                continue
            codes = self._teller(tok)
            if (ev["modality"] == "asserted" and set(codes) & set(ev["recipients"])
                    and not self._background(tok)):
                ev["modality"] = "reported"
            # "Azerbaijan accuses Armenia of shooting", "Baku says Armenian forces fired":
            # a hostile act with no target named, told by another side, was done to it
            told_by_other = bool(ev["actors"]) and not set(codes) & set(ev["actors"])
            struck = not ev["actors"] and self.told.struck_elsewhere(tok)
            if struck:  # "the strikes hit depots in Sanaa, Austin said": where it struck,
                self._told_victims.add(id(ev))  # a guess the act told before may replace
            elif (ev["modality"] == "reported" or told_by_other) and not ev["recipients"] \
                    and not self._aimed_elsewhere(tok):
                ev["recipients"] = self._victims(ev, list(dict.fromkeys(codes)))
                self._told_victims.add(id(ev))  # a guess a told-again act may replace
            elif not ev["actors"] and ev["recipients"] and set(ev["recipients"]) <= set(codes):
                # the teller taken as the victim (source told_victim) is a guess too: "It
                # said the strikes hit radar sites" goes on with the strikes told before
                self._told_victims.add(id(ev))
        # (after the tellers: "responded" is a verb of saying, not one of telling the act)
        answered_gerunds(by_start, self._codes)
        self._answered(by_start, hostile)
        self._retaliations(by_start, hostile)
        self._countered(by_start)
        aim_responses(by_start, self.cfg, self._codes)
        self._repeated_mentions(by_start)
        leads.lend_from_lead(by_start, self.cfg.repeated_types, self.cfg.lead_reach)
        conjuncts.share_passive_sides(by_start)
        antecedents.lend_to_verbs(by_start, hostile)
        clause_doers.lend_to_retellings(by_start, self.cfg.speech_verbs)
        self._object_events(by_start)
        concessions.answer_demands(by_start, self.cfg)
        releases.address_releases(by_start, self.cfg)
        # events by sentence: a scan of every event for each accusation was quadratic
        in_sentence: dict[int, list[Event]] = {}
        for ev in by_start:
            in_sentence.setdefault(ev["sentence"], []).append(ev)
        for ev in by_start:
            if ev["type"] == "ACCUSE" and not ev["recipients"]:
                same = [o for o in in_sentence[ev["sentence"]] if o is not ev
                        and o["modality"] == "reported"]
                codes = [c for o in same for c in o["actors"] if c not in ev["actors"]]
                ev["recipients"] = list(dict.fromkeys(codes))
        denials.answer(by_start, self._claimants)
        lend_sides(by_start, hostile, self.args, self.cfg.side_nouns)

    @staticmethod
    def _countered(events: list[Event]) -> None:
        """"Ukrainian forces repelled a Russian assault": the act a counter-act (a rule
        with ``counters``) answers was aimed at whoever counters it, when it names none."""
        by_tok = {ev["_tok"].i: ev for ev in events}
        for ev in events:
            if not ev["_rule"].counters or not ev["actors"]:
                continue
            for obj in objects(ev["_tok"]):
                inner = by_tok.get(obj.i)
                if inner is not None and inner is not ev and not inner["recipients"]:
                    inner["recipients"] = [c for c in ev["actors"] if c not in inner["actors"]]

    @staticmethod
    def _aimed_elsewhere(tok: Token) -> bool:
        """"Houthi forces fired drones at a cargo ship, the US military said": the act
        names what it was aimed at, and no side, so the teller is no victim of it."""
        return any(o.ent_type_ not in ("DATE", "TIME") and o.pos_ in ("NOUN", "PROPN")
                   for p in AIMED_PREPS for o in syntax.prep_objects(tok, p))

    def _generic_target(self, tok: Token, headline: bool) -> bool:
        """"launched attacks on merchant ships", "raids on power stations": a bare plural
        aimed at (``generic_target_tags`` with no ``specific_target_deps``) is a class of
        targets the act names itself, not a side it shares with an earlier act.  A
        headline drops articles, so there only ``headline_generic_target_tags`` count."""
        tags = self.cfg.headline_generic_target_tags if headline else self.cfg.generic_target_tags
        heads = [tok, *(o for o in objects(tok) if o.pos_ == "NOUN")]
        return any(o.tag_ in tags
                   and not any(c.dep_ in self.cfg.specific_target_deps for c in o.children)
                   for h in heads for p in AIMED_PREPS for o in syntax.prep_objects(h, p))

    def _codes(self, tok: Token) -> list[str]:
        return [a["code"] for a in self.args.actors_of(tok)]

    def _teller(self, tok: Token) -> list[str]:
        """Codes of who tells the act; none for a news outlet ("..., Chilean newspaper El
        Mercurio reported"): it relays, so its country is neither victim nor claimant."""
        speaker = tellers.speech_speaker(tok, self.cfg.modality)
        if speaker is None or self.args.is_outlet(speaker):
            return []
        return [a["code"] for a in self.args.actors_of(speaker)]

    def _claimants(self, ev: Event) -> list[str]:
        """Who tells an act as a claim: the teller, or those accusing its doer of it."""
        return self._teller(ev["_tok"]) + self._accused_of(ev["_tok"])[1]
