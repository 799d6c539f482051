"""Event rules as data: loading ``configs/events/*.json`` and testing a rule's constraints.

A rule names trigger lemmas, parts of speech and declarative constraints on the
trigger's dependency neighbourhood.  Keeping the constraint vocabulary small and
generic (objects, modifiers, governors, complements) is what keeps rules general:
a constraint tests a shape, never one sentence.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.tokens import Token

from ..prefilter import prefixes
from ..wordclasses import DEFAULT_SHARED_DIR
from ..wordclasses import resolve as resolve_shared
from .conditions import POS_GROUPS, Env, holds, lemma_lower


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
    counters: bool = False
    third_party_from: tuple[str, ...] = ()

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
            require=_word_sets(raw.get("require", {})),
            require_any=tuple(_word_sets(alt) for alt in raw.get("require_any", [])),
            intent=bool(raw.get("intent", False)),
            absorbs=tuple(raw.get("absorbs", [])),
            domestic=bool(raw.get("domestic", False)),
            judges=bool(raw.get("judges", True)),
            counters=bool(raw.get("counters", False)),
            third_party_from=tuple(raw.get("third_party_from", [])),
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
        return {t.head.i for t in auxiliaries
                if t.dep_ == "aux" and lemma_lower(t) in self.wild_aux}

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


def _word_sets(req: dict[str, Any]) -> dict[str, Any]:
    """A constraint's word lists as sets: every test asks whether a word is in the list,
    for each candidate token, and a list (up to some two hundred words once word classes
    are expanded) was scanned word by word."""
    return {k: frozenset(v) if isinstance(v, list) else v for k, v in req.items()}


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


def check(rule: Rule, tok: Token, env: Env) -> bool:
    """True when the token's part of speech and every constraint of the rule hold."""
    if tok.pos_ not in rule.pos:
        return False
    if rule.require and not holds(rule.require, tok, env):
        return False
    return not rule.require_any or any(holds(alt, tok, env) for alt in rule.require_any)
