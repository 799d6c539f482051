"""Pairs by the same act across a long article (ANNOTATION.md, Pairs: a denial answers
every accusation or claim of the same act).  Probe sentences written for these tests:
a deployment into another country is an act of force; the party a denial names as the
doer of what it denies is a denier."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.stages.stance.doers import denied_doers
from pipeline.stages.stance.rules import load_rules


def _pairs(doc: Doc) -> set[tuple[str, str]]:
    return {(p["denial"], p["claim"]) for p in doc._.pairs}


def _ids(doc: Doc, kind: str) -> list[str]:
    return [c["id"] for c in doc._.claims if c["kind"] == kind]


def _answered(doc: Doc, charges: int) -> None:
    """The one denial of ``doc`` answers each of its ``charges`` accusations, no more."""
    [denial] = _ids(doc, "denial")
    accusations = _ids(doc, "accusation")
    assert len(accusations) == charges, doc._.claims
    assert _pairs(doc) == {(denial, c) for c in accusations}


@pytest.mark.parametrize(("text", "charges"), [
    # a deployment into another country answers a charge of attacking there
    ("Tanzania denied sending troops into Mozambique's Cabo Delgado province, where "
     "villagers said Tanzanian soldiers had attacked a market on Sunday.", 1),
    ("Chad accused Sudanese forces of shelling the border town of Adre. "
     "Khartoum denied deploying soldiers across the frontier into Chad.", 1),
    # the accused named as the doer of the denied act denies, whoever speaks
    ("Mali accused Algeria of arming separatist rebels in the north. "
     "\"Algeria has nothing to do with the rebellion,\" she said.", 1),
    ("Kinshasa said Rwandan troops had shelled the outskirts of Goma. "
     "\"Rwanda has nothing to do with the shelling,\" he told reporters.", 1),
])
def test_a_denial_answers_the_charges_of_its_act(nlp: Language, text: str,
                                                 charges: int) -> None:
    _answered(nlp(text), charges)


def test_massing_troops_at_home_answers_no_charge_of_attacking(nlp: Language) -> None:
    doc = nlp("Ghana accused Togolese forces of shelling a border village. "
              "Lome denied that its army had massed troops at the frontier.")
    assert _ids(doc, "denial") and _ids(doc, "accusation")
    assert _pairs(doc) == set()


def test_a_party_named_outside_the_denied_act_is_no_doer(nlp: Language) -> None:
    text = ("Ottawa accused Moscow of hacking its grid. Beijing said its cooperation with "
            "Moscow was not aimed at anyone and that Ottawa should look at itself.")
    doc = nlp(text)
    start = text.index("its cooperation")
    claims = [{"id": "a", "kind": "accusation", "target": "RUS", "speaker": {"actor": "CAN"}},
              {"id": "b", "kind": "accusation", "target": "CAN", "speaker": {"actor": "RUS"}},
              {"id": "d", "kind": "denial", "speaker": {"actor": "CHN"},
               "content": {"start": start, "end": len(text) - 1}}]
    assert denied_doers(doc, claims, load_rules()) == {}
