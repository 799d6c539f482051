"""Unit tests of the claims stage on short sentences written for the tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.claims import annotate, load_lexicon
from pipeline.claims.quotes import find_quotes
from pipeline.claims.spans import trim_content
from pipeline.nlp import build_nlp


@pytest.fixture(scope="module")
def nlp() -> Language:
    """Entities and claims only: the claims stage must work without an event layer."""
    return build_nlp(exclude=("timexes", "events"))


def _spans_hold(doc: Doc) -> None:
    for claim in doc._.claims:
        for field in ("speaker", "cue", "content"):
            ref = claim.get(field)
            if ref:
                assert doc.text[ref["start"]:ref["end"]] == ref["text"]


def _one(doc: Doc, kind: str) -> dict:
    found = [c for c in doc._.claims if c["kind"] == kind]
    assert len(found) == 1, doc._.claims
    return found[0]


def test_indirect_speech_drops_complementiser_and_period(nlp: Language) -> None:
    doc = nlp("Iranian officials said that Tehran is ready to deepen cooperation with Moscow.")
    claim = _one(doc, "statement")
    assert claim["cue"]["text"] == "said"
    assert claim["speaker"]["text"] == "Iranian officials"
    assert claim["speaker"]["actor"] == "IRN"
    assert claim["content"]["text"] == "Tehran is ready to deepen cooperation with Moscow"
    assert claim["id"] == "c1" and claim["sentence"] == 0
    _spans_hold(doc)


def test_fronted_quote_strips_marks_and_comma(nlp: Language) -> None:
    doc = nlp("\u201cWe will respond to any attack,\u201d the Russian Foreign Ministry said.")
    claim = doc._.claims[0]
    assert claim["content"]["text"] == "We will respond to any attack"
    assert claim["speaker"]["actor"] == "RUS"
    _spans_hold(doc)


def test_pronoun_speaker_resolves_to_previous_person(nlp: Language) -> None:
    doc = nlp("John Smith said the talks went well. He added that more meetings are planned.")
    second = doc._.claims[1]
    assert second["speaker"]["text"] == "He"
    assert second["speaker"]["resolved"] == "John Smith"


def test_accusation_target_and_anaphoric_denial_pair(nlp: Language) -> None:
    doc = nlp(
        "The United States accused Iran of supplying drones to Russia. "
        "Tehran has denied these allegations."
    )
    accusation = _one(doc, "accusation")
    denial = _one(doc, "denial")
    assert accusation["target"] == "IRN"
    assert accusation["speaker"]["actor"] == "USA"
    assert denial["speaker"]["actor"] == "IRN"
    assert denial["content"]["text"] == "these allegations"
    assert len(doc._.pairs) == 1
    pair = doc._.pairs[0]
    assert (pair["claim"], pair["denial"]) == (accusation["id"], denial["id"])
    assert any(e.startswith("anaphor") for e in pair["evidence"])
    assert pair["score"] >= 0.5


def test_claim_called_false_is_a_denial(nlp: Language) -> None:
    doc = nlp('"The claims about Iranian drones are false," the Iranian foreign minister said.')
    denial = _one(doc, "denial")
    assert denial["content"]["text"] == "The claims about Iranian drones are false"


def test_outlet_reports(nlp: Language) -> None:
    doc = nlp("The Interfax news agency reported that the delegation arrived in Moscow.")
    report = _one(doc, "report")
    assert report["content"]["text"] == "the delegation arrived in Moscow"


def test_denial_of_something_said_elsewhere_stays_unpaired(nlp: Language) -> None:
    doc = nlp("The weather in Moscow was cold. Russia denied the report.")
    assert _one(doc, "denial")
    assert doc._.pairs == []


def test_rejecting_a_proposal_is_not_a_denial(nlp: Language) -> None:
    doc = nlp("Putin has long called for unification, while Lukashenko has ruled this out.")
    assert [c for c in doc._.claims if c["kind"] == "denial"] == []


def test_quote_running_on_goes_to_current_speaker(nlp: Language) -> None:
    doc = nlp('"We are ready to talk," John Smith said. "The door remains open to everyone."')
    assert len(doc._.claims) == 2
    run_on = doc._.claims[1]
    assert run_on["speaker"] is None and run_on["cue"] is None
    assert run_on["resolved_speaker"]["resolved"] == "John Smith"
    assert run_on["content"]["text"] == "The door remains open to everyone."
    _spans_hold(doc)


def test_same_sentence_relative_denial_pairs_with_the_claim(nlp: Language) -> None:
    doc = nlp(
        "Azerbaijan said its soldier was wounded after Armenian forces opened fire, "
        "accusations that Armenia denied."
    )
    accusation = _one(doc, "accusation")
    denial = _one(doc, "denial")
    assert accusation["target"] == "ARM"
    assert denial["content"]["text"] == "accusations"
    assert [(p["claim"], p["denial"]) for p in doc._.pairs] == [(accusation["id"], denial["id"])]


def test_accusation_content_makes_events_reported(nlp: Language) -> None:
    doc = nlp.make_doc("The United States accused Iran of supplying drones to Russia.")
    for name, proc in nlp.pipeline:
        if name != "claims":
            doc = proc(doc)
    start = doc.text.index("supplying")
    doc._.events = [{"id": "e1", "trigger": {"start": start, "end": start + 9,
                                            "text": "supplying"},
                     "type": "AID", "modality": "asserted"}]
    doc = nlp.get_pipe("claims")(doc)
    assert doc._.events[0]["modality"] == "reported"
    assert _one(doc, "accusation")["events"] == ["e1"]


def test_trim_reinstates_a_closing_quote_opened_inside() -> None:
    lex = load_lexicon()
    text = "By 2023, relations had \u201ccome a long way,\u201d Nadimi said."
    ref = trim_content(text, 0, text.index("Nadimi"), lex)
    assert ref is not None and ref["text"] == "By 2023, relations had \u201ccome a long way,\u201d"


def test_straight_quotes_toggle_and_reset_at_blank_line() -> None:
    lex = load_lexicon()
    text = 'He said "one two.\n\nThen "three" here.'
    regions = [text[s:e] for s, e in find_quotes(text, lex)]
    assert regions == ["one two.", "three"]


def test_missing_lexicon_folder_fails_loudly(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        load_lexicon(tmp_path)


def test_annotate_is_deterministic(nlp: Language) -> None:
    text = "Tehran denied the claims. Moscow said the drones were Russian."
    first, second = nlp(text), nlp(text)
    assert first._.claims == second._.claims
    assert annotate(second, load_lexicon())._.claims == first._.claims


def test_dateline_and_time_phrase_are_not_the_speaker(nlp: Language) -> None:
    doc = nlp("ANKARA, March 3 (Reuters) - Turkey on Tuesday rejected reports that it had "
              "massed tanks along its border with Syria.")
    claim = _one(doc, "denial")
    assert claim["speaker"]["text"] == "Turkey"
    assert claim["speaker"]["actor"] == "TUR"
    _spans_hold(doc)


def test_denied_act_as_gerund_is_the_content(nlp: Language) -> None:
    doc = nlp("Moscow denied targeting civilian infrastructure.")
    claim = _one(doc, "denial")
    assert claim["speaker"]["actor"] == "RUS"
    assert claim["content"]["text"] == "targeting civilian infrastructure"


def test_the_accusations_reach_back_to_the_headline(nlp: Language) -> None:
    text = ("Ukraine blames Russia for drone strike on Odesa port\n\n"
            "Officials said the port was damaged. The mayor said it would reopen soon. "
            "Workers said repairs began. The governor said no one was hurt. "
            "Traders said prices rose. Analysts said shipping may slow. "
            "Kremlin spokesman Dmitry Peskov called the accusations absurd.")
    doc = nlp(text)
    claims = {c["id"]: c for c in doc._.claims}
    assert len(doc._.pairs) == 1
    pair = doc._.pairs[0]
    assert claims[pair["claim"]]["kind"] == "accusation"
    assert claims[pair["claim"]]["cue"]["text"] == "blames"
    assert claims[pair["denial"]]["kind"] == "denial"
