"""Attribution coverage and kinds from content (issue 12): verbs of saying of CAMEO's
"make public statement" family beyond plain "say" (repeating, reaffirming, conceding,
retorting, countering, testifying) are cues, while their non-speech senses ("repeated
the strikes", "countered the protest") are not; evidence or an inquiry said to point to
another party accuses that party.  Every sentence here is written for these tests (none
comes from the corpus, the written benchmarks or the stance probes)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_stance_counter_charges import _claim

# ------------------------------------------- verbs of saying beyond "say"


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    ("The Bolivian spokesman repeated that Chilean patrols had entered the salt flats.",
     "repeated", "The Bolivian spokesman"),
    ("Quito reaffirmed that the disputed islets belonged to Ecuador.",
     "reaffirmed", "Quito"),
    ("The Malawian minister conceded that the convoy had been delayed for a week.",
     "conceded", "The Malawian minister"),
    ("Lusaka retorted that Zimbabwean traders had ignored the customs rules.",
     "retorted", "Lusaka"),
    ("Hanoi countered that Chinese trawlers had rammed the fishing boats.",
     "countered", "Hanoi"),
    ("A Tanzanian officer testified that Burundian troops had burned the market.",
     "testified", "A Tanzanian officer"),
    ("The Chadian spokesman hinted that Libyan militias were behind the raid.",
     "hinted", "The Chadian spokesman"),
    ("The Gabonese junta signalled that elections would be held next year.",
     "signalled", "The Gabonese junta"),
])
def test_statement_family_verbs_are_cues(nlp: Language, text: str, cue: str,
                                         speaker: str) -> None:
    claim = _claim(nlp(text), cue)
    assert claim["speaker"]["text"] == speaker
    assert claim["content"]["text"].split()[0] in text.split(cue, 1)[1].split()[:2]


def test_a_repeated_denial_of_the_own_side_is_a_denial(nlp: Language) -> None:
    doc = nlp('"Our navy never fired on the trawlers," the Vietnamese spokesman repeated.')
    assert _claim(doc, "repeated")["kind"] == "denial"


@pytest.mark.parametrize("text", [
    "The Bolivian army repeated the exercise near the border on Monday.",
    "Police in Quito countered the march with water cannon.",
    "The Chilean minister signalled Santiago's readiness to reopen talks.",
    "Officials in Lima hinted at a deal with Quito.",
])
def test_their_non_speech_senses_tell_no_claim(nlp: Language, text: str) -> None:
    assert nlp(text)._.claims == []


# ------------------------------------------- evidence pointing to a party


@pytest.mark.parametrize(("text", "target"), [
    ("Niger's interior minister said the evidence pointed to Boko Haram.", "BOKOHARAM"),
    ("Peruvian investigators said the clues pointed to Bolivia.", "BOL"),
    ("Kenya's police chief said intelligence reports pointed to al-Shabaab's southern "
     "command.", "ALSHABAAB"),
])
def test_evidence_pointing_to_another_party_accuses_it(nlp: Language, text: str,
                                                       target: str) -> None:
    claim = _claim(nlp(text), "said")
    assert (claim["kind"], claim["target"]) == ("accusation", target)


@pytest.mark.parametrize("text", [
    # negated
    "Peruvian investigators said no evidence pointed to Bolivia.",
    # a modal: a possibility, not a finding
    "Peruvian investigators said the clues could point to Bolivia.",
    # a person pointing to something names a topic, not a culprit
    "The Peruvian minister said he pointed to Bolivia as a model for the reform.",
])
def test_pointing_that_blames_nobody(nlp: Language, text: str) -> None:
    assert _claim(nlp(text), "said")["kind"] != "accusation"


# ------------------------------------------- a named addressee before a that-less clause


@pytest.mark.parametrize(("text", "cue", "content", "target"), [
    # the addressee glued onto the object, the clause left without a subject
    ("A Malian officer told AFP Algerian drones had struck a truck near Kidal.", "told",
     "Algerian drones had struck a truck near Kidal", "DZA"),
    # the addressee glued onto the clause's subject
    ("Chad tells Al Jazeera Sudanese jets bombed a border market", "tells",
     "Sudanese jets bombed a border market", "SDN"),
])
def test_a_named_addressee_is_not_what_is_said(nlp: Language, text: str, cue: str,
                                               content: str, target: str) -> None:
    claim = _claim(nlp(text), cue)
    assert claim["content"]["text"] == content
    assert (claim["kind"], claim["target"]) == ("accusation", target)


@pytest.mark.parametrize(("text", "content"), [
    ("The Zambian minister told Reuters that the convoy had reached Ndola.",
     "the convoy had reached Ndola"),
    ("The Zambian minister told parliament the convoy had reached Ndola.",
     "the convoy had reached Ndola"),
])
def test_an_addressee_kept_apart_by_the_parse_is_unchanged(nlp: Language, text: str,
                                                           content: str) -> None:
    assert _claim(nlp(text), "told")["content"]["text"] == content


# ------------------------------------------- a charge judged as trumped up, an insult, hearsay


@pytest.mark.parametrize(("text", "cue"), [
    ("Tehran's judiciary said the charges against the sailors were trumped-up.", "said"),
    ("Minsk called the accusations trumped up.", "called"),
    ("The Nicaraguan foreign minister said the allegations were an insult to Nicaragua.",
     "said"),
    ("Havana called the report an affront to the Cuban people.", "called"),
    ("Beijing dismissed the report as hearsay.", "dismissed"),
    ("Caracas said the claims were mere hearsay.", "said"),
])
def test_a_charge_judged_worthless_is_a_denial(nlp: Language, text: str, cue: str) -> None:
    assert _claim(nlp(text), cue)["kind"] == "denial"


def test_an_act_called_an_insult_is_no_denial(nlp: Language) -> None:
    """Said of an act, not of a claim, the same word condemns the act."""
    claim = _claim(nlp("The Cuban minister called the blockade an insult to the Cuban people."),
                   "called")
    assert claim["kind"] == "accusation"


# ------------------------------------------- looting and burning as hostile acts


@pytest.mark.parametrize(("text", "cue", "target"), [
    ("The Burundian minister said Rwandan soldiers had looted the market in Cibitoke.",
     "said", "RWA"),
    ("Monitors said the huts had been torched by Wagner fighters.", "said", "WAGNER"),
    # a pronoun in the quotation's next sentence resumes the party just accused
    ('"Ugandan troops crossed into our territory. They burned two villages," the '
     'Congolese minister said.', "said", "UGA"),
])
def test_looting_and_burning_by_another_party_accuse_it(nlp: Language, text: str, cue: str,
                                                         target: str) -> None:
    claim = _claim(nlp(text), cue)
    assert (claim["kind"], claim["target"]) == ("accusation", target)


@pytest.mark.parametrize(("text", "kind"), [
    ("The Burundian army said its soldiers had not looted any shops.", "denial"),
    ("The Zambian minister said farmers had burned the crop residue.", "statement"),
])
def test_own_or_harmless_burning(nlp: Language, text: str, kind: str) -> None:
    assert _claim(nlp(text), "said")["kind"] == kind


# ------------------------------------------- remnants of another party's weapon


@pytest.mark.parametrize(("text", "target"), [
    ("Moldova's police said fragments found near the village belonged to a Russian missile.",
     "RUS"),
    ("Lebanon's army said shrapnel found in the car came from an Israeli drone.", "ISR"),
])
def test_remnants_of_another_partys_weapon_accuse_it(nlp: Language, text: str,
                                                     target: str) -> None:
    claim = _claim(nlp(text), "said")
    assert (claim["kind"], claim["target"]) == ("accusation", target)


@pytest.mark.parametrize("text", [
    "The Kenyan police said the debris came from a Kenyan army helicopter.",
    "The Kenyan police said the debris came from the collapsed bridge.",
])
def test_remnants_of_ones_own_or_of_no_party_accuse_nobody(nlp: Language, text: str) -> None:
    assert _claim(nlp(text), "said")["kind"] != "accusation"
