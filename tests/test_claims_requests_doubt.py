"""Probes of requests, apposed speaker names, doubt cast on a claim, passive denials
inside what someone says, "describe X as Y", and alarm at another party's hostile act as
an accusation (ANNOTATION.md, Claims).  Every sentence is written for these
tests about invented situations."""

from __future__ import annotations

import pytest
from spacy.language import Language


def _claims(nlp: Language, text: str) -> list[dict]:
    doc = nlp(text)
    for claim in doc._.claims:
        for field in ("speaker", "cue", "content"):
            ref = claim.get(field)
            if ref:
                assert doc.text[ref["start"]:ref["end"]] == ref["text"]
    return doc._.claims


def _by_cue(claims: list[dict], cue: str) -> dict:
    found = [c for c in claims if (c.get("cue") or {}).get("text", "").startswith(cue)]
    assert len(found) == 1, claims
    return found[0]


# ---------------------------------------------------------------- requests


def test_requests_are_statements_with_their_object_as_content(nlp: Language) -> None:
    cases = [
        ("The foreign minister of Chile demanded the release of the detained fishermen.",
         "demanded", "the release of the detained fishermen", "CHL"),
        ("The European Union called for an immediate ceasefire in the region.",
         "called for", "an immediate ceasefire in the region", "EU"),
        ("Peru's president asked Bolivia to reopen the border crossing.",
         "asked", "Bolivia to reopen the border crossing", "PER"),
    ]
    for text, cue, content, actor in cases:
        claim = _by_cue(_claims(nlp, text), cue)
        assert claim["kind"] == "statement", text
        assert claim["content"]["text"] == content
        assert claim["speaker"]["actor"] == actor


def test_appeal_to_is_a_request_but_appealing_a_ruling_is_not(nlp: Language) -> None:
    claim = _by_cue(_claims(nlp, "Rights groups appealed to the government to free the "
                                 "journalists."), "appealed")
    assert claim["kind"] == "statement"
    assert _claims(nlp, "Kenya appealed the court ruling on Monday.") == []


def test_request_verbs_in_other_senses_make_no_claim(nlp: Language) -> None:
    # a source's wish for anonymity, a question put to the subject, pushing on, and a
    # subject that cannot speak
    claims = _claims(nlp, "An official, who requested anonymity, said the talks had stalled.")
    assert [c["cue"]["text"] for c in claims] == ["said"]
    assert _claims(nlp, "The army pressed ahead with the offensive.") == []
    assert _claims(nlp, "The minister was asked about the delay on Tuesday.") == []
    claims = _claims(nlp, "The job demands patience, the coach said.")
    assert [c["cue"]["text"] for c in claims] == ["said"]


# ---------------------------------------------------------------- speakers


def test_a_name_apposed_to_a_title_is_the_speaker(nlp: Language) -> None:
    claim = _by_cue(_claims(nlp, "A spokesman for Peru's foreign ministry, Juan Perez, said "
                                 "the border was calm."), "said")
    assert claim["speaker"]["text"] == "Juan Perez"
    assert claim["speaker"]["actor"] == "PER"
    claim = _by_cue(_claims(nlp, "Kenya's interior minister, Fred Otieno, accused Somalia of "
                                 "harbouring the gunmen."), "accused")
    assert claim["speaker"]["text"] == "Fred Otieno"
    assert claim["speaker"]["actor"] == "KEN"
    assert claim["target"] == "SOM"


# ---------------------------------------------------------------- doubt


def test_casting_doubt_on_a_claim_is_a_denial(nlp: Language) -> None:
    claim = _by_cue(_claims(nlp, "Moscow cast doubt on whether the opposition leader was "
                                 "poisoned at all."), "cast")
    assert claim["kind"] == "denial"
    assert claim["content"]["text"] == "whether the opposition leader was poisoned at all"
    claim = _by_cue(_claims(nlp, "Lima's foreign minister threw doubt on the report that "
                                 "troops had crossed the border."), "threw")
    assert claim["kind"] == "denial"
    assert claim["content"]["text"].startswith("the report that troops")


def test_doubt_answers_the_accusation_it_names(nlp: Language) -> None:
    doc = nlp("Ecuador accused Peru of shelling a border post. Lima cast doubt on the "
              "accusation.")
    kinds = {c["id"]: c["kind"] for c in doc._.claims}
    assert sorted(kinds.values()) == ["accusation", "denial"]
    assert [(kinds[p["denial"]], kinds[p["claim"]]) for p in doc._.pairs] == \
        [("denial", "accusation")]


def test_casting_without_doubt_says_nothing(nlp: Language) -> None:
    assert _claims(nlp, "The storm cast a shadow over the summit.") == []
    assert _claims(nlp, "Analysts raised doubts about whether the truce would hold.") == []


# ---------------------------------------------------------------- wrapped denials


def test_a_passive_denial_inside_what_is_said_is_the_speakers_denial(nlp: Language) -> None:
    for text, wrapper in [
        ("Ghana blamed Togo for the raid. Togo's minister said the allegations were firmly "
         "rejected.", "said"),
        ("Ecuador accused Peru of shelling a border post. A Peruvian spokesman insisted that "
         "such accusations are rejected as groundless.", "insisted"),
    ]:
        doc = nlp(text)
        denial = _by_cue(doc._.claims, "rejected")
        outer = _by_cue(doc._.claims, wrapper)
        assert denial["kind"] == "denial", text
        assert denial["speaker"]["text"] == outer["speaker"]["text"]
        assert outer["kind"] == "statement"  # the wrapper does not deny a second time
        accusation = next(c for c in doc._.claims if c["kind"] == "accusation")
        assert {"denial": denial["id"], "claim": accusation["id"]} in \
            [{"denial": p["denial"], "claim": p["claim"]} for p in doc._.pairs]


def test_a_passive_denial_with_its_agent_keeps_that_agent(nlp: Language) -> None:
    doc = nlp("The allegations were rejected by Togo, the minister said.")
    denial = _by_cue(doc._.claims, "rejected")
    assert denial["speaker"]["text"] == "Togo"


# ---------------------------------------------------------------- describing, alarm


def test_describing_something_as_something_is_said(nlp: Language) -> None:
    claim = _by_cue(_claims(nlp, "The general described Chile as a key partner in the region."),
                    "described")
    assert claim["kind"] == "statement"
    assert claim["content"]["text"] == "Chile as a key partner in the region"
    claim = _by_cue(_claims(nlp, "The minister described the talks as constructive."), "described")
    assert claim["content"]["text"] == "the talks as constructive"


def test_describing_a_claim_as_false_stays_a_denial(nlp: Language) -> None:
    claim = _by_cue(_claims(nlp, "Lima described the claims as baseless."), "described")
    assert claim["kind"] == "denial"


@pytest.mark.parametrize(("alarm", "cue"), [
    ("The ministry said it was alarmed by the detentions.", "said"),
    ("The UN agency described itself as alarmed by the detentions.", "described"),
])
def test_alarm_at_another_partys_act_accuses_it(nlp: Language, alarm: str, cue: str) -> None:
    claim = _by_cue(_claims(nlp, f"Ecuador accused Peru of detaining its fishermen. {alarm}"),
                    cue)
    assert claim["kind"] == "accusation"
    assert claim["target"] == "PER"


def test_alarm_names_the_doer_in_its_phrase(nlp: Language) -> None:
    claim = _by_cue(_claims(nlp, "The ministry said it was dismayed by the shelling of two "
                                 "villages by Sudanese troops."), "said")
    assert claim["kind"] == "accusation"
    assert claim["target"] == "SDN"


def test_concern_without_a_hostile_act_or_negated_accuses_nobody(nlp: Language) -> None:
    assert _by_cue(_claims(nlp, "Ghana said it was concerned about rising food prices."),
                   "said")["kind"] == "statement"
    assert _by_cue(_claims(nlp, "The minister said she was not alarmed by the drills."),
                   "said")["kind"] == "statement"
