"""Probe sentences written for these tests (issue 12): a pronoun speaker opening a
sentence goes on with the previous sentence's subject, even when that sentence said
nothing (no claim of its own), not with a speaker further back — often the other party."""

from __future__ import annotations

import pytest
from spacy.language import Language


def _said(doc, cue_index: int = -1) -> dict:
    return [c for c in doc._.claims if c["cue"]["text"] == "said"][cue_index]


@pytest.mark.parametrize(("text", "actor"), [
    ("Azerbaijan's defence ministry said Armenian forces had shelled its positions. "
     "Armenia's foreign ministry summoned the Azerbaijani envoy on Tuesday. It said the "
     "shelling had been started by Azerbaijan.", "ARM"),
    ("Ghana's army said Togolese soldiers had crossed the border. Togo's interior ministry "
     "issued a statement on Friday. It said no soldier had left Togolese territory.", "TGO"),
    ("Sudan's army said the rebels had attacked El Obeid. Chad's government closed its "
     "border crossing near Adre. It said the closure would last a week.", "TCD"),
])
def test_it_goes_on_with_the_previous_subject(nlp: Language, text: str, actor: str) -> None:
    claim = _said(nlp(text))
    assert claim["speaker"]["text"] == "It"
    assert claim["speaker"]["actor"] == actor


@pytest.mark.parametrize(("text", "actor"), [
    ("Peru's defence minister said Ecuadorian troops had crossed the river. Ecuador's "
     "foreign minister met the Peruvian ambassador in Quito. He said the troops had "
     "stayed on Ecuadorian soil.", "ECU"),
    ("Malawi's president said Zambian rangers had seized fishing boats. Zambia's "
     "president visited the lake shore on Monday. She said the boats had been fishing "
     "illegally.", "ZMB"),
])
def test_he_goes_on_with_the_previous_subject(nlp: Language, text: str, actor: str) -> None:
    claim = _said(nlp(text))
    assert claim["speaker"]["actor"] == actor


def test_a_speaker_in_the_previous_sentence_still_counts(nlp: Language) -> None:
    """The previous sentence's speaker is its subject too: nothing changes there."""
    doc = nlp("Kenya's foreign ministry said Ethiopian troops had crossed into its "
              "territory. It said the soldiers had burned two farms.")
    assert _said(doc)["speaker"]["actor"] == "KEN"
