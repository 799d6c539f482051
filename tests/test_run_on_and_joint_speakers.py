"""A quotation that runs on past its tag, and parties that speak together
(ANNOTATION.md, Claims: no speaker in the sentence; several parties speaking together).

Every sentence here is written for these tests (none comes from the corpus, the stance
probes or the written benchmarks in tests/data).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.claim_probes import claim_at


def _run_on(doc) -> dict:
    found = [c for c in doc._.claims if c.get("cue") is None]
    assert len(found) == 1, doc._.claims
    return found[0]


@pytest.mark.parametrize("text", [
    ('"The rebels are shelling the camp every night," the governor said. '
     '"Children are being killed in their tents."'),
    ('Congo accused Rwanda of arming the rebels. "Rwandan soldiers shelled the camp at '
     'dawn," the army spokesman said. "Nine children were killed in their beds."'),
])
def test_a_run_on_quotation_keeps_the_accusation_it_continues(nlp: Language,
                                                              text: str) -> None:
    """The untagged sentence is the same utterance as the tagged accusation before it:
    an accusation too (required by the guide), though it names no party again."""
    doc = nlp(text)
    tagged = claim_at(doc, "said")
    run_on = _run_on(doc)
    assert tagged["kind"] == "accusation", doc._.claims
    assert (run_on["kind"], run_on["target"]) == ("accusation", tagged["target"]), run_on


@pytest.mark.parametrize("text", [
    ('"The rebels are shelling the camp every night," the governor said. '
     '"We will send more troops to the district."'),
    ('"The rebels are shelling the camp every night," the governor said. '
     '"Our army might retake the hills within a week."'),
])
def test_a_run_on_resolve_or_possibility_stays_a_statement(nlp: Language,
                                                           text: str) -> None:
    """What the speaker will or might do tells no act of another party."""
    assert _run_on(nlp(text))["kind"] == "statement"


@pytest.mark.parametrize(("text", "cue", "target"), [
    ("Egypt and Qatar condemned the strike.", "condemned", None),
    ("Kenya and Uganda condemned the attack on the border post.", "condemned", None),
    ("France and Germany accused Russia of jamming GPS signals over the Baltic.",
     "accused", "RUS"),
])
def test_a_party_speaking_with_the_speaker_is_not_the_accused(
        nlp: Language, text: str, cue: str, target: str | None) -> None:
    """"Egypt and Qatar condemned": Qatar condemns with Egypt; the act condemned names
    no doer, so the accused is unknown, not the second speaker."""
    claim = claim_at(nlp(text), cue)
    assert (claim["kind"], claim["target"]) == ("accusation", target), claim
