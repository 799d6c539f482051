"""Read the claim lexicons (``configs/claims/*.json``, and the shared verbs of saying,
accusing and denying in ``configs/lexicon``) into one frozen object.

Every word a rule looks at lives in those files, so a new reporting verb or denial
phrase is a data change, never a code change.  Each file is read through a typed
dataclass (:mod:`..settings`): a missing key, a key no rule reads, or a value of the
wrong shape fails at load time with the file and the key named.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from ...config import DEFAULT_CONFIG_DIR
from .. import settings
from ..settings import key
from ..wordclasses import DEFAULT_SHARED_DIR, resolve, shared_class, shared_classes

DEFAULT_LEXICON_DIR = DEFAULT_CONFIG_DIR / "claims"
KINDS = ("statement", "claim", "report", "accusation", "denial")


@dataclass(frozen=True)
class VerbFrames:
    """``verbs.json``: the frames verb cues take (the verbs themselves are shared)."""

    object_content: frozenset[str]
    accusation_of: frozenset[str]
    accusation_for: frozenset[str]
    deem_verbs: frozenset[str] = key("deem_responsible.verbs")
    deem_adjectives: frozenset[str] = key("deem_responsible.adjectives")
    light_verbs: frozenset[str] = key("light_accusation.verbs")
    light_nouns: frozenset[str] = key("light_accusation.nouns")
    call_denial: frozenset[str] = key("call_denial")
    denial_needs_claim_object: frozenset[str] = key("denial_needs_claim_object")
    raised_passive: dict[str, str] = key("raised_passive")
    factive: frozenset[str] = key("factive")
    finding_verbs: frozenset[str] = key("findings.verbs", frozenset())
    infinitive_verbs: frozenset[str] = key("infinitive_content.verbs", frozenset())
    inquiry_nouns: frozenset[str] = key("findings.inquiry_nouns", frozenset())
    held_evidence: frozenset[str] = key("findings.evidence_nouns", frozenset())
    infinitive_object: frozenset[str] = key("object_with_infinitive.verbs", frozenset())
    condemn_verbs: frozenset[str] = key("call_condemnation.verbs", frozenset())
    doubt_verbs: frozenset[str] = key("cast_doubt.verbs", frozenset())
    doubt_nouns: frozenset[str] = key("cast_doubt.nouns", frozenset())
    doubt_preps: frozenset[str] = key("cast_doubt.preps", frozenset())
    condemn_words: frozenset[str] = key("call_condemnation.words", frozenset())
    addressee_verbs: frozenset[str] = key("addressee.verbs", frozenset())
    addressee_labels: frozenset[str] = key("addressee.labels", frozenset())


@dataclass(frozen=True)
class NounRules:
    """``nouns.json``: attribution nouns by kind, and the nouns claims refer back with."""

    attribution: dict[str, tuple[str, ...]]
    agent_preps: frozenset[str]
    content_preps: frozenset[str]
    anaphoric: frozenset[str]
    partitive_quantifiers: frozenset[str]
    anaphoric_determiners: frozenset[str]
    media_heads: frozenset[str]
    media_ambiguous: frozenset[str]


@dataclass(frozen=True)
class DenialWords:
    """``denial.json``: what calls a claim false."""

    adjectives: frozenset[str]
    phrases: tuple[str, ...]
    claim_nouns: frozenset[str]
    evidence_nouns: frozenset[str]


@dataclass(frozen=True)
class BlameFrames:
    """``hostility.json`` "blame_frames": when a word of responsibility blames a party
    (read by :mod:`.blame`)."""

    duty_words: frozenset[str]
    harm_nouns: frozenset[str]
    future: frozenset[str]
    cleared: frozenset[str]
    plural_bearers: frozenset[str]


@dataclass(frozen=True)
class Hostility:
    """``hostility.json``: what makes a plain statement an accusation."""

    event_types: frozenset[str]
    lemmas: frozenset[str]
    claim_when_accused: bool
    blame_lemmas: frozenset[str]
    blame_frames: BlameFrames
    locative_preps: frozenset[str]


@dataclass(frozen=True)
class QuoteRules:
    """``quotes.json``: quotation marks and how far a quote runs on."""

    open: frozenset[str]
    close: frozenset[str]
    toggle: frozenset[str]
    run_on_window: int
    min_quote_tokens: int
    reset_at_blank_line: bool


@dataclass(frozen=True)
class SpeakerRules:
    """``speakers.json``: pronoun speakers and what they refer back to."""

    person: frozenset[str]
    thing: frozenset[str]
    plural: frozenset[str]
    first_person: frozenset[str]
    person_labels: frozenset[str]
    max_back_sentences: int
    own_possessives: frozenset[str]
    person_roles: frozenset[str]
    group_heads: dict[str, tuple[str, ...]] = field(default_factory=dict)
    state_sectors: frozenset[str] = frozenset()
    document_heads: frozenset[str] = frozenset()
    place_prepositions: frozenset[str] = frozenset()
    owner_prepositions: frozenset[str] = frozenset()
    issuer_prepositions: frozenset[str] = frozenset()
    issuer_possessives: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Pairing:
    """``pairing.json``: the evidence weights of in-article denial pairs."""

    weights: dict[str, float]
    max_distance: int
    threshold: float
    claim_kinds: tuple[str, ...]
    stop_lemmas: tuple[str, ...]
    anaphor_window: int
    demonstratives: tuple[str, ...]


def _lower(words: frozenset[str] | tuple[str, ...]) -> frozenset[str]:
    return frozenset(w.lower() for w in words)


@dataclass(frozen=True)
class Lexicon:
    """All claim word lists; sets hold lower-case lemmas or phrases."""

    verb_kind: dict[str, str]
    object_content: frozenset[str]
    accusation_of: frozenset[str]
    accusation_for: frozenset[str]
    deem_verbs: frozenset[str]
    deem_adjectives: frozenset[str]
    light_verbs: frozenset[str]
    light_nouns: frozenset[str]
    call_denial: frozenset[str]
    denial_needs_claim_object: frozenset[str]
    noun_kind: dict[str, str]
    nouns: NounRules
    evidence_nouns: frozenset[str]
    blame_lemmas: frozenset[str]
    own_possessives: frozenset[str]
    person_roles: frozenset[str]
    denial_adjectives: frozenset[str]
    denial_phrases: tuple[str, ...]
    claim_nouns: frozenset[str]
    hostile_event_types: frozenset[str]
    hostile_lemmas: frozenset[str]
    locative_preps: frozenset[str]
    claim_when_accused: bool
    pairing: dict[str, Any]
    quote_open: frozenset[str]
    quote_close: frozenset[str]
    quote_toggle: frozenset[str]
    run_on_window: int
    min_quote_tokens: int
    reset_at_blank_line: bool
    pronouns: dict[str, frozenset[str]] = field(default_factory=dict)
    person_labels: frozenset[str] = frozenset({"PERSON"})
    max_back_sentences: int = 6
    raised_passive: dict[str, str] = field(default_factory=dict)
    factive_cues: frozenset[str] = frozenset()
    group_heads: dict[str, frozenset[str]] = field(default_factory=dict)
    state_sectors: frozenset[str] = frozenset()
    document_heads: frozenset[str] = frozenset()
    place_prepositions: frozenset[str] = frozenset()
    owner_prepositions: frozenset[str] = frozenset()
    issuer_prepositions: frozenset[str] = frozenset()
    issuer_possessives: frozenset[str] = frozenset()
    finding_verbs: frozenset[str] = frozenset()
    cue_lemmas: frozenset[str] = frozenset()
    infinitive_verbs: frozenset[str] = frozenset()
    inquiry_nouns: frozenset[str] = frozenset()
    held_evidence: frozenset[str] = frozenset()
    condemn_verbs: frozenset[str] = frozenset()
    doubt_frame: tuple[frozenset[str], frozenset[str], frozenset[str]] = (
        frozenset(), frozenset(), frozenset())
    condemning_words: frozenset[str] = frozenset()
    infinitive_object: frozenset[str] = frozenset()
    request_verbs: frozenset[str] = frozenset()
    addressee: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
    blame: BlameFrames = BlameFrames(frozenset(), frozenset(), frozenset(), frozenset(),
                                     frozenset())

    def verb_kind_of(self, key: str) -> str | None:
        return self.verb_kind.get(key)

    @property
    def strong_cues(self) -> frozenset[str]:
        """Verbs whose clause is a claim of its own even inside another claim's content."""
        return frozenset(k for k, v in self.verb_kind.items() if v in ("accusation", "denial"))


def _load(cls: type, root: Path, name: str) -> Any:
    """One lexicon file as its dataclass, shared classes ("@shared:NAME") filled in."""
    path = root / name
    if not path.exists():
        raise FileNotFoundError(f"claims lexicon file missing: {path}")
    shared = root.parent / "lexicon"
    data = resolve(settings.read_json(path), shared if shared.is_dir() else DEFAULT_SHARED_DIR)
    return settings.build(cls, data, path, strict=True)


def _heads_by_kind(by_kind: dict[str, tuple[str, ...]]) -> dict[str, frozenset[str]]:
    """Head noun -> the kinds of dictionary entries ("group", "organisation") it can
    refer back to."""
    out: dict[str, set[str]] = {}
    for kind, heads in by_kind.items():
        for head in heads:
            out.setdefault(head.lower(), set()).add(kind)
    return {head: frozenset(kinds) for head, kinds in out.items()}


def _verb_kinds(shared: Path) -> dict[str, str]:
    """Verb (lemma, or lemma and particle) -> the kind it gives, from the shared classes;
    later kinds win: a verb listed as both statement and denial is a denial."""
    speech = shared_classes(str(shared)).get("speech_verbs", {})
    by_kind = {kind: list(speech.get(kind, [])) for kind in ("statement", "claim", "report")}
    by_kind["statement"] += shared_class("praise_verbs", shared)
    by_kind["statement"] += shared_class("request_verbs", shared)
    by_kind["accusation"] = shared_class("accusation_verbs", shared)
    by_kind["denial"] = shared_class("denial_verbs", shared)
    return {word.lower(): kind for kind in KINDS for word in by_kind[kind]}


@lru_cache(maxsize=8)
def load_lexicon(folder: str | Path = DEFAULT_LEXICON_DIR) -> Lexicon:
    """Load the lexicon folder; cached because every document asks for it."""
    root = Path(folder or DEFAULT_LEXICON_DIR)
    shared = root.parent / "lexicon"
    verbs: VerbFrames = _load(VerbFrames, root, "verbs.json")
    nouns: NounRules = _load(NounRules, root, "nouns.json")
    denial: DenialWords = _load(DenialWords, root, "denial.json")
    hostility: Hostility = _load(Hostility, root, "hostility.json")
    pairing: Pairing = _load(Pairing, root, "pairing.json")
    quotes: QuoteRules = _load(QuoteRules, root, "quotes.json")
    speakers: SpeakerRules = _load(SpeakerRules, root, "speakers.json")
    noun_kind: dict[str, str] = {}
    for kind, words in nouns.attribution.items():
        for word in words:
            noun_kind.setdefault(word.lower(), kind)
    verb_kind = _verb_kinds(shared if shared.is_dir() else DEFAULT_SHARED_DIR)
    denials = frozenset(k for k, v in verb_kind.items() if v == "denial")
    folder = shared if shared.is_dir() else DEFAULT_SHARED_DIR
    requests = _lower(shared_class("request_verbs", folder))
    praise = _lower(shared_class("praise_verbs", folder)) | requests
    return Lexicon(
        verb_kind=verb_kind,
        object_content=_lower(verbs.object_content) | denials | praise,
        accusation_of=_lower(verbs.accusation_of),
        accusation_for=_lower(verbs.accusation_for),
        deem_verbs=_lower(verbs.deem_verbs),
        deem_adjectives=_lower(verbs.deem_adjectives),
        light_verbs=_lower(verbs.light_verbs),
        light_nouns=_lower(verbs.light_nouns),
        call_denial=_lower(verbs.call_denial),
        denial_needs_claim_object=_lower(verbs.denial_needs_claim_object),
        noun_kind=noun_kind,
        nouns=replace(nouns, **{f.name: _lower(getattr(nouns, f.name)) for f in fields(nouns)
                                if f.name != "attribution"}),
        evidence_nouns=_lower(denial.evidence_nouns),
        blame_lemmas=_lower(hostility.blame_lemmas),
        blame=replace(hostility.blame_frames, **{
            f.name: _lower(getattr(hostility.blame_frames, f.name))
            for f in fields(BlameFrames)}),
        own_possessives=_lower(speakers.own_possessives),
        person_roles=_lower(speakers.person_roles),
        denial_adjectives=_lower(denial.adjectives),
        denial_phrases=tuple(p.lower() for p in denial.phrases),
        claim_nouns=_lower(denial.claim_nouns),
        hostile_event_types=hostility.event_types,
        hostile_lemmas=_lower(hostility.lemmas),
        locative_preps=_lower(hostility.locative_preps),
        claim_when_accused=hostility.claim_when_accused,
        pairing={"weights": pairing.weights, "max_distance": pairing.max_distance,
                 "threshold": pairing.threshold, "claim_kinds": list(pairing.claim_kinds),
                 "stop_lemmas": list(pairing.stop_lemmas),
                 "anaphor_window": pairing.anaphor_window,
                 "demonstratives": list(pairing.demonstratives)},
        quote_open=quotes.open,
        quote_close=quotes.close,
        quote_toggle=quotes.toggle,
        run_on_window=quotes.run_on_window,
        min_quote_tokens=quotes.min_quote_tokens,
        reset_at_blank_line=quotes.reset_at_blank_line,
        pronouns={"person": _lower(speakers.person), "thing": _lower(speakers.thing),
                  "plural": _lower(speakers.plural),
                  "first_person": _lower(speakers.first_person)},
        person_labels=speakers.person_labels,
        max_back_sentences=speakers.max_back_sentences,
        raised_passive={k.lower(): v for k, v in verbs.raised_passive.items()},
        factive_cues=_lower(verbs.factive),
        group_heads=_heads_by_kind(speakers.group_heads),
        state_sectors=frozenset(speakers.state_sectors),
        document_heads=_lower(speakers.document_heads),
        place_prepositions=_lower(speakers.place_prepositions),
        owner_prepositions=_lower(speakers.owner_prepositions),
        issuer_prepositions=_lower(speakers.issuer_prepositions),
        issuer_possessives=_lower(speakers.issuer_possessives),
        finding_verbs=_lower(verbs.finding_verbs),
        cue_lemmas=frozenset(verb_kind) | _lower(verbs.call_denial),
        infinitive_verbs=_lower(verbs.infinitive_verbs),
        inquiry_nouns=_lower(verbs.inquiry_nouns),
        held_evidence=_lower(verbs.held_evidence),
        condemn_verbs=_lower(verbs.condemn_verbs),
        doubt_frame=(_lower(verbs.doubt_verbs), _lower(verbs.doubt_nouns),
                     _lower(verbs.doubt_preps)),
        infinitive_object=_lower(verbs.infinitive_object),
        request_verbs=requests,
        addressee=(_lower(verbs.addressee_verbs), frozenset(verbs.addressee_labels)),
        # an act called by a hostile word ("a provocation") or a discrediting one ("a
        # farce") is condemned as much as one called "illegal"
        condemning_words=_lower(verbs.condemn_words) | _lower(hostility.lemmas)
        | _lower(denial.adjectives),
    )
