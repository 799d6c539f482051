"""Events, issue 13ad: recipients by grammatical frame.  A third party that speaks with,
calls or meets both sides of a quarrel acts on the pair (PLOVER CONSULT, third-party
mode), while contacts between the parties themselves stay symmetric; forces moved
"toward" a country's border are aimed at that country (CAMEO 15 force posture); a
concession told by the demand it meets yields to whoever made the demand.
Sentences written for the tests, on topics away from the corpus."""

from __future__ import annotations

import pytest

from tests.event_probes import case as _case
from tests.event_probes import sides


@pytest.fixture(scope="module")
def nlp():
    from pipeline.nlp import build_nlp

    return build_nlp(exclude=("claims",))


CASES = [
    # "spoke with / to both leaders", "the two sides": the pair named before
    _case("with-both", "Chile and Peru traded accusations over the fishing zone. Brazil's "
          "foreign minister said he had spoken with both leaders by telephone.", "CONSULT",
          ["BRA"], ["CHL", "PER"]),
    _case("with-two-sides", "Serbia and Croatia exchanged protests over the border. The "
          "German chancellor spoke with the two sides by phone.", "CONSULT", ["DEU"],
          ["HRV", "SRB"]),
    # a meeting's object
    _case("met-both", "Kenya and Somalia are at odds over the maritime border. Ethiopia's "
          "prime minister met both leaders in Addis Ababa.", "CONSULT", ["ETH"],
          ["KEN", "SOM"]),
    # contacts between the parties: every party an actor
    _case("between-parties", "Putin and Lukashenko spoke by phone on Friday.", "CONSULT",
          ["BLR", "RUS"], []),
    _case("named-counterpart", "Iran's foreign minister spoke with his Russian counterpart "
          "by phone.", "CONSULT", ["IRN", "RUS"], []),
]


@pytest.mark.parametrize("text,etype,actors,recipients", CASES)
def test_third_party_contacts(nlp, text, etype, actors, recipients):
    assert (sorted(actors), sorted(recipients)) in sides(nlp, text, etype)


def test_the_pair_speaking_with_another_stays_symmetric(nlp):
    text = "The leaders of Chile and Peru met in Lima. Both sides talked with Brazil on Monday."
    assert (["BRA", "CHL", "PER"], []) in sides(nlp, text, "CONSULT")


TOWARD = [
    _case("toward", "Azerbaijan moved armoured units toward the Armenian border on Monday.",
          "MOBILIZE", ["AZE"], ["ARM"]),
    _case("towards", "Venezuela sent troops towards the Guyanese frontier.", "MOBILIZE",
          ["VEN"], ["GUY"]),
]


@pytest.mark.parametrize("text,etype,actors,recipients", TOWARD)
def test_forces_moved_toward_a_country(nlp, text, etype, actors, recipients):
    assert sides(nlp, text, etype) == [(sorted(actors), sorted(recipients))]


CONCESSIONS = [
    # a concession told by the demand it meets yields to whoever made the demand
    ("Ecuador demanded that Mexico hand over the fugitive. Mexico City complied with the "
     "request a week later.", ["MEX"], ["ECU"]),
    ("Kenya urged Uganda to reopen the border crossing. Kampala accepted the request on "
     "Friday.", ["UGA"], ["KEN"]),
    # no demand told before: no one to yield to
    ("Chad and Sudan quarrelled over refugees. Chad agreed to the demand.", ["TCD"], []),
]


@pytest.mark.parametrize("text,actors,recipients", CONCESSIONS)
def test_concession_yields_to_the_demander(nlp, text, actors, recipients):
    assert sides(nlp, text, "CONCEDE") == [(actors, recipients)]


def test_the_demand_noun_is_the_demanders(nlp):
    text = ("Ecuador demanded that Mexico hand over the fugitive. Mexico City complied with "
            "the request a week later.")
    assert sides(nlp, text, "REQUEST") == [(["ECU"], ["MEX"]), (["ECU"], ["MEX"])]
