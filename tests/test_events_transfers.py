"""Events, issue 13 (AID): transfers told with wording the corpus lacks.  CAMEO 07 (provide
aid) codes a supplier handing goods, arms or money to a receiver: the goods are told by
CAMEO's weapon, aircraft, food and currency sets, or as a counted quantity or a sum
("handed over three radars", "lent Ghana $750 million"); the receiver is the party at the
end of "to", the object of "supply X with", or the buyer of a purchase; the supplier is the
subject, or the party the goods come "from".  Handing over an
office, a case or a suspect is no aid.  Sentences written for the tests."""

from __future__ import annotations

import pytest

from tests.event_probes import case as _case
from tests.event_probes import sides, typed


@pytest.fixture(scope="module")
def nlp():
    from pipeline.nlp import build_nlp

    return build_nlp(exclude=("claims",))


FOUND = [
    # a counted object handed, transferred or sold to a party
    _case("handed-over-counted", "Sweden handed over three radar stations to Estonia in "
          "March.", "AID", ["SWE"], ["EST"]),
    _case("turned-over-counted", "Peru turned over two frigates to Ecuador last year.", "AID",
          ["PER"], ["ECU"]),
    # a sum of money, whatever its head word
    _case("lent-sum", "The World Bank lent Ghana $750 million to shore up its currency.",
          "AID", ["WB"], ["GHA"]),
    _case("transferred-sum", "Norway transferred $50 million to the Palestinian Authority.",
          "AID", ["NOR"], ["PSE"]),
    # "supply X with" counted goods: the receiver is the object
    _case("supplied-with", "Japan supplied Vietnam with six patrol boats last year.", "AID",
          ["JPN"], ["VNM"]),
    # a nominal transfer: the supplier where the goods come from
    _case("transfer-of-from", "The transfer of 20 howitzers from Slovakia to Ukraine was "
          "completed in May.", "AID", ["SVK"], ["UKR"]),
    # CAMEO 071: a loan or a bailout to / for a party, a sum allocated to one
    _case("loan-to", "China's $2 billion loan to Sri Lanka was approved in June.", "AID",
          ["CHN"], ["LKA"]),
    _case("bailout-for", "The IMF bailout for Egypt came with strict conditions.", "AID",
          ["IMF"], ["EGY"]),
    _case("allocated-sum", "Canada allocated $40 million to Haiti's police force.", "AID",
          ["CAN"], ["HTI"]),
    _case("provision-of", "The provision of tanks to Ukraine by Germany was debated.", "AID",
          ["DEU"], ["UKR"]),
    # a purchase told from the buyer's side, the goods as a modifier of the noun
    _case("arms-purchases-from", "Vietnam's arms purchases from Russia have slowed.", "AID",
          ["RUS"], ["VNM"]),
    _case("drone-acquisition-from", "Morocco's drone acquisition from Israel was confirmed on "
          "Friday.", "AID", ["ISR"], ["MAR"]),
    # "provided X with": X receives, its nationality is not the supplier's
    _case("provided-army-with", "Seoul said the North had provided the Russian army with "
          "millions of shells.", "AID", [], ["RUS"]),
    # a transfer noun in a verb's object: the verb's "for" phrase names the receiver
    _case("aid-for", "The US approved $2 billion in military aid for Taiwan.", "AID",
          ["USA"], ["TWN"]),
    # "turned to X for" goods or help, "relies on X for": X gives
    _case("turned-to-for", "Mali has turned to Russia for security assistance.", "AID",
          ["RUS"], ["MLI"]),
    _case("relies-on-for", "Armenia relies on Russia for weapons.", "AID", ["RUS"], ["ARM"]),
    # CAMEO's weapon set: batteries, frigates, bombers
    _case("bought-batteries", "India bought five batteries of the system from Russia in "
          "2018.", "AID", ["RUS"], ["IND"]),
    _case("sold-bombers", "Moscow sold bombers to Algeria in the 1990s.", "AID", ["RUS"],
          ["DZA"]),
]


@pytest.mark.parametrize("text,etype,actors,recipients", FOUND)
def test_transfers_found(nlp, text, etype, actors, recipients):
    assert (sorted(actors), sorted(recipients)) in sides(nlp, text, etype)


@pytest.mark.parametrize("text", [
    "The president handed over the chairmanship to Chile.",
    "The ministry transferred the case to Interpol.",
    "Poland turned over the suspect to German police.",
    "Japan supplied Vietnam with details of the plan.",
    "The army handed over the airport to Afghan forces.",
    "The government allocated time to the opposition in parliament.",
    "The loan to the farmers was repaid in 2019.",
    "The country's oil imports from Iraq doubled.",
    "Haiti appealed to the UN for food aid.",
])
def test_handing_over_no_goods_is_no_aid(nlp, text):
    assert typed(nlp, text, "AID") == []
