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
from .arguments import Arguments
from .rules import Env, Rule, RuleSet, check, load_rules

Event = dict[str, Any]


class EventStage:
    """Callable spaCy component; see :func:`pipeline.components.events.make_events`."""

    def __init__(self, rules_dir: str | Path, actors_dir: str | Path | None = None) -> None:
        self.ruleset: RuleSet = load_rules(rules_dir)
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
            for rule in self.ruleset.candidates(tok):
                if check(rule, tok, env):
                    found.append((tok, rule))
                    break
        found = self._drop_nested(found)
        events = [self._build(doc, tok, rule, tindex) for tok, rule in found]
        events = [e for e in events if e is not None]
        self._document_passes(doc, events)
        if self.require_participant:
            events = [e for e in events if e["actors"] or e["recipients"] or e["_named"]]
        out = []
        for i, ev in enumerate(sorted(events, key=lambda e: e["trigger"]["start"]), start=1):
            ev.pop("_tok", None)
            ev.pop("_named", None)
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
        elif attr.is_future(tok, self.mod_cfg) or attr.is_intent(tok, self.mod_cfg):
            if etype in self.intent_map:
                etype, cameo, mode = "AGREE", self.intent_map[etype], None
            else:
                modality = "future"
        elif not rule.intent and attr.is_hypothetical(tok, self.mod_cfg):
            modality = "hypothetical"
        trigger = doc[tok.i:tok.i + 1]
        named = bool(actors or recipients) or args.names_someone(
            tok, rule.actor_from + rule.recipient_from)
        return {
            "_named": named,
            "_tok": tok,
            "sentence": self._sentence(doc, tok.idx),
            "trigger": schema.span_ref(trigger),
            "type": etype,
            "mode": mode,
            "context": contexts,
            "actors": actors,
            "recipients": recipients,
            "date": attr.event_date(tok, tindex, self.interval_preps),
            "location": attr.event_location(tok, self.loc_preps, self.loc_labels),
            "polarity": attr.polarity(tok, self.neg_cfg),
            "modality": modality,
            "cameo": cameo,
            "rule": rule.id,
        }

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
