"""Pairs by reference and by act (ANNOTATION.md, Pairs). Probe sentences written for
these tests: a plural claim noun sums up every earlier charge against the denier; an
uncoded denier is the party the charges it points back to accuse; naming the accused
party does not make two charges one act."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc


def _pairs(doc: Doc) -> set[tuple[str, str]]:
    return {(p["denial"], p["claim"]) for p in doc._.pairs}


def _by_kind(doc: Doc, kind: str) -> list[dict]:
    return [c for c in doc._.claims if c["kind"] == kind]


def _denial_and_charges(doc: Doc, count: int) -> tuple[dict, list[dict]]:
    [denial] = _by_kind(doc, "denial")
    charges = _by_kind(doc, "accusation")
    assert len(charges) == count, doc._.claims
    return denial, charges


def _answers_every_charge(doc: Doc) -> dict:
    """The one denial of ``doc``, paired with both its charges and nothing else."""
    denial, charges = _denial_and_charges(doc, 2)
    assert _pairs(doc) == {(denial["id"], c["id"]) for c in charges}
    return denial


RAIDS = [
    "Kenya's interior ministry said Somali soldiers had attacked a police post in Mandera, "
    "killing two officers. Local officials said the raid was carried out by Somali troops. "
    "A spokesperson for Somalia's defence ministry rejected the {}.",
    "Colombia's defence ministry said Venezuelan soldiers had shot two farmers near Cucuta. "
    "Local officials said the raid was led by Venezuelan troops. Caracas rejected the {}.",
]


@pytest.mark.parametrize("text", [
    *(raid.format("accusations") for raid in RAIDS),
    "Ghana's interior ministry said Togolese gendarmes had beaten three traders at the "
    "Aflao crossing. Market leaders said the incursion was ordered by Togolese commanders. "
    "Lome dismissed the reports.",
])
def test_a_plural_claim_noun_answers_every_earlier_charge(nlp: Language, text: str) -> None:
    """The charges tell the act in words of different families (shooting, a raid)."""
    _answers_every_charge(nlp(text))


@pytest.mark.parametrize("text", [raid.format("accusation") for raid in RAIDS])
def test_a_singular_claim_noun_answers_the_charge_it_points_to(nlp: Language,
                                                               text: str) -> None:
    doc = nlp(text)
    denial, charges = _denial_and_charges(doc, 2)
    assert _pairs(doc) == {(denial["id"], charges[-1]["id"])}


@pytest.mark.parametrize("text", [
    "Kenya's interior ministry said Somali soldiers had attacked a police post in Mandera. "
    "Kenyan police said Somali troops had fired mortars at the post. Officials rejected "
    "the allegations on Tuesday.",
    "Indian officials said Pakistani troops had shelled a border post in Kashmir. Indian "
    "army sources said Pakistani soldiers had fired rockets at the post overnight. The "
    "spokesman rejected the accusation.",
])
def test_an_uncoded_denier_is_the_party_its_charge_accuses(nlp: Language, text: str) -> None:
    assert _answers_every_charge(nlp(text))["speaker"]["actor"] is None


@pytest.mark.parametrize("text", [
    "Last week Peru charged that Ecuador's troops had crossed its northern frontier to "
    "occupy a hill. Peru said on Sunday that one of its border guards had been killed when "
    "gunfire erupted with Ecuador's troops; Quito denied any responsibility for the "
    "incident.",
    "Earlier this month Sudan charged that Chad's forces had crossed the border to seize "
    "a well. Sudan said a police officer had been shot dead when fighting broke out with "
    "Chadian forces; N'Djamena denied any responsibility for the incident.",
])
def test_naming_the_accused_party_does_not_make_two_charges_one_act(
        nlp: Language, text: str) -> None:
    """Both charges name the accused's troops; only the killing is "the incident"."""
    doc = nlp(text)
    denial, (crossing, killing) = _denial_and_charges(doc, 2)
    assert _pairs(doc) == {(denial["id"], killing["id"])}
    assert crossing["target"] == killing["target"]


@pytest.mark.parametrize("text", [
    "Tehran denies supplying drones to Moscow. Kyiv said Iranian drones had struck its "
    "power grid overnight. The US said Iran had sent hundreds of drones to Russia.",
    "Minsk denies supplying shells to Moscow. Kyiv said Belarusian shells had hit a school "
    "near Chernihiv. Lithuania said Belarus had delivered thousands of shells to Russia.",
])
def test_a_denial_answers_every_charge_of_its_own_act(nlp: Language, text: str) -> None:
    """A headline denial linked by the claims stage to one charge (a strike by the
    supplied weapons) answers the later charge of the very act it denies (delivery)."""
    doc = nlp(text)
    denial, charges = _denial_and_charges(doc, 2)
    assert (denial["id"], charges[-1]["id"]) in _pairs(doc)


@pytest.mark.parametrize("text", [
    "Kyiv said Iran had delivered ballistic missiles to Russia. Washington and London made "
    "the same charge on Friday. Tehran denied any such transfers.",
    "Manila said Chinese ships had rammed a Philippine supply boat. Tokyo made a similar "
    "accusation on Monday. Beijing rejected the claims.",
    "Paris said Russian hackers had attacked its hospitals. Berlin levelled similar "
    "allegations. Moscow denied the accusations.",
])
def test_a_repeated_charge_accuses_the_party_first_accused(nlp: Language, text: str) -> None:
    """"made the same charge": the accused is the one the charge told before named (not
    a party named beside the speaker), and the denial answers both."""
    doc = nlp(text)
    denial, charges = _denial_and_charges(doc, 2)
    assert charges[1]["target"] == charges[0]["target"] == denial["speaker"]["actor"]
    assert _pairs(doc) == {(denial["id"], c["id"]) for c in charges}


@pytest.mark.parametrize("text", [
    # the judgement tells another party's act of force, not the act denied
    "Nairobi accused Mogadishu of shelling a police post near Mandera. Kenyan officials "
    "also said Somali troops had crossed the border at Liboi. A Somali government "
    "spokesman said the accusations were a cover for Kenya's failure to stop militants "
    "raiding the camps.",
    # the judgement tells a deployment by the accuser
    "Bogota accused Caracas of arming ELN guerrillas. Colombian officials also said "
    "Venezuelan soldiers had fired on a patrol near Cucuta. Venezuela's foreign minister "
    "said the accusations were a cover for Colombia's plan to send troops to the border.",
])
def test_a_judged_plural_claim_noun_sums_up_charges_of_any_act(nlp: Language,
                                                                text: str) -> None:
    """"said the accusations were a cover for ...": what the denier says of the charges
    is its own account, and its acts do not narrow which charges the noun sums up."""
    _answers_every_charge(nlp(text))
