"""Events (issue 13, helper u): who an act on a long report is aimed at - forces kept or
deployed in a country (CAMEO 154, PLOVER MOBILIZE: the country is the recipient, also
when the place phrase hangs on the forces or below a place noun) and a judgement of a
hostile act named by a bare noun ("condemned the raids", CAMEO 111: aimed at whoever did
the act told before); on short texts written for the tests (none taken from the corpus or
the written benchmarks)."""

from __future__ import annotations

import pytest

from tests.event_probes import case as _case
from tests.event_probes import sides, typed


@pytest.fixture(scope="module")
def nlp():
    from pipeline.nlp import build_nlp

    return build_nlp(exclude=("claims",))


CASES = [
    # the place phrase on the forces, not on the verb
    _case("on-forces", "Armenia says Azerbaijan keeps troops inside Armenia.", "MOBILIZE",
          ["AZE"], ["ARM"]),
    # a country below a place noun
    _case("below-place", "Ethiopia has kept soldiers at three border posts inside Eritrea.",
          "MOBILIZE", ["ETH"], ["ERI"]),
    # forces deployed in named countries
    _case("deployed-in", "Hundreds of Turkish advisers are now deployed in Libya and Somalia.",
          "MOBILIZE", ["TUR"], ["LBY", "SOM"]),
    # a hostile act noun under a judging verb points back to the act
    _case("condemned-raids", "Israeli aircraft bombed targets in southern Syria on Sunday. "
          "Syria's foreign ministry condemned the raids.", "ACCUSE", ["SYR"], ["ISR"]),
    _case("denounced-seizure", "Venezuelan troops seized a Guyanese oil tanker on Friday. "
          "Guyana's president denounced the seizure.", "ACCUSE", ["GUY"], ["VEN"]),
]


@pytest.mark.parametrize("text,etype,actors,recipients", CASES)
def test_sides(nlp, text, etype, actors, recipients):
    assert (sorted(actors), sorted(recipients)) in sides(nlp, text, etype)


def test_place_of_own_forces_is_no_recipient(nlp):
    """Forces kept at home are aimed at no one: the actor is never its own recipient."""
    found = sides(nlp, "Russia keeps troops in Kaliningrad.", "MOBILIZE")
    assert all("RUS" not in recipients for _, recipients in found)


def test_judged_noun_skips_a_friendly_act(nlp):
    """A hostile act noun points back past a visit told in between to the attack."""
    text = ("Sudanese army jets bombed RSF positions near El Fasher. Egypt's foreign "
            "minister visited Port Sudan on Monday. The RSF condemned the strikes.")
    found = [s for s in sides(nlp, text, "ACCUSE") if s[0] == ["RSF"]]
    assert found and all(recipients == ["SDN"] for _, recipients in found)


@pytest.mark.parametrize("text", [
    "The shelling risks pulling the region back into war, the mediators warned.",
    "Belgrade called the arrests an act of war.",
])
def test_bare_war_in_a_phrase_is_no_event(nlp, text):
    """A bare "war" inside a prepositional phrase names war in general, not one fought."""
    assert not [e for e in typed(nlp, text, "ASSAULT") if e["trigger"]["text"] == "war"]


@pytest.mark.parametrize("text,actors", [
    ("Ethiopia and Eritrea went to war in 1998.", ["ERI", "ETH"]),
    ("The war in Sudan has displaced millions.", []),
    ("Russia waged war on Ukraine.", ["RUS"]),
])
def test_war_that_is_fought_stays(nlp, text, actors):
    found = [e for e in typed(nlp, text, "ASSAULT") if e["trigger"]["text"] == "war"]
    assert found and sorted(found[0]["actors"]) == actors


@pytest.mark.parametrize("text,actors", [
    # a speaker says a side will strike (CAMEO 138, threaten with military force)
    ("Al-Shabaab said its fighters would attack any Kenyan convoy on the road.",
     ["ALSHABAAB"]),
    ("Hezbollah said it would hit military bases in northern Israel.", ["HEZBOLLAH"]),
    # responding to an attack, in the future, is retaliation threatened
    ("Tehran said it would respond to the Israeli strikes at a time of its choosing.",
     ["IRN"]),
])
def test_told_future_strike_is_a_threat(nlp, text, actors):
    found = typed(nlp, text, "THREATEN")
    assert found and sorted(found[0]["actors"]) == actors
    assert not typed(nlp, text, "ASSAULT") or all(
        e["trigger"]["text"] not in ("attack", "hit") for e in typed(nlp, text, "ASSAULT"))


def test_reported_past_strike_stays_an_assault(nlp):
    """Without the modal, a told strike is an attack, not a threat."""
    text = "Hezbollah said it struck military bases in northern Israel."
    assert typed(nlp, text, "ASSAULT") and not typed(nlp, text, "THREATEN")


SANCTIONS = [
    # a group listed as terrorist
    _case("designated", "Washington designated the Houthis as a terrorist organization.",
          "SANCTION", ["USA"], ["HOUTHI"]),
    _case("redesignated", "Britain redesignated Hamas as a terrorist group.", "SANCTION",
          ["GBR"], ["HAMAS"]),
]


@pytest.mark.parametrize("text,etype,actors,recipients", SANCTIONS)
def test_sanction_sides(nlp, text, etype, actors, recipients):
    assert (sorted(actors), sorted(recipients)) in sides(nlp, text, etype)


@pytest.mark.parametrize("text,addresser,sides_named", [
    # a coordinated subject is not the group "both sides" points back to
    ("Eritrean troops shelled Ethiopian border towns. Kenya and Uganda urged both sides to "
     "stop the fighting.", ["KEN", "UGA"], ["ERI", "ETH"]),
    # nor is a single urger counted among the last two actors named
    ("Serbian police arrested three Kosovo officers at the border. The European Union "
     "condemned the arrests and urged both sides to calm tensions.", ["EU"], ["SRB", "XKX"]),
])
def test_both_sides_are_not_the_one_urging(nlp, text, addresser, sides_named):
    found = [s for s in sides(nlp, text, "REQUEST") if s[0] == addresser]
    assert found and found[0][1] == sides_named


def test_sides_said_of_themselves_stay_bound(nlp):
    """A subject group that speaks of both sides is still both sides."""
    found = sides(nlp, "Armenia and Azerbaijan said both sides would withdraw troops.",
                  "RETREAT")
    assert found and found[0][0] == ["ARM", "AZE"]


@pytest.mark.parametrize("text,code", [
    # wire style: bare "Congo" is the Democratic Republic; the other is named in full
    ("Congo's army said it had retaken two villages.", "COD"),
    ("Fighting in eastern Congo has displaced thousands.", "COD"),
    ("The Republic of Congo held a vote on Sunday.", "COG"),
    ("Congo Republic said it would send observers.", "COG"),
])
def test_congo_names(nlp, text, code):
    doc = nlp(text)
    codes = [e._.actor.get("code") for e in doc.ents if "Congo" in e.text and e._.actor]
    assert codes == [code]
