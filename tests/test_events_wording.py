"""Events, fifth round (issue 13): the same acts in other wordings, so that recall holds on
unseen news. Light verbs and set phrases ("struck a deal", "took delivery of", "held X
responsible"), goods sent to a named party whatever they are, weapons as the subject of
a verb of hitting, announced retaliation, removal from a common programme, yielding
told without an object. Sentences written for the tests (none from the corpus); each
phenomenon has at least two cases and a near miss that must stay silent."""

from __future__ import annotations

import pytest

from tests.event_probes import case as _case
from tests.event_probes import sides

WORDINGS = [
    # goods sent, delivered or shipped to a named party are supplied, whatever the goods
    _case("goods-to-party", "Pyongyang has delivered about 8,000 containers to Russia.",
          "AID", ["PRK"], ["RUS"]),
    _case("goods-to-party", "Moscow quietly shipped refined oil to North Korea last year.",
          "AID", ["RUS"], ["PRK"]),
    # through a quantity head written as a number word ("millions of shells")
    _case("quantity-head", "Seoul said North Korea had sent millions of shells to Moscow.",
          "AID", ["PRK"], ["RUS"]),
    _case("quantity-head", "Iran has shipped billions of dollars in cash to Hezbollah.",
          "AID", ["IRN"], ["HEZBOLLAH"]),
    # "took delivery of X from Y": the taker is the receiver
    _case("take-delivery", "Turkey took delivery of the first Russian missile batteries "
          "in July.", "AID", ["RUS"], ["TUR"]),
    _case("take-delivery", "India accepted a shipment of rifles from Russia.", "AID",
          ["RUS"], ["IND"]),
    # helping a party with something
    _case("help-with", "Moscow is helping Pyongyang with its space programme.", "AID",
          ["RUS"], ["PRK"]),
    _case("help-with", "Beijing assisted Islamabad with the construction of the reactor.",
          "AID", ["CHN"], ["PAK"]),
    # a deal struck, clinched or concluded is an agreement, not a strike
    _case("strike-deal", "Russia struck a deal with Iran on drone production.", "AGREE",
          ["IRN", "RUS"], []),
    _case("strike-deal", "Ankara clinched an arms agreement with Moscow.", "AGREE",
          ["RUS", "TUR"], []),
    # weapons as the subject of a verb of hitting, or as the agent of its passive
    _case("weapon-hits", "Russian missiles hit a power station near Kharkiv.", "ASSAULT",
          ["RUS"], []),
    _case("weapon-hits", "Israeli artillery pounded villages in southern Lebanon.", "ASSAULT",
          ["ISR"], []),
    # holding someone responsible is blaming them
    _case("hold-responsible", "India held Pakistan responsible for the ambush.", "ACCUSE",
          ["IND"], ["PAK"]),
    _case("hold-responsible", "Britain held Russia accountable for the poisoning.",
          "ACCUSE", ["GBR"], ["RUS"]),
    # retaliation announced is a threat
    _case("retaliate", "Turkey said it would retaliate against any American sanctions.",
          "THREATEN", ["TUR"], []),
    _case("retaliate", "Beijing said it would hit back at Washington.",
          "THREATEN", ["CHN"], ["USA"]),
    # removal from a common programme or body reduces relations
    _case("exclude-from", "Washington removed Turkey from the F-35 programme.", "SANCTION",
          ["USA"], ["TUR"]),
    _case("exclude-from", "The African Union suspended Niger from the bloc.", "SANCTION",
          ["AU"], ["NER"]),
    # blacklisting, penalising and freezing assets are sanctions
    _case("sanction-verbs", "Washington blacklisted three Myanmar generals.", "SANCTION",
          ["USA"], ["MMR"]),
    _case("sanction-verbs", "The EU froze the assets of two Belarusian ministers.",
          "SANCTION", ["EU"], ["BLR"]),
    # banning a party or an outlet (CAMEO 1722)
    _case("ban-party", "Myanmar's junta dissolved the main opposition party.", "COERCE",
          ["MMR"], ["MMR"]),
    _case("ban-party", "Russia outlawed Navalny's anti-corruption organisation.", "COERCE",
          ["RUS"], ["RUS"]),
    # forces moved to a frontier
    _case("move-forces", "India moved extra troops to the border with China.", "MOBILIZE",
          ["IND"], []),
    _case("move-forces", "Azerbaijan rushed armoured units to the frontier.", "MOBILIZE",
          ["AZE"], []),
    # yielding told without its object is a concession; refused or negated, a REJECT (124)
    _case("no-yield", "Ankara said it would not back down.", "REJECT", ["TUR"], []),
    _case("no-yield", "Pyongyang refused to give in.", "REJECT", ["PRK"], []),
    # the judging adjective on the predicate, or on its noun, discredits
    _case("discredit-predicate", "Myanmar called the UN report biased and unfounded.",
          "REJECT", ["MMR"], []),
    _case("discredit-predicate", "Pyongyang called the reports an absurd fabrication.",
          "REJECT", ["PRK"], []),
    # near misses: no event of the type (actors None)
    _case("not-goods", "Russia sent a letter to the United Nations.", "AID", None, None),
    _case("not-goods", "Iran delivered a stern message to Israel.", "AID", None, None),
    _case("not-goods", "The ministry sent a team of inspectors to Ukraine.", "AID", None, None),
    _case("not-goods", "Norway provided details of the plan to Yemen.", "AID", None, None),
    _case("no-weapon", "The storm hit the coast of Bangladesh.", "ASSAULT", None, None),
    _case("no-predicate", "China held talks with India.", "ACCUSE", None, None),
    _case("past-retaliation", "Turkey retaliated against the tariffs last year.", "THREATEN",
          None, None),
    _case("no-agreement", "Russia and Iran struck Ukrainian cities.", "AGREE", None, None),
    _case("no-body", "Japan removed the rubble from the site.", "SANCTION", None, None),
    _case("no-concession", "Turkey would not back down.", "CONCEDE", None, None),
]


@pytest.mark.parametrize("text,etype,actors,recipients", WORDINGS)
def test_wording_finds_the_event_and_its_sides(nlp, text, etype, actors, recipients):
    """The event of the type is found with at least the sides given; with ``None``
    sides (a near miss) no event of the type is."""
    found = sides(nlp, text, etype)
    if actors is None:
        assert found == [], f"{etype} in near miss {text!r}"
        return
    assert found, f"no {etype} in {text!r}"
    got_actors, got_recipients = found[0]
    assert set(actors) <= set(got_actors)
    assert set(recipients) <= set(got_recipients)


NOMINALS = [
    # a purchase names its seller through the goods' origin and its buyer by possessive
    _case("acquisition", "Turkey's purchase of the Russian S-400 system strained ties.",
          "AID", ["RUS"], ["TUR"]),
    _case("acquisition", "Russia's import of North Korean shells was confirmed.", "AID",
          ["PRK"], ["RUS"]),
    # attributing an act to a party blames it (CAMEO 112)
    _case("attribute", "Britain attributed the cyberattacks to Russia's military "
          "intelligence.", "ACCUSE", ["GBR"], ["RUS"]),
    _case("attribute", "Seoul attributed the sinking of the corvette to Pyongyang.", "ACCUSE",
          ["KOR"], ["PRK"]),
    # a participle before a light head is the act itself ("a hacking attempt")
    _case("light-head", "Russian spies made a hacking attempt on the Dutch ministry.",
          "COERCE", ["RUS"], []),
    _case("light-head", "Israel launched a bombing campaign against Hamas.", "ASSAULT",
          ["ISR"], []),
    _case("no-light-head", "Iran welcomed a UN-brokered deal.", "CONSULT", None, None),
]


@pytest.mark.parametrize("text,etype,actors,recipients", NOMINALS)
def test_nominal_wording(nlp, text, etype, actors, recipients):
    test_wording_finds_the_event_and_its_sides(nlp, text, etype, actors, recipients)


@pytest.mark.parametrize("text,speech,act", [
    ("In 2019, Iran rejected the allegation that Iranian drones had struck a tanker.",
     "rejected", "struck"),
    ("In 2019, Moscow dismissed the claim that Russian missiles had hit the dam.",
     "dismissed", "hit"),
])
def test_what_a_noun_alleges_is_not_dated_by_the_clause_of_the_noun(nlp, text, speech, act):
    """"denied in 2019 the allegation that X struck": the year dates the denial; the act
    alleged in the noun's "that" clause has a time of its own, which the text omits."""
    dated = {e["trigger"]["text"]: e["date"] for e in nlp(text)._.events}
    assert dated.get(speech) == "2019"
    assert act in dated and dated[act] is None


SET_PHRASES = [
    # custody told by a place or a phrasal verb (CAMEO 173)
    _case("custody", "Belarusian police took two Polish journalists into custody.", "COERCE",
          ["BLR"], []),
    _case("custody", "Hong Kong police rounded up six activists near the park.", "COERCE",
          ["HKG"], []),
    _case("custody", "Iranian police picked up three British students in Tehran.", "COERCE",
          ["IRN"], []),
    _case("prison-term", "A Russian court handed the activist a nine-year prison sentence.",
          "COERCE", ["RUS"], []),
    # disapproval voiced, blame laid (CAMEO 111, 112)
    _case("voice-disapproval", "The EU voiced outrage at Myanmar's executions.", "ACCUSE",
          ["EU"], ["MMR"]),
    _case("voice-disapproval", "Japan expressed strong displeasure over China's "
          "military drills.", "ACCUSE", ["JPN"], ["CHN"]),
    _case("lay-blame", "Kyiv laid the blame on Moscow.", "ACCUSE", ["UKR"], ["RUS"]),
    _case("lay-blame", "Seoul pinned responsibility on Pyongyang.", "ACCUSE", ["KOR"],
          ["PRK"]),
    # judging words of the censure and discredit classes on a predicate
    _case("censure-word", "The United States labelled Russia's behaviour reckless.",
          "ACCUSE", ["USA"], []),
    _case("censure-word", "France called the junta's killings barbaric.", "ACCUSE", ["FRA"],
          []),
    _case("discredit-appos", 'Moscow called the accusations "Western spy mania".', "REJECT",
          ["RUS"], []),
    _case("discredit-appos", 'Beijing called the report "pure fantasy".', "REJECT", ["CHN"],
          []),
    # hitting back at criticism rejects it
    _case("hit-back", "Myanmar's junta hit back at the UN criticism.", "REJECT", ["MMR"], []),
    _case("hit-back", "Ankara struck back at the American accusations.", "REJECT", ["TUR"],
          []),
    # vigils are demonstrations (CAMEO 141)
    _case("vigil", "Hong Kong residents held candlelight vigils against Beijing.", "PROTEST",
          ["HKG"], []),
    _case("vigil", "Thousands of Iranians joined a vigil against the government.", "PROTEST",
          ["IRN"], []),
    _case("no-custody", "Russia put the proposal before the council.", "COERCE", None, None),
    _case("no-blame", "India laid a wreath at the memorial.", "ACCUSE", None, None),
]


@pytest.mark.parametrize("text,etype,actors,recipients", SET_PHRASES)
def test_set_phrases(nlp, text, etype, actors, recipients):
    test_wording_finds_the_event_and_its_sides(nlp, text, etype, actors, recipients)


@pytest.mark.parametrize("text", [
    "The OPCW's network was targeted by Russian hackers.",
    "The ministry's email servers were breached by Chinese hackers.",
])
def test_an_intrusion_told_in_the_passive_is_cyber_coercion(nlp, text):
    """The intruders as the agent of a passive ("was targeted by hackers")."""
    assert sides(nlp, text, "COERCE")


MORE = [
    # an act linked, tied or traced to a party blames it (CAMEO 112)
    _case("link-act", "Britain linked the hacking of the watchdog to Russia's military "
          "intelligence.", "ACCUSE", ["GBR"], ["RUS"]),
    _case("link-act", "Seoul tied the bombing to Pyongyang.", "ACCUSE", ["KOR"], ["PRK"]),
    _case("link-no-act", "Russia linked its pipeline to Germany.", "ACCUSE", None, None),
    # a target hit with weapons
    _case("hit-with", "Russia targeted Ukrainian power plants with drones.", "ASSAULT",
          ["RUS"], []),
    _case("hit-with", "Israel hit Hezbollah positions with artillery.", "ASSAULT", ["ISR"],
          []),
    _case("hit-with-goods", "Turkey targeted the European market with new exports.",
          "ASSAULT", None, None),
    # accusations laughed or shrugged off
    _case("laugh-off", "The Kremlin laughed off the accusations.", "REJECT", ["RUS"], []),
    _case("laugh-off", "Ankara shrugged off the threat of sanctions.", "REJECT", ["TUR"], []),
    # a trial is legal action (CAMEO 173); an understanding reached is an agreement
    _case("trial", "Myanmar's junta put the former leader on trial.", "COERCE", ["MMR"], []),
    _case("trial", "Belarus put three opposition figures on trial.", "COERCE", ["BLR"], []),
    _case("understanding", "India and Pakistan reached an understanding on the ceasefire.",
          "AGREE", ["IND", "PAK"], []),
    _case("understanding", "Moscow and Ankara reached a compromise over Idlib.", "AGREE",
          ["RUS", "TUR"], []),
]


@pytest.mark.parametrize("text,etype,actors,recipients", MORE)
def test_more_wordings(nlp, text, etype, actors, recipients):
    test_wording_finds_the_event_and_its_sides(nlp, text, etype, actors, recipients)


CUSTODY_AND_RELEASE = [
    # people held in the passive are detained; hostages held are abducted (an ASSAULT)
    _case("held", "Five activists were held overnight by Hong Kong police.", "COERCE",
          ["HKG"], ["HKG"]),
    _case("held", "Two Reuters journalists were held by Myanmar police for a year.",
          "COERCE", ["MMR"], []),
    _case("held-talks", "The talks were held in Moscow.", "COERCE", None, None),
    _case("held-hostage", "Three Israeli soldiers were held hostage by Hezbollah.", "COERCE",
          None, None),
    # releasing people is RETREAT (PLOVER's mapping of CAMEO 0841), not a concession
    _case("release", "Myanmar freed two Reuters journalists.", "RETREAT", ["MMR"], []),
    _case("release", "The journalists were released by Myanmar's junta after a year.",
          "RETREAT", ["MMR"], []),
    _case("release", "Hong Kong police later let the activists go.", "RETREAT", ["HKG"], []),
    _case("release-no-concession", "Myanmar freed two Reuters journalists.", "CONCEDE", None,
          None),
]


@pytest.mark.parametrize("text,etype,actors,recipients", CUSTODY_AND_RELEASE)
def test_custody_and_release(nlp, text, etype, actors, recipients):
    test_wording_finds_the_event_and_its_sides(nlp, text, etype, actors, recipients)


@pytest.mark.parametrize("text,etype,modality", [
    # reported speech shifts "will" back to "would": an act announced (the guide's future),
    # its type kept, not a possibility
    ("Turkey said it would impose sanctions on Austria.", "SANCTION", "future"),
    ("India said it would expel two Pakistani diplomats.", "SANCTION", "future"),
    ("Japan said it would send aid to Nepal.", "AID", "future"),
    # "would" outside reported speech stays hypothetical
    ("Turkey would impose sanctions on Austria.", "SANCTION", "hypothetical"),
])
def test_would_in_reported_speech_announces(nlp, text, etype, modality):
    found = [e for e in nlp(text)._.events if e["type"] == etype]
    assert found and found[0]["modality"] == modality



@pytest.mark.parametrize("text,etype", [
    # commerce and causes are no supply or blame
    ("The airline attributed the rise in its profit to higher passenger traffic.", "ACCUSE"),
    ("The insurer sold a million of its shares to its parent company.", "AID"),
    ("The company is exploring the sale of parts of its drilling unit.", "AID"),
    ("Tankers carrying crude oil were stopped in the Gulf.", "AID"),
    ("The strike shut down the country's main oil outlets.", "COERCE"),
    ("The firm said it had reached no agreement on the deal.", "AGREE"),
])
def test_commerce_is_no_event(nlp, text, etype):
    assert [e for e in nlp(text)._.events if e["type"] == etype] == []
