"""Accusations by what is said, not by an accusing verb (issue 12; CAMEO 112 "accuse",
"blame", "hold responsible"; PLOVER ACCUSE): responsibility put on another party
(pipeline/stages/claims/blame.py), a wrong owned by another party
(pipeline/stages/stance/judged.py ``owned_wrong``), another party called a wrongdoer or
in breach (``condemned_other``) or going on with an act (frames ``attempted_act``).
Every sentence here is written for these tests, each frame in both directions."""

from __future__ import annotations

import pytest
from spacy.language import Language


def _accusations(nlp: Language, text: str) -> list[dict]:
    return [c for c in nlp(text)._.claims if c["kind"] == "accusation"]


# Each table: (sentence, accused). Responsibility put on another party: the bearer is
# the subject, the "lies with"/"rests on" object, or (for "they", "both") the party the
# sentence named before; the act is a wrong or a harm.
RESPONSIBILITY = [
    ("Colombia's defence minister said Venezuela bears full responsibility for the attack "
     "on the border post.", "VEN"),
    ("Seoul said Tokyo carries responsibility for the collapse of the fisheries talks.", "JPN"),
    ("Athens said the responsibility for the incident lies with Ankara.", "TUR"),
    ("The premier said the blame for the bombing rests on Damascus.", "SYR"),
    ("Lagos said Niamey was responsible for the deaths of the fishermen.", "NER"),
    ("Warsaw said Minsk must be held accountable for the attack on the border guards.", "BLR"),
    ("Kigali named Burundi and Congo after the raid, saying they bear the blame for the "
     "deaths of five villagers.", "BDI"),
]
# A wrong owned by another party: the possessive takes the wrong as done, whatever the
# clause does with it (a demand to end it, a judgement of it).
OWNED_WRONGS = [
    ("Serbia said Kosovo's crimes against the Serb minority went unpunished.", "XKX"),
    ("Quito said Peru's misconduct during the talks had harmed the region.", "PER"),
    ("Baku said Yerevan's provocations along the frontier had to end.", "ARM"),
    ("The envoy said Caracas must end its harassment of opposition figures.", "VEN"),
    # "its" is the party asked to stop (the object of the request), not the place named
    ("The president called on Eritrea to halt its incursions into Tigray.", "ERI"),
    ("Ottawa said it had documented Russia's war crimes in Ukraine.", "RUS"),
]
# Another party called the doer of a wrong ("the aggressor"), said to go on with an act
# ("continued to harbour"), or to be in breach of a rule.
WRONGDOERS = [
    ("Kyiv's envoy said Moscow was the aggressor in the conflict.", "RUS"),
    ("Baku said Yerevan was the real instigator of the clashes.", "ARM"),
    ("Delhi said Islamabad continued to harbour terrorists.", "PAK"),
    ("Tbilisi said Moscow kept firing shells at the villages.", "RUS"),
    ("Vietnam said the Chinese ships were in violation of its sovereignty.", "CHN"),
    ("The UN said Ethiopia was in breach of the ceasefire accord.", "ETH"),
]
# Another party said to back an armed party (stance/backing.py): the partner is armed
# by its head, an apposition or its code in the actor dictionary's armed groups.
BACKERS = [
    ("Kigali said the Congolese government was collaborating with the FDLR, a genocidal "
     "militia.", "COD"),
    ("Ankara said Athens was cooperating with the PKK militants.", "GRC"),
    ("Ankara said Athens was supporting the PKK.", "GRC"),
    ("Bamako said Algiers was training the insurgents in the desert.", "DZA"),
    # whatever the verb, "in support of" an armed party (a finding of monitors too)
    ("A UN panel found that members of the Eritrean army were operating inside Ethiopia "
     "in support of the militia.", "ERI"),
    # the clause an evidence noun holds ("found evidence that ...")
    ('A UN panel found "firm evidence" that members of the Eritrean Defence Forces were '
     "operating inside Ethiopia in support of the militia.", "ERI"),
    ('The monitors found "clear evidence" that Burundian officers were training the '
     "rebels.", "BDI"),
    ("Kinshasa said Ugandan units were patrolling the hills near Bunia in support of the "
     "rebels.", "UGA"),
]

# sentences of the same frames that accuse nobody
NO_RESPONSIBILITY = [
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
]
NO_OWNED_WRONG = [
    # what is owned is no wrong
    "Manila urged Beijing to honour its commitments under the fishing agreement.",
    "Kyrgyzstan's foreign minister said Tajikistan's delegation arrived on Monday.",
    # the wrong is the speaker's own
    "Baku said it would investigate its own violations of the ceasefire.",
    "Kampala said its troops' attacks on the rebels had been lawful.",
    # nobody owns it
    "The UN urged both sides to end the violations of the truce.",
]
NO_WRONGDOER = [
    "Quito said Peru was not the culprit.",
    "Oslo said Denmark continued to support the peace talks.",
    "Canberra said Jakarta continued to cooperate with the inquiry.",
    "Lima said Chile was in talks with Bolivia over the border.",
    "Seoul said the North was the main partner in the railway project.",
    # backing no armed party, backing denied, backing by one's own side, a government
    "Ankara said Athens was cooperating with the Italian navy.",
    "Ankara said Athens was not arming the rebels.",
    "Lusaka said it was arming the militia to defend the villages.",
    "Moscow said Beijing was supporting the junta.",
    "Bangkok said Cambodia worked with a group of farmers.",
    # "in support of" a government, or of an armed party by one's own side
    "Kenya said Somali troops were deployed in support of the government.",
    "Kampala said its soldiers were operating in support of the militia.",
    "The monitors said they had found no evidence that Burundian officers were training "
    "the rebels.",
]


@pytest.mark.parametrize(("sentence", "target"),
                         RESPONSIBILITY + OWNED_WRONGS + WRONGDOERS + BACKERS)
def test_blame_told_in_any_words_is_an_accusation(
        nlp: Language, sentence: str, target: str) -> None:
    found = _accusations(nlp, sentence)
    assert found, nlp(sentence)._.claims
    assert target in {c["target"] for c in found}


@pytest.mark.parametrize("sentence", NO_RESPONSIBILITY + NO_OWNED_WRONG + NO_WRONGDOER)
def test_duty_warning_clearing_own_side_or_no_wrong_accuses_nobody(
        nlp: Language, sentence: str) -> None:
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
