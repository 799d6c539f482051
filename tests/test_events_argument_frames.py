"""Events, issue 13 item 3: argument frames read from the grammar and from what the
text said before (descriptions of a body named earlier), on short sentences written
for the tests (none taken from the corpus, none on the validation topics)."""

from __future__ import annotations

import pytest

from tests.event_probes import case as _case
from tests.event_probes import sides


@pytest.fixture(scope="module")
def nlp():
    from pipeline.nlp import build_nlp

    return build_nlp(exclude=("claims",))


DESCRIBED_BODIES = [
    # "the world body", "the watchdog": an international body named before, described
    _case("body", "The UN voiced alarm over the vote in Minsk. Belarus rejected the world "
          "body's remarks.", "REJECT", ["BLR"], ["UN"]),
    _case("body", "Chile's envoy to the UN had pressed the world body to act on the crisis.",
          "REQUEST", ["CHL"], ["UN"]),
    _case("watchdog", "The IAEA reported new traces of uranium. Tehran accused the watchdog "
          "of bias.", "ACCUSE", ["IRN"], ["IAEA"]),
]


def test_a_body_with_no_international_body_before_is_no_party(nlp):
    text = "Kenyan police found the body of a soldier near the border."
    assert all("UN" not in e["actors"] + e["recipients"] for e in nlp(text)._.events)


TRANSFERS = [
    # a transfer in the passive that still names its goods was done to its subject
    _case("passive-receiver", "Ukraine was given Leopard tanks by Germany.", "AID", ["DEU"],
          ["UKR"]),
    _case("passive-receiver", "Armenia was sold howitzers by France.", "AID", ["FRA"],
          ["ARM"]),
    _case("passive-receiver", "Kyiv was sent air defence systems by Washington.", "AID",
          ["USA"], ["UKR"]),
    # the "by" phrase the parser hangs on the goods still names the giver
    _case("goods-agent", "Morocco was supplied with drones by Israel.", "AID", ["ISR"],
          ["MAR"]),
    _case("goods-agent", "Chile was supplied with jets by Spain.", "AID", ["ESP"], ["CHL"]),
    # a nationality on the transfer noun names the supplier
    _case("nationality", "German deliveries of tanks to Poland began in March.", "AID",
          ["DEU"], ["POL"]),
    _case("nationality", "French shipments of rifles to Chad resumed last week.", "AID",
          ["FRA"], ["TCD"]),
]


def test_a_passive_with_no_goods_names_no_receiver(nlp):
    # "the tanks were delivered": the subject is the goods, not a receiver
    assert sides(nlp, "The tanks were delivered by Germany.", "AID") in ([], [(["DEU"], [])])


OWNED_OBJECTS = [
    # a participle of owning on the object names whose object was acted on
    _case("owned-by", "Sudanese troops attacked a ship owned by Egypt.", "ASSAULT", ["SDN"],
          ["EGY"]),
    _case("belonging-to", "Houthi fighters attacked a cargo vessel belonging to Singapore.",
          "ASSAULT", ["HOUTHI"], ["SGP"]),
    _case("operated-by", "A Somali militia hijacked a freighter operated by Denmark.",
          "ASSAULT", ["SOM"], ["DNK"]),
    _case("linked-to", "Pirates seized a tanker linked to Greece.", "COERCE", [], ["GRC"]),
]


def test_a_participle_of_carrying_names_no_owner(nlp):
    # "a ship carrying grain to Egypt": the ship is bound for Egypt, not Egypt's
    assert sides(nlp, "Houthi rebels attacked a ship carrying grain to Egypt.", "ASSAULT") == [
        (["HOUTHI"], [])]


FOLLOWING_THE_SUBJECT = [
    # a sentence that opens on "Its ..." goes on with the subject of the sentence before,
    # so "its neighbour" is the other side of that subject
    _case("its-neighbour", "Ghana accused Togo of shelling a border post. Its neighbour "
          "denied the charge.", "REJECT", ["TGO"], ["GHA"]),
    _case("its-rival", "Chile accused Bolivia of violating the border. Its rival rejected "
          "the claim.", "REJECT", ["BOL"], ["CHL"]),
    _case("its-office", "Chile accused Bolivia of violating the border. Its foreign minister "
          "summoned the Bolivian envoy.", "ACCUSE", ["CHL"], ["BOL"]),
]


@pytest.mark.parametrize("text,etype,actors,recipients", FOLLOWING_THE_SUBJECT)
def test_a_sentence_opening_possessive_follows_the_subject_before(nlp, text, etype, actors,
                                                                   recipients):
    events = sides(nlp, text, etype)
    assert events[-1] == (sorted(actors), sorted(recipients))


AFFILIATED_PEOPLE = [
    # people tied to a party by a participle act for that party
    _case("working-for", "Hackers working for Iran's military attacked Israeli water "
          "systems.", "COERCE", ["IRN"], ["ISR"]),
    _case("working-for", "Britain blamed the cyberattack on hackers working for Iran.",
          "ACCUSE", ["GBR"], ["IRN"]),
    _case("employed-by", "Gunmen employed by Hezbollah attacked an Israeli patrol.",
          "ASSAULT", ["HEZBOLLAH"], ["ISR"]),
]


def test_a_backer_is_no_party_to_its_proxys_attack(nlp):
    # "backed by" names a sponsor, not whose the fighters are
    assert all("TUR" not in a for a, _ in sides(
        nlp, "Fighters backed by Turkey attacked Kurdish positions.", "ASSAULT"))


OUTLET_TELLERS = [
    # a news outlet that relays a hostile act is no victim of it, whatever its country
    _case("outlet-teller", "Bolivian troops crossed the border, Chilean newspaper El "
          "Mercurio reported.", "COERCE", ["BOL"], []),
    _case("outlet-teller", "Bolivian troops shelled a border post, the Chilean news agency "
          "Orbe reported.", "ASSAULT", ["BOL"], []),
    # while a party that tells it is
    _case("party-teller", "Bolivian troops shelled a border post, Chilean officials said.",
          "ASSAULT", ["BOL"], ["CHL"]),
]


def test_an_outlet_relays_in_its_own_voice(nlp):
    text = "Bolivian troops shelled a border post, the Chilean news agency Orbe reported."
    assert [e["modality"] for e in nlp(text)._.events if e["type"] == "ASSAULT"] == ["asserted"]


NOMINALISATIONS = [
    # an act told inside the subject ("the adoption of sanctions by X came ...") is done by
    # that subject's own "by" phrase or owner, never by the subject phrase itself
    _case("act-in-subject", "The adoption of new sanctions against Belarus by Britain came "
          "on Friday.", "SANCTION", ["GBR"], ["BLR"]),
    _case("act-in-subject", "The imposition of sanctions on Iran by the EU was announced on "
          "Monday.", "SANCTION", ["EU"], ["IRN"]),
    _case("act-in-subject", "The EU's imposition of sanctions on Iran was announced on "
          "Monday.", "SANCTION", ["EU"], ["IRN"]),
    # who withdraws is named by the "of" phrase of the withdrawal
    _case("withdrawal-of", "The withdrawal of Kenyan troops from Somalia began in May.",
          "RETREAT", ["KEN"], ["SOM"]),
    _case("withdrawal-of", "The withdrawal of Kenya from the talks surprised Somalia.",
          "RETREAT", ["KEN"], []),
]


THREAT_TARGETS = [
    # the target of the act a threat is about is the one threatened
    _case("threat-against", "Egypt threatened to retaliate against Ethiopia.", "THREATEN",
          ["EGY"], ["ETH"]),
    _case("threat-at", "Venezuela vowed to strike back at Guyana.", "THREATEN", ["VEN"],
          ["GUY"]),
    _case("threat-on-object", "Serbia threatened to take measures against Kosovo.",
          "THREATEN", ["SRB"], ["XKX"]),
    _case("threat-on-object", "Egypt threatened to deliver a blow to Ethiopia.", "THREATEN",
          ["EGY"], ["ETH"]),
]


ENVOYS = [
    # with no doer named, the host an envoy is posted to summons or expels them...
    _case("host-summons", "The Chinese ambassador to Kenya was summoned on Monday.",
          "ACCUSE", ["KEN"], ["CHN"]),
    _case("host-expels", "Russia's envoy to Poland was expelled last week.", "SANCTION",
          ["POL"], ["RUS"]),
    _case("host-expels", "Three Russian diplomats were expelled from Poland.", "SANCTION",
          ["POL"], ["RUS"]),
    # ... and the sender recalls them
    _case("sender-recalls", "The Peruvian ambassador to Mexico was recalled.", "SANCTION",
          ["PER"], ["MEX"]),
    _case("sender-recalls", "Japan's envoy to Seoul was withdrawn on Friday.", "SANCTION",
          ["JPN"], ["KOR"]),
]


@pytest.mark.parametrize("text,etype,actors,recipients", DESCRIBED_BODIES + TRANSFERS
                         + OWNED_OBJECTS + AFFILIATED_PEOPLE + OUTLET_TELLERS + NOMINALISATIONS
                         + THREAT_TARGETS + ENVOYS)
def test_who_acts_on_whom(nlp, text, etype, actors, recipients):
    assert sides(nlp, text, etype) == [(sorted(actors), sorted(recipients))]
