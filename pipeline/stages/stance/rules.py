"""``configs/claims/stance.json`` as one typed, frozen object (see :mod:`..settings`)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from ...config import DEFAULT_CONFIG_DIR
from .. import settings
from ..settings import key
from ..wordclasses import DEFAULT_SHARED_DIR, resolve

DEFAULT_STANCE_FILE = DEFAULT_CONFIG_DIR / "claims" / "stance.json"


@dataclass(frozen=True)
class SpeechEvent:
    """How an event at a claim's cue is re-coded to agree with the claim's kind."""

    type: str
    cameo: str
    mode: str | None = None
    from_types: frozenset[str] = key("from", frozenset())


@dataclass(frozen=True)
class StanceRules:
    """Word classes of the stance pass; every set holds lower-case lemmas."""

    discrediting: frozenset[str] = key("discrediting.words")
    discrediting_verbs: frozenset[str] = key("discrediting.verbs")
    claim_heads: frozenset[str] = key("discrediting.claim_heads")
    motive_verbs: frozenset[str] = key("discrediting.motive_verbs")
    motive_nouns: frozenset[str] = key("discrediting.motive_nouns")
    false_blame: frozenset[str] = key("discrediting.false_blame")
    blame_verbs: frozenset[str] = key("discrediting.blame_verbs")
    stop_verbs: frozenset[str] = key("discrediting.stop_verbs")
    truth_verbs: frozenset[str] = key("discrediting.truth_verbs")
    belief_words: frozenset[str] = key("discrediting.belief_words")
    truth_adjectives: frozenset[str] = key("discrediting.truth_adjectives")
    fact_nouns: frozenset[str] = key("discrediting.fact_nouns")
    spreading_verbs: frozenset[str] = key("discrediting.spreading_verbs")
    proof_verbs: frozenset[str] = key("discrediting.proof_verbs")
    lawful_adverbs: frozenset[str] = key("discrediting.lawful.adverbs")
    lawful_adjectives: frozenset[str] = key("discrediting.lawful.adjectives")
    law_nouns: frozenset[str] = key("discrediting.lawful.nouns")
    within_preps: frozenset[str] = key("discrediting.lawful.within_preps")
    conformity_nouns: frozenset[str] = key("discrediting.lawful.conformity_nouns")
    modal_auxiliaries: frozenset[str] = key("modal_auxiliaries")
    perception_verbs: frozenset[str] = key("perception_verbs.lemmas")
    receipt_verbs: frozenset[str] = key("perception_verbs.receipt")
    news_nouns: frozenset[str] = key("perception_verbs.news")
    neutral_acts: frozenset[str] = key("neutral_acts.lemmas")
    hostile_adverbs: frozenset[str] = key("hostile_adverbs")
    own_heads: frozenset[str] = key("own_heads.lemmas")
    governs: dict[str, frozenset[str]] = key("governing_groups.parties")
    ground_permit_verbs: frozenset[str] = key("ground_use.permit_verbs")
    ground_use_verbs: frozenset[str] = key("ground_use.use_verbs")
    ground_nouns: frozenset[str] = key("ground_use.nouns")
    hostile_agents: frozenset[str] = key("hostile_agents.lemmas")
    resumed_doers: frozenset[str] = key("hostile_agents.resumed")
    resuming_determiners: frozenset[str] = key("hostile_agents.resuming_determiners")
    force_carriers: frozenset[str] = key("force_carriers.lemmas")
    force_users: frozenset[str] = key("force_carriers.users")
    intrusion_verbs: frozenset[str] = key("intrusion.verbs")
    intrusion_preps: frozenset[str] = key("intrusion.preps")
    intrusion_nouns: frozenset[str] = key("intrusion.nouns")
    origin_verbs: dict[str, frozenset[str]] = key("origin.verbs")
    origin_generic: frozenset[str] = key("origin.generic")
    origin_remnants: frozenset[str] = key("origin.remnants")
    pointing_verbs: dict[str, frozenset[str]] = key("pointing.verbs")
    pointing_evidence: frozenset[str] = key("pointing.evidence")
    pointing_traces: frozenset[str] = key("pointing.traces")
    attempt_verbs: frozenset[str] = key("attempt_verbs.lemmas")
    aspect_verbs: frozenset[str] = key("aspect_verbs.lemmas")
    wrongdoer_nouns: frozenset[str] = key("wrongdoer_nouns.lemmas")
    intent_nouns: frozenset[str] = key("intent_nouns.lemmas")
    restrictive: frozenset[str] = key("restrictive_focus.lemmas")
    staying_verbs: frozenset[str] = key("own_ground_presence.verbs")
    open_places: frozenset[str] = key("own_ground_presence.open_places")
    own_places: frozenset[str] = key("own_ground_presence.places")
    involvement_nouns: frozenset[str] = key("involvement_nouns.lemmas")
    complicity_words: frozenset[str] = key("complicity.words")
    complicity_preps: frozenset[str] = key("complicity.preps")
    backing_verbs: frozenset[str] = key("backing.verbs")
    backing_preps: frozenset[str] = key("backing.preps")
    backing_governments: frozenset[str] = key("backing.governments")
    repeated_charge: frozenset[str] = key("repeated_charge.words")
    concern_words: frozenset[str] = key("concern.words")
    concern_preps: frozenset[str] = key("concern.preps")
    belonging_verbs: frozenset[str] = key("territory.verbs")
    territory_nouns: frozenset[str] = key("territory.nouns")
    innocent_words: frozenset[str] = key("innocent_nature.words")
    wrongdoing_nouns: frozenset[str] = key("wrongdoing.nouns")
    judged_act_nouns: frozenset[str] = key("wrongdoing.act_nouns")
    own_act_types: frozenset[str] = key("own_act_types")
    supply_types: frozenset[str] = key("own_denial.supply_types")
    part_verbs: frozenset[str] = key("own_denial.part_verbs")
    harm_verbs: frozenset[str] = key("own_denial.harm_verbs")
    force_objects: frozenset[str] = key("own_denial.force_objects")
    presence_heads: frozenset[str] = key("own_denial.presence_heads")
    presence_idioms: frozenset[str] = key("own_denial.presence_idioms")
    reported_exempt_types: frozenset[str] = key("reported_exempt_types")
    performed_types: frozenset[str] = key("performed_types")
    pair_kinds: frozenset[str] = key("pairs.kinds")
    unnamed_kinds: frozenset[str] = key("pairs.unnamed_kinds")
    owner_bodies: frozenset[str] = key("pairs.owner_bodies")
    ally_nouns: frozenset[str] = key("pairs.ally_nouns")
    pair_reach: int = key("pairs.max_sentences")
    lead_sentences: int = key("pairs.lead_sentences")
    accuser_window: int = key("accuser_goes_on.window")
    accuser_owner_preps: frozenset[str] = key("accuser_goes_on.owner_preps")
    accuser_recipient_preps: frozenset[str] = key("accuser_goes_on.recipient_preps")
    praise_verbs: frozenset[str] = key("praise_verbs")
    factive_verbs: frozenset[str] = key("factive_verbs")
    families: dict[str, frozenset[str]] = key("pairs.families")
    incursion_types: frozenset[str] = key("pairs.incursion.types")
    incursion_preps: frozenset[str] = key("pairs.incursion.preps")
    incursion_family: str = key("pairs.incursion.family")
    speech_events: dict[str, SpeechEvent] = key("speech_events")
    speech_event_frames: frozenset[str] = key("speech_event_cues.frames", frozenset())

    def perceives(self, verb: Token) -> bool:
        """Whether ``verb`` tells an observation: a verb of perception, but a verb of
        receipt only with news as its object ("received no reports", not "weapons")."""
        lemma = verb.lemma_.lower()
        if lemma not in self.perception_verbs:
            return False
        if lemma not in self.receipt_verbs:
            return True
        return any(c.dep_ == "dobj" and (c.lemma_.lower() in self.news_nouns or
                                         c.lemma_.lower() in self.claim_heads)
                   for c in verb.children)

    def family(self, event_type: str | None) -> str | None:
        """The family a PLOVER type belongs to (None: a family of its own)."""
        for name, types in self.families.items():
            if event_type in types:
                return name
        return event_type


@lru_cache(maxsize=4)
def load_rules(path: str | Path = DEFAULT_STANCE_FILE) -> StanceRules:
    """The stance rules, read once per file (every document asks)."""
    path = Path(path or DEFAULT_STANCE_FILE)
    shared = path.parent.parent / "lexicon"
    data = resolve(settings.read_json(path), shared if shared.is_dir() else DEFAULT_SHARED_DIR)
    return settings.build(StanceRules, data, path)
