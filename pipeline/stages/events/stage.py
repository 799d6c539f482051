"""The events stage: find triggers, fill arguments and attributes, write ``doc._.events``.

Rules fire per token (one event per trigger); document-level passes then use earlier
events: a denial's recipient is the accuser of the latest matching accusation, an
accusation without a named target accuses whoever its reported events name.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Span, Token

from ... import schema
from ..entities import coding as actor_coding
from ..entities.dictionary import load_actors
from ..entities.references import References
from ..prefilter import CueFilter
from . import attributes as attr
from . import backdrop, mediation, syntax, tellers
from .arguments import COMITATIVE, Arguments
from .clauses import detached_clauses
from .passes import DocumentPasses
from .preps import phrasal_lemma, second_objects
from .rules import Env, Rule, RuleSet, check, load_rules
from .scope import aim_tokens, bare_infinitive, objects
from .settings import load_event_settings

Event = dict[str, Any]


class EventStage:
    """Callable spaCy component; see :func:`pipeline.stages.events.component.make_events`."""

    def __init__(self, rules_dir: str | Path, actors_dir: str | Path | None = None) -> None:
        self.ruleset: RuleSet = load_rules(rules_dir)
        syntax.load_grammar(rules_dir)
        self.cfg = cfg = load_event_settings(self.ruleset.lexicon,
                                             Path(rules_dir) / "lexicon.json")
        book = load_actors(actors_dir) if actors_dir else load_actors()
        self.refs = References(cfg.references, lambda t: actor_coding.phrase_actors(t, book))
        self.refs.group_codes = book.group_codes  # "the rebels": only an armed group
        # verbs that judge an act: their nominal object's actor is never their own subject
        # (but one who resumes, signs or halts an act is a party to it)
        judging = set(cfg.accusation_verbs) | {
            lemma for rule in self.ruleset.rules
            if rule.type in cfg.object_event_types and rule.judges
            for lemma in rule.lemmas if lemma != "*"}
        self.args = Arguments(book, self.refs, tuple(cfg.denial_verbs), tuple(sorted(judging)),
                              tuple(cfg.modality.get("speech_verbs", [])))
        told = tellers.ToldDoer(self.args, cfg.modality)
        self.args.sources.update(told_doer=told, told_victim=told.victim)
        for rule in self.ruleset.rules:
            for name in rule.actor_from + rule.recipient_from:
                if not self.args.known(name):
                    raise ValueError(f"rule {rule.id}: unknown argument source {name!r}")
        self.date_cues = attr.DateCues(cfg.interval_preps, cfg.sequence_marks,
                                       cfg.temporal_participles)
        self.passes = DocumentPasses(cfg, self.args, self.refs)
        self.cues = CueFilter(self.ruleset.may_trigger)
        wild_aux = self.ruleset.wild_aux
        self.auxiliaries = CueFilter(wild_aux.__contains__, (LEMMA,))
        # benchmarks switch this on to see triggers that fired but left no event, and why
        self.trace = False

    # ----------------------------------------------------------------- public
    def __call__(self, doc: Doc) -> Doc:
        doc._.events = self.events(doc)
        return doc

    def events(self, doc: Doc) -> list[Event]:
        tindex = attr.timex_index(doc)
        env = Env(
            contexts=lambda t: set(attr.contexts(t, self.cfg.contexts)),
            has_location=lambda t: attr.event_location(
                t, self.cfg.location_preps, self.cfg.location_labels) is not None,
            has_date=lambda t: attr.event_date(t, tindex, self.date_cues) is not None,
            actors=self.args.actors_of,
        )
        found: list[tuple[Token, Rule]] = []
        inside_names = self._name_and_time_tokens(doc)
        for tok in map(doc.__getitem__, self._may_trigger(doc)):
            if tok.is_punct or tok.is_space or tok.i in inside_names:
                continue
            if tok.tag_ in self.cfg.modifier_tags and tok.dep_ in self.cfg.modifier_deps \
                    and tok.head.lemma_.lower() not in self.cfg.light_heads:
                # "a UN-brokered deal", "its long-threatened invasion": a description (but
                # "a hacking attempt", "a bombing campaign" are the act)
                continue
            if "_" in (lemma := phrasal_lemma(tok)) and lemma in syntax.GRAMMAR.undergoing_verbs:
                continue  # "fought off an attack": who wards an act off undergoes it
            # the first rule that holds, then the (costlier) backdrop test on that token only
            rule = next((r for r in self.ruleset.candidates(tok) if check(r, tok, env)), None)
            if rule is not None:
                found.append((tok, rule))
        found = self._keep(found, lambda f: not self._circumstance(f[0]), "condition")
        triggers = {tok.i for tok, _ in found}
        found = self._keep(found, lambda f: not self._describes(f[0], triggers), "describes")
        found = self._keep(found, lambda f: not backdrop.setting_of_another_act(
            f[0], triggers, self.cfg), "setting")
        found = self._traced(found, self._drop_purposes(found), "purpose")
        found = self._traced(found, self._drop_nested(found), "nested")
        events = [self._build(doc, tok, rule, tindex) for tok, rule in found]
        events = [e for e in events if e is not None]
        events = self._traced(events, self._absorb(events), "absorbed")
        self.passes(events)
        if self.cfg.require_participant:
            events = self._keep(events, lambda e: bool(e["actors"] or e["recipients"]
                                                       or e["_named"]), "no participant")
        out = []
        for i, ev in enumerate(sorted(events, key=lambda e: e["trigger"]["start"]), start=1):
            ev.pop("_tok", None)
            ev.pop("_named", None)
            ev.pop("_rule", None)
            ev.pop("_host", None)
            out.append({"id": f"e{i}", **ev})
        return out

    # ---------------------------------------------------------------- helpers
    def _keep(self, items: list[Any], test: Any, reason: str) -> list[Any]:
        """The items (``(token, rule)`` pairs or events) that pass ``test``."""
        return self._traced(items, [x for x in items if test(x)], reason)

    def _traced(self, before: list[Any], after: list[Any], reason: str) -> list[Any]:
        """``after``; when tracing, the triggers in ``before`` but not in ``after`` are
        noted in ``doc.user_data["events_dropped"]`` with ``reason``."""
        if not self.trace or len(after) == len(before):
            return after
        def tok_rule(x: Any) -> tuple[Token, Rule]:
            return (x["_tok"], x["_rule"]) if isinstance(x, dict) else x

        kept = {tok_rule(x)[0].i for x in after}
        for x in before:
            tok, rule = tok_rule(x)
            if tok.i in kept:
                continue
            tok.doc.user_data.setdefault("events_dropped", []).append(
                {"start": tok.idx, "end": tok.idx + len(tok), "text": tok.text,
                 "type": rule.type, "rule": rule.id, "reason": reason})
        return after

    def _may_trigger(self, doc: Doc) -> list[int]:
        """Positions, in order, of the tokens some rule may fire on: a rule names their
        word, or they host an auxiliary a rule for any word needs."""
        found = self.cues.positions(doc)
        if not self.ruleset.wild_aux:
            return found
        hosts = self.ruleset.wildcard_hosts(map(doc.__getitem__, self.auxiliaries.positions(doc)))
        return sorted(hosts.union(found)) if hosts else found

    def _name_and_time_tokens(self, doc: Doc) -> set[int]:
        """Tokens inside a name or a timex are no triggers ("March 3", "Protest Party")."""
        inside = {i for span in doc.spans.get("timexes", []) for i in range(span.start, span.end)}
        for ent in doc.ents:
            if ent.label_ in self.cfg.no_trigger_entity_labels:
                inside.update(range(ent.start, ent.end))
        return inside

    @staticmethod
    def _drop_purposes(found: list[tuple[Token, Rule]]) -> list[tuple[Token, Rule]]:
        """"talks intended to improve relations", "a meeting aimed at closer ties": the
        purpose a participle gives an event noun is that event's, not an act of its own."""
        drop = {t.i for tok, _ in found if tok.pos_ in ("NOUN", "PROPN") for c in tok.children
                if c.dep_ == "acl" and c.lemma_.lower() in syntax.GRAMMAR.purpose_participles
                for t in c.subtree}
        return [(tok, rule) for tok, rule in found if tok.i not in drop]

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
                # (but "repulsed attacks by X": a counter-act's object is the other side's act)
                if obj.i != tok.i and obj.dep_ == "pobj" and by_tok.get(obj.i) is not None \
                        and by_tok[obj.i].type == rule.type and not rule.counters:
                    drop.add(obj.i)
        for tok, rule in found:
            node = _split_node(tok)
            head = node.head
            if head.i == node.i or by_tok.get(head.i) is None or by_tok[head.i].type != rule.type \
                    or by_tok[head.i].counters:
                continue
            if node.dep_ == "advcl" and any(c.dep_ == "mark" for c in node.children):
                continue  # "wounded after forces opened fire": a second act, told as its cause
            if node.dep_ == "conj" and syntax.is_verbal(node) \
                    and syntax.children(node, syntax.OBJ_DEPS):
                continue  # "withdrew its troops and released prisoners": two acts, each
                # with its own object
            if node.dep_ in ("dobj", "conj", "nsubjpass", "compound", "advcl"):
                drop.add(tok.i)
            elif tok.dep_ == "acl":  # "sanctions adopted by the EU": the verb has the agent
                drop.add(head.i)
        return [(tok, rule) for tok, rule in found if tok.i not in drop]

    def _describes(self, tok: Token, triggers: set[int]) -> bool:
        """A noun that only describes something else is no act of its own: a compound
        modifier of a common noun ("invasion forces", "war crimes court"; before a name it
        is more often a headline verb the tagger missed: "US sanctions Turkey"), or a noun
        inside an apposition
        that describes a participant ("Pakistan, a US ally in the war on terror")."""
        if tok.pos_ not in ("NOUN", "PROPN") or backdrop.characterises(tok):
            return tok.pos_ in ("NOUN", "PROPN")  # "called the raids a violation"
        head = tok.head
        if tok.dep_ in self.cfg.describing_deps and head.pos_ == "NOUN" \
                and head.i not in triggers and head.lemma_.lower() not in self.cfg.light_heads:
            return True  # but "a mediation effort", "a mediation mission" are the mediation
        if tok.dep_ == "appos" and head.ent_type_:
            return True  # "Pakistan, a key US ally": what a named party is, not what it did
        cur = tok
        for _ in range(4):
            if cur.dep_ not in ("pobj", "prep", "compound", "amod"):
                return False
            cur = cur.head
            if cur.dep_ == "appos":
                return True
        return False

    def _on_civilians(self, tok: Token, rule: Rule) -> bool:
        """A hostile act whose victim is named only as people ("killed 20 civilians",
        "opened fire on protesters")."""
        if rule.type not in self.cfg.hostile_types:
            return False
        heads = [h for name in rule.recipient_from for h in self.args.heads(name, tok)]
        return any(h.lemma_.lower() in self.cfg.civilian_nouns for h in heads)

    def _circumstance(self, tok: Token) -> bool:
        """A condition, not an event told: "until their demands are met", "if war starts"
        (a backdrop noun is tested once all triggers are known: :mod:`.backdrop`)."""
        verb = tok if tok.pos_ in ("VERB", "AUX") else syntax.governor(tok)
        return verb is not None and any(
            c.dep_ == "mark" and c.lower_ in self.cfg.condition_marks for c in verb.children)

    def _absorb_scope(self, tok: Token) -> set[int]:
        """Tokens of what a trigger acts on: its objects, complement clauses, "for"/"of"
        phrases, and a noun trigger's compounds."""
        heads = list(objects(tok))
        heads += [c for c in tok.children if c.dep_ in ("xcomp", "ccomp")
                  # an event noun's compound names what it acts on ("ceasefire violation")
                  or (c.dep_ == "compound" and tok.pos_ == "NOUN")
                  # "demanded a meeting to discuss X", "vowed to fight": the parser hangs
                  # the infinitive of the aim on the verb; the aim is part of the act
                  or (c.dep_ == "advcl" and bare_infinitive(c))]
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in self.cfg.absorb_preps:
                heads.extend(c for c in prep.children if c.dep_ in ("pobj", "pcomp"))
            elif prep.lower_ in syntax.GRAMMAR.complex_prep_heads:  # "walked out of the talks"
                heads.extend(second_objects(prep, self.cfg.absorb_preps))
        scope = {t.i for h in heads for t in h.subtree}
        return scope - detached_clauses(tok, scope)

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
            # (an event taken in still takes in its own parts: "marched to press demands
            # for the release of X" is one protest, release included)
            if not rule.absorbs:
                continue
            scope = self._absorb_scope(ev["_tok"])
            aims, inner_aims = aim_tokens(ev["_tok"], scope)
            for other in [events[n] for n in sorted(n for i in scope for n in at.get(i, ()))]:
                if other is ev or id(other) in gone:
                    continue
                if "*" not in rule.absorbs and other["type"] not in rule.absorbs:
                    continue
                gone.add(id(other))
                if rule.frame != "symmetric" and not ev["recipients"] \
                        and other["_tok"].i not in inner_aims:
                    inherited = other["recipients"] if other["_tok"].i in aims \
                        else other["recipients"] or other["actors"]
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
        actors += [c for c in args.collect(tok, (f"prep:{COMITATIVE}",)) if c not in actors]
        if rule.frame != "symmetric" and len(actors) > 1 and syntax.pronoun_subject(tok):
            # "whom they blamed", "they accused Togo": a pronoun subject never stands for
            # its own clause's object, so a guessed group loses the side the object names
            named = args.collect(tok, rule.recipient_from)
            actors = [c for c in actors if c not in named] or actors
        # two-sided violence: every side a source names is a party ("soldiers died in a
        # shootout with border guards": the dead and the "with" side both fought)
        symmetric = rule.frame == "symmetric"
        recipients = args.collect(tok, tuple(s for s in rule.recipient_from),
                                  first_only=not symmetric,
                                  other_side=() if symmetric else tuple(actors))
        if rule.frame == "symmetric":  # (a third party reaching both sides: mediation.py)
            actors, recipients = mediation.symmetric_sides(args, tok, rule, actors, recipients)
        else:
            recipients = [c for c in recipients if c not in actors]
        if actors and not recipients and (rule.domestic or self._on_civilians(tok, rule)):
            # police or troops acting on uncoded people: the people of the place, else the
            # state's own
            place = attr.event_place(tok, self.cfg.location_preps, self.cfg.location_labels)
            host = (place._.actor or {}).get("code") if place is not None else None
            recipients = [host] if host and host not in actors else list(actors)
        contexts = list(rule.context) if rule.context is not None else attr.contexts(
            tok, self.cfg.contexts)
        mode = rule.mode
        if rule.type == "ASSAULT" and mode is None:
            mode = attr.assault_mode(tok, self.cfg.modes.get("ASSAULT", {}))
        cameo = rule.cameo_by_lemma.get(tok.lemma_.lower(), rule.cameo)
        for ctx, code in rule.cameo_by_context.items():
            if ctx in contexts:
                cameo = code
                break
        etype = rule.type
        modality = "asserted"
        if rule.type not in ("ACCUSE", "REJECT") and attr.is_reported(tok, self.cfg.modality):
            modality = "reported"
        elif (etype in self.cfg.threat_conversion
              and attr.is_conditional_threat(tok, self.cfg.modality)):
            # "will withdraw its force unless ...": a hostile act held out on a condition
            etype, cameo, mode = "THREATEN", self.cfg.threat_conversion[etype], None
        elif (attr.is_future(tok, self.cfg.modality) or attr.is_intent(tok, self.cfg.modality)
              or attr.is_conditional(tok, self.cfg.modality)):
            if etype in self.cfg.intent_conversion:
                etype, cameo, mode = "AGREE", self.cfg.intent_conversion[etype], None
            else:
                modality = "future"
        elif attr.is_backshifted(tok, self.cfg.modality):
            modality = "future"  # the type stays: the guide's "will hold talks" is CONSULT
        elif not rule.intent and attr.is_purpose(tok, self.cfg.modality):
            modality = "hypothetical"
        elif (not rule.intent and not attr.is_presupposed(tok, self.cfg.modality)
              and attr.is_hypothetical(tok, self.cfg.modality)):
            modality = "hypothetical"
        polarity = attr.polarity(tok, self.cfg.negation)
        if polarity == "negative" and etype in self.cfg.negation_conversion:
            # "failed to reach agreement", "would not release them": a refusal (CAMEO 12)
            etype, cameo = "REJECT", self.cfg.negation_conversion[etype]
            mode, polarity = None, "positive"
        trigger = doc[tok.i:tok.i + 1]
        place = attr.event_place(tok, self.cfg.location_preps, self.cfg.location_labels)
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


def _split_node(tok: Token) -> Token:
    """The token that holds a trigger's place in the tree.

    The tagger reads the second word of a two-word measure noun as a verb ("travel bans
    and asset freezes" -> "asset" + "freezes"); the parser then hangs the first word where
    the noun belongs (a conjunct of "bans"), so that word stands for the trigger.
    """
    before = syntax.split_modifier(tok) if tok.pos_ in ("VERB", "AUX") else None
    if before is not None and before.dep_ == "conj" and before.head.i != tok.i:
        return before
    return tok
