"""Acts told by a noun: which are acts of their own, and of which type.

Sentences written for these tests.  Offering words (an explanation, details) is no
offer to act; what an act already told is called ("called the strikes a violation of its
sovereignty") is no new act, but what a party is called may be one; a raid is force
(PLOVER ASSAULT) unless police or investigators make it (a search: COERCE).
"""

from __future__ import annotations

import pytest

from tests.event_probes import typed


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
