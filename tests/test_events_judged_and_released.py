"""Events (issue 13, helper ak): recipients a request or a judgement names only by an
act noun.  A request for someone's release is addressed to whoever holds them (the doer
of the earlier arrest, detention, sentence or seizure); a judgement of a definite act
noun ("condemned the remarks", "denounced the law", "criticised the decision") is aimed
at the doer of the act it points back to, or, when the sentence before tells that act
as no event, at that sentence's doer.  The subject pronoun of an object relative clause
("a commander whom it blamed") is the outer clause's subject, not the noun modified;
a weapon fired by a side ("shells fired by X hit a school in Y") strikes for that side.
Sentences written for the tests (none taken from the corpus or the written benchmarks)."""

from __future__ import annotations

import pytest

from tests.event_probes import case as _case
from tests.event_probes import sides


@pytest.fixture(scope="module")
def nlp():
    from pipeline.nlp import build_nlp

    return build_nlp(exclude=("claims",))


RELEASES = [
    _case("release-after-sentence", "A court in Tehran sentenced a French citizen to eight "
          "years in prison. Paris called the sentence outrageous and demanded his release.",
          "REQUEST", ["FRA"], ["IRN"]),
    _case("release-for-phrase", "Police in Minsk detained two Lithuanian journalists on "
          "Friday. Vilnius condemned the arrests and called for their immediate release.",
          "REQUEST", ["LTU"], ["BLR"]),
    _case("release-of-crew", "Houthi fighters seized a Japanese-operated cargo ship in the "
          "Red Sea. Tokyo pressed for the release of the crew.",
          "REQUEST", ["JPN"], ["HOUTHI"]),
]

JUDGED = [
    _case("remarks-of-earlier-act", "Venezuela's president threatened Guyana on Sunday. "
          "Georgetown condemned the remarks as dangerous.", "ACCUSE", ["GUY"], ["VEN"]),
    _case("law-told-as-no-event", "Serbia's parliament passed a law on the northern "
          "districts. Kosovo denounced the law as an attack on its sovereignty.",
          "ACCUSE", ["XKX"], ["SRB"]),
    _case("decision-told-as-no-event", "Chad's president dissolved the border commission. "
          "Sudan criticised the decision.", "ACCUSE", ["SDN"], ["TCD"]),
    _case("move-welcomed", "Chad's president dissolved the border commission on Monday. "
          "Sudan welcomed the move.", "SUPPORT", ["SDN"], ["TCD"]),
    _case("reported-clause-doer", "Kenyan officials said Somalia's parliament had passed a "
          "bill on the maritime boundary. Nairobi rejected the bill.",
          "REJECT", ["KEN"], ["SOM"]),
]

RELATIVES = [
    _case("whom-it-blamed", "Israel struck a Hezbollah commander whom it blamed for the "
          "rocket attack.", "ACCUSE", ["ISR"], ["HEZBOLLAH"]),
    _case("whom-it-accused-appositive", "Washington imposed sanctions on a Rwandan general, "
          "Emmanuel Ruvusha, whom it accused of backing the rebels.",
          "ACCUSE", ["USA"], ["RWA"]),
    _case("whom-they-accused", "Sudanese troops arrested two Chadian smugglers whom they "
          "accused of arming the militia.", "ACCUSE", ["SDN"], ["TCD"]),
]


@pytest.mark.parametrize(("text", "etype", "actors", "recipients"), RELATIVES)
def test_relative_clause_pronoun_is_the_outer_subject(nlp, text, etype, actors, recipients):
    assert (sorted(actors), sorted(recipients)) in sides(nlp, text, etype)


def test_modified_subject_is_no_antecedent(nlp):
    """"The minister, whom it sanctioned, said": the noun the clause modifies is the
    outer subject, so the pronoun is not bound to it."""
    text = "The Rwandan minister, whom it sanctioned last year, said the charges were false."
    assert all("RWA" not in a for a, _ in sides(nlp, text, "SANCTION"))


@pytest.mark.parametrize(("text", "etype", "actors", "recipients"), RELEASES)
def test_release_request_is_addressed_to_the_holder(nlp, text, etype, actors, recipients):
    assert (sorted(actors), sorted(recipients)) in sides(nlp, text, etype)


@pytest.mark.parametrize(("text", "etype", "actors", "recipients"), JUDGED)
def test_judged_act_noun_aims_at_its_doer(nlp, text, etype, actors, recipients):
    assert (sorted(actors), sorted(recipients)) in sides(nlp, text, etype)


def test_release_with_no_holding_act_stays_unaddressed(nlp):
    """No arrest, detention or seizure told before: no holder to guess."""
    text = "Qatar's emir met Egyptian officials in Cairo and pressed for the release of aid."
    assert all(not r for _, r in sides(nlp, text, "REQUEST"))


def test_own_side_doer_is_not_its_own_judge(nlp):
    """The sentence before tells the judge's own act: the judgement gets no recipient."""
    text = "Kenya's parliament passed a law on border security. Kenya's president praised the law."
    assert all("KEN" not in r for _, r in sides(nlp, text, "SUPPORT"))


WEAPONS = [
    _case("launched-by-struck", "Drones launched by the RSF struck a fuel depot in Port "
          "Sudan on Tuesday.", "ASSAULT", ["RSF"], ["SDN"]),
    _case("fired-by-hit", "Shells fired by Azerbaijani forces hit a school in Armenia.",
          "ASSAULT", ["AZE"], ["ARM"]),
]


@pytest.mark.parametrize(("text", "etype", "actors", "recipients"), WEAPONS)
def test_weapon_fired_by_a_side_strikes_for_it(nlp, text, etype, actors, recipients):
    """The firing and the striking are one act: both get both sides."""
    found = sides(nlp, text, etype)
    assert len(found) == 2
    assert all(f == (sorted(actors), sorted(recipients)) for f in found)


def test_ranked_retelling_is_the_act_said_not_the_speakers(nlp):
    """"..., the army said, in the first attack on the city": the speaker did not attack;
    the retelling takes the sides of the act said."""
    text = ("Drones launched by the RSF struck a fuel depot in Port Sudan on Tuesday, "
            "Sudan's army said, in the first attack on the city since the war began.")
    found = [(sorted(e["actors"]), sorted(e["recipients"]))
             for e in nlp(text)._.events if e["trigger"]["text"] == "attack"]
    assert found == [(["RSF"], ["SDN"])]


def test_ranked_retelling_keeps_the_speaker_out(nlp):
    text = ("Rockets hit a market in Kharkiv on Monday, Ukraine's emergency service said, "
            "in the deadliest attack on the city this year.")
    assert all("UKR" not in e["actors"] for e in nlp(text)._.events)


def test_hyphenated_operator_is_the_side_acted_on(nlp):
    """"a Greek-operated vessel" is the operator's, as "a vessel operated by X" is; a
    flag ("Marshall Islands-flagged") names no party."""
    assert (["HOUTHI"], ["JPN"]) in sides(
        nlp, "Houthi fighters attacked a Japanese-operated cargo ship in the Red Sea.", "ASSAULT")
    assert (["IRN"], ["GRC"]) in sides(
        nlp, "Iran's navy detained a Greek-operated vessel in the Gulf last year.", "COERCE")
