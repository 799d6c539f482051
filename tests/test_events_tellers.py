"""Whether the speaker who tells a hostile act did it (argument sources ``told_doer``
and ``told_victim``, pipeline/stages/events/tellers.py): the teller as the side the act
befell, as its doer, as the announcer of its own measure, and as a third party.
Sentences written for these tests (issue 13t)."""

from __future__ import annotations

import pytest

from tests.event_probes import typed as of_type


@pytest.mark.parametrize("text, teller", [
    # the undergoer names the teller: its own people, its own place, the first person
    ("Armenia's defence ministry said the mortar fire wounded two of its conscripts.", "ARM"),
    ("Thailand's army said the bombing damaged a checkpoint in its Narathiwat province.",
     "THA"),
    ("Chad's government said the raid on a garrison in N'Djamena killed eight soldiers.",
     "TCD"),
    ("\"The shelling destroyed two of our field hospitals,\" Sudan's army said.", "SDN"),
    # no undergoer naming a side: told by the side it concerns, with no doer named
    ("Ethiopia said the attack killed 14 civilians near the border.", "ETH"),
])
def test_a_teller_whose_side_an_act_befell_did_not_do_it(nlp, text, teller):
    events = of_type(nlp, text, "ASSAULT")
    assert events, text
    assert all(teller not in e["actors"] for e in events)
    assert any(teller in e["recipients"] for e in events)


@pytest.mark.parametrize("text, teller, enemy", [
    # an act aimed at an armed enemy is the teller's own operation
    ("Mali's army said the air strikes destroyed JNIM bases near Timbuktu.", "MLI", "JNIM"),
    ("Somalia's government said the airstrike killed 40 al-Shabaab fighters.", "SOM",
     "ALSHABAAB"),
    ("Nigeria's army said the air raid killed dozens of insurgents in its northeast.", "NGA",
     None),
    # an own-side marker names the doer before the teller is asked
    ("Israel said the strikes by its warplanes hit Hezbollah depots.", "ISR", "HEZBOLLAH"),
])
def test_a_teller_aiming_at_an_armed_enemy_did_it(nlp, text, teller, enemy):
    events = of_type(nlp, text, "ASSAULT")
    assert any(e["actors"] == [teller] for e in events), events
    if enemy:
        assert any(enemy in e["recipients"] for e in events)


@pytest.mark.parametrize("text, etype, teller, target", [
    # an announced measure is the announcer's own, hostile or not
    ("Canada said the new sanctions would hit Belarusian potash exporters.", "SANCTION",
     "CAN", "BLR"),
    ("Britain said the expulsions of Iranian diplomats would take effect on Friday.",
     "SANCTION", "GBR", "IRN"),
    ("Norway said the shipment of medical supplies to Gaza would leave on Monday.", "AID",
     "NOR", None),
])
def test_a_teller_announcing_its_own_measure_does_it(nlp, text, etype, teller, target):
    events = of_type(nlp, text, etype)
    assert any(teller in e["actors"] for e in events), events
    if target:
        assert any(target in e["recipients"] for e in events)


@pytest.mark.parametrize("text, teller", [
    ("The UN said the shelling forced a clinic in Kharkiv to close.", "UN"),
    ("Amnesty International said the bombing of a school in Darfur killed children.", None),
    ("Belgium said the ambush killed three UN peacekeepers in eastern Congo.", "BEL"),
    ("Kyiv said the attack destroyed a grain terminal.", "UKR"),
])
def test_a_teller_with_no_doer_named_is_no_doer(nlp, text, teller):
    events = of_type(nlp, text, "ASSAULT")
    assert events, text
    assert all(not e["actors"] for e in events), events
    if teller:
        assert all(teller not in e["actors"] for e in events)


@pytest.mark.parametrize("text, doer, victim", [
    ("Georgia said Russian troops shelled a village in its Shida Kartli region.", "RUS", "GEO"),
    ("Guyana said Venezuelan gunmen attacked its soldiers on the Essequibo river.", "VEN",
     "GUY"),
])
def test_a_doer_named_in_the_telling_stays_the_doer(nlp, text, doer, victim):
    (ev,) = of_type(nlp, text, "ASSAULT")
    assert ev["actors"] == [doer]
    assert victim in ev["recipients"]


def test_cooperative_acts_told_by_a_party_keep_the_teller(nlp):
    (ev,) = of_type(nlp, "Serbia said the talks with Kosovo had stalled again.", "CONSULT")
    assert set(ev["actors"]) >= {"SRB", "XKX"}
