"""Denials told without a denying verb (issue 12; ANNOTATION.md, denial: "rejects or
discredits a claim"): the accuser said to have offered no evidence
(pipeline/stages/stance/discredit.py ``no_proof``), the conduct charged told as lawful
(``acted_lawfully``), and a charge or an inquiry called by a condemning name
(``judges_charge``).  Every sentence here is written for these tests, each frame in
both directions."""

from __future__ import annotations

import pytest
from spacy.language import Language


def _kinds(nlp: Language, text: str) -> list[str]:
    return [c["kind"] for c in nlp(text)._.claims]


# the accuser has offered no evidence: the speaker discredits the charge
NO_PROOF = [
    "Caracas said Georgetown had never provided evidence for its accusations.",
    "The Eritrean envoy said Addis Ababa had offered no proof that its troops were there.",
    "Kinshasa's charges are unproven, Kigali said, adding that Congo had not presented "
    "any evidence of Rwandan soldiers on its soil.",
    "The militia said the army has never shown proof of the killings.",
]
# the same verbs and nouns that discredit nothing: the speaker's own side, an
# observation, evidence told as given
WITH_PROOF = [
    "The ministry said it had not shared the evidence with the press yet.",
    "Manila said it had provided evidence of the collision to the tribunal.",
]
# conduct told as lawful answers a charge of wrongdoing
LAWFUL = [
    "The businessman wrote that he was paying the volunteers legally for their work.",
    "The mining company said it had always acted within the law in Kivu.",
    "Tokyo said the patrols were carried out in accordance with international law.",
    "The Guyanese minister said the oil licences were lawful.",
]
NOT_LAWFUL = [
    "Quito said the Peruvian ships had not acted within the law.",
    "The opposition said the vote was held on a Sunday.",
    "The envoy said the new treaty would make the transfers legal.",
]
# a charge or an inquiry called by a condemning name is discredited, not an act accused
JUDGED_CHARGE = [
    "Ortega called the investigation a political persecution by his enemies.",
    "The former premier called the probe a crime against democracy.",
]
JUDGED_ACT = [
    "Kyiv called the missile strike a war crime.",
    "The Sudanese army called the shelling of the hospital a crime against humanity.",
]


@pytest.mark.parametrize("text", NO_PROOF + LAWFUL + JUDGED_CHARGE)
def test_unfounded_or_lawful_is_denial(nlp: Language, text: str) -> None:
    assert "denial" in _kinds(nlp, text)


@pytest.mark.parametrize("text", WITH_PROOF + NOT_LAWFUL + JUDGED_ACT)
def test_same_frames_deny_nothing(nlp: Language, text: str) -> None:
    assert "denial" not in _kinds(nlp, text)


@pytest.mark.parametrize("text", JUDGED_ACT)
def test_named_act_stays_accused(nlp: Language, text: str) -> None:
    assert "accusation" in _kinds(nlp, text)
