"""Probe sentences written for these tests (issue 12): a definite singular claim noun
("denied the charge", "rejected the accusation") names one charge — the one it points
back to — and, by content, the claims retelling that act; not another charge against
the denier ("seizing boats", then "shooting at a ferry"), which the plural ("the
charges") would sum up."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

TWO_ACTS = [
    "Malawi's police accused Zambian rangers of seizing four fishing boats. Malawi's "
    "police also accused Zambian rangers of shooting at a ferry near Likoma. Zambia's "
    "wildlife ministry denied {}.",
    "Bolivia accused Chilean troops of detaining three herders in Pisiga. Bolivia also "
    "accused Chile of blocking its exports at Arica. Chile rejected {}.",
]


def _pairs(doc: Doc) -> tuple[dict, list[dict], set[tuple[str, str]]]:
    [denial] = [c for c in doc._.claims if c["kind"] == "denial"]
    charges = [c for c in doc._.claims if c["kind"] == "accusation"]
    assert len(charges) == 2, doc._.claims
    return denial, charges, {(p["denial"], p["claim"]) for p in doc._.pairs}


@pytest.mark.parametrize("text", [TWO_ACTS[0].format("the charge"),
                                  TWO_ACTS[1].format("the accusation")])
def test_a_singular_reference_answers_one_of_two_acts(nlp: Language, text: str) -> None:
    denial, charges, pairs = _pairs(nlp(text))
    assert pairs == {(denial["id"], charges[-1]["id"])}


@pytest.mark.parametrize("text", [TWO_ACTS[0].format("the charges"),
                                  TWO_ACTS[1].format("these accusations")])
def test_a_plural_reference_answers_both(nlp: Language, text: str) -> None:
    denial, charges, pairs = _pairs(nlp(text))
    assert pairs == {(denial["id"], c["id"]) for c in charges}


@pytest.mark.parametrize("text", [
    "Kenya's interior ministry said Somali soldiers had attacked a police post in Mandera. "
    "Kenyan police said Somali troops had fired mortars at the post. Somalia's defence "
    "ministry denied the charge.",
    "Niger's army said Malian gunmen had attacked a market in Tillia. Local officials said "
    "Malian fighters had shot two traders at the market. Bamako rejected the accusation.",
])
def test_a_retelling_of_the_act_is_answered_too(nlp: Language, text: str) -> None:
    """ANNOTATION.md, Pairs: by content, every claim of the same act."""
    denial, charges, pairs = _pairs(nlp(text))
    assert pairs == {(denial["id"], c["id"]) for c in charges}
