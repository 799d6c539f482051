"""The entity pattern gate (pipeline/stages/entities/pattern_gate.py): the Matcher is
skipped only on Docs it could find nothing in."""

from __future__ import annotations

from spacy.matcher import Matcher

from pipeline.stages.entities.pattern_gate import PatternGate, pattern_tests

# written for this test: each holds a match of one entity pattern
PROBES = [
    "Troops of the 58th Combined Arms Army crossed the river.",
    "The Black Sea Fleet moved west as the Minsk Agreement collapsed.",
    "Drones hit the Engels Air Base and the Hmeimim airbase overnight.",
    "The Treaty on Open Skies lapsed, the \u201cFars\u201d news agency said.",
    "The Turkish General Staff and the Joint Chiefs of Staff spoke by phone.",
]


def test_the_gate_lets_through_every_doc_the_matcher_matches(nlp, article_texts):
    component = nlp.get_pipe("actor_entities")
    gate: PatternGate = component.patterns.gate
    matched = skipped = 0
    for doc in nlp.pipe(PROBES + article_texts):
        found = component.patterns.names(doc)
        if found:
            matched += 1
            assert gate.may_match(doc), doc.text[:80]
        skipped += not gate.may_match(doc)
    assert matched >= len(PROBES) and skipped > 0


def test_optional_tokens_and_other_attributes_give_no_test(nlp):
    tests = pattern_tests([{"LOWER": "the", "OP": "?"}, {"IS_TITLE": True, "OP": "+"},
                           {"LOWER": {"IN": ["base", "fleet"]}, "IS_TITLE": True},
                           {"TEXT": {"REGEX": r"^\d+th$"}, "OP": "{1,2}"},
                           {"ORTH": "x", "OP": "{0,3}"}, {"LOWER": "y", "OP": "!"}])
    assert [attr for attr, _ in tests] == ["lower", "text"]
    lower_test, text_test = (test for _, test in tests)
    assert lower_test("base") and not lower_test("Base")
    assert text_test("58th") and not text_test("fifth")
    matcher = Matcher(nlp.vocab)
    pattern = [{"IS_TITLE": True, "OP": "+"}, {"LOWER": "fleet"}]
    matcher.add("fleet", [pattern])
    gate = PatternGate([pattern])
    for text, expected in (("The Baltic Fleet sailed.", True), ("The ships sailed.", False)):
        doc = nlp.make_doc(text)
        assert gate.may_match(doc) is expected
        assert bool(matcher(doc)) is expected


def test_a_test_finds_a_word_in_a_set_as_it_finds_it_word_by_word():
    tests = pattern_tests([{"LOWER": "fleet"}, {"LOWER": {"IN": ["base", "port"]}},
                           {"TEXT": {"REGEX": r"^\d+th$"}}])
    for words in ({"fleet", "58th"}, {"Fleet", "port"}, {"fifth", "base"}, set()):
        for _, test in tests:
            assert test.any_of(words) is any(test(w) for w in words), words


# written for this test: stretches the patterns can and cannot reach
EDGES = [
    "Army Brigade",  # a pattern's run at the very start and end of the Doc
    "\u201cKyiv Post\u201d newspaper. The 3rd Brigade and the 5th Army Division moved.",
    "NATO's Southern Fleet. Air Base Ramstein. the Treaty of Rome and Paris Agreement",
    "The Convention on Cluster Munitions And Land Mines took effect; the Geneva Convention",
    "of of of Brigade Brigade - Treaty on - and - Accord",
]


def test_the_matcher_over_regions_finds_what_it_finds_over_the_doc(nlp, article_texts):
    """Same matches, same order, whether the Matcher reads the Doc or only the regions."""
    patterns = nlp.get_pipe("actor_entities").patterns
    found = 0
    for doc in nlp.pipe(PROBES + EDGES + article_texts):
        whole = patterns.names(doc)
        assert list(patterns.regions.matches(patterns.names, doc)) == whole, doc.text[:80]
        found += bool(whole)
    assert found >= len(PROBES) + 3


def test_a_pattern_the_regions_cannot_bound_reads_the_whole_doc(nlp):
    from pipeline.stages.entities.pattern_regions import PatternRegions

    negated = [{"LOWER": "fleet"}, {"IS_TITLE": True, "OP": "!"}]
    bounded = [{"IS_TITLE": True, "OP": "+"}, {"LOWER": "fleet"}]
    doc = nlp.make_doc("the Baltic Fleet sailed . the ships sailed .")
    assert PatternRegions([negated], PatternGate([negated])).regions(doc) == [(0, len(doc))]
    assert PatternRegions([bounded], PatternGate([bounded])).regions(doc) == [(1, 3)]
    no_fleet = nlp.make_doc("the ships sailed .")
    assert PatternRegions([negated], PatternGate([negated])).regions(no_fleet) == []
