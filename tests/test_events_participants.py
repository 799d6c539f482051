"""Events, issue 13h: participants of found events by dependency frame, on short
sentences written for the tests (none taken from the corpus)."""

from __future__ import annotations

import pytest

from tests.event_probes import case as _case
from tests.event_probes import sides, typed


@pytest.fixture(scope="module")
def nlp():
    from pipeline.nlp import build_nlp

    return build_nlp(exclude=("claims",))


FRAMES = [
    # a repeated preposition coordinated with the first names the same role
    _case("and-on", "Kenya imposed sanctions on Somalia and on Ethiopia.", "SANCTION",
          ["KEN"], ["ETH", "SOM"]),
    _case("and-on", "Egypt protested against Sudan and against Libya.", "PROTEST", ["EGY"],
          ["LBY", "SDN"]),
    # ... also when the parser hangs the second one on the verb after an apposition
    _case("and-on-after-appos", "Kenya, the largest state, blamed the ambush on Somalia, "
          "and on Ethiopia.", "ACCUSE", ["KEN"], ["ETH", "SOM"]),
    _case("and-on-after-appos", "On Friday, Ghana blamed the raid on the rebels, a group "
          "based in the north, and on the army of Togo.", "ACCUSE", ["GHA"], ["TGO"]),
    # "blamed the act on X": the act is X's
    _case("blamed-on", "Mali blamed the ambush on Niger.", "ASSAULT", ["NER"], ["MLI"]),
    _case("blamed-on", "Kenya, the largest state, blamed the ambush on Somalia, and on "
          "Ethiopia.", "ASSAULT", ["ETH", "SOM"], ["KEN"]),
    # "told X to VERB" is a demand on X
    _case("told-to", "The Kenyan president told Uganda to withdraw its troops.", "REQUEST",
          ["KEN"], ["UGA"]),
    _case("told-to", "Brazil told Argentina to release the detained fishermen.", "REQUEST",
          ["BRA"], ["ARG"]),
    # an act drawn on the subject comes from the "from" phrase
    _case("drew-from", "Israel faced criticism from Egypt over the raid.", "ACCUSE", ["EGY"],
          ["ISR"]),
    _case("drew-from", "Chad's raid has drawn criticism from the African Union.", "ACCUSE",
          ["AU"], ["TCD"]),
    _case("drew-from", "Kenya faced new sanctions from the European Union.", "SANCTION", ["EU"],
          ["KEN"]),
    _case("drew-from", "Chad's decision drew threats from Libya.", "THREATEN", ["LBY"], ["TCD"]),
    _case("drew-from", "Kenya earned praise from the United Nations.", "SUPPORT", ["UN"],
          ["KEN"]),
    # but who draws up sanctions makes them
    _case("drew-up", "The EU drew up new sanctions against Belarus.", "SANCTION", ["EU"],
          ["BLR"]),
    _case("drew-up", "Ghana drew up a list of sanctions on Togo.", "SANCTION", ["GHA"],
          ["TGO"]),
    _case("drew-including-from", "The hangings drew international condemnation, including "
          "from the United States.", "ACCUSE", ["USA"], []),
    # the act that draws a judgement is what is judged
    _case("drew-act", "Sudan hanged four activists. The hangings drew condemnation from "
          "France.", "ACCUSE", ["FRA"], ["SDN"]),
    # a judgement of an act is aimed at its doer, not at the party the act befell
    _case("judged-act", "Germany condemned Russia's invasion of Georgia.", "ACCUSE", ["DEU"],
          ["RUS"]),
    _case("judged-act", "France criticised Mali's expulsion of Danish troops.", "ACCUSE",
          ["FRA"], ["MLI"]),
    # a "by" phrase the parser hung on an active verb names its event-noun object's doer
    _case("misplaced-by", "Chad condemned the shelling of Sudanese villages by Libya.",
          "ASSAULT", ["LBY"], ["SDN"]),
    _case("misplaced-by", "Chad condemned the shelling of Sudanese villages by Libya.",
          "ACCUSE", ["TCD"], ["LBY"]),
    _case("misplaced-by", "Kenya backed the strikes by Ethiopia on Somalia.", "ASSAULT",
          ["ETH"], ["SOM"]),
    # headlines: two names joined by a comma, a name the parser took for the verb's compound
    _case("headline-comma", "Egypt, Sudan reject Ethiopian dam proposal", "REJECT",
          ["EGY", "SDN"], ["ETH"]),
    _case("headline-comma", "Serbia, Hungary sign energy deal", "SUPPORT", ["HUN", "SRB"], []),
    _case("headline-compound", "Peru rebuffs Chile's demands", "REJECT", ["PER"], ["CHL"]),
    _case("headline-compound", "Mali rebuffs Niger's demands", "REJECT", ["MLI"], ["NER"]),
    # an envoy recalled from a posting: the host of the posting is the recipient, also
    # when "its" names the recaller
    _case("envoy-to", "Bahrain recalls envoy to Lebanon", "SANCTION", ["BHR"], ["LBN"]),
    _case("envoy-to", "Qatar recalled its ambassador to Egypt on Monday.", "SANCTION", ["QAT"],
          ["EGY"]),
    # the parties of talks a third side hosts are named by "between"
    _case("hosted-talks", "Qatar hosted talks between Ethiopia and Egypt.", "CONSULT",
          ["EGY", "ETH"], []),
    _case("hosted-talks", "Norway hosted negotiations between Colombia and Venezuela.",
          "CONSULT", ["COL", "VEN"], []),
]


@pytest.mark.parametrize("text,etype,actors,recipients", FRAMES)
def test_who_acts_on_whom(nlp, text, etype, actors, recipients):
    assert (sorted(actors), sorted(recipients)) in sides(nlp, text, etype)


@pytest.mark.parametrize("text", [
    "Kenya told Uganda that it would withdraw its troops.",
    "He told Ghana about the sanctions.",
])
def test_telling_without_an_infinitive_is_no_demand(nlp, text):
    assert typed(nlp, text, "REQUEST") == []


@pytest.mark.parametrize("text", [
    "Israel faced criticism from Egypt over the raid.",
    "Israel faced criticism over the raid.",
])
def test_who_draws_criticism_is_not_the_critic(nlp, text):
    assert all("ISR" not in e["actors"] for e in typed(nlp, text, "ACCUSE"))


@pytest.mark.parametrize("text", [
    "The executions of four activists by Sudan drew condemnation from France.",
    "The hangings drew international condemnation, including from the United States.",
])
def test_who_condemns_an_act_is_no_party_to_it(nlp, text):
    condemners = {c for e in typed(nlp, text, "ACCUSE") for c in e["actors"]}
    for ev in typed(nlp, text, "ASSAULT"):
        assert not condemners & set(ev["actors"] + ev["recipients"])


@pytest.mark.parametrize("text,first,second", [
    ("Ethiopia withdrew its troops and released Eritrean prisoners.", "withdrew", "released"),
    ("Kenya imposed travel bans and froze the assets of Somali officials.", "imposed", "froze"),
])
def test_conjoined_verbs_with_their_own_objects_are_two_acts(nlp, text, first, second):
    triggers = [e["trigger"]["text"] for e in nlp(text)._.events]
    assert first in triggers and second in triggers


def test_conjoined_event_nouns_stay_one_act(nlp):
    evs = typed(nlp, "Canada imposed sanctions and an arms embargo on Somalia.", "SANCTION")
    assert len(evs) == 1


@pytest.mark.parametrize("text", [
    "Kenya hosted the president of Ghana.",
    "Egypt hosted the Sudanese delegation in Cairo.",
])
def test_hosting_a_visitor_is_still_a_visit(nlp, text):
    assert [e for e in typed(nlp, text, "CONSULT") if e["mode"] == "visit"]


def test_a_speaker_who_is_alarmed_did_not_do_the_act(nlp):
    evs = typed(nlp, "The detention of protesters in Chad has alarmed the United Nations, "
                "the world body said.", "COERCE")
    assert all("UN" not in e["actors"] for e in evs)


@pytest.mark.parametrize("text,actor", [
    ("MOSCOW, Ukraine rejected the proposal of Poland.", "UKR"),
    ("NAIROBI, Somalia rejected the proposal of Ethiopia.", "SOM"),
])
def test_a_capitalised_dateline_is_no_second_subject(nlp, text, actor):
    assert [e["actors"] for e in typed(nlp, text, "REJECT")] == [[actor]]


@pytest.mark.parametrize("text,etype,sides_wanted", [
    ("Mali accused Niger of arming rebels. It also accused its neighbour of shelling a "
     "border town.", "ACCUSE", (["MLI"], ["NER"])),
    ("Brazil condemned Venezuela over the raid. It also recalled its ambassador.", "SANCTION",
     (["BRA"], ["VEN"])),
])
def test_a_subject_pronoun_goes_on_with_the_last_subject(nlp, text, etype, sides_wanted):
    """"It" opening a sentence is the subject before, not the party named last."""
    assert sides(nlp, text, etype)[-1] == sides_wanted
