"""Events (issue 13, helper j): the noun "fire" only in a frame of violence, close-combat
nouns, and two-word measure nouns the tagger splits into a subject and a verb; on short
sentences written for the tests (none taken from the corpus)."""

from __future__ import annotations

import pytest

from tests.event_probes import case as _case
from tests.event_probes import sides, typed


@pytest.fixture(scope="module")
def nlp():
    from pipeline.nlp import build_nlp

    return build_nlp(exclude=("claims",))


ATTACKS = [
    # "fire" with a weapon or hostile modifier is shooting (CAMEO 19x, PLOVER ASSAULT)
    _case("weapon-fire", "Sniper fire from Serbian positions killed a Bosnian civilian.",
          "ASSAULT", ["SRB"], ["BIH"]),
    _case("weapon-fire", "Chad said Sudanese rocket fire hit the town of Adre.", "ASSAULT",
          ["SDN"], ["TCD"]),
    # "came under fire" from someone is being shot at
    _case("under-fire", "Ethiopian troops came under fire near the border town of Zalambessa.",
          "ASSAULT", [], ["ETH"]),
    # ... and its "from" phrase, hung on the verb, names who shot
    _case("under-fire-from", "Chadian villages came under mortar fire from Sudanese "
          "positions.", "ASSAULT", ["SDN"], ["TCD"]),
    _case("under-fire-from", "Ethiopian troops came under fire from Eritrean forces.",
          "ASSAULT", ["ERI"], ["ETH"]),
    # close-combat nouns are two-sided violence: every party is an actor
    _case("close-combat", "A gunfight broke out between Colombian soldiers and Venezuelan "
          "guards on the frontier.", "ASSAULT", ["COL", "VEN"], []),
    _case("close-combat", "A shootout erupted between Thai and Cambodian border guards.",
          "ASSAULT", ["KHM", "THA"], []),
]


@pytest.mark.parametrize("text,etype,actors,recipients", ATTACKS)
def test_fire_in_a_frame_of_violence_is_an_attack(nlp, text, etype, actors, recipients):
    assert (sorted(actors), sorted(recipients)) in sides(nlp, text, etype)


@pytest.mark.parametrize("text", [
    "A fire broke out at a factory in Bangkok, Thai police said.",
    "The fire at the Thai embassy in Phnom Penh was put out within an hour.",
    "Kenyan firefighters battled the fire for hours.",
    # "under fire" for what someone said is criticism, not shooting
    "The Kenyan minister came under fire for his remarks on Uganda.",
    "The Peruvian minister came under fire over the decision to close the border with Chile.",
])
def test_a_blaze_or_criticism_is_no_attack(nlp, text):
    assert [e for e in typed(nlp, text, "ASSAULT") if e["trigger"]["text"].lower() == "fire"] == []


MEASURES = [
    # "asset freezes" read as subject "asset" + verb "freezes": still the measure, done by
    # whoever imposed it, aimed at the "on"/"against" party
    _case("split-measure", "Canada imposed asset freezes on ten Venezuelan officials.",
          "SANCTION", ["CAN"], ["VEN"]),
    _case("split-measure", "Canada slapped asset freezes on Venezuelan generals on Monday.",
          "SANCTION", ["CAN"], ["VEN"]),
    _case("split-measure", "Asset freezes and travel bans were imposed on the Venezuelan "
          "generals by Canada.", "SANCTION", ["CAN"], ["VEN"]),
]


@pytest.mark.parametrize("text,etype,actors,recipients", MEASURES)
def test_a_split_measure_noun_is_the_measure(nlp, text, etype, actors, recipients):
    assert sides(nlp, text, etype) == [(sorted(actors), sorted(recipients))]


def test_coordinated_measures_are_one_act(nlp):
    # "travel bans and asset freezes": one package of measures, one SANCTION
    text = ("Canadian ministers approved travel bans and asset freezes targeting about "
            "20 members of the Venezuelan government.")
    assert len(typed(nlp, text, "SANCTION")) == 1


@pytest.mark.parametrize("text", [
    "The lake freezes every winter, Canadian officials said.",
    "Peru's central bank freezes interest rates.",
])
def test_freezing_without_a_measure_word_is_no_sanction(nlp, text):
    assert typed(nlp, text, "SANCTION") == []


@pytest.mark.parametrize("text,actors", [
    # a two-sided fight told through those it killed or wounded: they and the "with" side
    # are both parties, wherever the parser hangs the "with" phrase
    ("Two Colombian soldiers died in a shootout with Venezuelan guards.", ["COL", "VEN"]),
    ("Two Thai rangers were killed in clashes with Cambodian troops.", ["KHM", "THA"]),
])
def test_every_side_of_a_fight_is_an_actor(nlp, text, actors):
    clashes = [e for e in typed(nlp, text, "ASSAULT") if e["rule"] == "assault.clash"]
    assert [(sorted(e["actors"]), e["recipients"]) for e in clashes] == [(sorted(actors), [])]


@pytest.mark.parametrize("text,actors,recipients", [
    # a one-sided attack keeps its direction: the dead underwent it, the "by" side did it
    ("Two Thai rangers died in an attack by Cambodian troops.", ["KHM"], ["THA"]),
    ("Three Kenyan policemen were wounded in an ambush by Somali militants.", ["SOM"],
     ["KEN"]),
])
def test_a_one_sided_attack_keeps_its_direction(nlp, text, actors, recipients):
    # the attack, and the harm told in it when that takes the attack's sides
    # (tests/test_events_two_sided.py), run from the "by" side to the dead
    attacks = [e for e in typed(nlp, text, "ASSAULT") if e["actors"]]
    assert attacks
    assert {(tuple(e["actors"]), tuple(e["recipients"])) for e in attacks} == {
        (tuple(actors), tuple(recipients))}


def test_being_hit_with_sanctions_over_attacks_is_not_undergoing_them(nlp):
    text = "Peru has been hit with sanctions by Chile over attacks in the past."
    assert [e for e in typed(nlp, text, "ASSAULT") if e["recipients"]] == []
