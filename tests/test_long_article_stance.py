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


DENIALS = [
    # a charge said to be a cover for something else has a motive imputed to it
    ("Baku accused Yerevan of shelling its posts. The Armenian defence ministry said the "
     "allegations were a distraction from Azerbaijan's own build-up on the border.", "said"),
    ("Quito accused the gang of bribing judges. A spokesman for the gang said the charges "
     "were a smokescreen for the government's failures in the prisons.", "said"),
    # what a verb of calling takes *as* a ploy, named or a pronoun standing for it
    ("Rights groups accused the army of killing villagers. The junta rejected the "
     "reports, describing them as part of a campaign to tarnish the country's image.",
     "describing"),
    ("The monitors accused the militia of looting aid. The militia's leader described "
     "the findings as a ploy to cut off its funding.", "described"),
    # another party's blame refused: "should not blame X", "must stop accusing X"
    ("Islamabad accused Kabul of sheltering militants. A Taliban spokesman said Pakistan "
     "should not blame Afghanistan for its own security failures.", "said"),
    ("Serbian President Aleksandar Vucic said Pristina must stop accusing Serbs of "
     "plotting violence.", "said"),
]


@pytest.mark.parametrize(("text", "cue"), DENIALS)
def test_a_charge_judged_a_ploy_or_refused_is_denied(nlp: Language, text: str,
                                                     cue: str) -> None:
    """ANNOTATION.md, denial: the speaker rejects a claim or an accusation, or discredits
    it — here with no denying verb: the charge is called a smokescreen or a ploy, or the
    accuser is told not to blame."""
    assert claim_at(nlp(text), cue)["kind"] == "denial"


def test_a_resolve_not_to_blame_is_no_denial(nlp: Language) -> None:
    """Said of the speaker's own side, not blaming is a resolve, not a rejected charge."""
    doc = nlp("The coach said we should not blame the referee for the defeat.")
    assert claim_at(doc, "said")["kind"] != "denial"


@pytest.mark.parametrize(("text", "content"), [
    ("Ministry spokesman Lin Jian told a regular news briefing that Japanese warships had "
     "sailed into Chinese waters near the islands.", "Japanese warships had sailed"),
    ("Foreign ministry spokeswoman Hua Li told a regular briefing that the Philippines had "
     "repeatedly violated China's sovereignty.", "the Philippines had repeatedly violated"),
])
def test_what_is_told_to_a_briefing_is_the_claim(
        nlp: Language, text: str, content: str) -> None:
    """"told a regular briefing that ...": the parser may read "that" as a relative
    pronoun of the briefing; the clause after it, with a subject of its own, is what the
    spokesman said."""
    claim = claim_at(nlp(text), "told")
    assert claim["content"]["text"].startswith(content), claim
    assert claim["speaker"]["text"] in text, claim


@pytest.mark.parametrize(("text", "cue", "target"), [
    ("Chinese coast guard ships rammed a Philippine supply boat, Manila said. Coast guard "
     "spokesman Jay Tarriela described the manoeuvres as \"aggressive and reckless\" and "
     "said no crew members were hurt.", "described", "CHN"),
    ("Russian missiles hit a clinic in Dnipro on Monday, Ukrainian officials said. UN "
     "monitor Danielle Bell called the attack \"one of the most egregious\" of the year.",
     "called", "RUS"),
    ("Pakistani jets bombed two villages in Paktika, Afghan officials said. Taliban "
     "spokesman Zabihullah Mujahid condemned the air strikes as a violation of Afghan "
     "territory.", "condemned", "PAK"),
])
def test_an_act_told_before_and_called_a_wrong_accuses_its_doer(
        nlp: Language, text: str, cue: str, target: str) -> None:
    """"described the manoeuvres as reckless", "called the attack one of the most
    egregious": an act called by a condemning word (an adjective after "as", a
    superlative's "of" phrase) is blamed; a definite act naming no party is the one
    told before, and its doer is the party accused there."""
    doc = nlp(text)
    claim = claim_at(doc, cue)
    assert (claim["kind"], claim["target"]) == ("accusation", target), claim
    if cue == "described":  # the verb conjoined to the cue says something else
        assert any(c["content"]["text"] == "no crew members were hurt"
                   for c in doc._.claims), doc._.claims
