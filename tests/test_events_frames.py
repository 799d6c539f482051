"""Events, third round (issue 13): argument frames for denials, accusations and fire
exchanges, on short sentences written for the tests (none taken from the corpus)."""

from __future__ import annotations

import pytest

from tests.event_probes import case as _case
from tests.event_probes import typed


@pytest.fixture(scope="module")
def nlp():
    from pipeline.nlp import build_nlp

    return build_nlp(exclude=("claims",))


SIDES = [
    # a denial answers whoever made the charge, named on the charge itself
    _case("charge-maker", "Iran rejected accusations made by the United States.", "REJECT",
          ["IRN"], ["USA"]),
    _case("charge-maker", "Accusations levelled by Britain have been dismissed by Moscow.",
          "REJECT", ["RUS"], ["GBR"]),
    _case("charge-maker", "Tehran dismissed the American accusations as baseless.", "REJECT",
          ["IRN"], ["USA"]),
    _case("charge-maker", "Moscow denied the British allegations.", "REJECT", ["RUS"], ["GBR"]),
    # an act inside a series noun under "accused X of" is the accused's act
    _case("accused-of-series", "Britain accused Russia of a campaign of cyberattacks.",
          "COERCE", ["RUS"], ["GBR"]),
    _case("accused-of-series", "Azerbaijan accused Armenia of a string of attacks on its posts.",
          "ASSAULT", ["ARM"], ["AZE"]),
    # "returned fire" is shooting back
    _case("return-fire", "Indian troops returned fire.", "ASSAULT", ["IND"], []),
    _case("return-fire", "Israeli soldiers returned fire at the gunmen.", "ASSAULT", ["ISR"], []),
    # whose land was entered is named by the "into" phrase
    _case("into-territory", "Pakistani troops intruded into Indian territory.", "COERCE",
          ["PAK"], ["IND"]),
    _case("into-territory", "Armenian soldiers infiltrated into Azerbaijani territory.",
          "COERCE", ["ARM"], ["AZE"]),
    # a nominal ceasefire violation, its compound "ceasefire" no truce of its own
    _case("ceasefire-violation", "India accused Pakistan of a ceasefire violation.", "ASSAULT",
          ["PAK"], ["IND"]),
    _case("ceasefire-violation", "Israel reported a truce breach by Hamas.", "ASSAULT",
          ["HAMAS"], ["ISR"]),
]


@pytest.mark.parametrize("text,etype,actors,recipients", SIDES)
def test_who_acts_on_whom(nlp, text, etype, actors, recipients):
    events = typed(nlp, text, etype)
    assert [(sorted(e["actors"]), sorted(e["recipients"])) for e in events] == [
        (sorted(actors), sorted(recipients))]


@pytest.mark.parametrize("text", [
    "The delegation returned to Moscow on Monday.",
    "Iran returned the seized tanker to its owners.",
])
def test_returning_is_no_shooting(nlp, text):
    assert typed(nlp, text, "ASSAULT") == []


@pytest.mark.parametrize("text", [
    "India accused Pakistan of a ceasefire violation.",
    "Pakistan denied Indian allegations of ceasefire violations.",
])
def test_the_violated_ceasefire_is_no_truce(nlp, text):
    assert typed(nlp, text, "RETREAT") == []


SUPPLY_AND_TOPICS = [
    # the receiving side of a supply: who sold or sent the goods is named by "from"
    _case("acquire-from", "Russia received ballistic missiles from North Korea.", "AID",
          ["PRK"], ["RUS"]),
    _case("acquire-from", "Moscow is buying rockets and shells from Pyongyang.", "AID",
          ["PRK"], ["RUS"]),
    _case("acquire-from", "Russia acquired drones from Iran.", "AID", ["IRN"], ["RUS"]),
    # weapons named by what they are rounds of, and goods funnelled to someone
    _case("rounds", "Pyongyang is shipping artillery rounds to Moscow.", "AID", ["PRK"],
          ["RUS"]),
    _case("funnel", "Iran has been funnelling rockets to Russia.", "AID", ["IRN"], ["RUS"]),
    # "concern over the arrests": the one concerned did not arrest anyone
    _case("topic", "The UN voiced concern over the arrests in Myanmar.", "COERCE", ["MMR"],
          ["MMR"]),
    _case("topic", "The EU expressed alarm about the detentions in Belarus.", "COERCE",
          ["BLR"], ["BLR"]),
    # "hit out at X over Y", "criticised X over Y": Y is X's act
    _case("over-act", "Britain hit out at Russia over the hacking.", "COERCE", ["RUS"],
          ["GBR"]),
    _case("over-act", "The US criticised China over the cyberattacks.", "COERCE", ["CHN"],
          ["USA"]),
]


@pytest.mark.parametrize("text,etype,actors,recipients", SUPPLY_AND_TOPICS)
def test_supply_received_and_acts_named_as_topics(nlp, text, etype, actors, recipients):
    events = typed(nlp, text, etype)
    assert [(sorted(e["actors"]), sorted(e["recipients"])) for e in events] == [
        (sorted(actors), sorted(recipients))]


@pytest.mark.parametrize("text", [
    "The minister received the Iranian envoy in Moscow.",
    "The two sides held three rounds of talks.",
    "Iranian media said the navy had received new helicopters.",
])
def test_no_supply_without_goods_and_a_source(nlp, text):
    assert typed(nlp, text, "AID") == []


@pytest.mark.parametrize("text,etype,parties", [
    ("Tehran and Moscow are engaged in talks intended to improve relations.", "CONSULT",
     ["IRN", "RUS"]),
    ("Iran and Russia held a meeting aimed at strengthening their alliance.", "CONSULT",
     ["IRN", "RUS"]),
])
def test_a_purpose_participle_belongs_to_its_event(nlp, text, etype, parties):
    doc = nlp(text)
    assert [(e["type"], sorted(e["actors"])) for e in doc._.events] == [(etype, parties)]


def test_an_apposition_says_what_a_named_party_is(nlp):
    """"Pakistan, a key US ally in the war": no SUPPORT event, and the US takes no part in
    what Pakistan does."""
    doc = nlp("Pakistan, a key US ally in the war on terror, refused to send troops to Iraq.")
    assert [(e["type"], e["actors"]) for e in doc._.events] == [("REJECT", ["PAK"])]
    [ev] = typed(nlp, "Iran, Russia's closest partner in the region, denied the report.",
                 "REJECT")
    assert ev["actors"] == ["IRN"]
    assert typed(nlp, "Iran, Russia's closest partner in the region, denied the report.",
                 "SUPPORT") == []


@pytest.mark.parametrize("text,etype,actors,recipients", [
    ("Myanmar's generals plan to execute four activists. The UN called on the junta to "
     "halt the executions.", "REQUEST", ["UN"], ["MMR"]),
    ("Iran faces a new IAEA report. NATO urged the regime to allow inspections.", "REQUEST",
     ["NATO"], ["IRN"]),
])
def test_a_state_descriptor_points_to_a_country_not_a_body(nlp, text, etype, actors,
                                                          recipients):
    [ev] = typed(nlp, text, etype)
    assert ev["actors"] == actors and ev["recipients"] == recipients
