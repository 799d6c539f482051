"""Kinds and pairs as long wire reports tell them (ANNOTATION.md, Claims and Pairs).

Each test holds sentences written for it (none comes from the corpus, the stance probes
or the written benchmarks in tests/data): a lead whose dateline the parser takes for the
subject of the act, accusations told without an accusing verb, denials worded as a
judgement of the charge, and denials that answer charges told in other words.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.claim_probes import claim_at


@pytest.mark.parametrize(("text", "target"), [
    ("ADDIS ABABA, March 4 (Reuters) - Eritrean troops shelled two villages in northern "
     "Tigray on Tuesday, Ethiopian regional officials said.", "ERI"),
    ("BAKU, Sept 9 (Reuters) - Armenian forces opened fire on Azerbaijani positions in the "
     "Kalbajar district overnight, Azerbaijan's defence ministry said.", "ARM"),
])
def test_a_dateline_is_not_the_doer_of_the_act_in_the_lead(
        nlp: Language, text: str, target: str) -> None:
    """The parser hangs the dateline's city on the lead's verb as a second subject; the
    city is the speaker's country, so the act read as the speaker's own (a claim). The
    subject nearest the verb does the act: another party's attack, an accusation."""
    claim = claim_at(nlp(text), "said")
    assert (claim["kind"], claim["target"]) == ("accusation", target), claim
