"""Acts told by a noun keep the sides their frame gives them.

Sentences written for these tests.  A repeated preposition ("blamed X for A and for B")
hangs on the first one, yet both phrases name what X is blamed for; an act noun's "from"
phrase names the side it came from ("an incursion from X"), but a verb's "from" phrase
does not ("confiscated arms from X"); offering words (an explanation, details) is no
offer to act; what an act already told is called ("called the strikes a violation of its
sovereignty") is no new act, but what a party is called may be one; a raid is force
(PLOVER ASSAULT) unless police or investigators make it (a search: COERCE).
"""

from __future__ import annotations

import pytest

from tests.event_probes import case, sides, typed


@pytest.mark.parametrize("text,etype,actors,recipients", [
    case("repeated for", "Lithuania blamed Belarus for rigging the vote and for the "
         "crackdown on protesters.", "ASSAULT", ["BLR"], ["BLR"]),
    case("repeated for", "Poland condemned Russia for the blockade of the port and for the "
         "shelling of civilians.", "ASSAULT", ["RUS"], ["POL"]),
    case("repeated for", "Manila criticised Beijing for the collisions and for the "
         "detention of Filipino fishermen.", "COERCE", ["CHN"], []),
])
def test_second_of_repeated_prepositions_names_the_accused_act(nlp, text, etype, actors,
                                                                recipients):
    got = sides(nlp, text, etype)
    assert got, f"no {etype} event"
    assert got[-1][0] == actors, "the accused did the act of the second phrase"
    assert not set(recipients) or set(got[-1][1]) & set(recipients)


@pytest.mark.parametrize("text,etype,actors,recipients", [
    case("from origin", "Israel said its troops had foiled an infiltration from Lebanon "
         "overnight.", "COERCE", ["LBN"], []),
    case("from origin", "Estonia said it had repelled cyberattacks from Russia on its "
         "banks.", "COERCE", ["RUS"], []),
    case("from origin", "India reported two ceasefire violations from Pakistan "
         "overnight.", "ASSAULT", ["PAK"], []),
])
def test_act_noun_from_phrase_names_its_doer(nlp, text, etype, actors, recipients):
    got = sides(nlp, text, etype)
    assert got and got[0][0] == actors


def test_verb_from_phrase_is_no_doer(nlp):
    # "from" on a verb names the one robbed, not the one who seized
    for ev in nlp("Weapons were confiscated from Russian soldiers near the border.")._.events:
        assert "RUS" not in ev["actors"]


@pytest.mark.parametrize("text", [
    "Critics blamed Minsk for offering no plausible explanation of the arrests.",
    "The Kenyan ministry offered few details about the raid.",
    "Japan offered condolences to Turkey after the earthquake.",
])
def test_offering_words_is_no_offer_to_act(nlp, text):
    assert not typed(nlp, text, "AGREE")


@pytest.mark.parametrize("text", [
    "Qatar offered aid to the flood victims in Pakistan.",
    "Turkey offered to mediate between Kyiv and Moscow.",
])
def test_offering_deeds_is_still_an_offer(nlp, text):
    assert typed(nlp, text, "AGREE")


@pytest.mark.parametrize("text,noun", [
    ("Baghdad called the air strikes a violation of Iraqi sovereignty.", "violation"),
    ("The navy condemned the boarding of the tanker as a violation of maritime law.",
     "violation"),
    ("Manila protested over the collision, which it described as a grave violation of "
     "its sovereign rights.", "violation"),
    ("Kyiv branded the drone raid an act of aggression.", "aggression"),
])
def test_what_an_act_is_called_is_no_new_act(nlp, text, noun):
    doc = nlp(text)
    assert noun not in [e["trigger"]["text"] for e in doc._.events]


@pytest.mark.parametrize("text,etype", [
    ("Moscow regards Tehran as a strategic partner.", "SUPPORT"),
    ("The violation of Iraqi sovereignty by Turkish jets angered Baghdad.", "ASSAULT"),
])
def test_what_a_party_is_called_and_a_told_violation_stay(nlp, text, etype):
    assert typed(nlp, text, etype)


@pytest.mark.parametrize("text", [
    "Militants staged a cross-border raid on an army post in Niger.",
    "Syria said the raids in its eastern desert had killed civilians.",
    "Houthi fighters carried out drone raids on Saudi oil facilities.",
])
def test_a_raid_by_an_armed_side_is_force(nlp, text):
    assert typed(nlp, text, "ASSAULT")
    assert not typed(nlp, text, "COERCE")


@pytest.mark.parametrize("text", [
    "Police raided the offices of the opposition newspaper in Hong Kong.",
    "A police raid on the home of an opposition leader in Minsk drew protests.",
])
def test_a_police_raid_is_coercion(nlp, text):
    assert typed(nlp, text, "COERCE")
    assert not typed(nlp, text, "ASSAULT")
