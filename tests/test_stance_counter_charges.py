"""Accusations and denials a wire story tells without an accusing or denying verb
(issue 12): a hostile doer said to belong to or come from a party, an accused party
saying its accusers spread lies, a claim noun the tagger reads as a verb before the
denial that rejects it, and "its spokesman" after a sentence about another party.
Every sentence here is written for these tests (none comes from the corpus, the
written benchmarks or the stance probes)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc


def _claim(doc: Doc, cue: str) -> dict:
    found = [c for c in doc._.claims if (c.get("cue") or {}).get("text") == cue]
    assert len(found) == 1, doc._.claims
    return found[0]


# ------------------------------------------------- a hostile doer's owner or source


@pytest.mark.parametrize(("text", "target"), [
    ("Niger's army said the gunmen who raided the garrison belonged to Boko Haram.",
     "BOKOHARAM"),
    ("Kenya's police said the attackers came from Somalia.", "SOM"),
    ("Armenia said the shells that hit the village had come from Azerbaijani positions.",
     "AZE"),
    ("Officials in Baghdad said the militants behind the bombing originated from Syria.",
     "SYR"),
])
def test_a_hostile_doer_from_another_party_accuses_it(nlp: Language, text: str,
                                                      target: str) -> None:
    claim = _claim(nlp(text), "said")
    assert (claim["kind"], claim["target"]) == ("accusation", target)


@pytest.mark.parametrize("text", [
    # people by kind, with no hostile act in their phrase: where they come from blames
    # no one
    "Kenya's interior ministry said most of the men came from Somalia.",
    # the source is the speaker's own side
    "Armenia's defence ministry said the shells had come from Armenian positions.",
    # not a hostile doer at all
    "Kenya's health ministry said the doctors came from Cuba.",
    # negated
    "Kenya's police said the attackers did not come from Somalia.",
])
def test_where_other_people_come_from_accuses_nobody(nlp: Language, text: str) -> None:
    assert _claim(nlp(text), "said")["kind"] != "accusation"


# ------------------------------------------------ the accused calls the charges lies


@pytest.mark.parametrize("text", [
    "Somalia's army blamed al-Shabaab for the ambush near Baidoa. Al-Shabaab accused the "
    "army of spreading lies to cover up its own losses.",
    "Ethiopia's government accused Fano fighters of abducting two officials. Fano accused "
    "Addis Ababa of peddling falsehoods to win sympathy abroad.",
])
def test_the_accused_calling_the_charge_lies_is_a_denial(nlp: Language, text: str) -> None:
    doc = nlp(text)
    denial = [c for c in doc._.claims if c["kind"] == "denial"]
    assert len(denial) == 1, doc._.claims
    assert denial[0]["cue"]["text"] == "accused"


def test_lies_spread_by_a_third_party_stay_an_accusation(nlp: Language) -> None:
    """A speaker nobody in the story accuses, charging another with spreading lies, is
    not answering a charge against itself."""
    doc = nlp("The EU accused Russian state media of spreading lies to stir up unrest.")
    assert _claim(doc, "accused")["kind"] == "accusation"


# ----------------------------------------------------- claim nouns read as verbs


@pytest.mark.parametrize(("text", "noun"), [
    ("Ecuador's police accused the gang of smuggling cocaine through the port, charges "
     "the gang has rejected.", "charges"),
    ("Benin said Nigerien soldiers crossed the border, claims the junta in Niamey has "
     "denied.", "claims"),
])
def test_a_claim_noun_before_a_denial_is_no_cue(nlp: Language, text: str, noun: str) -> None:
    doc = nlp(text)
    cues = [(c.get("cue") or {}).get("text") for c in doc._.claims]
    assert noun not in cues, doc._.claims
    denial = [c for c in doc._.claims if c["kind"] == "denial"]
    assert len(denial) == 1 and denial[0]["content"]["text"] == noun


# ------------------------------------------------------------ "its spokesman"


@pytest.mark.parametrize(("text", "code"), [
    ("Vietnam's coast guard said a Chinese ship fired water cannon at its boat. China's "
     "coast guard told a different story. In a statement, its spokesman Gan Yu said the "
     "Vietnamese boat had entered Chinese waters.", "CHN"),
    ("Serbia's army said Kosovo police had detained three Serb soldiers. The Kosovo "
     "government gave another account. Its spokesman Perparim Kryeziu said the men were "
     "armed smugglers.", "XKX"),
])
def test_its_spokesman_speaks_for_the_party_the_sentence_before_names(
        nlp: Language, text: str, code: str) -> None:
    doc = nlp(text)
    last = doc._.claims[-1]
    assert last["speaker"]["actor"] == code, doc._.claims


# ------------------------------------------------------- passives sharing an agent


@pytest.mark.parametrize(("text", "target"), [
    ("Burundi's foreign minister said the rebels are armed, financed and sheltered by Kigali.",
     "RWA"),
    ("Sudan said the fighters were recruited, financed and equipped by Abu Dhabi.", "ARE"),
    ("Yemen's government said the drones were assembled and launched by the Houthis.",
     "HOUTHI"),
])
def test_passives_in_a_row_share_their_agent(nlp: Language, text: str, target: str) -> None:
    """The parser hangs "by X" on the last participle only; X did each act."""
    claim = _claim(nlp(text), "said")
    assert (claim["kind"], claim["target"]) == ("accusation", target)


def test_a_row_of_passives_without_an_agent_blames_nobody(nlp: Language) -> None:
    assert _claim(nlp("Chad said the convoy was attacked and looted."), "said")["target"] is None


# --------------------------------------- force named by the object, "they" resumed


@pytest.mark.parametrize("text", [
    "Kabul's police said gunmen opened fire on worshippers at a mosque.",
    "Mali's army said jihadists carried out an attack on a convoy near Gao.",
    "Somalia's police said militants launched a mortar attack on the airport.",
])
def test_a_verb_carrying_a_hostile_object_tells_a_hostile_act(nlp: Language, text: str) -> None:
    """An unnamed armed doer of an act named by its object is blamed for it (target
    null when the story names no party: ANNOTATION.md, "unidentified gunmen")."""
    assert _claim(nlp(text), "said")["kind"] == "accusation"


@pytest.mark.parametrize("text", [
    "Chad's police said the gunmen used the road to flee.",
    "Kenya's army said they opened the border crossing on Monday.",
])
def test_a_neutral_object_or_use_tells_no_hostile_act(nlp: Language, text: str) -> None:
    assert _claim(nlp(text), "said")["kind"] != "accusation"


@pytest.mark.parametrize(("text", "target"), [
    ("Niger's army blamed Boko Haram for the raid on the depot. \"They are using the tactics "
     "of war against the state,\" the army chief said.", "BOKOHARAM"),
    ("Pakistan accused the TTP of the bombing in Quetta. \"They used drones against our "
     "checkpoints,\" the interior minister said.", "TTP"),
])
def test_they_after_a_charge_resumes_the_accused(nlp: Language, text: str,
                                                 target: str) -> None:
    claim = _claim(nlp(text), "said")
    assert (claim["kind"], claim["target"]) == ("accusation", target)


def test_they_in_reported_speech_is_not_resumed(nlp: Language) -> None:
    """"The rebels said they had shot down a jet": reported, "they" is as often the
    speaker's own side, so it blames no one."""
    doc = nlp("Chad's army accused the FACT rebels of shelling Faya. The Houthis said they "
              "had shot down an American drone over Marib.")
    claim = [c for c in doc._.claims if c["content"]["text"].startswith("they")]
    assert len(claim) == 1 and claim[0]["kind"] != "accusation", doc._.claims


@pytest.mark.parametrize(("text", "target"), [
    # the quotation opens a sentence before the pronoun (stance/judged.py resumes_accused)
    ("Armenia accused Azerbaijan of shelling Jermuk. \"Azerbaijan has sent its troops onto "
     "our soil. It is an aggressor and it must withdraw,\" the Armenian minister said.", "AZE"),
    ("Mali accused Burkina Faso of arming the militants in Menaka. \"They told us nothing. "
     "They are the occupiers of our villages,\" the colonel said.", "BFA"),
])
def test_a_quoted_pronoun_called_a_wrongdoer_resumes_the_accused(
        nlp: Language, text: str, target: str) -> None:
    """After a charge, "it" or "they" in the speaker's own words called an aggressor or
    an occupier names the party the article has just accused, though the reported-speech
    reading ("Kenya said it ...") would take "it" for the speaker's side."""
    claim = _claim(nlp(text), "said")
    assert (claim["kind"], claim["target"]) == ("accusation", target)


def test_a_quoted_pronoun_not_called_a_wrongdoer_accuses_nobody(nlp: Language) -> None:
    """"It was a quiet night": the pronoun is resumed only for a noun of a wrongdoer."""
    doc = nlp("Kenya accused Somalia of shelling the camp. \"It was a quiet night before the "
              "rains,\" the Kenyan officer said.")
    assert _claim(doc, "said")["kind"] != "accusation", doc._.claims
