"""Events, issue 13ao: a hostile act aimed at a class of things ("launched attacks on
merchant ships", "raids on power stations and dams", "attacks on shipping") names its
own target, so it takes no recipient from an earlier act by the same side, and a later
single act ("Tuesday's attack") does not point back to it.  An act with a specific or
no target phrase still takes the other side from the act told before.
Sentences written for the tests, on topics away from the corpus."""

from __future__ import annotations

import pytest

from tests.event_probes import sides


@pytest.fixture(scope="module")
def nlp():
    from pipeline.nlp import build_nlp

    return build_nlp(exclude=("claims",))


def test_campaign_on_a_mass_noun_takes_no_earlier_recipient(nlp):
    text = ("Houthi rebels fired a missile at a tanker linked to Israel on Monday. The "
            "Houthis have launched dozens of attacks on shipping since November.")
    assert sides(nlp, text, "ASSAULT") == [(["HOUTHI"], ["ISR"]), (["HOUTHI"], [])]


def test_campaign_on_bare_plurals_takes_no_earlier_recipient(nlp):
    text = ("Al-Shabaab fighters attacked a Kenyan army base on Monday. The group has also "
            "carried out raids on power stations and bridges in recent months.")
    assert sides(nlp, text, "ASSAULT") == [(["ALSHABAAB"], ["KEN"]), (["ALSHABAAB"], [])]


def test_a_later_single_act_points_past_the_campaign(nlp):
    text = ("The RSF shelled the Sudanese city of El Obeid on Sunday. RSF fighters have also "
            "carried out drone raids on power stations and dams. Tuesday's attack cut power "
            "across the city.")
    assert sides(nlp, text, "ASSAULT") == [(["RSF"], ["SDN"]), (["RSF"], []),
                                           (["RSF"], ["SDN"])]


def test_an_act_told_again_without_a_class_target_keeps_the_other_side(nlp):
    text = ("Al-Shabaab fighters attacked a Kenyan army base on Monday. The group carried "
            "out another attack on Tuesday.")
    assert sides(nlp, text, "ASSAULT") == [(["ALSHABAAB"], ["KEN"]), (["ALSHABAAB"], ["KEN"])]
