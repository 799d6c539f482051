"""Pair denials with claims made in *other* articles of the same run.

Why from the finished records: a batch may be produced by any engine (one process,
several, a cluster, resumed runs), but it always ends as ``documents.jsonl``.  Reading
that file line by line, keeping only a small summary per claim, makes this step
independent of how the documents were processed and cheap in memory.

A denial in article B is paired with a claim in article A (A ≠ B) when

- the denier is the accused: the claim's ``target``, or an actor coded in its content
  (``denier-is-target``, ``denier-in-content``);
- their contents overlap in actor codes, event types and key terms
  (``content-overlap:...``); a denial already paired inside its own article ("Tehran
  denied these allegations") speaks through that claim's content (``local-pair:c3``);
- dates are consistent: B's DCT is not before A's (``dates:...``);
- the claimant is the accuser the denial answers in its own article, or of its bloc
  (``accuser-named:USA~WST``); another claimant costs (``other-accuser:WST!=UKR``).

Weights, gates and the threshold are data (``configs/claims/across.json``).  Each
denial keeps at most one claim per other article (its best); output order is fixed by
doc ids and claim numbers, never by the order documents arrived in.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ...schema import CROSS_PAIR_COLUMNS, CROSS_PAIRS, LIST_SEPARATOR, CrossPairRecord
from .lexicon import DEFAULT_LEXICON_DIR

DOCUMENTS = "documents.jsonl"
CONFIG_FILE = "across.json"
WORD = re.compile(r"[^\W\d_][\w'-]*", re.UNICODE)

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
    local_claim: str | None = None
    local_accuser: str | None = None


# ---------------------------------------------------------------- configuration


def load_config(settings: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """``across.json`` from the claims lexicon folder named in the settings."""
    folder = DEFAULT_LEXICON_DIR
    if settings and settings.get("_dir"):
        lexicon = (settings.get("components", {}).get("claims", {}) or {}).get("lexicon")
        folder = Path(settings["_dir"]) / (lexicon or "claims")
    with open(folder / CONFIG_FILE, encoding="utf-8") as fh:
        return json.load(fh)


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
    record: Record, claim: Record, cfg: Mapping[str, Any]
) -> tuple[set[str], set[str]]:
    """Actor codes coded in a claim's content, and all its keys (@codes, #types, terms).

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
    events = {e.get("id"): e for e in record.get("events") or []}
    ignore = set(cfg.get("ignore_event_types", []))
    types = {events[i]["type"] for i in claim.get("events") or []
             if i in events and events[i].get("type") and events[i]["type"] not in ignore}
    stop = frozenset(w.lower() for w in cfg.get("stop_terms", []))
    min_len = int(cfg.get("min_term_length", 3))
    terms = set()
    for match in WORD.finditer(text, lo, hi):
        if any(a <= match.start() < b for a, b in covered):
            continue
        term = _term(match.group(), stop, min_len)
        if term:
            terms.add(term)
    keys = {f"@{c}" for c in codes} | {f"#{t}" for t in types} | terms
    return codes, keys


def _speaker(claim: Record) -> tuple[str | None, str | None]:
    """Speaker name (resolved name for pronouns) and actor code."""
    speaker = claim.get("speaker") if isinstance(claim.get("speaker"), Mapping) else {}
    fallback = claim.get("resolved_speaker")
    fallback = fallback if isinstance(fallback, Mapping) else {}
    name = speaker.get("resolved") or speaker.get("text") or fallback.get("resolved")
    code = speaker.get("actor") or fallback.get("actor")
    return (str(name) if name else None), (str(code) if code else None)


def summarise(record: Record, cfg: Mapping[str, Any]) -> list[Item]:
    """Claims (of the configured kinds) and denials of one document record."""
    doc_id = str(record.get("doc_id"))
    kinds = set(cfg.get("claim_kinds", [])) | {"denial"}
    items: dict[str, Item] = {}
    for claim in record.get("claims") or []:
        if claim.get("kind") not in kinds or not claim.get("id"):
            continue
        name, code = _speaker(claim)
        codes, keys = _content_keys(record, claim, cfg)
        content = claim.get("content") if isinstance(claim.get("content"), Mapping) else {}
        items[str(claim["id"])] = Item(
            doc_id=doc_id, claim_id=str(claim["id"]), kind=str(claim["kind"]),
            dct=record.get("dct"), speaker=name, speaker_code=code,
            target=claim.get("target"), text=str(content.get("text") or ""),
            content_codes=codes, keys=keys,
        )
    for pair in record.get("pairs") or []:
        denial, claim = items.get(str(pair.get("denial"))), items.get(str(pair.get("claim")))
        if denial is None or claim is None or denial.kind != "denial":
            continue
        # the best local pair speaks for the denial ("these allegations" = that claim)
        if denial.local_claim is None:
            denial.local_claim = claim.claim_id
            denial.local_accuser = claim.speaker_code
            denial.keys |= claim.keys
            denial.content_codes |= claim.content_codes
    return list(items.values())


def read_documents(out_dir: Path) -> Iterator[dict[str, Any]]:
    """Document records of a run folder, one at a time (blank or broken lines skipped)."""
    with open(Path(out_dir) / DOCUMENTS, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                continue  # evaluate and the run's own checks report broken lines
            if isinstance(record, dict) and isinstance(record.get("doc_id"), str):
                yield record


# ---------------------------------------------------------------- scoring


def _date(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def score(denial: Item, claim: Item, cfg: Mapping[str, Any]) -> tuple[float, list[str]] | None:
    """Score and evidence of ``denial`` denying ``claim``; None when a gate fails."""
    weights = cfg["weights"]
    denier = denial.speaker_code
    if denial.doc_id == claim.doc_id or not denier or claim.speaker_code == denier:
        return None
    total, evidence = 0.0, []
    if claim.target == denier:
        total += weights["denier_is_target"]
        evidence.append(f"denier-is-target:{denier}")
    elif denier in claim.content_codes:
        total += weights["denier_in_content"]
        evidence.append(f"denier-in-content:{denier}")
    elif cfg.get("accused_gate", True):
        return None
    d_claim, d_denial = _date(claim.dct), _date(denial.dct)
    if d_claim and d_denial:
        gap = (d_denial - d_claim).days
        if gap < 0 or gap > cfg.get("max_days", 365):
            return None
        total -= weights["penalty_per_day"] * gap
        evidence.append(f"dates:{claim.dct}..{denial.dct}:{gap}d")
    else:
        total -= weights["date_unknown_penalty"]
        evidence.append("dates:unknown")
    own = f"@{denier}"
    shared = (denial.keys & claim.keys) - {own}
    if len(shared) < cfg.get("min_shared_keys", 2):
        return None
    overlap = len(shared) / max(min(len(denial.keys - {own}), len(claim.keys - {own})), 1)
    total += weights["content_overlap"] * overlap
    evidence.append("content-overlap:" + ",".join(sorted(shared)))
    kind_weight = weights.get(f"kind_{claim.kind}", 0.0)
    if kind_weight:
        total += kind_weight
        evidence.append(f"kind:{claim.kind}")
    accuser, named = claim.speaker_code, denial.local_accuser
    if accuser and named and _related(accuser, named, cfg):
        total += weights["accuser_named"]
        evidence.append(f"accuser-named:{accuser}" if accuser == named
                        else f"accuser-named:{accuser}~{named}")
    elif accuser and named:
        total -= weights["other_accuser"]
        evidence.append(f"other-accuser:{accuser}!={named}")
    elif accuser and accuser in denial.content_codes:
        total += weights["accuser_named"]
        evidence.append(f"accuser-named:{accuser}")
    if denial.local_claim:
        evidence.append(f"local-pair:{denial.local_claim}")
    return round(total, 3), evidence


def _related(a: str, b: str, cfg: Mapping[str, Any]) -> bool:
    """Same actor, or one a member of the other's bloc (the USA within the West)."""
    blocs = cfg.get("blocs", {})
    return a == b or a in blocs.get(b, ()) or b in blocs.get(a, ())


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


def cross_pairs(records: Iterable[Record], cfg: Mapping[str, Any]) -> list[CrossPairRecord]:
    """All cross-article pairs of a run, in a fixed order.

    Claims are indexed by the codes they accuse (target and content actors), so each
    denial is compared only with claims that could name it.
    """
    denials: list[Item] = []
    by_accused: dict[str, list[Item]] = defaultdict(list)
    gate = cfg.get("accused_gate", True)
    everything: list[Item] = []
    for record in records:
        for item in summarise(record, cfg):
            if item.kind == "denial":
                denials.append(item)
                continue
            everything.append(item)
            for code in {item.target, *item.content_codes} - {None}:
                by_accused[str(code)].append(item)
    out: list[CrossPairRecord] = []
    for denial in sorted(denials, key=lambda d: (d.doc_id, _number(d.claim_id))):
        pool = by_accused.get(denial.speaker_code or "", []) if gate else everything
        best: dict[str, tuple[float, list[str], Item]] = {}
        scored: list[tuple[float, list[str], Item]] = []
        for claim in pool:
            result = score(denial, claim, cfg)
            if result is None or result[0] < cfg.get("threshold", 0.5):
                continue
            entry = (result[0], result[1], claim)
            scored.append(entry)
            held = best.get(claim.doc_id)
            if held is None or (-entry[0], _number(claim.claim_id)) < \
                    (-held[0], _number(held[2].claim_id)):
                best[claim.doc_id] = entry
        chosen = list(best.values()) if cfg.get("one_claim_per_article", True) else scored
        chosen.sort(key=lambda e: (-e[0], e[2].doc_id, _number(e[2].claim_id)))
        out += [_row(denial, claim, value, evidence) for value, evidence, claim in chosen]
    return out


# ---------------------------------------------------------------- files


def _csv_row(pair: Mapping[str, Any]) -> dict[str, Any]:
    row = dict(pair)
    row["evidence"] = LIST_SEPARATOR.join(pair.get("evidence") or [])
    return row


def write_cross_pairs(out_dir: Path, settings: dict[str, Any]) -> int:
    """Compute the run's cross-article pairs from ``documents.jsonl`` and write
    ``cross_pairs.jsonl`` and ``cross_pairs.csv`` beside it; returns the number of pairs."""
    import pandas as pd

    from ...batch.writers import dumps, replace_text

    out_dir = Path(out_dir)
    pairs = cross_pairs(read_documents(out_dir), load_config(settings))
    replace_text(out_dir / f"{CROSS_PAIRS}.jsonl",
                 lambda fh: fh.writelines(dumps(pair) + "\n" for pair in pairs))
    frame = pd.DataFrame([_csv_row(p) for p in pairs], columns=CROSS_PAIR_COLUMNS)
    replace_text(out_dir / f"{CROSS_PAIRS}.csv", lambda fh: frame.to_csv(fh, index=False))
    return len(pairs)


def read_cross_pairs(out_dir: Path) -> list[dict[str, Any]]:
    """The pairs written by :func:`write_cross_pairs`."""
    with open(Path(out_dir) / f"{CROSS_PAIRS}.jsonl", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def is_stale(out_dir: Path) -> bool:
    """True when the pairs file is missing or older than ``documents.jsonl``."""
    pairs, docs = Path(out_dir) / f"{CROSS_PAIRS}.jsonl", Path(out_dir) / DOCUMENTS
    return not pairs.exists() or pairs.stat().st_mtime < docs.stat().st_mtime
