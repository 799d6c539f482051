"""Looking back from a token by bisection over per-Doc positions
(:mod:`pipeline.stages.entities.lookback`) gives what walking the text back token by
token gave, nearest first, on settled Docs; an unsettled Doc has no index and is walked.
(The walks made each state descriptor or pronoun cost the text before it: long articles
went quadratic.)"""

from __future__ import annotations

import pytest

from pipeline.stages.entities import lookback
from pipeline.stages.entities.references import ACTOR_LABELS
from pipeline.stages.entities.settled import settled

# probe sentences written for this test: repeated descriptors, entities of several labels
TEXTS = [
    "The junta in Mali expelled the French envoy on Monday, and the junta's troops, "
    "which Russia and Turkey had trained, later crossed into Niger, Chad and Burkina Faso.",
    "Tehran and Moscow signed a deal. The government of Iran said it would send drones, "
    "shells and spare parts, while the Kremlin denied that the government had asked.",
]


@pytest.fixture(scope="module")
def docs(entity_nlp):
    return [entity_nlp(text) for text in TEXTS]


def test_look_backs_are_the_walks(docs):
    assert all(settled(doc) is not None for doc in docs)
    hits = 0
    for doc in docs:
        for tok in doc:
            nouns = [i for i in range(tok.i - 1, -1, -1)
                     if doc[i].lower_ == tok.lower_ and doc[i].pos_ == "NOUN"]
            assert list(lookback.same_nouns_before(tok)) == nouns
            named = [i for i in range(tok.i - 1, -1, -1) if doc[i].ent_iob_ in ("B", "I")
                     and doc[i].ent_type_ in ACTOR_LABELS]
            assert list(lookback.entity_tokens_before(tok, ACTOR_LABELS)) == named
            hits += bool(nouns)
    assert hits  # "junta", "government" repeat


def test_entities_before_are_the_nearest_first(docs):
    doc = docs[0]
    last = doc[-1]
    found = [ent.start for ent in lookback.entities_before(last)]
    assert found == sorted((e.start for e in doc.ents if e.end <= last.i), reverse=True)


def test_unsettled_doc_has_no_index(base_nlp):
    doc = base_nlp(TEXTS[1])
    assert settled(doc) is None
    assert lookback.same_nouns_before(doc[-1]) is None
    assert lookback.entity_tokens_before(doc[-1], ACTOR_LABELS) is None
