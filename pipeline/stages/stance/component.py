"""The ``stance`` stage: one reading of who claims, accuses and denies, across layers.

Runs after ``events`` and ``claims`` and reads both (``doc._.events``,
``doc._.claims``, ``doc._.pairs``): it settles each claim's kind from what the content
says (:mod:`.kinds`), marks the events a speaker tells of as reported and makes the
speech-act events agree with the kinds (:mod:`.modality`), gives an explicit denial or
accusation the speech-act event the events stage missed (:mod:`.speech_acts`), and pairs
each denial with every claim of the same act (:mod:`.pairs`).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ... import extensions  # noqa: F401  (registers doc._.claims / doc._.pairs)
from ..claims import load_lexicon
from ..claims.lexicon import DEFAULT_LEXICON_DIR
from .accuser import accuser_goes_on
from .background import content_marks
from .continuation import continue_denials, share_pairs
from .doers import denied_doers
from .incursions import incursion_events
from .kinds import contested, decide
from .lead import share_with_lead
from .modality import align_speech_events, mark_reported
from .owners import defended_references, owned_references
from .pairs import content_keys, content_parties, pair_by_act, speaker_parties
from .positions import SpanIndex
from .referents import judged_references, plural_references, singular_references
from .rules import DEFAULT_STANCE_FILE, load_rules
from .runon import carried_accusation, run_on_charges, share_run_on
from .speech_acts import SpeechActs, answer_denials
from .words import DocWords


class StanceComponent:
    """Rewrites claim kinds and targets, event modality and speech-act types, and pairs."""

    def __init__(self, rules: str = "", lexicon: str = "", events_rules: str = "") -> None:
        self.rules = load_rules(rules or str(DEFAULT_STANCE_FILE))
        self.lexicon = load_lexicon(lexicon or str(DEFAULT_LEXICON_DIR))
        self.speech_acts = SpeechActs.read(events_rules)

    def __call__(self, doc: Doc) -> Doc:
        claims = doc._.claims if isinstance(doc._.claims, list) else []
        events = doc._.events if isinstance(doc._.events, list) else []
        earlier: str | None = None
        # parties accused anywhere in the article: a denial is often told before the
        # charge it answers (headline and lead first)
        accused: set[str] = {c["target"] for c in claims
                             if c.get("kind") == "accusation" and c.get("target")}
        by_trigger = SpanIndex(events, "trigger")
        words = DocWords(doc) if claims else None
        for index, claim in enumerate(claims):
            content = claim.get("content")
            span = doc.char_span(content["start"], content["end"],
                                 alignment_mode="expand") if content else None
            if span is None:
                continue
            inside = by_trigger.starting_in(content["start"], content["end"])
            found = decide(claim, span, inside, self.rules, self.lexicon, earlier,
                           frozenset(accused), words) or \
                carried_accusation(claim, claims[:index], span, self.rules, self.lexicon)
            if found is not None and (found[0], found[1]) != (claim["kind"], claim.get("target")):
                kind, target, evidence = found
                claim["kind"] = kind
                claim["target"] = target if kind == "accusation" else None
                claim["rule"] = f"{claim.get('rule')}+{evidence}"
            if claim["kind"] == "accusation" and claim.get("target"):
                earlier = claim["target"]
                accused.add(claim["target"])
        accuser_goes_on(doc, claims, self.rules)
        continued = continue_denials(doc, claims, self.rules)
        contested(claims, list(doc._.pairs or []))
        align_speech_events(claims, events, self.rules)
        events, added = self.speech_acts.supply(doc, claims, events, self.rules, self.lexicon)
        doc._.events = events
        mark_reported(doc, claims, events, self.rules, self.lexicon)
        nouns = self.lexicon.nouns
        parties = speaker_parties(doc, claims)
        for denial_id, doers in denied_doers(doc, claims, self.rules).items():
            parties[denial_id] = parties.get(denial_id, frozenset()) | doers
        pairs = share_pairs(
            pair_by_act(claims, events, list(doc._.pairs or []), self.rules,
                        content_keys(doc, claims, self.rules, words),
                        parties, content_parties(doc, claims),
                        plural_references(doc, claims, nouns.anaphoric,
                                          nouns.anaphoric_determiners,
                                          nouns.partitive_quantifiers),
                        singular_references(doc, claims, self.lexicon.claim_nouns,
                                            nouns.anaphoric_determiners,
                                            nouns.partitive_quantifiers),
                        content_marks(doc, claims),
                        incursion_events(doc, events, self.rules),
                        judged_references(doc, claims, nouns.anaphoric,
                                          nouns.anaphoric_determiners,
                                          nouns.partitive_quantifiers),
                        owned_references(doc, claims, self.lexicon.claim_nouns,
                                         self.lexicon.held_evidence, self.rules,
                                         nouns.partitive_quantifiers),
                        defended_references(doc, claims, self.lexicon.claim_nouns,
                                            self.rules)),
            continued)
        pairs = share_run_on(pairs, run_on_charges(claims, self.lexicon.run_on_window))
        doc._.pairs = share_with_lead(claims, pairs, self.rules.lead_sentences)
        answer_denials(claims, events, doc._.pairs, added)
        return doc


@Language.factory("stance", default_config={"rules": "", "lexicon": "", "events_rules": ""})
def make_stance(nlp: Language, name: str, rules: str, lexicon: str,
                events_rules: str) -> StanceComponent:
    return StanceComponent(rules=rules, lexicon=lexicon, events_rules=events_rules)
