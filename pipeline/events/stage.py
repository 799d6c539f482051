"""The events stage: find triggers, fill arguments and attributes, write ``doc._.events``.

Rules fire per token (one event per trigger); document-level passes then use earlier
events: a denial's recipient is the accuser of the latest matching accusation, an
accusation without a named target accuses whoever its reported events name.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Span, Token

from .. import actor_coding, schema
from ..actors import load_actors
from ..references import References
from . import attributes as attr
from . import syntax
from .arguments import Arguments
from .rules import Env, Rule, RuleSet, check, load_rules, objects

Event = dict[str, Any]


class EventStage:
    """Callable spaCy component; see :func:`pipeline.components.events.make_events`."""

    def __init__(self, rules_dir: str | Path, actors_dir: str | Path | None = None) -> None:
        self.ruleset: RuleSet = load_rules(rules_dir)
        syntax.load_grammar(rules_dir)
        lex = self.ruleset.lexicon
        book = load_actors(actors_dir) if actors_dir else load_actors()
        self.refs = References(
            lex.get("references", {}), lambda t: actor_coding.phrase_actors(t, book)
        )
        self.args = Arguments(book, self.refs)
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
        self.interval_preps = set(lex.get("interval_preps", []))
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
            has_date=lambda t: attr.event_date(t, tindex, self.interval_preps) is not None,
            actors=self.args.actors_of,
        )
        found: list[tuple[Token, Rule]] = []
        inside_names = self._name_and_time_tokens(doc)
        for tok in doc:
            if tok.is_punct or tok.is_space or tok.i in inside_names:
                continue
            if tok.tag_ in self.modifier_tags and tok.dep_ in self.modifier_deps:
                continue  # "a UN-brokered deal", "its long-threatened invasion": a description
            if self._circumstance(tok):
                continue
            for rule in self.ruleset.candidates(tok):
                if check(rule, tok, env):
                    found.append((tok, rule))
                    break
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
            head = tok.head
            if head.i == tok.i or by_tok.get(head.i) is None or by_tok[head.i].type != rule.type:
                continue
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
        for ev in sorted(events, key=lambda e: e["_tok"].i):
            rule: Rule = ev["_rule"]
            if not rule.absorbs or id(ev) in gone:
                continue
            scope = self._absorb_scope(ev["_tok"])
            for other in events:
                if other is ev or id(other) in gone or other["_tok"].i not in scope:
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
        elif not rule.intent and attr.is_hypothetical(tok, self.mod_cfg):
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
            "date": attr.event_date(tok, tindex, self.interval_preps),
            "location": place.text if place is not None else None,
            "_host": ((place._.actor or {}).get("code") if place is not None else None),
            "polarity": polarity,
            "modality": modality,
            "cameo": cameo,
            "rule": rule.id,
        }

    def _accused_of(self, tok: Token) -> list[str]:
        """"accusing it of supplying drones", "blames Russia for the strike": the act's
        actor is the one accused, whatever the act's own clause says."""
        cur = tok
        for _ in range(3):
            prep = cur.head
            if cur.dep_ in ("pobj", "pcomp") and prep.lower_ in ("of", "for"):
                verb = prep.head
                if verb.lemma_.lower() in self.accusation_verbs:
                    objs = [c for c in verb.children if c.dep_ == "dobj"]
                    if not objs and prep.head.dep_ == "dobj":  # "for" hung on the object
                        objs = [prep.head]
                    codes = [a["code"] for o in objs for a in self.args.actors_of(o)]
                    return list(dict.fromkeys(codes))
            if cur.dep_ not in ("compound", "amod", "pobj", "pcomp") or cur.head is cur:
                return []
            cur = cur.head
        return []

    def _document_passes(self, doc: Doc, events: list[Event]) -> None:
        by_start = sorted(events, key=lambda e: e["trigger"]["start"])
        last_visit: Event | None = None
        for ev in by_start:
            # "the foreign guest will visit ...": an uncoded visitor continues the last visit
            if ev["rule"] == "consult.visit" or ev.get("_visit"):
                if not ev["actors"] and last_visit is not None:
                    ev["actors"] = list(last_visit["actors"])
                    if not ev["recipients"]:
                        ev["recipients"] = list(last_visit["recipients"])
                if ev["actors"]:
                    last_visit = ev
        for ev in by_start:
            # PLOVER: the host of a visit is its recipient; the place visited names it
            host = ev.get("_host")
            if ev["mode"] == "visit" and not ev["recipients"] and host and host not in ev["actors"]:
                ev["recipients"] = [host]
        for ev in by_start:
            accused = self._accused_of(ev["_tok"])
            if accused:
                ev["actors"] = accused
                ev["recipients"] = [c for c in ev["recipients"] if c not in accused]
        hostile = set(self.mod_cfg.get("hostile_types", []))
        for ev in by_start:
            tok: Token = ev["_tok"]
            # a hostile act told by its victim is that victim's claim
            if ev["type"] not in hostile:
                continue
            speaker = attr.speech_speaker(tok, self.mod_cfg)
            codes = [a["code"] for a in self.args.actors_of(speaker)] if speaker else []
            if ev["modality"] == "asserted" and set(codes) & set(ev["recipients"]):
                ev["modality"] = "reported"
            # "Azerbaijan accuses Armenia of shooting": the accuser is the one shot at
            if ev["modality"] == "reported" and not ev["recipients"]:
                ev["recipients"] = [c for c in dict.fromkeys(codes) if c not in ev["actors"]]
        for idx, ev in enumerate(by_start):
            if ev["type"] == "ACCUSE" and not ev["recipients"]:
                same = [o for o in by_start if o["sentence"] == ev["sentence"] and o is not ev
                        and o["modality"] == "reported"]
                codes = [c for o in same for c in o["actors"] if c not in ev["actors"]]
                ev["recipients"] = list(dict.fromkeys(codes))
            if ev["type"] == "REJECT":
                wanted = "ACCUSE" if ev["cameo"] == "016" else "REQUEST"
                prior = [o for o in by_start[:idx] if o["type"] == wanted]
                prior += [o for o in by_start[idx + 1:] if o["type"] == wanted
                          and o["sentence"] == ev["sentence"]]
                match = [o for o in prior if set(o["recipients"]) & set(ev["actors"])]
                source = (match or prior)[-1:] if (match or prior) else []
                if source and (not ev["recipients"] or ev["cameo"] == "016"):
                    accusers = [c for c in source[0]["actors"] if c not in ev["actors"]]
                    if accusers:
                        ev["recipients"] = accusers
