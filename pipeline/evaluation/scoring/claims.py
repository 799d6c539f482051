"""Claims (attributed statements) and the denial pairs that link them.

Claims match on gold sentence and kind, with overlapping cues or, when either cue is
missing or no cue overlaps, overlapping contents.  Cue detection and the kind are also
scored on their own, on matches that ignore the kind (a denial found as a statement
still counts as a found cue, and as a wrong kind).  Pairs are scored after claims are
matched: predicted claim ids are translated to gold ids through that matching, so a
pipeline is free to number its claims as it likes.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from .matching import (
    Record,
    SentenceLocator,
    SortKey,
    match_in_sentences,
    overlap,
    same_sentence_and,
    sentence_start,
    span_of,
    strip_the,
)
from .tally import Tally, count_if, is_vacuous, prf, ratio

PRONOUNS = frozenset(
    ["i", "we", "you", "he", "she", "it", "they", "him", "her", "us", "them", "his", "its", "their"]
)
"""Speaker texts that name nobody by themselves (their resolved name does)."""

FAR = 10**9
TOKEN = re.compile(r"\w+")

# ---------------------------------------------------------------- matching


def claim_anchor(claim: Record, sentences: Sequence[Record]) -> int | None:
    """Offset that places a claim in a sentence: cue, else content, else speaker start."""
    for field in ("cue", "content", "speaker"):
        span = span_of(claim.get(field))
        if span is not None:
            return span[0]
    return sentence_start(sentences, claim.get("sentence"))


def _claim_key(
    locate: Callable[[Record, bool], int | None],
) -> Callable[[Record, Record], SortKey | None]:
    """Same gold sentence and kind; cue overlap first, then content overlap."""

    def key(pred: Record, gold: Record) -> SortKey | None:
        if not same_sentence_and(locate, pred, gold, "kind"):
            return None
        optional = count_if(bool(gold.get("optional")))
        p_cue, g_cue = span_of(pred.get("cue")), span_of(gold.get("cue"))
        shared = overlap(p_cue, g_cue)
        if shared:
            return (0, optional, -shared, abs(p_cue[0] - g_cue[0]))  # type: ignore[index]
        p_con, g_con = span_of(pred.get("content")), span_of(gold.get("content"))
        shared = overlap(p_con, g_con)
        if shared:
            return (1, optional, -shared, abs(p_con[0] - g_con[0]))  # type: ignore[index]
        return None

    return key


def _cue_key(
    locate: Callable[[Record, bool], int | None],
) -> Callable[[Record, Record], SortKey | None]:
    """Same gold sentence and overlapping cue, whatever the kind (cue detection)."""

    def key(pred: Record, gold: Record) -> SortKey | None:
        sent = locate(pred, True)
        if sent is None or sent != locate(gold, False):
            return None
        p_cue, g_cue = span_of(pred.get("cue")), span_of(gold.get("cue"))
        shared = overlap(p_cue, g_cue)
        if not shared:
            return None
        return (count_if(bool(gold.get("optional"))), -shared,
                abs(p_cue[0] - g_cue[0]))  # type: ignore[index]

    return key


def kindless_key(
    locate: Callable[[Record, bool], int | None],
) -> Callable[[Record, Record], SortKey | None]:
    """Same gold sentence, overlapping cue, else overlapping content: the claim match
    without the kind, so that the kind can be scored on its own."""

    def key(pred: Record, gold: Record) -> SortKey | None:
        sent = locate(pred, True)
        if sent is None or sent != locate(gold, False):
            return None
        for rank, field in enumerate(("cue", "content")):
            p_span, g_span = span_of(pred.get(field)), span_of(gold.get(field))
            shared = overlap(p_span, g_span)
            if shared:
                return (rank, count_if(bool(gold.get("optional"))), -shared,
                        abs(p_span[0] - g_span[0]))  # type: ignore[index]
        return None

    return key


def _cue_tally(
    pred_doc: Mapping[str, Any], gold_doc: Mapping[str, Any], locator: SentenceLocator
) -> Tally:
    """Cue detection (overlapping cue spans, kind ignored) and kind accuracy on claims
    matched without regard to kind."""
    preds, golds = pred_doc.get("claims") or [], gold_doc.get("claims") or []
    with_cue = {**pred_doc, "claims": [c for c in preds if span_of(c.get("cue"))]}
    gold_cue = {**gold_doc, "claims": [c for c in golds if span_of(c.get("cue"))]}
    cue_pairs = match_in_sentences(with_cue, gold_cue, locator, "claims", claim_anchor, _cue_key)
    g_cues = gold_cue["claims"]
    cue_opt = sum(count_if(bool(g_cues[gi].get("optional"))) for _, gi in cue_pairs)
    kind_pairs = match_in_sentences(pred_doc, gold_doc, locator, "claims", claim_anchor,
                                    kindless_key)
    return {
        "cue_gold": len(g_cues) - _optional_count(g_cues),
        "cue_pred": len(with_cue["claims"]),
        "cue_optional_matched": cue_opt,
        "cue_tp": len(cue_pairs) - cue_opt,
        "kind_matched": len(kind_pairs),
        "kind_correct": sum(count_if(preds[pi].get("kind") == golds[gi].get("kind"))
                            for pi, gi in kind_pairs),
    }


def match_claims(
    pred_doc: Mapping[str, Any], gold_doc: Mapping[str, Any], locator: SentenceLocator
) -> list[tuple[int, int]]:
    """One-to-one ``(pred_index, gold_index)`` claim matches."""
    return match_in_sentences(pred_doc, gold_doc, locator, "claims", claim_anchor, _claim_key)


# ---------------------------------------------------------------- attributes


def _norm_name(value: Any) -> str | None:
    """Names compared without case, surrounding space or a leading "the "."""
    if not isinstance(value, str):
        return None
    name = " ".join((strip_the(value) or "").lower().split())
    return name or None


def speaker_identity(claim: Record) -> tuple[set[str], str | None]:
    """Names that identify the speaker, and its actor code.

    Uses ``speaker.text``/``speaker.resolved``/``speaker.actor``, and
    ``resolved_speaker`` when there is no speaker span.  A pronoun's text counts as a
    name only when nothing resolves it: "he" does not identify a speaker whom gold
    resolves to someone.
    """
    speaker = claim.get("speaker") if isinstance(claim.get("speaker"), Mapping) else {}
    fallback = claim.get("resolved_speaker")
    fallback = fallback if isinstance(fallback, Mapping) else {}
    resolved = _norm_name(speaker.get("resolved")) or _norm_name(fallback.get("resolved"))
    text = _norm_name(speaker.get("text"))
    names = {name for name in (resolved, text) if name}
    if resolved and text in PRONOUNS:
        names.discard(text)
    actor = speaker.get("actor") or fallback.get("actor")
    return names, (str(actor) if actor else None)


def speaker_correct(pred: Record, gold: Record, use_actor: bool = True) -> bool:
    """Same name (text or resolved), or (when ``use_actor``) the same actor code.

    Two claims with no speaker information at all agree.
    """
    p_names, p_actor = speaker_identity(pred)
    g_names, g_actor = speaker_identity(gold)
    if not (p_names or p_actor or g_names or g_actor):
        return True
    if p_names & g_names:
        return True
    return use_actor and p_actor is not None and p_actor == g_actor


def tokens(text: Any) -> list[str]:
    """Lower-cased word tokens: whitespace and punctuation both separate."""
    return TOKEN.findall(text.lower()) if isinstance(text, str) else []


def token_f1(pred_span: Any, gold_span: Any) -> float:
    """Bag-of-tokens F1 of two content spans (1.0 when both are absent)."""
    p_text = pred_span.get("text") if isinstance(pred_span, Mapping) else None
    g_text = gold_span.get("text") if isinstance(gold_span, Mapping) else None
    if p_text is None and g_text is None:
        return 1.0
    p_tok, g_tok = tokens(p_text), tokens(g_text)
    shared = sum((Counter(p_tok) & Counter(g_tok)).values())
    if not shared:
        return 0.0
    precision, recall = shared / len(p_tok), shared / len(g_tok)
    return 2 * precision * recall / (precision + recall)


# ---------------------------------------------------------------- tallies


def _optional_count(items: Sequence[Record]) -> int:
    return sum(count_if(bool(item.get("optional"))) for item in items)


def tally_claims(
    pred_doc: Mapping[str, Any], gold_doc: Mapping[str, Any], locator: SentenceLocator
) -> tuple[Tally, dict[str, str]]:
    """Claim counts, and the translation of predicted claim ids to gold ids."""
    preds, golds = pred_doc.get("claims") or [], gold_doc.get("claims") or []
    pairs = match_claims(pred_doc, gold_doc, locator)
    optional_matched = sum(count_if(bool(golds[gi].get("optional"))) for _, gi in pairs)
    tally: Tally = {
        "gold": len(golds) - _optional_count(golds),
        "gold_optional": _optional_count(golds),
        "pred": len(preds),
        "matched": len(pairs),
        "optional_matched": optional_matched,
        "tp": len(pairs) - optional_matched,
        "speaker_correct": 0,
        "speaker_name_correct": 0,
        "target_correct": 0,
        "content_f1_sum": 0.0,
    }
    tally.update(_cue_tally(pred_doc, gold_doc, locator))
    id_map: dict[str, str] = {}
    for pi, gi in pairs:
        pred, gold = preds[pi], golds[gi]
        tally["speaker_correct"] += count_if(speaker_correct(pred, gold))
        tally["speaker_name_correct"] += count_if(speaker_correct(pred, gold, use_actor=False))
        tally["target_correct"] += count_if(pred.get("target") == gold.get("target"))
        tally["content_f1_sum"] += token_f1(pred.get("content"), gold.get("content"))
        if pred.get("id") is not None and gold.get("id") is not None:
            id_map.setdefault(str(pred["id"]), str(gold["id"]))
    return tally, id_map


def metrics_claims(tally: Mapping[str, float]) -> dict[str, float]:
    """precision/recall/f1; speaker_accuracy, speaker_name_accuracy, target_accuracy,
    content_f1 (mean token F1 over matched claims); cue_precision/recall/f1 (cue spans
    overlapping in the same sentence, kind ignored; claims without a cue left out) and
    kind_accuracy (on claims matched by sentence and cue or content, kind ignored)."""
    out = prf(tally["tp"], tally["pred"] - tally["optional_matched"], tally["gold"])
    vacuous = is_vacuous(tally)
    for name in ("speaker", "speaker_name", "target"):
        out[f"{name}_accuracy"] = ratio(tally[f"{name}_correct"], tally["matched"], vacuous)
    out["content_f1"] = ratio(tally["content_f1_sum"], tally["matched"], vacuous)
    out.update(prf(tally.get("cue_tp", 0),
                   tally.get("cue_pred", 0) - tally.get("cue_optional_matched", 0),
                   tally.get("cue_gold", 0), prefix="cue_"))
    out["kind_accuracy"] = ratio(tally.get("kind_correct", 0), tally.get("kind_matched", 0),
                                 vacuous)
    return out


def tally_pairs(
    pred_pairs: Sequence[Record], gold_pairs: Sequence[Record], id_map: Mapping[str, str]
) -> Tally:
    """(claim, denial) links after translating predicted claim ids to gold ids.

    A predicted pair whose claims did not both match is a false positive; each gold
    link is found at most once; optional gold links are dropped when found.
    """
    gold_links: dict[tuple[str, str], bool] = {}
    for pair in gold_pairs:
        link = (str(pair.get("claim")), str(pair.get("denial")))
        gold_links[link] = gold_links.get(link, True) and bool(pair.get("optional"))
    found: set[tuple[str, str]] = set()
    tp = optional_matched = 0
    for pair in pred_pairs:
        link = (id_map.get(str(pair.get("claim"))), id_map.get(str(pair.get("denial"))))
        if link not in gold_links or link in found:
            continue
        found.add(link)  # type: ignore[arg-type]
        if gold_links[link]:  # type: ignore[index]
            optional_matched += 1
        else:
            tp += 1
    n_optional = sum(count_if(opt) for opt in gold_links.values())
    return {
        "gold": len(gold_links) - n_optional,
        "gold_optional": n_optional,
        "pred": len(pred_pairs),
        "optional_matched": optional_matched,
        "tp": tp,
    }


def metrics_pairs(tally: Mapping[str, float]) -> dict[str, float]:
    """precision, recall, f1 over non-optional links."""
    return prf(tally["tp"], tally["pred"] - tally["optional_matched"], tally["gold"])
