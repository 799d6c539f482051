"""Recall probes (issue 13, 13ar): acts the coder missed on unseen text.

Restrictions a government puts on its own people's movement, gatherings or press (CAMEO
1721/191, PLOVER COERCE), media shut or suspended told as a noun, a besieged town (CAMEO
191), words CAMEO lists for armed force ('counteroffensive', 'strafed') and sides that
made peace (AGREE).  Every sentence is written for these tests; near misses pin what each
class leaves alone.
"""

from __future__ import annotations

import pytest

from tests.event_probes import sides


@pytest.fixture(scope="module")
def nlp():
    from pipeline.nlp import build_nlp

    return build_nlp(exclude=("claims",))


@pytest.mark.parametrize("text,actor", [
    ("Egypt imposed curbs on movement in northern Sinai on Sunday.", "EGY"),
    ("Sri Lanka imposed restrictions on public gatherings in Colombo.", "LKA"),
    ("Tunisia imposed restrictions on the press during the election campaign.", "TUN"),
])
def test_restrictions_on_a_sides_own_freedoms_are_coercion(nlp, text, actor):
    found = sides(nlp, text, "COERCE")
    assert len(found) == 1 and found[0][0] == [actor], found
    assert not sides(nlp, text, "SANCTION")


@pytest.mark.parametrize("text", [
    "The EU imposed travel restrictions on six Belarusian officials.",
    "Canada imposed new sanctions on Iranian officials over the crackdown.",
])
def test_restrictions_on_another_sides_people_stay_sanctions(nlp, text):
    assert sides(nlp, text, "SANCTION")
    assert not sides(nlp, text, "COERCE")


@pytest.mark.parametrize("text,actor", [
    ("Mali's junta ordered the suspension of two French radio stations.", "MLI"),
    ("Guinea's government ordered the closure of three private radio stations.", "GIN"),
])
def test_media_closed_or_suspended_told_as_a_noun_are_coercion(nlp, text, actor):
    found = sides(nlp, text, "COERCE")
    assert len(found) == 1 and found[0][0] == [actor], found


def test_a_closed_station_that_is_no_broadcaster_is_no_censorship(nlp):
    text = "Guinea's government ordered the closure of three police stations in Conakry."
    assert not sides(nlp, text, "COERCE")


@pytest.mark.parametrize("text,actor,recipient", [
    ("Sudanese troops launched a counteroffensive against the RSF in Omdurman.", "SDN", "RSF"),
    ("The Nigerian army began a counteroffensive against Boko Haram in Borno.", "NGA",
     "BOKOHARAM"),
    ("Russian jets strafed Ukrainian positions near Bakhmut.", "RUS", "UKR"),
    ("Israeli aircraft strafed a convoy near Khan Younis on Monday.", "ISR", None),
])
def test_cameo_words_for_armed_force(nlp, text, actor, recipient):
    found = sides(nlp, text, "ASSAULT")
    assert len(found) == 1 and found[0][0] == [actor], found
    if recipient:
        assert found[0][1] == [recipient]


@pytest.mark.parametrize("text,actor", [
    ("Syrian government forces besieged the town of Daraa for weeks.", "SYR"),
    ("RSF fighters besieged El Fasher for more than a year.", "RSF"),
])
def test_a_besieged_town_is_a_blockade(nlp, text, actor):
    found = sides(nlp, text, "COERCE")
    assert len(found) == 1 and found[0][0] == [actor], found


def test_protesters_who_besiege_a_building_are_no_blockade(nlp):
    assert not sides(nlp, "Protesters besieged the parliament building in Nairobi.", "COERCE")


@pytest.mark.parametrize("text,actors", [
    ("Ethiopia and Eritrea made peace in 2018 after two decades of hostility.", ["ERI", "ETH"]),
    ("Colombia made peace with the FARC in 2016.", ["COL", "FARC"]),
])
def test_sides_that_made_peace_agree(nlp, text, actors):
    found = sides(nlp, text, "AGREE")
    assert len(found) == 1, found
    assert sorted(found[0][0] + found[0][1]) == actors


def test_peace_that_was_not_made_is_no_agreement(nlp):
    assert not sides(nlp, "The talks in Doha made no peace between the two sides.", "AGREE")


@pytest.mark.parametrize("text,actor", [
    ("Protesters blocked roads in Lagos to demand lower fuel prices.", "NGA"),
    ("Taxi drivers blocked the main roads in Nairobi for three hours.", "KEN"),
])
def test_unnamed_protesters_blocking_roads_in_a_place_are_its_people(nlp, text, actor):
    # the place hangs on the blocked road, not on the verb; the protest is kept
    found = sides(nlp, text, "PROTEST")
    assert len(found) == 1 and found[0][0] == [actor], found


def test_a_road_blocked_with_no_place_still_names_no_protester(nlp):
    assert not sides(nlp, "Demonstrators blocked a highway in protest at the tax.", "PROTEST")
