"""Events, second round (issue 13): supply frames, nominal triggers and direction frames,
on short sentences written for the tests."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def nlp():
    from pipeline.nlp import build_nlp

    return build_nlp(exclude=("claims",))


def typed(nlp, text: str, etype: str) -> list[dict]:
    doc = nlp(text)
    for ev in doc._.events:
        trig = ev["trigger"]
        assert text[trig["start"]:trig["end"]] == trig["text"]
    return [e for e in doc._.events if e["type"] == etype]


def sides(nlp, text: str, etype: str) -> tuple[list[str], list[str]]:
    """Actors and recipients of the one event of this type the sentence yields."""
    [ev] = typed(nlp, text, etype)
    return ev["actors"], ev["recipients"]


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Russia delivered rifles to Ukraine.", "RUS", "UKR"),
    ("Russia sent grenades and rifles to Belarus.", "RUS", "BLR"),
    ("Iran shipped drones to Russia in August.", "IRN", "RUS"),
])
def test_small_arms_supplied_to_a_side_are_aid_to_it(nlp, text, actor, recipient):
    """The goods' "to" phrase the parser hangs on the object still names the recipient."""
    assert sides(nlp, text, "AID") == ([actor], [recipient])


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("The delivery of German tanks to Ukraine began in May.", "DEU", "UKR"),
    ("Shipments of Iranian drones to Russia have grown.", "IRN", "RUS"),
])
def test_the_goods_maker_supplies_them_when_no_supplier_is_named(nlp, text, actor, recipient):
    assert sides(nlp, text, "AID") == ([actor], [recipient])


def test_a_named_supplier_wins_over_the_goods_maker(nlp):
    assert sides(nlp, "The US sent German tanks to Ukraine.", "AID") == (["USA"], ["UKR"])


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


@pytest.mark.parametrize("text", [
    "The Iranian navy took part in the drills with Russia.",
    "Turkish officers took part in the talks in Baku.",
])
def test_taking_part_is_no_seizure(nlp, text):
    assert not typed(nlp, text, "ASSAULT")


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Russian troops took part of the Ukrainian town of Bakhmut.", "RUS", "UKR"),
    ("Israeli forces seized half of the Lebanese village.", "ISR", "LBN"),
])
def test_taking_part_of_a_place_is_a_seizure(nlp, text, actor, recipient):
    assert sides(nlp, text, "ASSAULT") == ([actor], [recipient])


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("The US hit Russia with new sanctions.", "USA", "RUS"),
    ("Washington slapped Iran with an arms embargo.", "USA", "IRN"),
    ("Belarus hits back at the EU with counter-sanctions.", "BLR", "EU"),
    ("Russia retaliated against Poland with an import ban on apples.", "RUS", "POL"),
])
def test_sanctions_as_the_means_of_an_act_target_its_object(nlp, text, actor, recipient):
    assert sides(nlp, text, "SANCTION") == ([actor], [recipient])


@pytest.mark.parametrize(("text", "parties"), [
    ("The Iranian commander arrived in Moscow for talks on military ties.", ["IRN", "RUS"]),
    ("A Chinese delegation came to Hanoi to discuss trade.", ["CHN", "VNM"]),
])
def test_the_host_of_a_visit_for_talks_takes_part_in_them(nlp, text, parties):
    [ev] = [e for e in typed(nlp, text, "CONSULT") if e["mode"] is None]  # not the visit
    assert sorted(ev["actors"]) == parties and ev["recipients"] == []


def test_talks_merely_told_in_a_place_name_no_host(nlp):
    [ev] = typed(nlp, "The US envoy said in Moscow that talks would resume.", "CONSULT")
    assert ev["actors"] == ["USA"]


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("The US called for Iran to halt its drone exports.", "USA", "IRN"),
    ("Moscow has long pressed for Belarus to join the union.", "RUS", "BLR"),
])
def test_the_subject_of_a_for_clause_is_the_one_asked(nlp, text, actor, recipient):
    """'called for X to ...': the parser marks 'for' as the clause's complementiser."""
    assert sides(nlp, text, "REQUEST") == ([actor], [recipient])


def test_calling_for_a_thing_asks_no_one_in_particular(nlp):
    assert sides(nlp, "China called for calm.", "REQUEST") == (["CHN"], [])


@pytest.mark.parametrize(("text", "etype", "actor", "recipient"), [
    ("The expulsion of Russian diplomats by Poland followed.", "SANCTION", "POL", "RUS"),
    ("The killing of Iranian general Soleimani by the US raised tensions.", "ASSAULT", "USA",
     "IRN"),
    ("The killings of Palestinian civilians by Israeli forces drew protests.", "ASSAULT", "ISR",
     "PSE"),
])
def test_the_by_phrase_of_an_event_noun_names_its_doer(nlp, text, etype, actor, recipient):
    """Nominalisations: 'the X of Y by Z', wherever the parser hangs the 'by' phrase."""
    assert sides(nlp, text, etype) == ([actor], [recipient])


@pytest.mark.parametrize(("text", "actor"), [
    ("The deployment of Russian troops near the border alarmed the West.", "RUS"),
    ("The stationing of American missiles in Germany angered Moscow.", "USA"),
])
def test_the_nationality_of_forces_deployed_names_who_deploys(nlp, text, actor):
    [ev] = typed(nlp, text, "MOBILIZE")
    assert ev["actors"] == [actor]


@pytest.mark.parametrize(("text", "etype", "parties"), [
    ("Syria and Turkey resumed talks on Monday.", "CONSULT", ["SYR", "TUR"]),
    ("Israel and Lebanon renewed negotiations today.", "CONSULT", ["ISR", "LBN"]),
])
def test_who_resumes_an_act_is_a_party_to_it(nlp, text, etype, parties):
    """'resume', 'renew' are no judging verbs: their subject carries on its own act."""
    [ev] = typed(nlp, text, etype)
    assert sorted(ev["actors"]) == parties


def test_who_criticises_an_act_is_still_no_party_to_it(nlp):
    [ev] = typed(nlp, "China criticised the US exercises.", "ACCUSE")
    assert ev["actors"] == ["CHN"] and ev["recipients"] == ["USA"]


@pytest.mark.parametrize(("text", "etype", "doer"), [
    ("The EU blamed Belarus for the violent crackdown on protesters.", "ASSAULT", "BLR"),
    ("Washington blamed Moscow for the arrests of opposition figures.", "COERCE", "RUS"),
    ("The UN accused China of arresting Tibetan activists.", "COERCE", "CHN"),
])
def test_a_domestic_act_one_side_is_blamed_for_befalls_its_own_people(nlp, text, etype, doer):
    """Not the accuser: a crackdown or arrests are done to the doer's own people."""
    assert sides(nlp, text, etype) == ([doer], [doer])


def test_a_hostile_act_one_side_is_accused_of_still_befalls_the_accuser(nlp):
    text = "Azerbaijan accuses Armenia of shooting at its soldiers."
    assert sides(nlp, text, "ASSAULT") == (["ARM"], ["AZE"])


@pytest.mark.parametrize(("text", "parties"), [
    ("Indian and US troops are currently training together in the mountains.", ["IND", "USA"]),
    ("Russian and Chinese warships patrolled jointly in the Pacific.", ["CHN", "RUS"]),
])
def test_sides_acting_together_cooperate(nlp, text, parties):
    [ev] = typed(nlp, text, "COOPERATE")
    assert sorted(ev["actors"]) == parties and ev["recipients"] == []


def test_fighting_together_stays_an_assault(nlp):
    assert typed(nlp, "Russia and Syria fought together against the rebels.", "ASSAULT")


@pytest.mark.parametrize(("text", "etype", "parties"), [
    ("Clashes involving Armenian and Azerbaijani troops erupted overnight.", "ASSAULT",
     ["ARM", "AZE"]),
    ("The ministers held discussions on cooperation involving the armies of Iran and Russia.",
     "COOPERATE", ["IRN", "RUS"]),
])
def test_whoever_an_act_involves_takes_part(nlp, text, etype, parties):
    [ev] = typed(nlp, text, etype)
    assert sorted(ev["actors"]) == parties


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Tehran rejected the allegations that Iran has given Russia military assistance.", "IRN",
     "RUS"),
    ("Kyiv repeated its claims that Iran has supplied drones to Russia.", "IRN", "RUS"),
    ("Drones supplied by Iran to Russia hit Kyiv.", "IRN", "RUS"),
])
def test_a_that_clause_of_a_noun_keeps_its_own_subject(nlp, text, actor, recipient):
    """The parser hangs 'claims that X has done' on the noun like a participle; only a
    participle without a subject ('drones supplied by') takes its doer from 'by'."""
    assert sides(nlp, text, "AID") == ([actor], [recipient])


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("The Gaza Strip has been under Israeli air and ground attack for weeks.", "ISR", "PSE"),
    ("Kharkiv came under Russian missile and drone attack overnight.", "RUS", "UKR"),
])
def test_under_a_coordinated_attack_the_subject_is_attacked(nlp, text, actor, recipient):
    """'under X air and ground attack': the nationality and the 'under' frame are shared
    by the coordinated nouns."""
    assert sides(nlp, text, "ASSAULT") == ([actor], [recipient])


@pytest.mark.parametrize("text", [
    "A camp was attacked by Burundian militiamen armed with machetes.",
    "Palestinian gunmen armed with rifles opened fire.",
])
def test_people_described_as_armed_are_supplied_by_no_one(nlp, text):
    assert not typed(nlp, text, "AID")


def test_forces_armed_by_a_side_are_its_aid(nlp):
    [ev] = typed(nlp, "Iranian-backed militias armed by Iran attacked US bases.", "AID")
    assert ev["actors"] == ["IRN"]
