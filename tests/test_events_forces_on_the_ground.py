"""Events (issue 13, helper s): acts that long wire reports tell in their own words -
troops sent or kept in another country (CAMEO 154, PLOVER MOBILIZE), attacks repelled
and ground retaken (CAMEO 190, ASSAULT), border crossings closed (CAMEO 191, COERCE)
and measures called unjustified (CAMEO 111, ACCUSE); on short sentences written for the
tests (none taken from the corpus or the written benchmarks)."""

from __future__ import annotations

import pytest

from tests.event_probes import case as _case
from tests.event_probes import sides, typed


@pytest.fixture(scope="module")
def nlp():
    from pipeline.nlp import build_nlp

    return build_nlp(exclude=("claims",))


FORCES = [
    # troops sent with a purpose, or into a named country
    _case("sent-to-fight", "Eritrea sent thousands of soldiers to fight alongside Ethiopian "
          "forces.", "MOBILIZE", ["ERI"], []),
    # (forces sent into a place keep it out of the recipients, as tests/test_events_breadth.py
    # has it for seas)
    _case("sent-into", "Kenya accused Uganda of sending soldiers into South Sudan.", "MOBILIZE",
          ["UGA"], []),
    # troops kept, stationed or operating somewhere
    _case("kept", "Turkey keeps thousands of soldiers in northern Iraq.", "MOBILIZE", ["TUR"],
          ["IRQ"]),
    _case("operating", "About 2,000 Burundian troops are operating in Somalia.", "MOBILIZE",
          ["BDI"], ["SOM"]),
    _case("stationed", "Russian troops are stationed in Transnistria, Moldovan officials say.",
          "MOBILIZE", ["RUS"], ["MDA"]),
]


@pytest.mark.parametrize("text,etype,actors,recipients", FORCES)
def test_forces_sent_or_kept_abroad_are_mobilized(nlp, text, etype, actors, recipients):
    assert (sorted(actors), sorted(recipients)) in sides(nlp, text, etype)


@pytest.mark.parametrize("text", [
    "The Nigerian company operates a refinery in Lagos.",
    "Ghana kept interest rates unchanged in March.",
    "The Kenyan ministry sent a letter to the Ugandan embassy.",
])
def test_keeping_or_sending_no_forces_is_no_mobilization(nlp, text):
    assert typed(nlp, text, "MOBILIZE") == []


REPELLED = [
    # the counter-act runs against the attacking forces
    _case("repelled", "Ukrainian troops repelled Russian forces near Pokrovsk.", "ASSAULT",
          ["UKR"], ["RUS"]),
    _case("driven-back", "Ukrainian forces drove Russian troops back across the river.",
          "ASSAULT", ["UKR"], ["RUS"]),
    _case("pushed-out", "Sudan's army pushed the RSF out of the capital.", "ASSAULT", ["SDN"],
          ["RSF"]),
    # (its own town: the place names no side acted on but the actor's own)
    _case("retook", "Malian soldiers retook the town of Kidal on Tuesday.", "ASSAULT", ["MLI"],
          []),
]


@pytest.mark.parametrize("text,etype,actors,recipients", REPELLED)
def test_repelling_and_retaking_are_attacks(nlp, text, etype, actors, recipients):
    assert (sorted(actors), sorted(recipients)) in sides(nlp, text, etype)


def test_a_repelled_attack_is_one_event_aimed_at_the_repeller(nlp):
    # warding an attack off is no second attack (as "fought off", "beat back": the
    # undergoing verbs of configs/events/grammar.json); the attack is the event
    text = "Somali troops repelled attacks by al-Shabaab on two bases."
    assert sides(nlp, text, "ASSAULT") == [(["ALSHABAAB"], ["SOM"])]


@pytest.mark.parametrize("text", [
    "The Malian minister pushed the vote back to June.",
    "Ghana will retaliate if Nigeria raises tariffs, its minister said.",
])
def test_pushing_back_a_date_or_a_future_retaliation_is_no_attack(nlp, text):
    assert typed(nlp, text, "ASSAULT") == []


@pytest.mark.parametrize("text,actors,recipients", [
    ("Algeria shut its border with Morocco in 1994.", ["DZA"], ["MAR"]),
    ("Ethiopia closed two border crossings with Eritrea on Monday.", ["ETH"], ["ERI"]),
])
def test_closing_border_crossings_restricts_movement(nlp, text, actors, recipients):
    events = typed(nlp, text, "COERCE")
    assert [(sorted(e["actors"]), sorted(e["recipients"]), e["cameo"]) for e in events] == [
        (actors, recipients, "191")]


def test_closing_a_shop_is_no_restriction(nlp):
    assert typed(nlp, "The Kenyan retailer closed its doors in Nairobi.", "COERCE") == []


@pytest.mark.parametrize("text,actor", [
    ("Hungary's foreign minister called the sanctions unjustified.", "HUN"),
    ("Egypt called Ethiopia's decision to fill the dam \"regrettable\".", "EGY"),
])
def test_calling_a_measure_unjustified_censures_it(nlp, text, actor):
    assert [e["actors"] for e in typed(nlp, text, "ACCUSE")] == [[actor]]


def test_the_countered_attack_was_aimed_at_who_counters_it(nlp):
    # "repelled a Russian assault": the assault names no target, the repeller underwent it
    text = "Ukrainian troops repelled a Russian assault near Kupiansk, the army said."
    assert sides(nlp, text, "ASSAULT") == [(["RUS"], ["UKR"])]


OCCUPIED = [
    # taking a named place or a held position is taking ground (CAMEO 192), not an
    # abduction; the benchmarks' annotators code it ASSAULT
    _case("place-object", "Russia seized Crimea from Ukraine in 2014.", "ASSAULT", ["RUS"],
          ["UKR"]),
    _case("posts", "Taliban fighters captured three Pakistani army posts overnight.",
          "ASSAULT", ["TALIBAN"], ["PAK"]),
    _case("control", "Houthi fighters took control of the Yemeni port city of Hodeidah.",
          "ASSAULT", ["HOUTHI"], ["YEM"]),
]


@pytest.mark.parametrize("text,etype,actors,recipients", OCCUPIED)
def test_taking_ground_is_occupying_territory(nlp, text, etype, actors, recipients):
    assert (sorted(actors), sorted(recipients)) in sides(nlp, text, etype)
    assert [e["cameo"] for e in typed(nlp, text, etype)] == ["192"]


def test_capturing_people_stays_an_abduction(nlp):
    text = "Gunmen captured two Kenyan aid workers near the Somali border."
    assert [(e["mode"], e["recipients"]) for e in typed(nlp, text, "ASSAULT")] == [
        ("abduct", ["KEN"])]


def test_what_a_dispersed_rally_protested_names_no_recipient(nlp):
    # the troops the students protested about were sent to Somalia; the police acted on
    # the students, not on Somalia (the rally's own aim gives the police act no recipient)
    text = ("Kenyan police broke up a rally staged by students in Nairobi to protest the "
            "decision of sending troops to Somalia.")
    assert [e["recipients"] for e in typed(nlp, text, "COERCE")] == [[]]
