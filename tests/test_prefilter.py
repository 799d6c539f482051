"""The cue prefilter (pipeline/stages/prefilter.py): the claims and events stages look only
at tokens their word test lets through, and must find exactly what they find when they
look at every token."""

from __future__ import annotations

import copy

import pytest

from pipeline.stages.claims import actors, annotate
from pipeline.stages.prefilter import CueFilter, in_span, prefixes

# written for this test: phrasal and inflected reporting verbs, attribution nouns,
# "according to", raised passives, phrasal event verbs, hostile acts
PROBES = [
    "The ministry brushed off the report, and Tehran underscored that it had sent no drones.",
    "According to the agency, the missiles are believed to have been fired from the north.",
    "Officials ruled out talks; the rebels backed down after troops opened fire on them.",
    "A statement by the army accused the militia of shelling the town, which it denied.",
    "The envoy said sanctions would be lifted if Pyongyang halted its missile tests.",
    "The council said Israel must dismantle the settlements near the border.",  # any verb
    # findings, commitments and evidence (pipeline/stages/claims/findings.py)
    "An investigation by the watchdog concluded that the army had shelled the village.",
    "The rebels vowed to retaliate against the government forces.",
    "The alliance has gathered evidence of Iran's delivery of drones to Russia.",
]
FINDING_RULES = {"verb-finding", "verb-infinitive", "noun-evidence"}

EVERY_TOKEN = CueFilter(lambda lemma, lower, pos: True)


@pytest.fixture(scope="module")
def docs(nlp, article_texts):
    return list(nlp.pipe(PROBES + article_texts[:8]))


def test_claims_are_the_same_as_from_every_token(nlp, docs):
    component = nlp.get_pipe("claims")
    passed = 0
    rules: set[str] = set()
    for doc in docs:
        kept = component.cues.positions(doc)
        passed += len(kept)
        assert len(kept) < len(doc) or len(doc) < 5  # the filter does drop tokens
        # the stance stage revises claims after this stage: compare this stage's own output
        annotate(doc, component.lexicon, component.book, component.cues)
        filtered = (copy.deepcopy(doc._.claims), copy.deepcopy(doc._.pairs))
        annotate(doc, component.lexicon, component.book, EVERY_TOKEN)
        assert (doc._.claims, doc._.pairs) == filtered
        rules |= {c["rule"] for c in filtered[0]}
    assert passed > 0
    assert FINDING_RULES <= rules  # the probes reach every draft kind the filter gates


def test_events_are_the_same_as_from_every_token(nlp, docs):
    stage = nlp.get_pipe("events")
    filtered = [stage.events(doc) for doc in docs]
    saved = stage.cues
    try:
        stage.cues = EVERY_TOKEN
        assert [stage.events(doc) for doc in docs] == filtered
    finally:
        stage.cues = saved
    assert any(e["rule"] == "request.must" for found in filtered for e in found)


def test_prefixes_and_positions_in_a_span(nlp):
    assert prefixes(["rule out", "say"], " ") == {"rule out", "rule", "say"}
    assert prefixes(["hit_out_at"], "_") == {"hit", "hit_out", "hit_out_at"}
    doc = nlp.make_doc("one two three four five")
    assert in_span([0, 2, 4], doc[1:4]) == [2]


def _same_answers(docs, parts_of_speech, indexed, scanned) -> int:
    """Assert both searches answer alike for every token of these parts of speech;
    return how many answers were not empty."""
    found = 0
    for doc in docs:
        for tok in doc:
            if tok.pos_ in parts_of_speech:
                answer = indexed(tok)
                assert answer == scanned(tok), (tok.text, tok.i)
                found += bool(answer)
    return found


def _scanned_antecedent(tok, book):
    """The antecedent search as a scan of every earlier token (what the index replaces)."""
    start = tok.left_edge.i
    for head in actors.phrase_heads(tok):
        lemma = head.lemma_.lower()
        for earlier in reversed(tok.doc[max(0, start - actors.ANTECEDENT_REACH):start]):
            common = earlier.pos_ == "NOUN" or (earlier.pos_ == "PROPN"
                                                and earlier.lemma_.islower())
            if common and earlier.lemma_.lower() == lemma:
                code = actors.code_of(actors.token_actor(earlier, book))
                if code:
                    return code
    return None


def test_antecedent_codes_are_the_same_as_from_a_scan(nlp, docs, monkeypatch):
    # written for this test: a party named in full, then by its generic head noun
    extra = nlp("Myanmar's military detained the activists on Monday. Later the military "
                "said a junta spokesman and the Russian army would answer; the army said no.")
    book = nlp.get_pipe("claims").book
    assert _same_answers([extra, *docs], ("NOUN",), lambda t: actors.antecedent_code(t, book),
                         lambda t: _scanned_antecedent(t, book)) > 0
    monkeypatch.setattr(actors, "ANTECEDENT_REACH", 3)  # the reach still bounds the search
    later = [t for t in extra if t.lower_ == "military"][1]
    assert actors.antecedent_code(later, book) is None
    assert actors.antecedent_code(later, book) == _scanned_antecedent(later, book)


def test_previous_groups_are_the_same_as_from_a_walk(nlp, docs):
    # written for this test: groups by coordination, then plural references to them
    extra = nlp("Russia and Iran signed a pact in March. Both countries said the two sides "
                "would meet again, and officials from Turkey, Syria and Iraq said they agreed.")
    refs = nlp.get_pipe("events").refs

    def walked(tok):  # every earlier token, nearest first
        start = tok.left_edge.i if tok.dep_ != "poss" else tok.i
        return refs.group_at_positions(tok, 0, range(start - 1, -1, -1))

    assert _same_answers([extra, *docs], ("NOUN", "PROPN", "PRON", "DET"),
                         refs.previous_group, walked) > 0


def test_remembered_objects_are_fresh_tokens_of_the_same_positions(docs):
    from pipeline.stages.events import scope

    asked = 0
    for doc in docs[:6]:
        for tok in doc:
            first, again = scope.objects(tok), scope.objects(tok)
            assert [t.i for t in first] == [t.i for t in again] == \
                [t.i for t in scope._find_objects(tok)]
            assert all(a is not b for a, b in zip(first, again, strict=True))
            asked += bool(first)
    assert asked > 0
