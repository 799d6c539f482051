"""One reading of a speech act across claims and events (issue 13, ANNOTATION.md "speech
acts as events"): a denial or an accusation told with an explicit cue carries its REJECT
or ACCUSE event, the speaker's side as actor, the accuser (of a denial) or the accused
(of an accusation) as recipient (pipeline/stages/stance/speech_acts.py).  A plain verb
of saying gives no such event, and an act already told by another word of the same
speaker gets no second one.  Every sentence here is written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language


def _at(events: list[dict], word: str) -> list[dict]:
    return [e for e in events if e["trigger"]["text"] == word]


# (text, cue word, type, actor, recipients): the events stage gives no event at the cue
# (a headline it misparses; a participle without a subject of its own), the claims stage
# finds the speaker
ADDED = [
    ("Guyana accuses Venezuela of massing troops on border; Caracas calls claim a "
     "'fabrication'", "calls", "REJECT", "VEN", ["GUY"]),
    ("Chad accuses Sudan of shelling border villages; Khartoum calls claim a 'fabrication'",
     "calls", "REJECT", "SDN", ["TCD"]),
]


@pytest.mark.parametrize("text,cue,etype,actor,recipients", ADDED)
def test_explicit_cue_carries_its_event(nlp: Language, text: str, cue: str, etype: str,
                                        actor: str, recipients: list[str]) -> None:
    doc = nlp(text)
    found = [e for e in _at(doc._.events, cue) if e["type"] == etype]
    assert len(found) == 1, doc._.events
    event = found[0]
    assert event["actors"] == [actor]
    assert event["recipients"] == recipients
    assert event["modality"] == "asserted" and event["polarity"] == "positive"
    assert doc.text[event["trigger"]["start"]:event["trigger"]["end"]] == cue


# (text, cue word, actor): the event at the cue had no actor; the claim's speaker is it
SPEAKER_IS_ACTOR = [
    ("Serbia's army said Kosovo police had fired on Serb villagers near Zvecan. A spokesman "
     "for Pristina, Arben Gashi, dismissed the account as Belgrade propaganda.",
     "dismissed", "XKX"),
    ("Quito said Peruvian soldiers had burned a farm near the border. A spokesman for Lima, "
     "Jorge Salas, dismissed the account as propaganda.", "dismissed", "PER"),
]


@pytest.mark.parametrize("text,cue,actor", SPEAKER_IS_ACTOR)
def test_speaker_acts_the_speech_event(nlp: Language, text: str, cue: str,
                                       actor: str) -> None:
    events = [e for e in _at(nlp(text)._.events, cue) if e["type"] == "REJECT"]
    assert len(events) == 1
    assert events[0]["actors"] == [actor]
    assert actor not in events[0]["recipients"]


# A plain verb of saying whose content denies or accuses: the guide's optional event, none
# added; the same act told twice by one speaker: one event
NOT_ADDED = [
    ("Nigeria said its troops had not crossed the border into Niger.", "said", "REJECT"),
    ("Tbilisi said Russian troops had moved the boundary markers overnight.", "said",
     "ACCUSE"),
]


@pytest.mark.parametrize("text,cue,etype", NOT_ADDED)
def test_verb_of_saying_gives_no_speech_event(nlp: Language, text: str, cue: str,
                                              etype: str) -> None:
    doc = nlp(text)
    assert any(c["kind"] in ("denial", "accusation") for c in doc._.claims)
    assert not [e for e in doc._.events if e["type"] == etype]


def test_one_event_per_accusation(nlp: Language) -> None:
    doc = nlp("Lithuania levelled charges against Belarus, accusing it of pushing migrants "
              "over the border.")
    assert [e["trigger"]["text"] for e in doc._.events if e["type"] == "ACCUSE"] == ["levelled"]


def test_ids_stay_in_text_order(nlp: Language) -> None:
    doc = nlp("Guyana accuses Venezuela of massing troops on border; Caracas calls claim a "
              "'fabrication'")
    events = doc._.events
    assert [e["id"] for e in events] == [f"e{i}" for i in range(1, len(events) + 1)]
    assert [e["trigger"]["start"] for e in events] == sorted(e["trigger"]["start"]
                                                             for e in events)
    ids = {e["id"] for e in events}
    assert all(x in ids for c in doc._.claims for x in c.get("events") or [])
