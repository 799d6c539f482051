"""Events, issue 13 (13ag): sanctions told as controls, designations, expulsions of envoys
and withdrawals from treaties (PLOVER SANCTION, CAMEO 16); border closures told as nouns
and seized ships (COERCE, CAMEO 191 and 171); shows of force by one side: drills held
alone, troops built up, warships sent (MOBILIZE, CAMEO 150/154). Sentences written for the
tests on topics of their own, two cases a phenomenon, and a near miss that must stay
silent or keep its other type."""

from __future__ import annotations

import pytest

from tests.event_probes import case as _case
from tests.event_probes import sides, typed


@pytest.fixture(scope="module")
def nlp():
    from pipeline.nlp import build_nlp

    return build_nlp(exclude=("claims",))


FOUND = [
    # export or trade controls imposed on a side: a sanction, recipient from "on"
    _case("export-controls", "Washington imposed export controls on Chinese chipmakers.",
          "SANCTION", ["USA"], ["CHN"]),
    _case("export-controls", "The Netherlands tightened export controls on Chinese firms.",
          "SANCTION", ["NLD"], ["CHN"]),
    # the designation of a group as terrorist or criminal, told as a noun
    _case("designation", "The designation of the Houthis as a terrorist group angered Yemen.",
          "SANCTION", [], ["HOUTHI"]),
    _case("designation", "Washington announced the designation of the Wagner Group as a "
          "transnational criminal organization.", "SANCTION", ["USA"], ["WAGNER"]),
    # curbs imposed on a side's trade; assets frozen, told as a noun
    _case("curbs", "Britain imposed curbs on Russian oil shipments.", "SANCTION", ["GBR"],
          ["RUS"]),
    _case("curbs", "Washington slapped new curbs on Chinese chip exports.", "SANCTION",
          ["USA"], ["CHN"]),
    _case("freezing", "The freezing of Afghan central bank assets angered the Taliban.",
          "SANCTION", [], ["AFG"]),
    _case("freezing", "Britain ordered the freezing of the oligarch's accounts.", "SANCTION",
          ["GBR"], []),
    # a party added to or put on a sanctions list or entity list
    _case("listing", "The Treasury added five Hong Kong officials to its sanctions list.",
          "SANCTION", [], ["HKG"]),
    _case("listing", "Washington put the Chinese drone maker on its entity list.", "SANCTION",
          ["USA"], ["CHN"]),
    # visas revoked
    _case("revoked", "The State Department revoked the visas of twenty Nicaraguan officials.",
          "SANCTION", ["USA"], ["NIC"]),
    _case("revoked", "Russia revoked the visa of a Dutch journalist.", "SANCTION", ["RUS"],
          ["NLD"]),
    # arms sales halted or blocked (reduce military assistance, CAMEO 1622)
    _case("arms-sales", "Germany halted weapons sales to Saudi Arabia.", "SANCTION", ["DEU"],
          ["SAU"]),
    _case("arms-sales", "Congress blocked arms sales to Turkey.", "SANCTION", [], ["TUR"]),
    # people barred from entering a country (CAMEO 172, administrative sanctions)
    _case("barred-entry", "The EU barred Myanmar's generals from entering the bloc.", "COERCE",
          ["EU"], ["MMR"]),
    _case("barred-entry", "Britain banned Russian oligarchs from travelling to the UK.",
          "COERCE", ["GBR"], ["RUS"]),
    # an envoy declared persona non grata (CAMEO 166)
    _case("persona-non-grata", "Ottawa declared a Chinese diplomat persona non grata.",
          "SANCTION", ["CAN"], ["CHN"]),
    _case("persona-non-grata", "Warsaw declared the Belarusian consul persona non grata.",
          "SANCTION", ["POL"], ["BLR"]),
    # a side leaves a treaty or deal: SANCTION, not a military retreat
    _case("withdraw-deal", "Iran withdrew from the nuclear deal.", "SANCTION", ["IRN"], []),
    _case("withdraw-deal", "Russia pulled out of the grain deal.", "SANCTION", ["RUS"], []),
    # the closure of border crossings told as a noun (CAMEO 191)
    _case("border-closure", "The prime minister ordered the closure of all land crossings "
          "with Cambodia.", "COERCE", [], ["KHM"]),
    _case("border-closure", "Kyrgyzstan announced the closing of its border with Tajikistan.",
          "COERCE", ["KGZ"], ["TJK"]),
    # the internet shut down, access to social media blocked (CAMEO 1721)
    _case("internet", "The Ethiopian government shut down the internet in Tigray.", "COERCE",
          ["ETH"], ["ETH"]),
    _case("internet", "Pakistan blocked access to social media platforms.", "COERCE", ["PAK"],
          ["PAK"]),
    _case("internet", "The Iranian government cut off internet access across the country.",
          "COERCE", ["IRN"], ["IRN"]),
    # a jailing told as a noun; spying on computer networks
    _case("jailing", "The jailing of Alexei Navalny by Russia sparked protests.", "COERCE",
          ["RUS"], ["RUS"]),
    _case("jailing", "Rights groups condemned the jailing of Egyptian bloggers by Cairo.",
          "COERCE", ["EGY"], ["EGY"]),
    _case("cyber-spying", "Chinese state hackers spied on Vietnamese government networks.",
          "COERCE", ["CHN"], ["VNM"]),
    _case("cyber-spying", "North Korean agents spied on the email accounts of South Korean "
          "officials.", "COERCE", ["PRK"], ["KOR"]),
    # ships seized, in the plural as in the singular
    _case("seized-ships", "Tehran has seized tankers in the past.", "COERCE", ["IRN"], []),
    _case("seized-ships", "The Houthis seized two freighters in the Red Sea.", "COERCE",
          ["HOUTHI"], []),
    # a country suspended by a bloc (its membership told by the object alone)
    _case("suspend-member", "The African Union suspended Niger after the coup.", "SANCTION",
          ["AU"], ["NER"]),
    _case("suspend-member", "The Commonwealth suspended Fiji in 2009.", "SANCTION", [],
          ["FJI"]),
    # a court condemns someone to death or prison: a sentence (CAMEO 173)
    _case("condemned-to", "A Cairo court condemned twelve Islamists to life in prison.",
          "COERCE", ["EGY"], ["EGY"]),
    _case("condemned-to", "A Tehran court condemned two protesters to death.", "COERCE",
          ["IRN"], ["IRN"]),
    # ships or planes that sail or fly into another side's waters or airspace (CAMEO 192)
    _case("incursion-motion", "Turkish jets flew into Greek airspace.", "COERCE", ["TUR"],
          ["GRC"]),
    _case("incursion-motion", "Chinese fishing boats sailed into Indonesian waters.",
          "COERCE", ["CHN"], ["IDN"]),
    # an incursion told as a noun, its territory on the noun or on a light verb
    _case("incursion-noun", "The incursion into Lithuanian airspace by a Russian jet drew "
          "protests.", "COERCE", ["RUS"], ["LTU"]),
    _case("incursion-noun", "Tajik border guards made an incursion into Kyrgyz territory.",
          "COERCE", ["TJK"], []),
    # drills one side holds alone: a show of force (the joint ones stay COOPERATE)
    _case("lone-drills", "China held large-scale military exercises near Taiwan.",
          "MOBILIZE", ["CHN"], []),
    _case("lone-drills", "Venezuela staged military drills near the Guyana border.",
          "MOBILIZE", ["VEN"], []),
    _case("lone-drills", "Turkey's navy conducted exercises off the coast of Cyprus.",
          "MOBILIZE", ["TUR"], []),
    # troops built up or amassed, wherever the place hangs in the parse
    _case("build-up", "Russia built up troops along the Ukrainian frontier.", "MOBILIZE",
          ["RUS"], []),
    _case("build-up", "Pakistan has amassed thousands of soldiers near the Line of Control.",
          "MOBILIZE", ["PAK"], []),
    # jets scrambled; a military alert raised
    _case("scramble", "Japan scrambled fighter jets to intercept Chinese drones.", "MOBILIZE",
          ["JPN"], []),
    _case("scramble", "Taiwan scrambled jets as Chinese warplanes neared the island.",
          "MOBILIZE", ["TWN"], []),
    _case("alert", "South Korea raised its military alert level.", "MOBILIZE", ["KOR"], []),
    _case("alert", "Poland heightened the readiness of its air defences.", "MOBILIZE",
          ["POL"], []),
    # a missile launched with a day named: the phrase of time is no target
    _case("test-on-a-day", "North Korea launched an intercontinental ballistic missile on "
          "Friday.", "MOBILIZE", ["PRK"], []),
    _case("test-on-a-day", "Pyongyang fired a hypersonic missile on Tuesday morning.",
          "MOBILIZE", ["PRK"], []),
    # a show of force or strength; weapons paraded
    _case("display", "Russia staged a show of force near the Finnish border.", "MOBILIZE",
          ["RUS"], []),
    _case("display", "China's navy mounted a show of strength in the South China Sea.",
          "MOBILIZE", ["CHN"], []),
    _case("display", "North Korea paraded its newest missiles in Pyongyang.", "MOBILIZE",
          ["PRK"], []),
    _case("display", "Iran paraded drones and missiles through Tehran.", "MOBILIZE", ["IRN"],
          []),
    # retaliation or a military response vowed, told as the verb's object
    _case("vowed-response", "Moscow promised a military response to NATO's expansion.",
          "THREATEN", ["RUS"], ["NATO"]),
    _case("vowed-response", "Tehran vowed revenge against Israel for the killing.",
          "THREATEN", ["IRN"], ["ISR"]),
    # warships sent to a sea or a peninsula
    _case("naval-forces", "The United States sent an aircraft carrier to the Korean "
          "peninsula.", "MOBILIZE", ["USA"], []),
    _case("naval-forces", "Britain dispatched two destroyers to the Red Sea.", "MOBILIZE",
          ["GBR"], []),
]


@pytest.mark.parametrize("text, etype, actors, recipients", FOUND)
def test_found_with_its_sides(nlp, text, etype, actors, recipients):
    assert (sorted(actors), sorted(recipients)) in sides(nlp, text, etype)


SILENT = [
    # remembering a visit is no recall of an envoy
    ("The minister recalled her visit to Paris in 1998.", "SANCTION"),
    # controls that restrict no side, designations of no group
    ("Border controls were relaxed for tourists.", "SANCTION"),
    ("The designation of the park as a heritage site pleased locals.", "SANCTION"),
    ("Kenya declared a national holiday.", "SANCTION"),
    # a flight suspended is no member suspended; a ferry's harbour is no one's waters
    ("The airline suspended flights to Kenya.", "COERCE"),
    ("The ferry sailed into the harbour.", "COERCE"),
    # curbs urged, a lake's freezing, salt added, a rule revoked, offices closed to
    # visitors, firefighters scrambling, rates raised
    ("Doctors urged curbs on sugar.", "SANCTION"),
    ("The freezing of the lake delayed shipping.", "SANCTION"),
    ("The chef added salt to the soup.", "SANCTION"),
    ("The council revoked the parking rule.", "SANCTION"),
    ("The company restricted access to its offices.", "COERCE"),
    ("Firefighters scrambled to reach the site.", "MOBILIZE"),
    ("The bank raised interest rates.", "MOBILIZE"),
    ("The shop halted sales of cigarettes.", "SANCTION"),
    ("The school banned pupils from using phones.", "COERCE"),
    # a bar conjoined to an asset freeze belongs to that sanction package
    ("Canada froze the assets of four Haitian gang leaders and barred them from entering "
     "the country.", "COERCE"),
    ("The show of hands was unanimous.", "MOBILIZE"),
    ("The incursion into the stadium by fans delayed the match.", "COERCE"),
    ("The champions paraded the trophy through Madrid.", "MOBILIZE"),
    ("The ministry promised a response to the letter.", "THREATEN"),
    ("Germany pledged decisive action on energy prices.", "THREATEN"),
    # the closure of schools closes no border
    ("The closure of schools angered parents.", "COERCE"),
    # drills of a sports team; a company's sales force
    ("The team held drills before the match.", "MOBILIZE"),
    ("The company built up its forces of salesmen.", "MOBILIZE"),
    # drills held by two sides together are joint, not one side's show of force
    ("Iran and Russia held naval drills in the Gulf.", "MOBILIZE"),
    ("India held joint exercises with France.", "MOBILIZE"),
]


@pytest.mark.parametrize("text, etype", SILENT)
def test_near_miss_stays_silent(nlp, text, etype):
    assert typed(nlp, text, etype) == []


@pytest.mark.parametrize("text", ["Iran and Russia held naval drills in the Gulf.",
                                  "India held joint exercises with France."])
def test_joint_drills_stay_cooperation(nlp, text):
    assert typed(nlp, text, "COOPERATE")


@pytest.mark.parametrize("text", ["Nigeria withdrew its troops from the border town.",
                                  "Uganda pulled its troops out of South Sudan."])
def test_forces_leaving_a_place_stay_retreat(nlp, text):
    assert typed(nlp, text, "RETREAT") and not typed(nlp, text, "SANCTION")


def test_condemning_an_act_stays_an_accusation(nlp):
    text = "Egypt condemned the attack."
    assert typed(nlp, text, "ACCUSE") and not typed(nlp, text, "COERCE")


def test_rockets_fired_at_a_city_on_a_day_stay_an_attack(nlp):
    text = "Hamas fired rockets at Tel Aviv on Monday."
    assert typed(nlp, text, "ASSAULT") and not typed(nlp, text, "MOBILIZE")


def test_recalled_envoy_is_still_a_sanction(nlp):
    assert typed(nlp, "Seoul recalled its ambassador from Tokyo.", "SANCTION")
