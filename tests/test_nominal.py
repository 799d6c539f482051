"""One reading of an event noun's doer and undergoer (pipeline/stages/nominal.py), and the
three layers that read it: events (actors, recipients), claims (an accusation's target)
and stance (a wrong owned by another party).  Every sentence is written for these tests;
each frame has at least two."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from pipeline.stages import nominal
from pipeline.stages.claims.lexicon import load_lexicon
from pipeline.stages.stance.judged import owned_wrong
from pipeline.stages.stance.rules import load_rules


def _noun(doc: Doc, word: str):
    return next(t for t in doc if t.text == word)


def _texts(tokens) -> list[str]:
    return [t.text for t in tokens]


@pytest.mark.parametrize("text, noun, doers, undergoers", [
    # an "of" object (or an "on" phrase) takes the undergoer's place: the possessor did it
    ("Peru's invasion of the islands was illegal.", "invasion", ["Peru"], ["islands"]),
    ("Uganda's shelling of border villages must stop.", "shelling", ["Uganda"], ["villages"]),
    ("Togo's raids on the depot continued.", "raids", ["Togo"], ["depot"]),
    # a "by" agent is the doer; the possessor is what the act befell
    ("Togo's annexation by the empire was a crime.", "annexation", ["empire"], ["Togo"]),
    ("Somalia's bombardment by rebel gunners killed dozens.", "bombardment", ["gunners"],
     ["Somalia"]),
    # the parser may hang the "by" agent on the "of" object, or on that one's; a conjoined
    # noun shares the phrases of the first
    ("The detention of scores of students by Togolese police shocked Ghana.", "detention",
     ["police"], ["scores"]),
    ("The arrest and torture of the envoy by the guards was unlawful.", "torture",
     ["guards"], ["envoy"]),
    # a noun of an act done to people or places, alone with its possessor: the possessor
    # underwent it
    ("The envoy's arrest was unlawful.", "arrest", [], ["envoy"]),
    ("The city's destruction shocked Ghana.", "destruction", [], ["city"]),
    # an "of" phrase that is a date names when, not whom
    ("The envoy's arrest of 1990 was unlawful.", "arrest", [], ["envoy"]),
    # a campaign's lone possessor is its doer ("Peru's invasion"), date or not
    ("Peru's invasion in 1990 left deep scars.", "invasion", ["Peru"], []),
    ("Togo's occupation of 1990 ended in May.", "occupation", ["Togo"], []),
    ("Benin's bombing went on for weeks.", "bombing", ["Benin"], []),
    # acts counted in the plural are told of their doer
    ("Togo's arrests drew protests.", "arrests", ["Togo"], []),
    ("Benin's killings had to stop.", "killings", ["Benin"], []),
    # any other act noun: no undergoer takes the possessor's place, so it is the doer
    ("Togo's attacks killed dozens.", "attacks", ["Togo"], []),
    ("Benin's provocations had to end.", "provocations", ["Benin"], []),
])
def test_roles_of_an_event_noun(nlp, text: str, noun: str, doers: list[str],
                                 undergoers: list[str]) -> None:
    roles = nominal.roles(_noun(nlp(text), noun))
    assert _texts(roles.doers) == doers
    assert _texts(roles.undergoers) == undergoers


def test_a_verb_has_no_nominal_roles(nlp) -> None:
    doc = nlp("Peru invaded the islands.")
    assert nominal.roles(_noun(doc, "invaded")) == nominal.Roles((), ())
    assert nominal.possessor_role(_noun(doc, "islands")) is None


def _event(doc: Doc, trigger: str) -> dict:
    found = [e for e in doc._.events if e["trigger"]["text"] == trigger]
    assert len(found) == 1, doc._.events
    return found[0]


def _claim(doc: Doc) -> dict:
    assert len(doc._.claims) == 1, doc._.claims
    return doc._.claims[0]


@pytest.mark.parametrize("text, trigger, doer", [
    ("Chile said Peru's invasion of the islands was illegal.", "invasion", "PER"),
    ("Kenya said Uganda's shelling of border villages must stop.", "shelling", "UGA"),
    ("Kenya said Somalia's bombardments had killed dozens.", "bombardments", "SOM"),
    # a campaign's lone possessor is its doer
    ("Kenya said Somalia's bombardment had killed dozens.", "bombardment", "SOM"),
    ("Chile said Peru's invasion in 1990 had left deep scars.", "invasion", "PER"),
])
def test_every_layer_blames_a_possessor_beside_an_object(nlp, text: str, trigger: str,
                                                         doer: str) -> None:
    doc = nlp(text)
    assert _event(doc, trigger)["actors"] == [doer]
    claim = _claim(doc)
    assert (claim["kind"], claim["target"]) == ("accusation", doer)


@pytest.mark.parametrize("text, trigger, victim", [
    # a "by" agent
    ("Kenya said Somalia's bombardment by rebel gunners had killed dozens.", "bombardment",
     "SOM"),
    # no "of" object and no "by" agent, an act done to people or places
    ("Chile said the Bolivian envoy's arrest had angered the public.", "arrest", "BOL"),
    ("Ghana said the Togolese journalist's abduction had shocked the region.", "abduction",
     "TGO"),
])
def test_no_layer_blames_a_possessor_the_act_befell(nlp, text: str, trigger: str,
                                                    victim: str) -> None:
    doc = nlp(text)
    event = _event(doc, trigger)
    assert event["recipients"] == [victim]
    assert victim not in event["actors"]
    claim = _claim(doc)
    assert claim["target"] != victim
    assert claim["kind"] != "accusation"


@pytest.mark.parametrize("text, doer", [
    ("Ghana said the detention and torture of dozens of students by Togolese police had "
     "shocked it.", "TGO"),
    ("Chile said the arrest and torture of its envoy by Peruvian guards was unlawful.", "PER"),
])
def test_a_by_agent_below_the_undergoer_is_the_accused(nlp, text: str, doer: str) -> None:
    claim = _claim(nlp(text))
    assert (claim["kind"], claim["target"]) == ("accusation", doer)


def test_an_annexation_by_another_accuses_not_the_annexed(nlp) -> None:
    claim = _claim(nlp("Ghana said Togo's annexation by the empire was a historic crime."))
    assert claim["target"] != "TGO"


@pytest.mark.parametrize("text, owner", [
    ("Ghana said Togo's annexation of the islands was a crime.", "TGO"),
    ("Ghana said Benin's provocations had to end.", "BEN"),
    ("Ghana said Togo's annexation by the empire was a crime.", None),
    ("Ghana said Togo's annexation in 1963 was a crime.", None),
])
def test_a_wrong_is_owned_only_by_its_doer(nlp, text: str, owner: str | None) -> None:
    doc = nlp(text)
    assert owned_wrong(doc[:], "GHA", load_rules(), load_lexicon()) == owner


@pytest.mark.parametrize("text, accused, victim", [
    ("Chile condemned the invasion of Bolivia by Peru.", "PER", "BOL"),
    ("Ghana denounced the occupation of Benin by Togolese troops.", "TGO", "BEN"),
    ("Ghana denounced the shelling of Benin by Togolese gunners.", "TGO", "BEN"),
    ("Chile condemned the invasion of Bolivia.", None, "BOL"),
    ("Ghana denounced the shelling of Benin.", None, "BEN"),
])
def test_a_condemned_act_accuses_its_doer_not_what_it_befell(nlp, text: str,
                                                           accused: str | None,
                                                           victim: str) -> None:
    doc = nlp(text)
    claim = _claim(doc)
    assert (claim["kind"], claim["target"]) == ("accusation", accused)
    judged = next(e for e in doc._.events if e["type"] == "ACCUSE")
    assert victim not in judged["recipients"]
    assert judged["recipients"] == ([accused] if accused else [])


@pytest.mark.parametrize("text, effect, doer, victim", [
    # an act noun that is a participant of another act stands for its doers
    ("Kenya said Somalia's bombardment had killed dozens.", "killed", "SOM", None),
    ("Kenya said Somalia's bombardment by rebel gunners had killed dozens.", "killed", None,
     "SOM"),
    ("The bombardment of Somalia by Kenyan jets killed dozens.", "killed", "KEN", "SOM"),
    ("Uganda's shelling of the villages killed two herders.", "killed", "UGA", None),
])
def test_an_act_noun_as_a_participant_stands_for_its_doer(nlp, text: str, effect: str,
                                                         doer: str | None,
                                                         victim: str | None) -> None:
    event = _event(nlp(text), effect)
    assert event["actors"] == ([doer] if doer else [])
    assert victim is None or victim not in event["actors"]
