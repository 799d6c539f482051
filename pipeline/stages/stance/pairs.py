"""Denial -> claim pairs by the same act, many to many (ANNOTATION.md, Pairs).

A denial answers every accusation or claim in the article about the act it denies, not
only the nearest one: the accused now denying.  The test is the same inside an article
and across articles (:mod:`pipeline.stages.claims.across`): the claim's accused is the
denier's side, and where both contents tell events, they share a family of acts
(force, supply, speech ...) — Russia denying arms deliveries does not answer a charge
of shelling.  The claims stage's pairs ("these allegations" pointing back) are kept.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping
from typing import Any

from spacy.symbols import NOUN, PROPN, VERB
from spacy.tokens import Doc, Span

from ..claims import actors
from .background import separate_background
from .named_deniers import named_parties, pair_named_deniers
from .one_act import retold
from .owners import pair_defended, pair_owned
from .positions import content_spans
from .rules import StanceRules
from .speaking import speaker_code
from .unnamed import pair_unnamed
from .words import DocWords

# parts of speech of content words, as ids (read from the Doc's arrays)
CONTENT_POS_IDS = frozenset({NOUN, PROPN, VERB})


def content_keys(doc: Doc, claims: list[dict[str, Any]], rules: StanceRules,
                 words: DocWords | None = None) -> dict[str, frozenset[str]]:
    """Content words of each claim (lemmas of nouns and verbs, claim nouns and light
    verbs left out), to tell whether two claims speak of one act.  Names of coded
    parties are left out too, with the noun they qualify: two charges against one party
    both name it ("Azerbaijan's forces had crossed ...", "gunfire erupted with
    Azerbaijan's forces") whatever acts they tell; who is accused is the target's test,
    not the words'.  ``words``: the document's words read once (:mod:`.words`)."""
    out: dict[str, frozenset[str]] = {}
    if not claims:
        return out
    words = words or DocWords(doc)
    for claim, span in content_spans(doc, claims):
        parties = _party_tokens(doc, span)
        out[claim["id"]] = words.of(span).content_words(CONTENT_POS_IDS, parties,
                                                        rules.claim_heads)
    return out


def _party_tokens(doc: Doc, span: Span) -> set[int]:
    """Token indices naming a coded party: the name, and the noun it qualifies
    ("Azerbaijan's armed forces", "Russian troops")."""
    out: set[int] = set()
    for start, _ in actors.mentions(list(span)):
        ent = actors.entity_of(doc[start])
        out.update(range(ent.start, ent.end))
        if ent.root.dep_ in ("poss", "compound", "amod") and ent.root.head.pos_ == "NOUN":
            out.add(ent.root.head.i)
    return out


def speaker_parties(doc: Doc, claims: list[dict[str, Any]]) -> dict[str, frozenset[str]]:
    """Codes of the parties a claim's speaker span joins ("Officials in Russia and Iran":
    RUS and IRN) — conjoined names only: "China's Taiwan Affairs Office" speaks for
    China alone, though it names Taiwan."""
    out: dict[str, frozenset[str]] = {}
    for claim in claims:
        ref = claim.get("speaker")
        span = doc.char_span(ref["start"], ref["end"], alignment_mode="expand") if ref else None
        if span is None:
            continue
        joined = [t for t in span if t.dep_ == "conj" and span.start <= t.head.i < span.end]
        tokens = [t for t in span if t in joined or any(j.head == t for j in joined)]
        out[claim["id"]] = frozenset(code for _, code in actors.mentions(tokens))
    return out


def content_parties(doc: Doc, claims: list[dict[str, Any]]) -> dict[str, frozenset[str]]:
    """Codes of the parties an accusation's content names ("North Korea had shipped
    shells to Russia": PRK and RUS) — everyone the act involves, not only its target."""
    out: dict[str, frozenset[str]] = {}
    for claim in claims:
        content = claim.get("content")
        if claim.get("kind") != "accusation" or not content:
            continue
        span = doc.char_span(content["start"], content["end"], alignment_mode="expand")
        if span is not None:
            out[claim["id"]] = frozenset(code for _, code in actors.mentions(list(span)))
    return out


def families(claim: Mapping[str, Any], events: Mapping[str, Mapping[str, Any]],
             rules: StanceRules, incursions: frozenset[str] = frozenset()) -> set[str]:
    """Families of the non-speech events a claim tells (its ``events`` ids); a
    deployment into a place (``incursions``, :mod:`.incursions`) is an act of force too."""
    out = set()
    for event_id in claim.get("events") or []:
        event = events.get(event_id)
        if event is None or event.get("type") in rules.reported_exempt_types:
            continue
        family = rules.family(event.get("type"))
        if family:
            out.add(family)
        if event_id in incursions:
            out.add(rules.incursion_family)
    return out


def same_act(denial: Mapping[str, Any], claim: Mapping[str, Any],
             denial_families: set[str], claim_families: set[str],
             rules: StanceRules, deniers: frozenset[str] = frozenset(),
             keys_shared: bool = False) -> list[str] | None:
    """Evidence that ``denial`` answers ``claim``, or None: the claim accuses the denier
    (its target), and the acts told, where both tell one, are of one family.
    ``deniers``: every party the denial's speaker names ("officials in Russia and Iran"),
    beside its actor.  A contested claim (kind ``claim``, no accused) is answered when
    the two tell one act: a shared family, or shared content words (``keys_shared``)."""
    deniers = deniers | {speaker_code(denial)} - {None}  # type: ignore[operator]
    if not deniers or claim.get("kind") not in rules.pair_kinds:
        return None
    if speaker_code(claim) in deniers:
        return None
    if claim.get("kind") == "claim" and not claim.get("target"):
        # a contested assertion accuses nobody: it is answered by whoever denies what
        # it tells (same family, checked here; a shared word, checked by the caller)
        if denial_families & claim_families:
            return ["contested-claim"] + [f"same-family:{f}"
                                          for f in sorted(denial_families & claim_families)]
        return None if not keys_shared else ["contested-claim", "same-words"]
    if claim.get("target") not in deniers:
        return None
    denier = claim["target"]
    if denial_families and claim_families and not denial_families & claim_families:
        return None
    shared = sorted(denial_families & claim_families)
    return [f"denier-is-target:{denier}"] + [f"same-family:{f}" for f in shared]


def _related(claim: Mapping[str, Any], anchors: list[Mapping[str, Any]],
             fams: Mapping[str, set[str]], keys: Mapping[str, frozenset[str]]) -> bool:
    """Whether ``claim`` tells the act of one of ``anchors`` — the claims a denial points
    back to, and the denial itself ("Tehran denies supplying drones" answers a later
    "Iran had sent drones to Russia", though the claims stage linked it to a drone strike): an
    event of the same family, or a shared content word."""
    for anchor in anchors:
        if anchor is claim or fams[claim["id"]] & fams[anchor["id"]] or \
                keys.get(claim["id"], frozenset()) & keys.get(anchor["id"], frozenset()):
            return True
        if abs(claim["sentence"] - anchor["sentence"]) <= 1 and _same_speaker(claim, anchor) \
                and not (fams[claim["id"]] and fams[anchor["id"]]):
            # the accuser going on about it ("Zhao criticised ..., Zhao told"), unless
            # both tell acts, of different families: the accuser turning to another
            # incident ("Turkey said jets violated its airspace ... said Greece had
            # detained fishermen")
            return True
    return False


def _same_speaker(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """Same actor, or names sharing a word ("Zhao" and "Zhao Lijian")."""
    if speaker_code(a) and speaker_code(a) == speaker_code(b):
        return True
    names = [set(((c.get("speaker") or {}).get("text") or "").split()) for c in (a, b)]
    return bool(names[0] & names[1] - {"the", "The"})


def pair_by_act(claims: list[dict[str, Any]], events: Iterable[Mapping[str, Any]],
                kept: list[dict[str, Any]], rules: StanceRules,
                keys: Mapping[str, frozenset[str]] | None = None,
                parties: Mapping[str, frozenset[str]] | None = None,
                named: Mapping[str, frozenset[str]] | None = None,
                plural: frozenset[str] | set[str] = frozenset(),
                singular: frozenset[str] | set[str] = frozenset(),
                marks: Mapping[str, frozenset[str]] | None = None,
                incursions: frozenset[str] = frozenset(),
                judged: frozenset[str] | set[str] = frozenset(),
                owners: Mapping[str, tuple[str, bool]] | None = None,
                defended: Mapping[str, str | None] | None = None) -> list[dict[str, Any]]:
    """``kept`` pairs whose denial is still a denial, plus a pair for every denial and
    claim of the same act, in claim order.  When the claims stage found what a denial
    points back to ("an accusation Armenia rejected"), other claims join only if they
    tell that act (same event family or a shared content word in ``keys``): an article
    may hold charges of several incidents against one party; a denial answers one.
    A denier left uncoded ("Authorities", "the group") is taken to be the party the
    claims it points back to accuse: the accused now denying.  ``plural``: denials of a
    definite plural claim noun ("rejected the accusations"), which answer every earlier
    charge against the denier, of whatever act; ``singular``: denials of a definite
    singular one ("denied the charge"), which answer the charge pointed back to and the
    claims retelling its act (:mod:`.one_act`); ``judged``: denials judging such a
    plural noun, their subject, whose own events are the judgement, not the act denied;
    ``owners``: denials naming whose claim they reject, ``defended``: denials of the
    charges against another party (:mod:`.owners`).
    """
    keys, parties = keys or {}, parties or {}
    by_id = {c["id"]: c for c in claims}
    by_event = {e["id"]: e for e in events if e.get("id")}
    fams = {c["id"]: families(c, by_event, rules, incursions) for c in claims}
    out: dict[tuple[str, str], dict[str, Any]] = {}
    anchors: dict[str, list[dict[str, Any]]] = {}
    for pair in kept:
        denial = by_id.get(pair["denial"])
        if denial is not None and denial["kind"] == "denial" and pair["claim"] in by_id:
            out[(pair["denial"], pair["claim"])] = dict(pair)
            anchors.setdefault(denial["id"], []).append(by_id[pair["claim"]])
    candidates = _Candidates(claims, fams, keys, rules)
    order = {c["id"]: i for i, c in enumerate(claims)}
    charged: dict[int, list[dict[str, Any]]] = {}  # accusations by sentence
    for claim in (c for c in claims if c["kind"] == "accusation"):
        charged.setdefault(claim["sentence"], []).append(claim)
    for denial in claims:
        if denial["kind"] != "denial":
            continue
        act_keys = keys.get(denial["id"], frozenset()).union(
            *(keys.get(a["id"], frozenset()) for a in anchors.get(denial["id"], [])))
        deniers = parties.get(denial["id"], frozenset()) | {speaker_code(denial)} - {None}
        # a ruling movement answers for the state it governs (frames.same_side)
        deniers |= {state for d in deniers for state in rules.governs.get(d, ())}
        if not speaker_code(denial):  # "X blames Y for Z; group denies role": the accused
            deniers |= {a["target"] for a in [*anchors.get(denial["id"], []), *(
                c for c in charged.get(denial["sentence"], [])
                if order[c["id"]] < order[denial["id"]])] if a.get("target")}
        one = denial["id"] in singular and denial["id"] in anchors
        accepted = []
        for claim in candidates.of(deniers, fams[denial["id"]], act_keys, denial["sentence"]):
            if claim is denial:
                continue
            evidence = same_act(denial, claim, set() if denial["id"] in judged
                                else fams[denial["id"]], fams[claim["id"]], rules, deniers,
                                bool(act_keys & keys.get(claim["id"], frozenset())))
            summed = denial["id"] in plural and claim["sentence"] <= denial["sentence"]
            if evidence is None or (denial["id"] in anchors and not summed and not one and
                                    not _related(claim, [denial, *anchors[denial["id"]]],
                                                 fams, keys)):
                continue  # neither the act denied nor that of a claim pointed back to
            if evidence[0] == "contested-claim" and claim["sentence"] > denial["sentence"]:
                continue  # nobody accused: a later assertion cannot be what was denied
            accepted.append((claim, evidence))
        if one:
            accepted = retold(anchors[denial["id"]], accepted, fams, keys)
        for claim, evidence in accepted:
            found = out.setdefault((denial["id"], claim["id"]), {"claim": claim["id"],
                                   "denial": denial["id"], "score": 1.0, "evidence": []})
            found["evidence"] = list(dict.fromkeys([*found["evidence"], *evidence]))
    named_parties(claims, out, fams, keys, named or {}, rules)
    pair_named_deniers(claims, out, {c["id"]: speaker_code(c) for c in claims}, rules.pair_reach)
    pair_unnamed(claims, out, keys, rules)  # charges naming no accused
    pair_owned(claims, out, owners or {}, fams, rules)  # "its allegations": the owner's
    pair_defended(claims, out, defended or {}, rules)  # "against its allies"
    separate_background(claims, out, anchors, marks or {}, rules.lead_sentences)  # older charge
    _share_between_denials(claims, out, {d for d in singular if d in anchors})
    _counter_accounts(claims, out, fams, keys)
    return sorted((p for p in out.values() if not _within(by_id[p["claim"]], by_id[p["denial"]])),
                  key=lambda p: (order[p["denial"]], order[p["claim"]]))


def _within(claim: Mapping[str, Any], denial: Mapping[str, Any]) -> bool:
    """Whether ``claim`` is said inside the denial's own content ("rejected Canada's
    allegation that ..."): the guide makes such an accusation optional, known only as
    what is denied, so pairing the denial with it says nothing the denial does not."""
    content, cue = denial.get("content") or {}, claim.get("cue") or {}
    if not (content and cue):
        return False
    if content["start"] <= cue["start"] < content["end"]:
        return True
    # "dismissed as propaganda reports that ...": the object noun, content in the denial's
    own = claim.get("content") or {}
    return bool(own) and _cue_at(denial, "end", cue["start"]) <= cue["start"] < content["end"] \
        and content["start"] <= own["start"] and own["end"] <= content["end"]


class _Candidates:
    """The claims a denial can answer, found without reading every claim: those accusing
    one of its deniers (by target), and contested claims (no target) sharing an event
    family or a content word with it, within ``pairs.max_sentences`` of the denial.
    :func:`same_act` accepts no other claim, so within that reach the pairs are those of
    a scan of all claims, at the cost of what they return."""

    def __init__(self, claims: list[dict[str, Any]], fams: Mapping[str, set[str]],
                 keys: Mapping[str, frozenset[str]], rules: StanceRules) -> None:
        self.order = {c["id"]: i for i, c in enumerate(claims)}
        self.reach = rules.pair_reach
        self.by_target: dict[str, list[dict[str, Any]]] = {}
        self.by_family: dict[str, list[dict[str, Any]]] = {}
        self.by_key: dict[str, list[dict[str, Any]]] = {}
        for claim in claims:
            if claim.get("kind") not in rules.pair_kinds:
                continue
            if claim.get("target"):
                self.by_target.setdefault(claim["target"], []).append(claim)
            elif claim.get("kind") == "claim":
                for family in fams[claim["id"]]:
                    self.by_family.setdefault(family, []).append(claim)
                for word in keys.get(claim["id"], frozenset()):
                    self.by_key.setdefault(word, []).append(claim)
        for index in (self.by_target, self.by_family, self.by_key):
            for listed in index.values():
                listed.sort(key=lambda c: (c["sentence"], self.order[c["id"]]))

    def of(self, deniers: frozenset[str] | set[str], families: set[str],
           act_keys: frozenset[str], sentence: int) -> list[dict[str, Any]]:
        """Candidate claims within reach of a denial in ``sentence``, in claim order."""
        lists = [self.by_target.get(code, []) for code in deniers]
        lists += [self.by_family.get(f, []) for f in families]
        lists += [self.by_key.get(w, []) for w in act_keys]
        found: dict[int, dict[str, Any]] = {}
        for claims in lists:  # each in sentence order: the claims in reach are a slice
            lo = bisect_left(claims, sentence - self.reach, key=lambda c: c["sentence"])
            hi = bisect_right(claims, sentence + self.reach, key=lambda c: c["sentence"])
            found.update((id(c), c) for c in claims[lo:hi])
        return sorted(found.values(), key=lambda c: self.order[c["id"]])


def _share_between_denials(claims: list[dict[str, Any]],
                           out: dict[tuple[str, str], dict[str, Any]], named: set[str]) -> None:
    """"Kigali denied the accusation, saying its forces had not crossed": denials one
    speaker makes in one breath (same or next sentence) answer the same claims — but a
    denial of one ``named`` charge ("denied the charge") takes no other's."""
    denials = [c for c in claims if c["kind"] == "denial" and speaker_code(c)]
    answered: dict[str, set[str]] = {}
    for denial_id, claim_id in out:
        answered.setdefault(denial_id, set()).add(claim_id)
    # denials by speaker and sentence: each looks only at its speaker's in reach
    near: dict[tuple[str | None, int], list[dict[str, Any]]] = {}
    for denial in denials:
        near.setdefault((speaker_code(denial), denial["sentence"]), []).append(denial)
    for first in denials:
        code, sentence = speaker_code(first), first["sentence"]
        reach = {id(d): d for n in (sentence - 1, sentence, sentence + 1)
                 for d in near.get((code, n), ())}
        for second in reach.values():  # which first a pair names does not hang on this order
            if first is second or second["id"] in named:
                continue
            for claim_id in sorted(answered.get(first["id"], set())):
                if claim_id == second["id"] or (second["id"], claim_id) in out:
                    continue
                out[(second["id"], claim_id)] = {
                    "claim": claim_id, "denial": second["id"], "score": 1.0,
                    "evidence": [f"same-denier-as:{first['id']}"]}


def _counter_accounts(claims: list[dict[str, Any]], out: dict[tuple[str, str], dict[str, Any]],
                      fams: Mapping[str, set[str]], keys: Mapping[str, frozenset[str]]) -> None:
    """"The army dismissed the claim and said fighting was continuing", "rejected by the
    Front, which said fighting had broken out": what a denier says in the same sentence
    after denying, about the act it denied (an event of the same family or a shared
    content word), is its own account against the claim — a denial of it too."""
    answered: dict[str, list[str]] = {}
    for denial_id, claim_id in list(out):
        answered.setdefault(denial_id, []).append(claim_id)
    by_id = {c["id"]: c for c in claims}
    statements: dict[int, list[dict[str, Any]]] = {}  # by sentence: no scan of every claim
    for claim in claims:
        if claim["kind"] == "statement":
            statements.setdefault(claim["sentence"], []).append(claim)
    for denial in [c for c in claims if c["id"] in answered and speaker_code(c)]:
        for said in list(statements.get(denial["sentence"], ())):
            if said["kind"] != "statement" or \
                    speaker_code(said) != speaker_code(denial) or \
                    _cue_at(said, "start", -1) < _cue_at(denial, "end", 0):
                continue
            own = keys.get(said["id"], frozenset())
            if not any(fams[said["id"]] & fams[c] or own & keys.get(c, frozenset())
                       for c in answered[denial["id"]] if c != said["id"]):
                continue
            said["kind"] = "denial"
            said["rule"] = f"{said.get('rule')}+counter-account"
            for claim_id in answered[denial["id"]]:
                if claim_id in by_id and claim_id != said["id"]:
                    out.setdefault((said["id"], claim_id), {
                        "claim": claim_id, "denial": said["id"], "score": 1.0,
                        "evidence": [f"counter-account-of:{denial['id']}"]})


def _cue_at(claim: Mapping[str, Any], edge: str, default: int) -> int:
    return (claim.get("cue") or {}).get(edge, default)

