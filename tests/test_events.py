"""Unit tests for the events stage on short sentences written for the tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.config import load_settings, resource
from pipeline.events.bench import bench_plover
from pipeline.events.rules import Rule, load_rules

RULES_DIR = resource(load_settings(), "events")


@pytest.fixture(scope="module")
def nlp():
    from pipeline.nlp import build_nlp

    return build_nlp(exclude=("claims",))


def events(nlp, text: str) -> list[dict]:
    doc = nlp(text)
    for ev in doc._.events:
        trig = ev["trigger"]
        assert text[trig["start"]:trig["end"]] == trig["text"]
    return doc._.events


def one(evs: list[dict], etype: str) -> dict:
    found = [e for e in evs if e["type"] == etype]
    assert len(found) == 1, (etype, evs)
    return found[0]


def test_rules_are_data_and_load():
    rs = load_rules(RULES_DIR)
    types = {r.type for r in rs.rules}
    assert types == set(
        "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT "
        "THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT".split()
    )
    assert "talks" in rs.by_lemma and "exercise" in rs.by_lemma


def test_unknown_constraint_is_an_error(nlp):
    from pipeline.events.rules import Env, check

    rule = Rule.from_json({"id": "x", "lemmas": ["attack"], "type": "ASSAULT",
                           "require": {"no_such_test": 1}})
    doc = nlp("Rebels attack the town.")
    env = Env(lambda t: set(), lambda t: False, lambda t: False, lambda t: [])
    with pytest.raises(ValueError):
        check(rule, doc[1], env)


def test_joint_drills_are_cooperation_between_all_parties(nlp):
    ev = one(events(nlp, "Russia and China held joint naval drills near Japan."), "COOPERATE")
    assert set(ev["actors"]) == {"RUS", "CHN"}
    assert ev["recipients"] == []
    assert ev["cameo"] == "062" and "military" in ev["context"]
    assert ev["polarity"] == "positive" and ev["modality"] == "asserted"


def test_accusation_and_reported_supply(nlp):
    evs = events(nlp, "The United States accused Iran of supplying drones to Russia.")
    acc = one(evs, "ACCUSE")
    assert acc["actors"] == ["USA"] and acc["recipients"] == ["IRN"]
    assert acc["mode"] == "allege" and acc["cameo"] == "112"
    aid = one(evs, "AID")
    assert aid["actors"] == ["IRN"] and aid["recipients"] == ["RUS"]
    assert aid["modality"] == "reported" and aid["cameo"] == "072"


def test_denial_recipient_is_the_earlier_accuser(nlp):
    evs = events(nlp, "Britain accused Iran of arming rebels. Tehran denied the allegations.")
    rej = one(evs, "REJECT")
    assert rej["actors"] == ["IRN"]
    assert rej["recipients"] == ["GBR"]
    assert rej["cameo"] == "016"


def test_negated_light_verb_object(nlp):
    ev = one(events(nlp, "China and Iraq did not carry out joint military missions."),
             "COOPERATE")
    assert ev["polarity"] == "negative"
    assert set(ev["actors"]) == {"CHN", "IRQ"}


def test_hypothetical_cooperation(nlp):
    ev = one(events(nlp, "The ministers explored potential avenues of military cooperation "
                         "between Russia and Iran."), "COOPERATE")
    assert ev["modality"] == "hypothetical"
    assert set(ev["actors"]) == {"RUS", "IRN"}


def test_future_visit_becomes_agree(nlp):
    evs = events(nlp, "The Iranian president will visit Moscow next month.")
    ev = one(evs, "AGREE")
    assert ev["cameo"] == "036"
    assert "CONSULT" not in {e["type"] for e in evs}


def test_visit_actor_is_visitor_and_host_recipient(nlp):
    ev = one(events(nlp, "An Iranian military delegation arrived in Moscow."), "CONSULT")
    assert ev["mode"] == "visit" and ev["cameo"] == "042"
    assert ev["actors"] == ["IRN"] and ev["recipients"] == ["RUS"]
    assert ev["location"] == "Moscow"


def test_reference_both_countries_and_nominal_sanctions(nlp):
    evs = events(nlp, "Russia and Iran met in Tehran. Both countries face Western sanctions.")
    ev = one(evs, "SANCTION")
    assert ev["actors"] == ["WST"]
    assert set(ev["recipients"]) == {"RUS", "IRN"}


def test_ids_in_text_order_and_one_event_per_trigger(nlp):
    evs = events(nlp, "Armenia accused Azerbaijan of shelling villages. Baku denied the "
                      "claims and threatened Armenia.")
    assert [e["id"] for e in evs] == [f"e{i}" for i in range(1, len(evs) + 1)]
    starts = [e["trigger"]["start"] for e in evs]
    assert starts == sorted(starts) and len(set(starts)) == len(starts)
    assert {"ACCUSE", "REJECT", "THREATEN"} <= {e["type"] for e in evs}


def test_no_participant_no_event(nlp):
    assert events(nlp, "The exercise simulated an incursion.") == []


def test_bench_counts_types(nlp, tmp_path: Path):
    path = tmp_path / "mini.jsonl"
    rows = [
        {"id": "a", "text": "Russia threatened Ukraine.", "expected": [{"code": "THREATEN"}]},
        {"id": "b", "text": "Iran rejected the proposal by France.",
         "expected": [{"code": "REJECT"}]},
        {"id": "c", "text": "The weather was fine.", "expected": [{"code": "PROTEST"}]},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    result = bench_plover(path, nlp)
    assert result["sentences"] == 3
    assert result["per_type"]["THREATEN"]["tp"] == 1
    assert result["per_type"]["PROTEST"]["fn"] == 1
    assert result["confusion"]["PROTEST"] == {"NONE": 1}


def test_words_inside_dates_and_names_are_no_triggers(nlp):
    evs = events(nlp, "ANKARA, March 3 - Turkish protesters march on the Embassy of Attack Party.")
    triggers = [e["trigger"]["text"] for e in evs]
    assert "March" not in triggers
    assert "Attack" not in triggers
    assert "march" in triggers  # the verb still is one


def test_pronoun_in_reported_speech_is_the_reporter(nlp):
    evs = events(nlp, "Ukraine thanked Poland. The European Union announced new sanctions on "
                      "Thursday and said it would send air-defence systems to Kyiv.")
    aid = one(evs, "AID")
    assert aid["actors"] == ["EU"]
    assert aid["recipients"] == ["UKR"]


def test_launching_drones_is_an_assault(nlp):
    ev = one(events(nlp, "Russian forces launched 25 drones at Ukraine overnight."), "ASSAULT")
    assert ev["actors"] == ["RUS"]
    assert ev["recipients"] == ["UKR"]


def test_according_to_is_no_agreement(nlp):
    evs = events(nlp, "According to the Ukrainian military, Russia attacked Odesa.")
    assert all(e["type"] != "AGREE" for e in evs)
