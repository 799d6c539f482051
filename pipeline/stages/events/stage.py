"""The events stage: find triggers, fill arguments and attributes, write ``doc._.events``.

Rules fire per token (one event per trigger); document-level passes then use earlier
events: a denial's recipient is the accuser of the latest matching accusation, an
accusation without a named target accuses whoever its reported events name.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Span, Token

from ... import schema
from ..entities import coding as actor_coding
from ..entities.dictionary import load_actors
from ..entities.references import References
from . import attributes as attr
from . import syntax
from .arguments import Arguments
from .rules import Env, Rule, RuleSet, check, load_rules, objects

Event = dict[str, Any]


class EventStage:
    """Callable spaCy component; see :func:`pipeline.stages.events.component.make_events`."""

    def __init__(self, rules_dir: str | Path, actors_dir: str | Path | None = None) -> None:
        self.ruleset: RuleSet = load_rules(rules_dir)
        syntax.load_grammar(rules_dir)
        lex = self.ruleset.lexicon
        book = load_actors(actors_dir) if actors_dir else load_actors()
        self.refs = References(
            lex.get("references", {}), lambda t: actor_coding.phrase_actors(t, book)
        )
        self.args = Arguments(book, self.refs, lex.get("denial_verbs", []),
                              lex.get("accusation_verbs", []))
        for rule in self.ruleset.rules:
            for name in rule.actor_from + rule.recipient_from:
                if not self.args.known(name):
                    raise ValueError(f"rule {rule.id}: unknown argument source {name!r}")
        self.ctx_lex: dict[str, list[str]] = lex.get("contexts", {})
        self.mod_cfg: dict[str, Any] = lex.get("modality", {})
        self.neg_cfg: dict[str, Any] = lex.get("negation", {})
        self.intent_map: dict[str, str] = {
            k: v for k, v in lex.get("intent_conversion", {}).items() if not k.startswith("_")
        }
        self.loc_preps = set(lex.get("location_preps", []))
        self.loc_labels = set(lex.get("location_labels", []))
        self.date_cues = attr.DateCues.from_lexicon(lex)
        self.require_participant = bool(lex.get("require_participant", True))
        self.no_trigger_labels = set(lex.get("no_trigger_entity_labels", []))
        self.accusation_verbs = set(lex.get("accusation_verbs", []))
        self.threat_map: dict[str, str] = {
            k: v for k, v in lex.get("threat_conversion", {}).items() if not k.startswith("_")
        }
        mods = lex.get("modifier_participles", {})
        self.modifier_tags = set(mods.get("tags", []))
        self.modifier_deps = set(mods.get("deps", []))
        self.absorb_preps = set(lex.get("absorb_preps", []))
        self.condition_marks = set(lex.get("condition_marks", []))
        self.background_preps = set(lex.get("background_preps", []))
        self.negation_map: dict[str, str] = {
            k: v for k, v in lex.get("negation_conversion", {}).items() if not k.startswith("_")
        }
        self.rule_by_id = {r.id: r for r in self.ruleset.rules}
        self.cause_preps = set(lex.get("cause_preps", []))
        self.pair_words = set(lex.get("references", {}).get("pair_words", []))
        self.retaliation_words = set(lex.get("retaliation_words", []))

    # ----------------------------------------------------------------- public
    def __call__(self, doc: Doc) -> Doc:
        doc._.events = self.events(doc)
        return doc

    def events(self, doc: Doc) -> list[Event]:
        tindex = attr.timex_index(doc)
        env = Env(
            contexts=lambda t: set(attr.contexts(t, self.ctx_lex)),
            has_location=lambda t: attr.event_location(t, self.loc_preps, self.loc_labels)
            is not None,
            has_date=lambda t: attr.event_date(t, tindex, self.date_cues) is not None,
            actors=self.args.actors_of,
        )
        found: list[tuple[Token, Rule]] = []
        inside_names = self._name_and_time_tokens(doc)
        for tok in doc:
            if tok.is_punct or tok.is_space or tok.i in inside_names:
                continue
            if tok.tag_ in self.modifier_tags and tok.dep_ in self.modifier_deps:
                continue  # "a UN-brokered deal", "its long-threatened invasion": a description
            # the first rule that holds, then the (costlier) backdrop test on that token only
            rule = next((r for r in self.ruleset.candidates(tok) if check(r, tok, env)), None)
            if rule is not None and not self._circumstance(tok):
                found.append((tok, rule))
        found = self._drop_nested(found)
        events = [self._build(doc, tok, rule, tindex) for tok, rule in found]
        events = [e for e in events if e is not None]
        events = self._absorb(events)
        self._document_passes(doc, events)
        if self.require_participant:
            events = [e for e in events if e["actors"] or e["recipients"] or e["_named"]]
        out = []
        for i, ev in enumerate(sorted(events, key=lambda e: e["trigger"]["start"]), start=1):
            ev.pop("_tok", None)
            ev.pop("_named", None)
            ev.pop("_rule", None)
            ev.pop("_host", None)
            out.append({"id": f"e{i}", **ev})
        return out

    # ---------------------------------------------------------------- helpers
    def _name_and_time_tokens(self, doc: Doc) -> set[int]:
        """Tokens inside a name or a timex are no triggers ("March 3", "Protest Party")."""
        inside = {i for span in doc.spans.get("timexes", []) for i in range(span.start, span.end)}
        for ent in doc.ents:
            if ent.label_ in self.no_trigger_labels:
                inside.update(range(ent.start, ent.end))
        return inside

    @staticmethod
    def _drop_nested(found: list[tuple[Token, Rule]]) -> list[tuple[Token, Rule]]:
        """One event per predicate: a same-type object or conjunct of a trigger is no new event.

        "introducing counter-sanctions", "travel bans and asset freezes" are one SANCTION.
        """
        by_tok = {tok.i: rule for tok, rule in found}
        drop: set[int] = set()
        for tok, rule in found:
            # "introducing a list of reciprocal sanctions": the object, through its quantity head
            for obj in objects(tok):
                if obj.i != tok.i and obj.dep_ == "pobj" and by_tok.get(obj.i) is not None \
                        and by_tok[obj.i].type == rule.type:
                    drop.add(obj.i)
        for tok, rule in found:
            head = tok.head
            if head.i == tok.i or by_tok.get(head.i) is None or by_tok[head.i].type != rule.type:
                continue
            if tok.dep_ == "advcl" and any(c.dep_ == "mark" for c in tok.children):
                continue  # "wounded after forces opened fire": a second act, told as its cause
            if tok.dep_ in ("dobj", "conj", "nsubjpass", "compound", "advcl"):
                drop.add(tok.i)
            elif tok.dep_ == "acl":  # "sanctions adopted by the EU": the verb has the agent
                drop.add(head.i)
        return [(tok, rule) for tok, rule in found if tok.i not in drop]

    def _circumstance(self, tok: Token) -> bool:
        """A condition or a backdrop, not an event told: "until their demands are met", "if war
        starts", "following the invasions of Dagestan", "since last month's invasion"."""
        verb = tok if tok.pos_ in ("VERB", "AUX") else syntax.governor(tok)
        if verb is not None and any(c.dep_ == "mark" and c.lower_ in self.condition_marks
                                    for c in verb.children):
            return True
        return (tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "pobj"
                and tok.head.lower_ in self.background_preps)

    def _background(self, tok: Token) -> bool:
        """Told in a description of a participant ("Tehran and Moscow, both subjected to
        sanctions by the West, are determined ..."), or in an adverbial clause that
        presupposes it ("introducing counter-sanctions after the bloc adopted measures"),
        not as what the speaker claims."""
        verb = tok if tok.pos_ in ("VERB", "AUX") else syntax.governor(tok)
        if verb is None:
            return False
        if verb.dep_ == "advcl":
            return any(c.dep_ == "mark" and c.lower_ in self.background_preps
                       for c in verb.children)
        return verb.dep_ in ("acl", "appos") and verb.head.dep_ in ("nsubj", "nsubjpass")

    def _absorb_scope(self, tok: Token) -> set[int]:
        """Tokens of what a trigger acts on: its objects, complement clauses, "for"/"of" phrases."""
        heads = list(objects(tok))
        heads += [c for c in tok.children if c.dep_ in ("xcomp", "ccomp")]
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in self.absorb_preps:
                heads.extend(c for c in prep.children if c.dep_ in ("pobj", "pcomp"))
        return {t.i for h in heads for t in h.subtree}

    def _absorb(self, events: list[Event]) -> list[Event]:
        """An event acted on by another one is part of it, not an event of its own.

        "cancelled a planned visit" is a SANCTION, "refused to meet" a REJECT, "demanded a
        truce" a REQUEST, "lifted the sanctions" a CONCEDE: the rule of the outer trigger
        lists in ``absorbs`` which types (``*``: all) it takes in.  The outer event keeps
        the inner one's counterpart as recipient when it names none itself.
        """
        gone: set[int] = set()
        # events by trigger token: each absorbing event looks only at the tokens in its
        # scope (every event against every event was quadratic on long articles)
        at: dict[int, list[int]] = {}
        for n, event in enumerate(events):
            at.setdefault(event["_tok"].i, []).append(n)
        for ev in sorted(events, key=lambda e: e["_tok"].i):
            rule: Rule = ev["_rule"]
            if not rule.absorbs or id(ev) in gone:
                continue
            scope = self._absorb_scope(ev["_tok"])
            for other in [events[n] for n in sorted(n for i in scope for n in at.get(i, ()))]:
                if other is ev or id(other) in gone:
                    continue
                if "*" not in rule.absorbs and other["type"] not in rule.absorbs:
                    continue
                gone.add(id(other))
                if rule.frame != "symmetric" and not ev["recipients"]:
                    inherited = other["recipients"] or other["actors"]
                    ev["recipients"] = [c for c in inherited if c not in ev["actors"]]
                ev["_named"] = ev["_named"] or other["_named"]
        return [e for e in events if id(e) not in gone]

    def _sentence(self, doc: Doc, char: int) -> int:
        if schema.ext.SENTENCES in doc.spans:
            return schema.sentence_index(doc, char)
        for i, sent in enumerate(doc.sents):
            if char < sent.end_char:
                return i
        return 0

    def _build(self, doc: Doc, tok: Token, rule: Rule, tindex: dict[int, Span]) -> Event | None:
        args = self.args
        actors = args.collect(tok, tuple(s for s in rule.actor_from))
        recipients = args.collect(tok, tuple(s for s in rule.recipient_from))
        if rule.frame == "symmetric":
            actors = actors + [c for c in recipients if c not in actors]
            recipients = []
        else:
            recipients = [c for c in recipients if c not in actors]
        contexts = list(rule.context) if rule.context is not None else attr.contexts(
            tok, self.ctx_lex)
        mode = rule.mode
        if rule.type == "ASSAULT" and mode is None:
            mode = attr.assault_mode(tok, self.ruleset.lexicon.get("modes", {}).get("ASSAULT", {}))
        cameo = rule.cameo_by_lemma.get(tok.lemma_.lower(), rule.cameo)
        for ctx, code in rule.cameo_by_context.items():
            if ctx in contexts:
                cameo = code
                break
        etype = rule.type
        modality = "asserted"
        if rule.type not in ("ACCUSE", "REJECT") and attr.is_reported(tok, self.mod_cfg):
            modality = "reported"
        elif etype in self.threat_map and attr.is_conditional_threat(tok, self.mod_cfg):
            # "will withdraw its force unless ...": a hostile act held out on a condition
            etype, cameo, mode = "THREATEN", self.threat_map[etype], None
        elif (attr.is_future(tok, self.mod_cfg) or attr.is_intent(tok, self.mod_cfg)
              or attr.is_conditional(tok, self.mod_cfg)):
            if etype in self.intent_map:
                etype, cameo, mode = "AGREE", self.intent_map[etype], None
            else:
                modality = "future"
        elif not rule.intent and attr.is_purpose(tok, self.mod_cfg):
            modality = "hypothetical"
        elif (not rule.intent and not attr.is_presupposed(tok, self.mod_cfg)
              and attr.is_hypothetical(tok, self.mod_cfg)):
            modality = "hypothetical"
        polarity = attr.polarity(tok, self.neg_cfg)
        if polarity == "negative" and etype in self.negation_map:
            # "failed to reach agreement", "would not release them": a refusal (CAMEO 12)
            etype, cameo, mode, polarity = "REJECT", self.negation_map[etype], None, "positive"
        trigger = doc[tok.i:tok.i + 1]
        place = attr.event_place(tok, self.loc_preps, self.loc_labels)
        named = bool(actors or recipients) or args.names_someone(
            tok, rule.actor_from + rule.recipient_from)
        return {
            "_named": named,
            "_tok": tok,
            "_rule": rule,
            "sentence": self._sentence(doc, tok.idx),
            "trigger": schema.span_ref(trigger),
            "type": etype,
            "mode": mode,
            "context": contexts,
            "actors": actors,
            "recipients": recipients,
            "date": attr.event_date(tok, tindex, self.date_cues),
            "location": place.text if place is not None else None,
            "_host": ((place._.actor or {}).get("code") if place is not None else None),
            "polarity": polarity,
            "modality": modality,
            "cameo": cameo,
            "rule": rule.id,
        }

    def _accused_of(self, tok: Token) -> tuple[list[str], list[str]]:
        """"accusing it of supplying drones", "blames Russia for the strike", "accused
        Azerbaijan's military of crossing": the act's actor is the one accused, whatever
        the act's own clause says; the accuser comes back too (a hostile act's victim)."""
        cur = tok
        for _ in range(5):
            prep = cur.head
            if cur.dep_ in ("pobj", "pcomp") and prep.lower_ in ("of", "for"):
                verb = prep.head
                objs = [c for c in verb.children if c.dep_ == "dobj"]
                if verb.lemma_.lower() not in self.accusation_verbs and verb.dep_ == "dobj":
                    objs, verb = [verb], verb.head  # "of" hung on the object
                if verb.lemma_.lower() in self.accusation_verbs:
                    codes = [a["code"] for o in objs for a in self.args.actors_of(o)]
                    accusers = [a["code"] for s in syntax.subjects(verb)
                                for a in self.args.actors_of(s)]
                    return list(dict.fromkeys(codes)), list(dict.fromkeys(accusers))
            if cur.dep_ not in ("compound", "amod", "pobj", "pcomp", "dobj", "xcomp") \
                    or cur.head is cur:
                return [], []
            cur = cur.head
        return [], []

    def _cause_of(self, ev: Event, by_tok: dict[int, Event]) -> tuple[Event | None, list[Token]]:
        """The attack an injury is told after ("wounded after forces opened fire",
        "killed after shooting broke out with X"): the event inside an after/following
        adjunct of the trigger, else the adjunct's tokens."""
        tok: Token = ev["_tok"]
        kids = list(tok.children)
        for c in kids:
            is_cause = (c.dep_ == "prep" and c.lower_ in self.cause_preps) or (
                c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in self.cause_preps
                                          for m in c.children))
            if not is_cause:
                continue
            region = list(c.subtree)
            region += [t for k in kids if k.dep_ == "advcl" and k.left_edge.i == c.right_edge.i + 1
                       for t in k.subtree]
            for t in region:
                other = by_tok.get(t.i)
                if other is not None and other is not ev and other["type"] == ev["type"]:
                    return other, region
            return None, region
        return None, []

    def _link_causes(self, events: list[Event]) -> None:
        """An attack and the injury it caused share their sides."""
        by_tok = {ev["_tok"].i: ev for ev in events}
        for ev in events:
            if ev["type"] != "ASSAULT":
                continue
            cause, region = self._cause_of(ev, by_tok)
            if not region:
                continue
            attackers = cause["actors"] if cause is not None else []
            if not attackers:
                # "killed after shooting broke out with Azerbaijan's forces"
                heads = [o for t in region
                         if t.dep_ == "prep" and t.lower_ in ("with", "from", "by")
                         for o in t.children if o.dep_ == "pobj"]
                codes = [a["code"] for h in heads for a in self.args.actors_of(h)]
                attackers = [c for c in dict.fromkeys(codes) if c not in ev["recipients"]]
            if not ev["actors"]:
                ev["actors"] = [c for c in attackers if c not in ev["recipients"]]
            if cause is not None and not cause["actors"]:
                cause["actors"] = [c for c in ev["actors"]]  # "shooting broke out with X"
            elif cause is not None and not cause["recipients"]:
                cause["recipients"] = [c for c in ev["recipients"] if c not in cause["actors"]]

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
            if not codes and any(c.lemma_.lower() in self.pair_words for t in [tok, *objects(tok)]
                                 for c in t.children if c.dep_ in ("amod", "compound")):
                codes = [a["code"] for a in self.refs.previous_group(tok)]
                codes = codes if len(set(codes)) == 2 else []  # a pair, not a larger group
            if not codes or (ev["actors"] and ev["actors"][0] not in codes):
                continue
            ev["actors"] = list(dict.fromkeys(codes))
            ev["recipients"] = [c for c in ev["recipients"] if c not in ev["actors"]]

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
            if not words & self.retaliation_words:
                continue
            earlier = [o for o in events[:idx] if o["type"] == ev["type"]
                       and set(o["recipients"]) & set(ev["actors"])]
            earlier += [o for o in events[idx + 1:] if o["sentence"] == ev["sentence"]
                        and o["type"] == ev["type"] and set(o["recipients"]) & set(ev["actors"])]
            if earlier:
                first = earlier[-1] if earlier[-1]["_tok"].i < tok.i else earlier[0]
                ev["recipients"] = [c for c in first["actors"] if c not in ev["actors"]]

    def _document_passes(self, doc: Doc, events: list[Event]) -> None:
        by_start = sorted(events, key=lambda e: e["trigger"]["start"])
        last_visit: Event | None = None
        last_host: Event | None = None
        for ev in by_start:
            if not (ev["rule"] == "consult.visit" or ev.get("_visit")):
                continue
            # PLOVER: the host of a visit is its recipient; the place visited names it
            host = ev.get("_host")
            if ev["mode"] == "visit" and not ev["recipients"] and host and host not in ev["actors"]:
                ev["recipients"] = [host]
            # "the foreign guest will visit ...": an uncoded visitor continues the last visit
            if not ev["actors"] and last_visit is not None:
                ev["actors"] = list(last_visit["actors"])
            # "During the visit, the delegation visited a forum": the same host
            if ev["actors"] and not ev["recipients"] and last_host is not None \
                    and set(ev["actors"]) & set(last_host["actors"]):
                ev["recipients"] = [c for c in last_host["recipients"] if c not in ev["actors"]]
            if ev["actors"]:
                last_visit = ev
                if ev["recipients"]:
                    last_host = ev
        self._pair_symmetric(by_start)
        hostile = set(self.mod_cfg.get("hostile_types", []))
        self._link_causes(by_start)
        for ev in by_start:
            accused, accusers = self._accused_of(ev["_tok"])
            if accused:
                ev["actors"] = accused
                ev["recipients"] = [c for c in ev["recipients"] if c not in accused]
                if not ev["recipients"] and ev["type"] in hostile:
                    ev["recipients"] = [c for c in accusers if c not in accused]
        for ev in by_start:
            tok: Token = ev["_tok"]
            # a hostile act told by its victim is that victim's claim
            if ev["type"] not in hostile:
                continue
            speaker = attr.speech_speaker(tok, self.mod_cfg)
            codes = [a["code"] for a in self.args.actors_of(speaker)] if speaker else []
            if (ev["modality"] == "asserted" and set(codes) & set(ev["recipients"])
                    and not self._background(tok)):
                ev["modality"] = "reported"
            # "Azerbaijan accuses Armenia of shooting": the accuser is the one shot at
            if ev["modality"] == "reported" and not ev["recipients"]:
                ev["recipients"] = [c for c in dict.fromkeys(codes) if c not in ev["actors"]]
        self._retaliations(by_start, hostile)
        # events by sentence and, as the loop goes, the earlier ones by type: a scan of
        # every event for each accusation or rejection was quadratic on long articles
        in_sentence: dict[int, list[tuple[int, Event]]] = {}
        for idx, ev in enumerate(by_start):
            in_sentence.setdefault(ev["sentence"], []).append((idx, ev))
        seen: dict[str, list[Event]] = {}
        for idx, ev in enumerate(by_start):
            if ev["type"] == "ACCUSE" and not ev["recipients"]:
                same = [o for _, o in in_sentence[ev["sentence"]] if o is not ev
                        and o["modality"] == "reported"]
                codes = [c for o in same for c in o["actors"] if c not in ev["actors"]]
                ev["recipients"] = list(dict.fromkeys(codes))
            if ev["type"] == "REJECT":
                wanted = "ACCUSE" if ev["cameo"] == "016" else "REQUEST"
                later = [o for n, o in in_sentence[ev["sentence"]] if n > idx
                         and o["type"] == wanted]
                prior = seen.get(wanted, [])
                actors = set(ev["actors"])
                # the last earlier-or-same-sentence one aimed at the rejecter, else the last
                source = next((o for o in reversed(later) if set(o["recipients"]) & actors),
                              None) or next((o for o in reversed(prior)
                                             if set(o["recipients"]) & actors), None)
                source = [source] if source else (later or prior)[-1:]
                if source and (not ev["recipients"] or ev["cameo"] == "016"):
                    accusers = [c for c in source[0]["actors"] if c not in ev["actors"]]
                    if accusers:
                        ev["recipients"] = accusers
            seen.setdefault(ev["type"], []).append(ev)
