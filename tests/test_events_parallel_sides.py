"""Events (issue 13, helper aj): who a pronoun subject and "both sides" stand for.

A subject pronoun of a clause coordinated with an earlier one is that clause's subject,
not the party named last inside it; a sentence-initial "it" goes on with the subject of
the sentence before even when that subject is itself a reference ("the bloc"); "both
sides" and a fight named with one side or none take the two parties of the latest
hostile act told before.  Sentences written for the tests (none taken from the corpus or
the written benchmarks)."""

from __future__ import annotations

import pytest

from tests.event_probes import case as _case
from tests.event_probes import sides


@pytest.fixture(scope="module")
def nlp():
    from pipeline.nlp import build_nlp

    return build_nlp(exclude=("claims",))


PARALLEL = [
    _case("conjoined-clause-it", "Egypt closed the Rafah crossing after an attack by Israeli "
          "troops, and it arrested dozens of smugglers near the border.", "COERCE",
          ["EGY"], None),
    _case("conjoined-clause-it", "Tehran seized two tankers in retaliation for the confiscation "
          "of its oil by Washington, and it detained a Kuwaiti vessel last year.", "COERCE",
          ["IRN"], None),
    _case("subject-through-reference", "The African Union met in Addis Ababa on Monday. The "
          "bloc suspended Gabon after the coup. It also threatened sanctions against the "
          "junta.", "THREATEN", ["AU"], None),
    _case("subject-through-reference", "ASEAN foreign ministers gathered in Jakarta. The bloc "
          "barred Myanmar's generals from its summit. It also condemned the air strikes on "
          "villages.", "ACCUSE", ["ASEAN"], None),
]


@pytest.mark.parametrize(("text", "etype", "actors", "recipients"), PARALLEL)
def test_pronoun_subject_is_the_parallel_subject(nlp, text, etype, actors, recipients):
    assert any(found == sorted(actors) for found, _ in sides(nlp, text, etype)[-1:])


SIDES = [
    _case("both-sides", "Sudanese army jets bombed RSF positions in Darfur on Monday. Egypt, "
          "which backs the army, hosted talks in Cairo. The United Nations urged both sides to "
          "halt the fighting.", "REQUEST", ["UN"], ["RSF", "SDN"]),
    _case("both-sides", "Israeli troops shelled Hezbollah posts near the border. Iran, which "
          "arms the group, warned of a wider war. France urged the two sides to respect the "
          "truce.", "REQUEST", ["FRA"], ["HEZBOLLAH", "ISR"]),
    _case("fight-with-one-side", "Pakistani jets bombed Taliban posts near Kabul on Friday. "
          "The Taliban said the fighting began after the raid.", "ASSAULT",
          ["PAK", "TALIBAN"], []),
    _case("fight-with-one-side", "Israeli aircraft bombed Hamas targets in Gaza overnight. "
          "Hamas said the war would go on.", "ASSAULT", ["HAMAS", "ISR"], []),
    _case("fight-with-one-side", "RSF fighters shelled army bases in El Fasher. Sudan's army "
          "said the war had displaced millions.", "ASSAULT", ["RSF", "SDN"], []),
]


@pytest.mark.parametrize(("text", "etype", "actors", "recipients"), SIDES)
def test_sides_are_the_parties_of_the_fight_before(nlp, text, etype, actors, recipients):
    assert (sorted(actors), sorted(recipients)) in sides(nlp, text, etype)


def test_a_war_elsewhere_keeps_its_own_side(nlp):
    """A fight whose one side is no party to the act before is not given that act's sides."""
    text = ("Turkish jets struck PKK camps in northern Iraq. Ankara said the war in Gaza "
            "had to end.")
    found = sides(nlp, text, "ASSAULT")
    assert len(found) == 2 and found[1] == ([], ["PSE"])
