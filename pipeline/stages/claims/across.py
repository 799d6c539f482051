"""Pair denials with claims made in *other* articles of the same run.

Why from the finished records: a batch may be produced by any engine (one process,
several, a cluster, resumed runs), but it always ends as ``documents.jsonl``.  Reading
that file line by line, keeping only a small summary per claim, makes this step
independent of how the documents were processed and cheap in memory.

A denial in article B answers a claim in article A (A ≠ B) by the same test as a
denial inside its own article (:func:`pipeline.stages.stance.pairs.same_act`): the
claim accuses the denier's side (its ``target``), the acts both tell are of one
family where both tell one, and the claim tells the denial's act — a shared event
family, or content words (``min_shared_words``; inside one article, where the topic is
given, one suffices) with the denial or with what the denial answers in its own
article ("Tehran denied these allegations" speaks through the allegations it is paired
with there: ``local-pair:c3``); a claim's words likewise include those of its speaker's
claim of the same act family just before it ("decisions on such attacks" goes on about
"the drone attack").  Across articles, dates must agree too: B's DCT not
before A's, and at most ``max_days`` after it.  A denial whose act nothing tells (no
content word, no event, no local pair) answers nothing across articles.

Every claim of every other article that passes is paired (many to many, as inside an
article); the order is fixed by doc ids and claim numbers, never by the order documents
arrived in.  ``configs/claims/across.json`` holds only the date window and the words
that make no content key; the rest is the stance rules.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from ...schema import CrossPairRecord
from ..settings import load as settings_load
from ..stance.pairs import families, same_act
from ..stance.rules import DEFAULT_STANCE_FILE, StanceRules, load_rules
from .lexicon import DEFAULT_LEXICON_DIR

CONFIG_FILE = "across.json"
WORD = re.compile(r"[^\W\d_][\w'-]*", re.UNICODE)
NEXT_WORD = re.compile(r"(?:['’]s)?\s+([^\W\d_]+)", re.UNICODE)  # "Kremlin's charge"

Record = Mapping[str, Any]


@dataclass
class Item:
    """What pairing needs of one claim or denial: codes, keys and a little text."""

    doc_id: str
    claim_id: str
    kind: str
    dct: str | None
    speaker: str | None
    speaker_code: str | None
    target: str | None
    text: str
    content_codes: set[str] = field(default_factory=set)
    keys: set[str] = field(default_factory=set)
    families: set[str] = field(default_factory=set)
    local_claim: str | None = None
    act_keys: set[str] = field(default_factory=set)
    act_families: set[str] = field(default_factory=set)
    accused: set[str] = field(default_factory=set)
    accusers: set[str] = field(default_factory=set)
    siblings: list[Item] = field(default_factory=list, repr=False)
    sentence: int = 0

    def record(self, target: str | None = None) -> dict[str, Any]:
        """The fields :func:`same_act` reads, as a claim record has them (``target``:
        another of its accused in place of the first named)."""
        return {"kind": self.kind, "target": target or self.target,
                "speaker": {"actor": self.speaker_code}}


# ---------------------------------------------------------------- configuration


@dataclass(frozen=True)
class AcrossRules:
    """``across.json`` (the date window and the words that make no content key) and the
    stance rules whose pairing test it shares."""

    max_days: int
    min_shared_words: int
    min_shared_words_named: int
    min_term_length: int
    continuing_claim_reach: int
    stop_terms: frozenset[str]
    stance: StanceRules = field(default_factory=load_rules)


def load_config(settings: Mapping[str, Any] | None = None) -> AcrossRules:
    """``across.json`` from the claims lexicon folder named in the settings, with the
    stance rules named there (``components.stance.rules``)."""
    folder, stance = DEFAULT_LEXICON_DIR, DEFAULT_STANCE_FILE
    if settings and settings.get("_dir"):
        components = settings.get("components", {})
        lexicon = (components.get("claims", {}) or {}).get("lexicon")
        folder = Path(settings["_dir"]) / (lexicon or "claims")
        rules = (components.get("stance", {}) or {}).get("rules")
        stance = Path(settings["_dir"]) / rules if rules else stance
    rules = settings_load(AcrossRules, folder / CONFIG_FILE, strict=True)
    return replace(rules, stance=load_rules(str(stance)))


# ---------------------------------------------------------------- summaries


def _term(word: str, stop: frozenset[str], min_len: int) -> str | None:
    """A content word as a key: lower case, a plural 's' dropped ("drones" → "drone")."""
    word = word.lower().strip("'-")
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    if len(word) < min_len or word in stop:
        return None
    return word


def _span(ref: Any) -> tuple[int, int] | None:
    if isinstance(ref, Mapping) and isinstance(ref.get("start"), int):
        return int(ref["start"]), int(ref["end"])
    return None


def _content_keys(
    record: Record, claim: Record, cfg: AcrossRules
) -> tuple[set[str], set[str]]:
    """Actor codes coded in a claim's content, and its content words.

    Words inside coded entities are left out of the terms: the code stands in for the
    name, its demonym and its capital alike.
    """
    span = _span(claim.get("content"))
    if span is None:
        return set(), set()
    lo, hi = span
    text = record.get("text") or ""
    codes: set[str] = set()
    covered: list[tuple[int, int]] = []
    for ent in record.get("entities") or []:
        actor = ent.get("actor") or {}
        if actor.get("code") and lo <= ent["start"] and ent["end"] <= hi:
            codes.add(str(actor["code"]))
            covered.append((ent["start"], ent["end"]))
    stop = frozenset(w.lower() for w in cfg.stop_terms)
    min_len = cfg.min_term_length
    terms = set()
    for match in WORD.finditer(text, lo, hi):
        if any(a <= match.start() < b for a, b in covered):
            continue
        term = _term(match.group(), stop, min_len)
        if term:
            terms.add(term)
    return codes, terms


def _doers(claim: Record, events: Mapping[str, Record], rules: StanceRules) -> set[str]:
    """The doers of the acts a claim tells: "accused the US and Britain of sabotaging the
    pipelines" accuses both, though its target is the first named (ANNOTATION.md), as
    inside an article, where a content naming the denier as doer is answered too."""
    out: set[str] = set()
    for event_id in claim.get("events") or []:
        event = events.get(event_id) or {}
        if event.get("type") not in rules.reported_exempt_types:
            out |= {str(a) for a in event.get("actors") or [] if a}
    return out


def _accusers(record: Record, claim: Record, rules: StanceRules) -> set[str]:
    """Parties a denial names as the source of what it rejects: a coded name followed by a
    claim noun ("Russian claims", "the Kremlin's charge").  The charge it answers is the
    one that party made, whatever words each tells the act in."""
    span = _span(claim.get("content"))
    if span is None:
        return set()
    text = record.get("text") or ""
    out = set()
    for ent in record.get("entities") or []:
        code = (ent.get("actor") or {}).get("code")
        if not code or not span[0] <= ent["start"] < span[1]:
            continue
        after = NEXT_WORD.match(text, ent["end"], span[1])
        if after is None:
            continue
        noun = after.group(1).lower()
        if noun in rules.claim_heads or (noun.endswith("s") and noun[:-1] in rules.claim_heads):
            out.add(str(code))
    return out


def _speaker(claim: Record) -> tuple[str | None, str | None]:
    """Speaker name (resolved name for pronouns) and actor code."""
    speaker = claim.get("speaker") if isinstance(claim.get("speaker"), Mapping) else {}
    fallback = claim.get("resolved_speaker")
    fallback = fallback if isinstance(fallback, Mapping) else {}
    name = speaker.get("resolved") or speaker.get("text") or fallback.get("resolved")
    code = speaker.get("actor") or fallback.get("actor")
    return (str(name) if name else None), (str(code) if code else None)


def summarise(record: Record, cfg: AcrossRules) -> list[Item]:
    """Claims (of the kinds a denial answers) and denials of one document record."""
    rules = cfg.stance
    doc_id = str(record.get("doc_id"))
    kinds = set(rules.pair_kinds) | {"denial"}
    events = {e["id"]: e for e in record.get("events") or [] if e.get("id")}
    items: dict[str, Item] = {}
    for claim in record.get("claims") or []:
        if claim.get("kind") not in kinds or not claim.get("id"):
            continue
        name, code = _speaker(claim)
        codes, keys = _content_keys(record, claim, cfg)
        content = claim.get("content") if isinstance(claim.get("content"), Mapping) else {}
        fams = families(claim, events, rules)
        items[str(claim["id"])] = Item(
            doc_id=doc_id, claim_id=str(claim["id"]), kind=str(claim["kind"]),
            dct=record.get("dct"), speaker=name, speaker_code=code,
            target=claim.get("target"), text=str(content.get("text") or ""),
            content_codes=codes, keys=keys, families=fams,
            act_keys=set(keys), act_families=set(fams),
            accused=({str(claim["target"])} if claim.get("target") else set())
            | (_doers(claim, events, rules) - {code}),
            accusers=_accusers(record, claim, rules) - {code},
            sentence=int(claim.get("sentence") or 0),
        )
    for pair in sorted(record.get("pairs") or [], key=lambda p: _number(str(p.get("claim")))):
        denial, claim = items.get(str(pair.get("denial"))), items.get(str(pair.get("claim")))
        if denial is None or claim is None or denial.kind != "denial":
            continue
        # what a denial answers in its own article says what it denies
        denial.local_claim = denial.local_claim or claim.claim_id
        denial.act_keys |= claim.keys
        denial.act_families |= claim.families
    _share_within_party(list(items.values()))
    _share_with_the_accusers_last_claim(list(items.values()), cfg.continuing_claim_reach)
    return list(items.values())


def _share_within_party(items: list[Item]) -> None:
    """A denial that tells no act of its own ("Ukraine had nothing to do with the
    drones", "the United States had no part in it") may speak through its party's other
    denials in the article: one party's denials in one article mostly answer one charge.
    Each is tried apart (:func:`answers`), so a denial of another act lends nothing."""
    by_party: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        if item.kind == "denial" and item.speaker_code:
            by_party[item.speaker_code].append(item)
    for denials in by_party.values():
        for denial in denials:
            if not denial.act_families:
                denial.siblings = [d for d in denials if d is not denial]


def _share_with_the_accusers_last_claim(items: list[Item], reach: int) -> None:
    """"Peskov said the United States was behind the drone attack ... Peskov said
    decisions on such attacks were taken in Washington": a claim telling an act of the
    family its speaker's claim shortly before told (at most ``reach`` sentences back)
    goes on about that act, and that claim's words count as its own ("drone",
    "Kremlin"), as a denial's local pair lends the denial its words."""
    by_speaker: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        if item.kind != "denial" and item.speaker_code and item.families:
            by_speaker[item.speaker_code].append(item)
    for claims in by_speaker.values():
        claims.sort(key=lambda i: i.sentence)
        for n, later in enumerate(claims):
            for m in range(n - 1, -1, -1):  # only the few within reach are read
                earlier = claims[m]
                if later.sentence - earlier.sentence > reach:
                    break
                if earlier.sentence < later.sentence and earlier.families & later.families:
                    later.act_keys |= earlier.keys


# ---------------------------------------------------------------- scoring


def _date(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def answers(denial: Item, claim: Item, cfg: AcrossRules) -> list[str] | None:
    """Evidence that ``denial`` answers ``claim`` of another article, or None: the
    in-article test (:func:`same_act`), the claim telling the denial's act, and dates
    in order; a denial telling no act is tried with each of its party's other denials
    in its article."""
    evidence = _answers(denial, claim, cfg)
    for sibling in denial.siblings if evidence is None else []:
        borrowed = replace(denial, act_keys=denial.act_keys | sibling.act_keys,
                           act_families=set(sibling.act_families),
                           accusers=denial.accusers | sibling.accusers, siblings=[])
        evidence = _answers(borrowed, claim, cfg)
        if evidence is not None:
            return [*evidence, f"same-party-denial:{sibling.claim_id}"]
    return evidence


def _answers(denial: Item, claim: Item, cfg: AcrossRules) -> list[str] | None:
    if denial.doc_id == claim.doc_id:
        return None
    denier = denial.speaker_code
    among = denier if denier and denier != claim.target and denier in claim.accused else None
    evidence = same_act(denial.record(), claim.record(among), denial.act_families,
                        claim.families, cfg.stance)
    if evidence is None:
        return None
    if among:
        evidence[0] = f"denier-among-accused:{among}"
    shared = sorted(denial.act_keys & claim.act_keys)
    families_shared = sorted(denial.act_families & claim.families)
    named = claim.speaker_code in denial.accusers
    if len(shared) < (cfg.min_shared_words_named if named else cfg.min_shared_words) \
            and not families_shared:
        return None  # one word ("drone") is no act: attacking a ship vs supplying arms
    if named:
        evidence.append(f"accuser-named:{claim.speaker_code}")
    d_claim, d_denial = _date(claim.dct), _date(denial.dct)
    if d_claim and d_denial:
        gap = (d_denial - d_claim).days
        if gap < 0 or gap > cfg.max_days:
            return None
        evidence.append(f"dates:{claim.dct}..{denial.dct}:{gap}d")
    else:
        evidence.append("dates:unknown")
    if shared:
        evidence.append("content-overlap:" + ",".join(shared))
    if denial.local_claim:
        evidence.append(f"local-pair:{denial.local_claim}")
    return evidence


def _number(claim_id: str) -> tuple[int, str]:
    digits = "".join(ch for ch in claim_id if ch.isdigit())
    return (int(digits) if digits else 0, claim_id)


def _row(denial: Item, claim: Item, value: float, evidence: list[str]) -> CrossPairRecord:
    return {
        "claim_doc_id": claim.doc_id, "claim_id": claim.claim_id, "claim_dct": claim.dct,
        "claim_kind": claim.kind, "claim_speaker": claim.speaker,
        "claim_speaker_actor": claim.speaker_code, "claim_target": claim.target,
        "claim_text": claim.text, "denial_doc_id": denial.doc_id,
        "denial_id": denial.claim_id, "denial_dct": denial.dct,
        "denial_speaker": denial.speaker, "denial_speaker_actor": denial.speaker_code,
        "denial_text": denial.text, "score": value, "evidence": evidence,
    }


def cross_pairs(records: Iterable[Record], cfg: AcrossRules) -> list[CrossPairRecord]:
    """All cross-article pairs of a run, in a fixed order.

    Claims are indexed by their accused (target and the doers of the acts they tell), so
    each denial is compared only with claims that accuse its speaker.
    """
    denials: list[Item] = []
    by_accused: dict[str, list[Item]] = defaultdict(list)
    for record in records:
        for item in summarise(record, cfg):
            if item.kind == "denial":
                denials.append(item)
            else:
                for accused in item.accused:
                    by_accused[accused].append(item)
    out: list[CrossPairRecord] = []
    for denial in sorted(denials, key=lambda d: (d.doc_id, _number(d.claim_id))):
        pool = sorted(by_accused.get(denial.speaker_code or "", []),
                      key=lambda c: (c.doc_id, _number(c.claim_id)))
        for claim in pool:
            evidence = answers(denial, claim, cfg)
            if evidence is not None:
                out.append(_row(denial, claim, 1.0, evidence))
    return out
