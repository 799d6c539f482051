"""Events, direction (issue 13, branch 13ae): a reprisal told with no object is aimed at
whoever did the hostile act it answers, and an act told as a gerund a response verb
answers ("responded to shelling from X") befell the responder.  Sentences written for
the tests (none taken from the corpus or the written benchmarks)."""

from __future__ import annotations

import pytest

from tests.event_probes import case as _case
from tests.event_probes import sides


@pytest.fixture(scope="module")
def nlp():
    from pipeline.nlp import build_nlp

    return build_nlp(exclude=("claims",))


ANSWERED = [
    # a reprisal announced: the threat is aimed at the doer of the act just told
    _case("would-retaliate", "Chile imposed new tariffs on Argentine wheat on Monday. "
          "Buenos Aires said it would retaliate.", "THREATEN", ["ARG"], ["CHL"]),
    _case("would-reciprocate", "Peruvian police detained two Ecuadorian fishermen. "
          "Ecuador said it would reciprocate.", "THREATEN", ["ECU"], ["PER"]),
    _case("would-hit-back", "Ecuadorian police stormed the Mexican embassy in Quito. "
          "Mexico said it would hit back.", "THREATEN", ["MEX"], ["ECU"]),
    # a vow whose infinitive answers
    _case("vowed-to-retaliate", "Sri Lankan sailors fired on Indian fishing boats near "
          "the island. New Delhi vowed to retaliate.", "THREATEN", ["IND"], ["LKA"]),
    _case("vowed-to-hit-back", "Serbian police arrested three Kosovar officers at the "
          "border. Pristina vowed to hit back.", "THREATEN", ["XKX"], ["SRB"]),
    # force used in reply: the side that fired first is the one fired back at
    _case("struck-back", "Eritrean troops raided an Ethiopian town. Ethiopian forces "
          "struck back on Monday.", "ASSAULT", ["ETH"], ["ERI"]),
]


@pytest.mark.parametrize("text,etype,actors,recipients", ANSWERED)
def test_a_reprisal_with_no_object_answers_the_act_done_to_it(nlp, text, etype, actors,
                                                            recipients):
    assert (sorted(actors), sorted(recipients)) in sides(nlp, text, etype)


@pytest.mark.parametrize("text,attacker,responder", [
    # the answered act told in the same sentence, with no target of its own
    ("Thai troops returned fire after Cambodian soldiers shelled a border post.", "KHM",
     "THA"),
    ("Indian forces returned fire after Chinese troops attacked a patrol.", "CHN", "IND"),
    # told first, with the responder as its target
    ("Cambodian soldiers shelled a Thai border post on Tuesday, and Thai troops returned "
     "fire.", "KHM", "THA"),
])
def test_returned_fire_is_aimed_at_who_fired_first(nlp, text, attacker, responder):
    found = sides(nlp, text, "ASSAULT")
    assert ([responder], [attacker]) in found
    assert all(responder not in actors for actors, _ in found if attacker in actors)


@pytest.mark.parametrize("text,etype,responder", [
    # the act just told befell another side: nothing here answers it
    ("Chile imposed new tariffs on Argentine wheat on Monday. Peru said it would "
     "retaliate.", "THREATEN", "PER"),
    ("Eritrean troops raided a Sudanese town. Ethiopian forces struck back on Monday.",
     "ASSAULT", "ETH"),
])
def test_a_reprisal_answers_no_act_done_to_another_side(nlp, text, etype, responder):
    found = sides(nlp, text, etype)
    assert ([responder], []) in found


@pytest.mark.parametrize("text,attacker,responder", [
    ("Armenian troops responded to shelling from Azerbaijani positions.", "AZE", "ARM"),
    ("Armenia responded to shelling from Azerbaijan.", "AZE", "ARM"),
    ("Armenian troops responded to shelling by Azerbaijani forces.", "AZE", "ARM"),
])
def test_a_gerund_a_response_answers_befell_the_responder(nlp, text, attacker, responder):
    assert sides(nlp, text, "ASSAULT") == [([attacker], [responder])]


def test_a_gerund_answered_with_no_doer_named_keeps_the_responder_as_its_target(nlp):
    assert sides(nlp, "Armenian troops responded to the shelling.", "ASSAULT") == [
        ([], ["ARM"])]


@pytest.mark.parametrize("text,etype,actors,recipients", [
    # the act answered named in the response's own "to" / "for" phrase
    _case("respond-to-named", "Bolivia said it would respond to Chilean provocations.",
          "THREATEN", ["BOL"], ["CHL"]),
    _case("respond-to-named", "Venezuela said it would respond firmly to any Guyanese "
          "aggression.", "THREATEN", ["VEN"], ["GUY"]),
    _case("retaliate-for-named", "The Chadian army vowed to retaliate for the Sudanese "
          "raid on its border town.", "THREATEN", ["TCD"], ["SDN"]),
])
def test_a_reprisal_answers_the_doer_its_phrase_names(nlp, text, etype, actors, recipients):
    assert (sorted(actors), sorted(recipients)) in sides(nlp, text, etype)
