"""The accuser going on (issue 12): a plain statement by the side that has just accused
X, naming X as the doer, owner or source of what it tells, is its evidence for the
charge — an accusation against X, answered by X's denial. Every sentence here is
written for these tests (none comes from the corpus, the written benchmarks or the
stance probes)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc


def _claim(doc: Doc, content_start: str) -> dict:
    found = [c for c in doc._.claims
             if ((c.get("content") or {}).get("text") or "").startswith(content_start)]
    assert len(found) == 1, doc._.claims
    return found[0]


@pytest.mark.parametrize(("text", "start", "target"), [
    ("Chad accused Sudan on Friday of arming rebels in the east. Interior Minister "
     "Adam Haroun told reporters that Sudanese lorries had crossed the border at night "
     "with crates of rifles.", "Sudanese lorries", "SDN"),
    ("Estonia accused Russia of jamming satellite signals over the Baltic. The "
     "Estonian transport ministry said the interference had been traced to a Russian "
     "military base near Kaliningrad.", "the interference", "RUS"),
    ("Kenya accused Somalia of harbouring the gunmen who attacked a police post. Kenyan "
     "police said the suspects had been trained at a camp run by Somali officers.",
     "the suspects", "SOM"),
])
def test_what_the_accuser_says_next_of_the_accused_is_a_charge(
        nlp: Language, text: str, start: str, target: str) -> None:
    claim = _claim(nlp(text), start)
    assert (claim["kind"], claim["target"]) == ("accusation", target)


@pytest.mark.parametrize(("text", "start"), [
    # the accused is the one the speaker's side gives something to
    ("Chad accused Sudan of arming rebels in the east. Chad's army said it had handed "
     "Sudan a list of the rebel commanders.", "it had handed"),
    # the accused's people are the ones the speaker's side acts on
    ("Chad accused Sudan of arming rebels in the east. Chad's army said its guns had "
     "fired at Sudanese positions across the border.", "its guns"),
    # a resolve, not a told fact
    ("Chad accused Sudan of arming rebels in the east. Chad's army said it would "
     "respond to any attack launched from Sudan.", "it would respond"),
    # a request
    ("Chad accused Sudan of arming rebels in the east. Chad's foreign minister urged "
     "Sudan to close the camps.", "Sudan to close"),
    # another speaker: no charge of its own to go on with
    ("Chad accused Sudan of arming rebels in the east. Sudan's foreign ministry said "
     "Sudanese officials had met their Chadian counterparts in Abeche.",
     "Sudanese officials"),
])
def test_no_charge_without_the_accused_as_doer_or_a_told_fact(
        nlp: Language, text: str, start: str) -> None:
    assert _claim(nlp(text), start)["kind"] != "accusation"


def test_the_accusers_evidence_is_answered_by_the_denial(nlp: Language) -> None:
    doc = nlp("Guatemala accused Honduras on Monday of letting armed smugglers cross the "
              "river. Guatemalan soldiers told reporters that Honduran boats had carried "
              "the smugglers to the northern bank. Honduras denied the accusation and "
              "said its patrols had stopped every boat.")
    evidence = _claim(doc, "Honduran boats")
    assert (evidence["kind"], evidence["target"]) == ("accusation", "HND")
    denials = {c["id"] for c in doc._.claims if c["kind"] == "denial"}
    assert any(p["claim"] == evidence["id"] and p["denial"] in denials for p in doc._.pairs)
