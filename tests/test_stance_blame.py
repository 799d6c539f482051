"""Accusations by what is said, not by an accusing verb (issue 12; CAMEO 112 "accuse",
"blame", "hold responsible"; PLOVER ACCUSE): responsibility put on another party
(pipeline/stages/claims/blame.py) and a wrong owned by another party
(pipeline/stages/stance/judged.py ``owned_wrong``).  Every sentence here is written
for these tests, each frame in both directions."""

from __future__ import annotations

import pytest
from spacy.language import Language


def _accusations(nlp: Language, text: str) -> list[dict]:
    return [c for c in nlp(text)._.claims if c["kind"] == "accusation"]


# ------------------------------------------------------------ responsibility


@pytest.mark.parametrize(("sentence", "target"), [
    ("Colombia's defence minister said Venezuela bears full responsibility for the attack "
     "on the border post.", "VEN"),
    ("Seoul said Tokyo carries responsibility for the collapse of the fisheries talks.", "JPN"),
    ("Athens said the responsibility for the incident lies with Ankara.", "TUR"),
    ("The premier said the blame for the bombing rests on Damascus.", "SYR"),
    ("Lagos said Niamey was responsible for the deaths of the fishermen.", "NER"),
    ("Warsaw said Minsk must be held accountable for the attack on the border guards.", "BLR"),
    ("Rwanda accused Burundi and Congo of shelling, saying they bear the blame for the "
     "deaths of five villagers.", "BDI"),
])
def test_responsibility_put_on_another_party_is_an_accusation(
        nlp: Language, sentence: str, target: str) -> None:
    """The bearer is the subject, the "lies with"/"rests on" object, or (for "they",
    "both") the party the sentence named before; the act is a wrong or a harm."""
    found = _accusations(nlp, sentence)
    assert found, nlp(sentence)._.claims
    assert found[-1]["target"] == target


@pytest.mark.parametrize("sentence", [
    # a duty, not a blame: what the party is responsible for is no wrong
    "Colombia's defence minister said Colombia bears full responsibility for the security "
    "of the border.",
    "The Kenyan government said Somalia is responsible for its own elections.",
    "The UN said both sides carry responsibility for the security of the lake.",
    # a warning of blame to come
    "Athens said Ankara would bear responsibility for any escalation.",
    # blame cleared
    "Lagos said Niamey was not responsible for the deaths of the fishermen.",
    "The minister said no country was to blame for the accident.",
    # the speaker's own side
    "Seoul said it carries responsibility for the safety of its fishermen.",
])
def test_duty_warning_cleared_or_own_responsibility_accuses_nobody(
        nlp: Language, sentence: str) -> None:
    assert not _accusations(nlp, sentence), nlp(sentence)._.claims


# ------------------------------------------------------------ owned wrongs


@pytest.mark.parametrize(("sentence", "target"), [
    ("Serbia said Kosovo's crimes against the Serb minority went unpunished.", "XKX"),
    ("Quito said Peru's misconduct during the talks had harmed the region.", "PER"),
    ("Baku said Yerevan's provocations along the frontier had to end.", "ARM"),
    ("The envoy said Caracas must end its harassment of opposition figures.", "VEN"),
    # "its" is the party asked to stop (the object of the request), not the place named
    ("The president called on Eritrea to halt its incursions into Tigray.", "ERI"),
    ("Ottawa said it had documented Russia's war crimes in Ukraine.", "RUS"),
])
def test_a_wrong_owned_by_another_party_is_an_accusation(
        nlp: Language, sentence: str, target: str) -> None:
    """The possessive takes the wrong as done, whatever the clause does with it (a
    demand to end it, a judgement of it): the owner is accused."""
    found = _accusations(nlp, sentence)
    assert found, nlp(sentence)._.claims
    assert found[0]["target"] == target


@pytest.mark.parametrize("sentence", [
    # what is owned is no wrong
    "Manila urged Beijing to honour its commitments under the fishing agreement.",
    "Kyrgyzstan's foreign minister said Tajikistan's delegation arrived on Monday.",
    # the wrong is the speaker's own
    "Baku said it would investigate its own violations of the ceasefire.",
    "Kampala said its troops' attacks on the rebels had been lawful.",
    # nobody owns it
    "The UN urged both sides to end the violations of the truce.",
])
def test_a_wrong_nobody_else_owns_accuses_nobody(nlp: Language, sentence: str) -> None:
    assert not _accusations(nlp, sentence), nlp(sentence)._.claims


@pytest.mark.parametrize(("sentence", "owned"), [
    ("The UN said Mauritania's harassment of the fishermen had lasted for years.", True),
    ("The UN said Mauritania's harassment by foreign patrols had lasted for years.", False),
])
def test_the_owner_of_a_wrong_done_by_someone_else_is_not_its_doer(
        nlp: Language, sentence: str, owned: bool) -> None:
    """"X's harassment by Y": the "by" phrase names the doer; the owner is the victim."""
    rules = [c.get("rule") or "" for c in nlp(sentence)._.claims]
    assert any("wrong-owned" in r for r in rules) is owned, rules
