"""Events, issue 13i: who is source and who is target, by grammatical frame, on short
sentences written for the tests (none taken from the corpus; parties and settings
chosen away from the corpus' topics)."""

from __future__ import annotations

import pytest

from tests.event_probes import case as _case
from tests.event_probes import sides, typed


@pytest.fixture(scope="module")
def nlp():
    from pipeline.nlp import build_nlp

    return build_nlp(exclude=("claims",))


FRAMES = [
    # a relative pronoun object stands for the noun the clause describes, and the
    # clause's pronoun subject is not that noun
    _case("relative-object", "Ghana sanctioned ten officers of the Togolese army, whom it "
          "blamed for the raid.", "ACCUSE", ["GHA"], ["TGO"]),
    _case("relative-object", "Brazilian officials froze the assets of six Paraguayan firms, "
          "which they accused of smuggling.", "ACCUSE", ["BRA"], ["PRY"]),
    # "with the support of X": X gives the support to whoever the phrase describes
    _case("with-support-of", "Kenya, with the support of its Ugandan allies, sent troops "
          "into Somalia.", "SUPPORT", ["UGA"], ["KEN"]),
    _case("with-support-of", "With the backing of France, Chad launched strikes on the "
          "rebels.", "SUPPORT", ["FRA"], ["TCD"]),
    _case("with-support-of", "Kenya voiced support for the plan, with backing from "
          "Uganda.", "SUPPORT", ["UGA"], ["KEN"]),
    _case("with-assistance-of", "The Malian army, with the assistance of Russian advisers, "
          "retook the town.", "AID", ["RUS"], ["MLI"]),
    # "the act was blamed on X": the "on" phrase of a passive blame names the act's doer
    # and the one accused; the act's own "on"/"of" phrase stays its target
    # (a raid no police or investigators make is force: PLOVER ASSAULT)
    _case("blamed-on-passive", "The raid on the Sudanese embassy was blamed on Chadian "
          "agents.", "ASSAULT", ["TCD"], ["SDN"]),
    _case("blamed-on-passive", "The shelling of Armenian villages was blamed on Georgian "
          "troops.", "ASSAULT", ["GEO"], ["ARM"]),
    _case("blamed-on-passive", "The shelling of Armenian villages was blamed on Georgian "
          "troops.", "ACCUSE", [], ["GEO"]),
    # a news outlet that relays a party's statement does not own its pronouns
    _case("outlet-relay", "Peru said Chilean boats had entered its waters, the Spanish news "
          "agency EFE reported.", "COERCE", ["CHL"], ["PER"]),
    _case("outlet-relay", "Nepal said Indian police had detained its citizens, the Chinese "
          "news agency Xinhua reported.", "COERCE", ["IND"], ["NPL"]),
    # a measure that is the subject of a targeting verb is aimed at its object; a list
    # measure at whoever is added to the list
    _case("measure-targets", "The sanctions target Venezuela's state oil company.",
          "SANCTION", [], ["VEN"]),
    _case("measure-targets", "The new sanctions hit Iranian steel exporters.", "SANCTION",
          [], ["IRN"]),
    _case("measure-targets", "The embargo applies to Eritrean ports.", "SANCTION", [],
          ["ERI"]),
    _case("added-to-list", "Washington added six Chinese firms to its trade blacklist.",
          "SANCTION", ["USA"], ["CHN"]),
    _case("added-to-list", "Ottawa added three Cuban banks to its blacklist.", "SANCTION",
          ["CAN"], ["CUB"]),
    # goods or envoys "from X" name whom a ban, a halt or a recall is aimed at
    _case("stopped-from", "Chad announced a ban on imports from Libya.", "SANCTION",
          ["TCD"], ["LBY"]),
    _case("stopped-from", "Argentina halted beef imports from Uruguay.", "SANCTION",
          ["ARG"], ["URY"]),
    _case("recalled-from", "Peru recalled its ambassador from Bolivia.", "SANCTION",
          ["PER"], ["BOL"]),
    _case("recalled-from", "The Kenyan government recalled its ambassador from Ethiopia.",
          "SANCTION", ["KEN"], ["ETH"]),
    # a singular name that speaks is not the "they" of its own statement
    _case("they-not-speaker", "Bolivia detained two Chilean soldiers. La Paz said they had "
          "entered its territory illegally.", "COERCE", ["CHL"], ["BOL"]),
    _case("they-not-speaker", "Sudan arrested four Chadian gunmen. Khartoum said they had "
          "attacked its border posts.", "ASSAULT", ["TCD"], ["SDN"]),
    # a refused offer or a demanded act names its maker or doer by "from"/"by"
    _case("refused-from", "Peru rejected a proposal from Ecuador to share the river.",
          "REJECT", ["PER"], ["ECU"]),
    _case("refused-from", "Bolivia refused a loan from Brazil for the railway.", "REJECT",
          ["BOL"], ["BRA"]),
    _case("demanded-by", "The Somali parliament demanded an immediate withdrawal by Kenyan "
          "troops.", "REQUEST", ["SOM"], ["KEN"]),
    _case("demanded-by", "Sudan demanded a halt by Chad to the cross-border raids.", "REQUEST",
          ["SDN"], ["TCD"]),
    # a threat is aimed at the receiver or object of the act it holds out
    _case("threatened-to-act", "Ankara threatened to send troops to Syria.", "THREATEN",
          ["TUR"], ["SYR"]),
    _case("threatened-to-act", "Iran threatened to close the strait to US warships.",
          "THREATEN", ["IRN"], ["USA"]),
    # agreeing to another side's proposal, demand or mediation is directed at that side
    _case("agreed-to-proposal", "Mali agreed to Algeria's proposal for new talks.", "AGREE",
          ["MLI"], ["DZA"]),
    _case("agreed-to-proposal", "Georgia agreed to Turkish mediation in the dispute.", "AGREE",
          ["GEO"], ["TUR"]),
    _case("agreed-to-proposal", "Peru consented to Chile's request for joint patrols.",
          "AGREE", ["PER"], ["CHL"]),
    # "X is opposed to Y": the subject of the stative passive holds the stance
    _case("is-opposed-to", "Israel is opposed to French mediation in the talks.", "REJECT",
          ["ISR"], ["FRA"]),
    _case("is-opposed-to", "Hungary is opposed to Ukraine's membership of the bloc.",
          "REJECT", ["HUN"], ["UKR"]),
    # domestic bodies located by a place are of that place (configs/actors/members.json)
    _case("body-in-place", "A court in Tehran sentenced a French citizen to eight years.",
          "COERCE", ["IRN"], ["FRA"]),
    _case("body-in-place", "Students in Dhaka protested against the verdict.", "PROTEST",
          ["BGD"], []),
    _case("body-in-place", "Opposition groups in Zimbabwe are demanding that the president "
          "resign.", "REQUEST", ["ZWE"], []),
    # who died in, or suffered, an attack underwent it
    _case("died-in", "Three Malian soldiers died in an attack by Islamist militants.",
          "ASSAULT", [], ["MLI"]),
    _case("died-in", "Two Afghan migrants died of injuries from shelling by Iranian border "
          "guards.", "ASSAULT", ["IRN"], ["AFG"]),
    _case("suffered", "Armenian villagers suffered heavy shelling by Azerbaijani forces.",
          "ASSAULT", ["AZE"], ["ARM"]),
    # what is stolen "from X" in an intrusion names its target
    _case("stole-from", "Chinese hackers stole data from Japanese firms.", "COERCE", ["CHN"],
          ["JPN"]),
    _case("stole-from", "Iranian hackers stole files from Albania's foreign ministry.",
          "COERCE", ["IRN"], ["ALB"]),
    # visits "between" two sides are made by both
    _case("visits-between", "Reciprocal visits between Chilean and Peruvian ministers "
          "resumed last year.", "CONSULT", ["CHL", "PER"], []),
    _case("visits-between", "Visits between Kenyan and Ugandan leaders have grown more "
          "frequent.", "CONSULT", ["KEN", "UGA"], []),
    # "X-led forces", "an X-owned tanker": the noun is X's; a proxy is not its backer
    _case("hyphen-led", "Saudi-led forces bombed the Yemeni port.", "ASSAULT", ["SAU"],
          ["YEM"]),
    _case("hyphen-led", "A drone hit an Israeli-owned tanker off Oman.", "ASSAULT", [],
          ["ISR"]),
    _case("hyphen-backed", "Turkish-backed fighters attacked a Syrian army convoy.",
          "ASSAULT", [], ["SYR"]),
    # but a joint agreement stays joint
    _case("agreed-jointly", "Kenya and Uganda agreed to a ceasefire.", "AGREE",
          ["KEN", "UGA"], []),
]


@pytest.mark.parametrize("text,etype,actors,recipients", FRAMES)
def test_who_acts_on_whom(nlp, text, etype, actors, recipients):
    assert (sorted(actors), sorted(recipients)) in sides(nlp, text, etype)


@pytest.mark.parametrize("text", [
    "The Moro Islamic Liberation Front accused the Philippine army of shelling its camps.",
    "The National Liberation Front attacked a Colombian army patrol.",
])
def test_a_word_of_a_newspaper_name_codes_no_armed_group(nlp, text):
    """'Liberation' inside a movement's name is not the French daily Libération."""
    codes = {c for e in nlp(text)._.events for c in e["actors"] + e["recipients"]}
    assert "FRA" not in codes


@pytest.mark.parametrize("text,noun,recipients", [
    ("A Turkish drone strike killed three Syrian soldiers.", "strike", ["SYR"]),
    ("The Russian attack wounded four Ukrainian medics.", "attack", ["UKR"]),
    ("Israeli shelling destroyed two Lebanese army posts.", "shelling", ["LBN"]),
])
def test_an_attack_noun_is_aimed_at_what_it_harms(nlp, text, noun, recipients):
    """The attack named as the subject of kill/wound/destroy has that verb's object as
    its own recipient, not only the verb's event."""
    found = [e for e in typed(nlp, text, "ASSAULT") if e["trigger"]["text"] == noun]
    assert found and sorted(found[0]["recipients"]) == recipients
