"""Background exchanges (ANNOTATION.md, Pairs: the same act). Probe sentences written for
these tests: an older charge told late in a story, with a reply that refers back to it
("such findings", "that report"), is another incident: the story's denial does not
answer it and its reply does not answer the story's charges — unless both contents name
a party or a place besides the two sides of the quarrel."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc


def _pairs(doc: Doc) -> set[tuple[str, str]]:
    """(denial content, claim content) for every pair, by text: ids shift with parsing."""
    text = {c["id"]: (c.get("content") or {}).get("text", "") for c in doc._.claims}
    return {(text[p["denial"]], text[p["claim"]]) for p in doc._.pairs}


BACKGROUND = [
    ("Ethiopia's army accused the Fano militia on Monday of shelling a clinic in Lalibela. "
     "The Fano militia denied attacking health centres. "
     "Amnesty International reported last year that Fano fighters had executed dozens of "
     "prisoners near Gondar. The militia has previously rejected such findings as biased.",
     "Fano fighters had executed", "shelling a clinic"),
    ("Somalia's government accused al-Shabaab on Tuesday of bombing a market in Baidoa. "
     "Al-Shabaab denied carrying out the attack. "
     "A UN monitoring group said in 2022 that al-Shabaab had recruited hundreds of child "
     "soldiers in Jubaland. The militants dismissed those findings as propaganda.",
     "al-Shabaab had recruited", "bombing a market"),
]


@pytest.mark.parametrize("text,old,story", BACKGROUND)
def test_an_older_charge_and_its_reply_stay_apart(nlp: Language, text: str, old: str,
                                                  story: str) -> None:
    doc = nlp(text)
    pairs = _pairs(doc)
    older = [(d, c) for d, c in pairs if old in c]
    # the older charge is answered by its own reply only
    assert len(older) == 1, doc._.pairs
    reply = older[0][0]
    assert not any(d == reply and story in c for d, c in pairs), pairs
    # the story's denial answers the story's charge, not the older one
    assert any(story in c and d != reply for d, c in pairs), pairs


def test_an_older_charge_of_the_story_act_is_answered_by_both(nlp: Language) -> None:
    doc = nlp(
        "Chad's government said on Monday that gunmen who attacked a border post had come "
        "from Sudan. Khartoum denied arming the FACT rebels. "
        "Chad has long accused Sudan of giving the FACT rebels safe haven. "
        "Sudan has consistently denied the charge.")
    pairs = _pairs(doc)
    haven = [d for d, c in pairs if "safe haven" in c]
    # the story's denial tells the older charge's act (arming the same rebels): both answer it
    assert any("arming" in d for d in haven), doc._.pairs
    assert len(haven) >= 2, pairs


@pytest.mark.parametrize("text", [
    "Mexico blames Sinaloa cartel for ambush on soldiers; group denies role\n\n"
    "Mexico's defence ministry on Friday blamed the Sinaloa cartel for an ambush that "
    "killed four soldiers in Culiacan.",
    "Niger accuses Benin of harbouring rebels; authorities deny involvement\n\n"
    "Niger's junta accused Benin on Monday of harbouring rebels who attacked an oil "
    "pipeline.",
])
def test_a_headline_denial_by_an_uncoded_party_answers_the_charges(nlp: Language,
                                                                    text: str) -> None:
    doc = nlp(text)
    denials = [c for c in doc._.claims if c["kind"] == "denial"]
    charges = [c for c in doc._.claims if c["kind"] == "accusation"]
    assert len(denials) == 1 and len(charges) == 2, doc._.claims
    # "group", "authorities": the party the headline's charge accuses, now denying
    answered = {p["claim"] for p in doc._.pairs if p["denial"] == denials[0]["id"]}
    assert answered == {c["id"] for c in charges}, doc._.pairs
