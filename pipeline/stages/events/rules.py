"""Event rules as data: loading ``configs/events/*.json`` and testing a rule's constraints.

A rule names trigger lemmas, parts of speech and declarative constraints on the
trigger's dependency neighbourhood.  Keeping the constraint vocabulary small and
generic (objects, modifiers, governors, complements) is what keeps rules general:
a constraint tests a shape, never one sentence.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.tokens import Token

from ..judged import judges_a_claim
from ..prefilter import prefixes
from ..wordclasses import DEFAULT_SHARED_DIR
from ..wordclasses import resolve as resolve_shared
from . import syntax
from .scope import complements, objects

POS_GROUPS = {"VERB": {"VERB", "AUX"}, "NOUN": {"NOUN", "PROPN"}, "ADJ": {"ADJ"}}
MOD_DEPS = frozenset({"amod", "compound", "nmod", "nummod", "npadvmod"})
# modifiers, possessors and conjoined modifiers: the words a "mod_lemmas" test reads
_MODIFIER_LIKE = MOD_DEPS | {"poss", "conj"}
# what a verb of judging predicates of its object ("called X baseless", "branded X slander")
PREDICATE_DEPS = frozenset({"oprd", "ccomp", "xcomp", "dobj", "acomp", "advcl"})
FOR_CLAUSE_DEPS = frozenset({"advcl", "ccomp"})
"""Clauses a preposition may open as complementiser ("pressed for Belarus to join")."""


@dataclass(frozen=True)
class Rule:
    """One trigger rule; see the ``_doc`` of ``triggers.json`` for the fields."""

    id: str
    lemmas: frozenset[str]
    pos: frozenset[str]
    type: str
    mode: str | None
    cameo: str | None
    frame: str
    actor_from: tuple[str, ...]
    recipient_from: tuple[str, ...]
    context: tuple[str, ...] | None = None
    cameo_by_context: dict[str, str] = field(default_factory=dict)
    cameo_by_lemma: dict[str, str] = field(default_factory=dict)
    require: dict[str, Any] = field(default_factory=dict)
    require_any: tuple[dict[str, Any], ...] = ()
    intent: bool = False
    absorbs: tuple[str, ...] = ()
    domestic: bool = False
    classes: tuple[str, ...] = ()
    judges: bool = True

    @classmethod
    def from_json(cls, raw: dict[str, Any], classes: dict[str, list[str]] | None = None) -> Rule:
        named = tuple(sorted(set(_class_names(raw))))
        raw = expand_classes(raw, classes or {})
        pos: set[str] = set()
        for name in raw.get("pos", ["VERB", "NOUN"]):
            pos |= POS_GROUPS.get(name, {name})
        ctx = raw.get("context")
        return cls(
            id=raw["id"],
            lemmas=frozenset(x.lower() for x in raw["lemmas"]),
            pos=frozenset(pos),
            type=raw["type"],
            mode=raw.get("mode"),
            cameo=raw.get("cameo"),
            frame=raw.get("frame", "directed"),
            actor_from=tuple(raw.get("actor_from", [])),
            recipient_from=tuple(raw.get("recipient_from", [])),
            context=tuple(ctx) if ctx is not None else None,
            cameo_by_context=dict(raw.get("cameo_by_context", {})),
            cameo_by_lemma=dict(raw.get("cameo_by_lemma", {})),
            require=dict(raw.get("require", {})),
            require_any=tuple(raw.get("require_any", [])),
            intent=bool(raw.get("intent", False)),
            absorbs=tuple(raw.get("absorbs", [])),
            domestic=bool(raw.get("domestic", False)),
            judges=bool(raw.get("judges", True)),
            classes=named,
        )


@dataclass
class RuleSet:
    rules: list[Rule]
    lexicon: dict[str, Any]
    by_lemma: dict[str, list[Rule]] = field(default_factory=dict)

    _memo: dict[tuple[str, ...], list[Rule]] = field(default_factory=dict, repr=False)
    _order: dict[int, int] = field(default_factory=dict, repr=False)
    _heads: frozenset[str] = field(default_factory=frozenset, repr=False)
    _wild_pos: frozenset[str] = field(default_factory=frozenset, repr=False)
    wild_aux: frozenset[str] = field(default_factory=frozenset, repr=False)

    def __post_init__(self) -> None:
        self._order = {id(rule): i for i, rule in enumerate(self.rules)}
        for rule in self.rules:
            for lemma in sorted(rule.lemmas):
                self.by_lemma.setdefault(lemma, []).append(rule)
        self._heads = prefixes(self.by_lemma, "_")
        wild = self.by_lemma.get(WILDCARD, [])
        if wild and all(r.require.get("aux_lemmas") for r in wild):
            # every rule for any word needs an auxiliary such as "must": the words they
            # may fire on are the heads of those auxiliaries (:meth:`wildcard_hosts`)
            self.wild_aux = frozenset(a.lower() for r in wild for a in r.require["aux_lemmas"])
        else:
            self._wild_pos = frozenset(p for r in wild for p in r.pos)

    def may_trigger(self, lemma: str, lower: str, pos: str) -> bool:
        """False when no rule can fire on a token with this lower-cased lemma, form and
        part of speech: :meth:`candidates` names none but the wildcard rules, whose
        parts of speech it lacks (a prefilter: see :mod:`pipeline.stages.prefilter`).
        With ``wild_aux``, the wildcard rules' tokens are :meth:`wildcard_hosts`."""
        return lemma in self._heads or lower in self.by_lemma or pos in self._wild_pos

    def wildcard_hosts(self, auxiliaries: Iterable[Token]) -> set[int]:
        """Positions of the tokens the wildcard rules may fire on, from the tokens whose
        lemma is in ``wild_aux``: the words they are the auxiliary (``aux``) of."""
        return {t.head.i for t in auxiliaries if t.dep_ == "aux" and _lemma(t) in self.wild_aux}

    def candidates(self, tok: Token) -> list[Rule]:
        """Rules whose lemma list names the token's lemma or its lower-case form."""
        keys = [tok.lemma_.lower(), tok.lower_]
        if tok.i + 1 < len(tok.doc) and tok.nbor(1).dep_ == "prt":
            phrasal = f"{keys[0]}_{tok.nbor(1).lower_}"
            # a phrasal verb some rule names is its own word: "back down" is no backing,
            # "hit out at" no hitting
            keys = [phrasal] if phrasal in self.by_lemma else [phrasal, *keys]
        memo_key = tuple(keys)
        cached = self._memo.get(memo_key)
        if cached is None:
            # identity, not dataclass equality: comparing rules field by field was the
            # stage's hottest line, run for every token of every article
            picked = {id(rule): rule for key in [*keys, WILDCARD]
                      for rule in self.by_lemma.get(key, [])}
            cached = sorted(picked.values(), key=lambda r: self._order[id(r)])
            if len(self._memo) >= MEMO_LIMIT:  # bounded: a long batch meets ever new words
                self._memo.clear()
            self._memo[memo_key] = cached
        return cached


WILDCARD = "*"
MEMO_LIMIT = 20_000


def _class_names(value: Any) -> list[str]:
    """The word classes ("@name") a raw rule refers to, for reports."""
    if isinstance(value, dict):
        return [n for v in value.values() for n in _class_names(v)]
    if isinstance(value, list):
        return [n for v in value for n in _class_names(v)]
    return [value[1:]] if isinstance(value, str) and value.startswith("@") else []


def expand_classes(value: Any, classes: dict[str, list[str]]) -> Any:
    """Replace ``"@name"`` items of lists (at any depth) by the word class ``name``.

    Word classes live in the ``word_classes`` section of ``lexicon.json``, so one list
    of, say, aid-like objects serves every rule that tests for aid.
    """
    if isinstance(value, dict):
        return {k: expand_classes(v, classes) for k, v in value.items()}
    if isinstance(value, list):
        out: list[Any] = []
        for item in value:
            if isinstance(item, str) and item.startswith("@"):
                if item[1:] not in classes:
                    raise ValueError(f"unknown word class {item!r}")
                out.extend(x for x in classes[item[1:]] if x not in out)
            else:
                out.append(expand_classes(item, classes))
        return out
    return value


def _shared_dir(folder: Path) -> Path:
    """The shared word classes beside the rules folder (``configs/lexicon``)."""
    sibling = folder.parent / "lexicon"
    return sibling if sibling.is_dir() else DEFAULT_SHARED_DIR


def load_rules(folder: str | Path) -> RuleSet:
    """Read every ``*.json`` rule file (``rules`` lists) plus ``lexicon.json``."""
    folder = Path(folder)
    raw_rules: list[dict[str, Any]] = []
    lexicon: dict[str, Any] = {}
    for path in sorted(folder.glob("*.json")):
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
        if path.name == "lexicon.json":
            # speech, accusation and denial verbs are the shared classes (configs/lexicon)
            lexicon = resolve_shared(data, _shared_dir(folder))
        else:
            raw_rules.extend(data.get("rules", []))
    classes = {k: v for k, v in lexicon.get("word_classes", {}).items() if not k.startswith("_")}
    rules = [Rule.from_json(r, classes) for r in raw_rules]
    return RuleSet(rules=rules, lexicon=lexicon)


# ---------------------------------------------------------------- constraints


@dataclass
class Env:
    """What constraints may ask beyond the tree: context words, places, dates, actors."""

    contexts: Callable[[Token], set[str]]
    has_location: Callable[[Token], bool]
    has_date: Callable[[Token], bool]
    actors: Callable[[Token], list[dict[str, Any]]]


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def check(rule: Rule, tok: Token, env: Env) -> bool:
    """True when the token's part of speech and every constraint of the rule hold."""
    if tok.pos_ not in rule.pos:
        return False
    if rule.require and not _holds(rule.require, tok, env):
        return False
    return not rule.require_any or any(_holds(alt, tok, env) for alt in rule.require_any)


def _holds(req: dict[str, Any], tok: Token, env: Env) -> bool:  # noqa: C901 - a flat dispatch
    lemma = _lemma(tok)
    for key, val in req.items():
        if key == "lemma_is":
            ok = lemma in val or tok.lower_ in val
        elif key == "not_lemma":
            ok = lemma not in val and tok.lower_ not in val
        elif key == "form_is":
            ok = tok.lower_ in val
        elif key == "obj_lemmas":
            ok = any(_lemma(o) in val or o.lower_ in val for o in objects(tok))
        elif key == "not_obj_lemmas":
            ok = not any(_lemma(o) in val for o in objects(tok))
        elif key == "obj_mod_lemmas":
            ok = any(
                _lemma(m) in val
                for o in objects(tok)
                for m in o.children
                if m.dep_ in MOD_DEPS or m.dep_ == "poss"
            )
        elif key == "mod_lemmas":
            ok = any(_lemma(c) in val or c.lower_ in val for c in tok.subtree if c.i < tok.i
                     and c.dep_ in _MODIFIER_LIKE)
        elif key == "under_attack":
            # "came under fire from X" is an attack; "came under fire for (over) his remarks"
            # is criticism: the reason phrase tells them apart
            u = syntax.under(tok)
            ok = (u is not None and not any(p.dep_ == "prep" and p.lower_ in ("for", "over")
                                            for p in u.head.children)) == bool(val)
        elif key == "split_measure":
            ok = (syntax.split_modifier(tok) is not None) == bool(val)
        elif key == "not_mod_lemmas":
            ok = not any(_lemma(c) in val or c.lower_ in val for c in tok.subtree
                         if c.i < tok.i and c.dep_ in _MODIFIER_LIKE)
        elif key == "obj_phrase_lemmas":
            ok = any(_lemma(t) in val or t.lower_ in val for o in objects(tok) for t in o.subtree)
        elif key == "not_obj_phrase_lemmas":
            ok = not any(_lemma(t) in val for o in objects(tok) for t in o.subtree)
        elif key == "subj_lemmas":
            subjects = syntax.subjects(tok)
            # "a first patch of peacekeeping troops arrived": through quantity heads
            subjects += [x for s in subjects if _lemma(s) in syntax.GRAMMAR.quantity_heads
                         for x in syntax.prep_objects(s, "of")]
            ok = any(_lemma(t) in val for s in subjects for t in s.subtree if t.i <= s.i)
        elif key == "not_subj_lemmas":
            ok = not any(s.lower_ in val or _lemma(s) in val for s in syntax.subjects(tok))
        elif key == "particle":
            # "pulled out of", "forced them out": spaCy parses the particle several ways
            ok = any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ in val for c in tok.children)
        elif key == "tag_is":
            ok = tok.tag_ in val
        elif key == "governor_lemmas":
            gov = syntax.governor(tok) or tok.head
            ok = _lemma(gov) in val
        elif key == "prt":
            ok = any(c.dep_ == "prt" and c.lower_ in val for c in tok.children)
        elif key == "has_complement":
            ok = bool(complements(tok)) == bool(val)
        elif key == "has_infinitive":
            # "told Uganda to withdraw": an order; "told Uganda that ..." only reports
            ok = any(a.dep_ == "aux" and a.lower_ == "to" for c in tok.children
                     if c.dep_ in ("xcomp", "ccomp") for a in c.children) == bool(val)
        elif key == "complement_lemmas":
            ok = any(_lemma(t) in val for c in complements(tok) for t in c.subtree)
        elif key == "has_location":
            ok = env.has_location(tok) == bool(val)
        elif key == "has_date":
            ok = env.has_date(tok) == bool(val)
        elif key == "context_is":
            ok = bool(env.contexts(tok) & set(val))
        elif key == "prep_obj_lemmas":
            # "providing Russia with hundreds of drones": through quantity heads
            pobjs = syntax.prep_objects(tok)
            pobjs += [x for o in pobjs if _lemma(o) in syntax.GRAMMAR.quantity_heads
                      for x in syntax.prep_objects(o, "of")]
            ok = any(_lemma(o) in val for o in pobjs)
        elif key == "child_lemmas":
            # "took six soldiers captive", "held them hostage": a word the verb governs
            # in any role (object, predicate, clause: the parser varies)
            ok = any(_lemma(c) in val or c.lower_ in val for c in tok.children)
        elif key == "not_child_lemmas":  # "were held hostage" is no detention
            ok = not any(_lemma(c) in val for c in tok.children)
        elif key == "prep_any":
            # "called for Iran to halt": the parser marks a preposition that opens an
            # infinitive clause as the clause's complementiser
            ok = any(c.dep_ in ("prep", "agent") and c.lower_ in val for c in tok.children) or any(
                m.dep_ == "mark" and m.lower_ in val for c in tok.children
                if c.dep_ in FOR_CLAUSE_DEPS for m in c.children)
        elif key == "predicate_lemmas":
            # "called the claims baseless", "branded them slander", "brands X baseless",
            # "called the reports an absurd paradox" (the judging word modifies the noun),
            # "called the accusations 'spy mania'" (a quoted predicate parsed as the object's
            # apposition)
            preds = [c for c in tok.children if c.dep_ in PREDICATE_DEPS]
            preds += [o for c in preds if c.dep_ == "dobj" for o in c.children
                      if o.dep_ == "appos"]
            ok = any(_lemma(w) in val for c in preds
                     for w in (c, *(m for m in c.children if m.dep_ == "amod")))
        elif key == "judged_claim_nouns":
            # "dismissed the report as a fabrication", not "called the drills a provocation"
            ok = judges_a_claim(tok, objects(tok), val)
        elif key == "not_prep_any":
            ok = not any(c.dep_ == "prep" and c.lower_ in val for c in tok.children)
        elif key == "obj_actor":
            ok = any(env.actors(o) for o in objects(tok)) == bool(val)
        elif key == "prep_actor":
            # "sent 10,000 containers to Russia": a party at the end of the preposition
            ok = any(env.actors(o) for p in tok.children if p.dep_ in ("prep", "dative")
                     and p.lower_ in val for o in p.children if o.dep_ == "pobj")
        elif key == "pos_is":
            ok = any(tok.pos_ in POS_GROUPS.get(p, {p}) for p in val)
        elif key == "not_det":
            ok = not any(c.dep_ == "det" and c.lower_ in val for c in tok.children)
        elif key == "not_governor_lemmas":
            gov = syntax.governor(tok)
            ok = gov is None or _lemma(gov) not in val
        elif key == "dep_is":
            ok = tok.dep_ in val
        elif key == "not_dep":
            ok = tok.dep_ not in val
        elif key == "aux_lemmas":
            ok = any(c.dep_ == "aux" and _lemma(c) in val for c in tok.children)
        elif key == "passive_subj_lemmas":
            ok = syntax.is_passive(tok) and any(
                _lemma(s) in val or any(_lemma(x) in val for x in s.subtree)
                for s in syntax.children(tok, syntax.PASS_SUBJ_DEPS)
                + ([tok.head] if tok.dep_ in ("acl",) else [])
            ) or (tok.dep_ == "acl" and _lemma(tok.head) in val)
        else:
            raise ValueError(f"unknown rule constraint {key!r}")
        if not ok:
            return False
    return True
