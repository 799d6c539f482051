"""Events, second round (issue 13): supply frames, nominal triggers and direction frames,
on short sentences written for the tests."""

from __future__ import annotations

import pytest

from tests.event_probes import case as _case
from tests.event_probes import typed


@pytest.fixture(scope="module")
def nlp():
    from pipeline.nlp import build_nlp

    return build_nlp(exclude=("claims",))


SIDES = [
    # the goods' "to" phrase the parser hangs on the object still names the receiver
    _case("supply-to", "Russia delivered rifles to Ukraine.", "AID", ["RUS"], ["UKR"]),
    _case("supply-to", "Russia sent grenades and rifles to Belarus.", "AID", ["RUS"], ["BLR"]),
    _case("supply-to", "Iran shipped drones to Russia in August.", "AID", ["IRN"], ["RUS"]),
    # the goods' maker supplies them when no supplier is named; a named one wins
    _case("goods-maker", "The delivery of German tanks to Ukraine began in May.", "AID",
          ["DEU"], ["UKR"]),
    _case("goods-maker", "Shipments of Iranian drones to Russia have grown.", "AID", ["IRN"],
          ["RUS"]),
    _case("named-supplier", "The US sent German tanks to Ukraine.", "AID", ["USA"], ["UKR"]),
    # "took part of a place" is a seizure ("took part in" is not: see below)
    _case("part-of", "Russian troops took part of the Ukrainian town of Bakhmut.", "ASSAULT",
          ["RUS"], ["UKR"]),
    _case("part-of", "Israeli forces seized half of the Lebanese village.", "ASSAULT", ["ISR"],
          ["LBN"]),
    # sanctions as the means of an act aimed at someone
    _case("means", "The US hit Russia with new sanctions.", "SANCTION", ["USA"], ["RUS"]),
    _case("means", "Washington slapped Iran with an arms embargo.", "SANCTION", ["USA"],
          ["IRN"]),
    _case("means", "Belarus hits back at the EU with counter-sanctions.", "SANCTION", ["BLR"],
          ["EU"]),
    _case("means", "Russia retaliated against Poland with an import ban on apples.",
          "SANCTION", ["RUS"], ["POL"]),
    # "called for X to ...": the parser marks "for" as the clause's complementiser
    _case("for-clause", "The US called for Iran to halt its drone exports.", "REQUEST",
          ["USA"], ["IRN"]),
    _case("for-clause", "Moscow has long pressed for Belarus to join the union.", "REQUEST",
          ["RUS"], ["BLR"]),
    _case("for-thing", "China called for calm.", "REQUEST", ["CHN"], []),
    # nominalisations: "the X of Y by Z", wherever the parser hangs the "by" phrase
    _case("by-phrase", "The expulsion of Russian diplomats by Poland followed.", "SANCTION",
          ["POL"], ["RUS"]),
    _case("by-phrase", "The killing of Iranian general Soleimani by the US raised tensions.",
          "ASSAULT", ["USA"], ["IRN"]),
    _case("by-phrase", "The killings of Palestinian civilians by Israeli forces drew protests.",
          "ASSAULT", ["ISR"], ["PSE"]),
    # a judge of an act is no party to it
    _case("judge", "China criticised the US exercises.", "ACCUSE", ["CHN"], ["USA"]),
    # a domestic act one side is blamed for befalls its own people, not the accuser
    _case("domestic", "The EU blamed Belarus for the violent crackdown on protesters.",
          "ASSAULT", ["BLR"], ["BLR"]),
    _case("domestic", "Washington blamed Moscow for the arrests of opposition figures.",
          "COERCE", ["RUS"], ["RUS"]),
    _case("domestic", "The UN accused China of arresting Tibetan activists.", "COERCE",
          ["CHN"], ["CHN"]),
    _case("hostile", "Azerbaijan accuses Armenia of shooting at its soldiers.", "ASSAULT",
          ["ARM"], ["AZE"]),
    # the parser hangs "claims that X has done" on the noun like a participle; only a
    # participle without a subject ("drones supplied by") takes its doer from "by"
    _case("that-clause", "Tehran rejected the allegations that Iran has given Russia military "
          "assistance.", "AID", ["IRN"], ["RUS"]),
    _case("that-clause", "Kyiv repeated its claims that Iran has supplied drones to Russia.",
          "AID", ["IRN"], ["RUS"]),
    _case("participle", "Drones supplied by Iran to Russia hit Kyiv.", "AID", ["IRN"], ["RUS"]),
    # "under X air and ground attack": nationality and "under" shared by coordinated nouns
    _case("under", "The Gaza Strip has been under Israeli air and ground attack for weeks.",
          "ASSAULT", ["ISR"], ["PSE"]),
    _case("under", "Kharkiv came under Russian missile and drone attack overnight.",
          "ASSAULT", ["RUS"], ["UKR"]),
    # a rejection answers whoever made the charge or offer: the maker named in a relative
    # clause on it, or the speaker of the clause a summarising "a claim X denies" follows
    _case("maker", "Iran rejected the charge that Israel made on Friday.", "REJECT", ["IRN"],
          ["ISR"]),
    _case("maker", "China denied the accusations the US has leveled against it.", "REJECT",
          ["CHN"], ["USA"]),
    _case("maker", "Russia says Ukraine shelled the plant, a claim Kyiv denies.", "REJECT",
          ["UKR"], ["RUS"]),
    _case("maker", "Ukraine rejected the offer that Russia made on Friday.", "REJECT", ["UKR"],
          ["RUS"]),
    # phrasal verbs: the "at" target of an attack in words, the "with" partner of ties cut
    _case("out-at", "Russia hit out at the EU over its new policy.", "ACCUSE", ["RUS"], ["EU"]),
    _case("out-at", "The US lashed out at China over Taiwan.", "ACCUSE", ["USA"], ["CHN"]),
    _case("ties-with", "Moldova broke off ties with Russia.", "SANCTION", ["MDA"], ["RUS"]),
    _case("ties-with", "Georgia cut ties with Russia in 2008.", "SANCTION", ["GEO"], ["RUS"]),
    _case("cave-in", "Turkey caved in to US demands.", "CONCEDE", ["TUR"], ["USA"]),
    # "he" with no coded person before: an office holder named by title in the sentence before
    _case("title", "Lebanon's prime minister denounced Israel. He urged caution.", "REQUEST",
          ["LBN"], []),
    _case("title", "The Turkish president criticised Sweden. He urged Stockholm to act.",
          "REQUEST", ["TUR"], ["SWE"]),
    # CAMEO 1712: infrastructure and missions destroyed are property
    _case("property", "Russian soldiers blew up the Ukrainian dam.", "COERCE", ["RUS"], ["UKR"]),
    _case("property", "Iranian protesters torched the British embassy.", "COERCE", ["IRN"],
          ["GBR"]),
]


@pytest.mark.parametrize(("text", "etype", "actors", "recipients"), SIDES)
def test_who_acts_on_whom(nlp, text, etype, actors, recipients):
    [ev] = typed(nlp, text, etype)
    assert ev["actors"] == actors and ev["recipients"] == recipients


JOINT = [
    # the host of a visit made for talks takes part in them (the talks, not the visit)
    _case("host", "The Iranian commander arrived in Moscow for talks on military ties.",
          "CONSULT", ["IRN", "RUS"], []),
    _case("host", "A Chinese delegation came to Hanoi to discuss trade.", "CONSULT",
          ["CHN", "VNM"], []),
    # "resume", "renew" are no judging verbs: their subject carries on its own act
    _case("resume", "Syria and Turkey resumed talks on Monday.", "CONSULT", ["SYR", "TUR"], []),
    _case("resume", "Israel and Lebanon renewed negotiations today.", "CONSULT", ["ISR", "LBN"],
          []),
    # sides acting together or jointly cooperate
    _case("together", "Indian and US troops are currently training together in the "
          "mountains.", "COOPERATE", ["IND", "USA"], []),
    _case("together", "Russian and Chinese warships patrolled jointly in the Pacific.",
          "COOPERATE", ["CHN", "RUS"], []),
    # whoever a joint act involves takes part in it
    _case("involving", "Clashes involving Armenian and Azerbaijani troops erupted overnight.",
          "ASSAULT", ["ARM", "AZE"], []),
    _case("involving", "The ministers held discussions on cooperation involving the armies of "
          "Iran and Russia.", "COOPERATE", ["IRN", "RUS"], []),
]


@pytest.mark.parametrize(("text", "etype", "parties", "recipients"), JOINT)
def test_joint_acts_name_every_party(nlp, text, etype, parties, recipients):
    [ev] = [e for e in typed(nlp, text, etype) if e["mode"] != "visit"]
    assert sorted(ev["actors"]) == parties and ev["recipients"] == recipients


def test_talks_merely_told_in_a_place_name_no_host(nlp):
    [ev] = typed(nlp, "The US envoy said in Moscow that talks would resume.", "CONSULT")
    assert ev["actors"] == ["USA"]


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Azerbaijani forces took six Armenian soldiers captive.", "AZE", "ARM"),
    ("Iranian forces took British sailors prisoner in the Gulf.", "IRN", "GBR"),
    ("Five Armenian soldiers were taken prisoner by Azerbaijani troops.", "AZE", "ARM"),
    # the parser reads "captive" as describing the object here
    ("The clash came a day after Azerbaijani forces took six Armenian servicemen captive in "
     "the district.", "AZE", "ARM"),
])
def test_taking_people_captive_is_an_abduction(nlp, text, actor, recipient):
    """CAMEO 181: one act, the captive word is no event of its own."""
    [ev] = typed(nlp, text, "ASSAULT")
    assert ev["mode"] == "abduct" and ev["cameo"] == "181"
    assert ev["actors"] == [actor] and ev["recipients"] == [recipient]


@pytest.mark.parametrize(("text", "etype"), [
    ("The Iranian navy took part in the drills with Russia.", "ASSAULT"),
    ("Turkish officers took part in the talks in Baku.", "ASSAULT"),
    ("A camp was attacked by Burundian militiamen armed with machetes.", "AID"),
    ("Palestinian gunmen armed with rifles opened fire.", "AID"),
])
def test_no_event_of_this_type(nlp, text, etype):
    """'took part in' is no seizure; people described as 'armed with' are supplied by no one."""
    assert not typed(nlp, text, etype)


@pytest.mark.parametrize(("text", "etype", "actor"), [
    ("The deployment of Russian troops near the border alarmed the West.", "MOBILIZE", "RUS"),
    ("The stationing of American missiles in Germany angered Moscow.", "MOBILIZE", "USA"),
    ("Iranian-backed militias armed by Iran attacked US bases.", "AID", "IRN"),
])
def test_the_doer_named_by_the_goods_or_the_by_phrase(nlp, text, etype, actor):
    """The nationality of forces or weapons deployed names who deploys them; forces 'armed
    by' a side are its aid."""
    [ev] = typed(nlp, text, etype)
    assert ev["actors"] == [actor]


def test_backing_down_is_no_backing(nlp):
    """A phrasal verb a rule names is its own word, not its bare verb."""
    assert not typed(nlp, "Russia backed down from its threat against Ukraine.", "SUPPORT")
    assert typed(nlp, "The US backed Ukraine.", "SUPPORT")


def test_fighting_together_stays_an_assault(nlp):
    assert typed(nlp, "Russia and Syria fought together against the rebels.", "ASSAULT")
