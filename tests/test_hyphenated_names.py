"""Names inside hyphenated words ("the Cairo-based group", "Chad's junta-led
government", "SPLM-N"): the tokenizer splits such a word in three and the parser hangs the
hyphen as punctuation, but a speaker span must never cut the written word, and a party
named before the word is not lost behind its hyphen.  Every sentence is written for these
tests (none comes from the corpus or the written benchmarks)."""

from __future__ import annotations

import pytest
from event_probes import sides
from spacy.language import Language


def _speakers(nlp: Language, text: str) -> list[dict]:
    doc = nlp(text)
    out = [c["speaker"] for c in doc._.claims if c["speaker"]]
    for sp in out:
        assert text[sp["start"]:sp["end"]] == sp["text"]
    return out


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("The Cairo-based group said soldiers had burned homes in two villages.",
     "The Cairo-based group"),
    ("A Nairobi-based rights organisation said police had shot six protesters.",
     "A Nairobi-based rights organisation"),
    ("SPLM-N denied that its fighters had shelled the market in Kadugli.", "SPLM-N"),
    ("Chad's junta-led government accused Sudan of arming rebels on its border.",
     "Chad's junta-led government"),
    ("The Houthi-run health ministry said the strikes killed four fishermen.",
     "The Houthi-run health ministry"),
])
def test_a_speaker_span_keeps_its_hyphenated_words_whole(
        nlp: Language, sentence: str, speaker: str) -> None:
    assert [sp["text"] for sp in _speakers(nlp, sentence)] == [speaker]


def test_a_speaker_after_a_hyphenated_title_keeps_its_own_name(nlp: Language) -> None:
    # a hyphen inside the title does not pull the title into a person's name span
    assert [sp["text"] for sp in _speakers(
        nlp, "Deputy Secretary-General Amina Mohammed said aid convoys were blocked.")] \
        == ["Amina Mohammed"]


@pytest.mark.parametrize(("sentence", "etype", "actors", "recipients"), [
    ("Chad's junta-led government expelled the German ambassador on Friday.",
     "SANCTION", ["TCD"], ["DEU"]),
    ("Burkina Faso's army-run government expelled two French diplomats on Monday.",
     "SANCTION", ["BFA"], ["FRA"]),
    ("China's state-owned shipyard halted deliveries to Taiwan.", "SANCTION", ["CHN"], ["TWN"]),
])
def test_a_party_before_a_hyphenated_modifier_is_not_lost(
        nlp: Language, sentence: str, etype: str, actors: list[str],
        recipients: list[str]) -> None:
    found = sides(nlp, sentence, etype)
    assert found and found[0][0] == actors, found
    assert set(recipients) <= set(found[0][1]), found


def test_the_party_of_a_backed_proxy_is_still_not_its_backer(nlp: Language) -> None:
    # "X-backed fighters": the hyphen no longer cuts the phrase, but X stays out of it
    found = sides(nlp, "Rwanda-backed rebels shelled a camp near Goma on Sunday.", "ASSAULT")
    assert found and "RWA" not in found[0][0], found
