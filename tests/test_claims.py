"""Unit tests of the claims stage on short sentences written for the tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.nlp import build_nlp
from pipeline.stages.claims import annotate, load_lexicon
from pipeline.stages.claims.quotes import find_quotes
from pipeline.stages.claims.spans import trim_content


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
        "Chile said one of its guards was injured after Peruvian troops opened fire, "
        "accusations that Peru denied."
    )
    accusation = _one(doc, "accusation")
    denial = _one(doc, "denial")
    assert accusation["target"] == "PER"
    assert denial["content"]["text"] == "accusations"
    assert [(p["claim"], p["denial"]) for p in doc._.pairs] == [(accusation["id"], denial["id"])]


def test_accusation_content_makes_events_reported(nlp: Language) -> None:
    doc = nlp.make_doc("The United States accused Iran of supplying drones to Russia.")
    for name, proc in nlp.pipeline:
        if name not in ("claims", "stance"):
            doc = proc(doc)
    start = doc.text.index("supplying")
    doc._.events = [{"id": "e1", "trigger": {"start": start, "end": start + 9,
                                            "text": "supplying"},
                     "type": "AID", "modality": "asserted"}]
    doc = nlp.get_pipe("stance")(nlp.get_pipe("claims")(doc))
    # (the stance pass gives the accusing cue its ACCUSE event, so look the act up by word)
    supplying = next(e for e in doc._.events if e["trigger"]["text"] == "supplying")
    assert supplying["modality"] == "reported"
    assert _one(doc, "accusation")["events"] == [supplying["id"]]


@pytest.mark.parametrize("verb", ["criticised", "condemned"])
def test_factive_cue_keeps_its_content_asserted(nlp: Language, verb: str) -> None:
    """"criticised the EU penalties": the penalties happened; only the judgement is the
    speaker's, so the event inside stays asserted while still linked to the claim."""
    doc = nlp.make_doc(f"Minsk {verb} the EU penalties against Belarusian officials.")
    for name, proc in nlp.pipeline:
        if name not in ("claims", "stance"):
            doc = proc(doc)
    start = doc.text.index("penalties")
    doc._.events = [{"id": "e1", "trigger": {"start": start, "end": start + 9,
                                            "text": "penalties"},
                     "type": "SANCTION", "modality": "asserted"}]
    doc = nlp.get_pipe("stance")(nlp.get_pipe("claims")(doc))
    claim = _one(doc, "accusation")
    penalties = next(e for e in doc._.events if e["trigger"]["text"] == "penalties")
    assert claim["events"] == [penalties["id"]]
    assert penalties["modality"] == "asserted"


def test_trim_reinstates_a_closing_quote_opened_inside() -> None:
    lex = load_lexicon()
    text = "Since June, the talks had \u201cmoved forward a little,\u201d Okafor said."
    ref = trim_content(text, 0, text.index("Okafor"), lex)
    assert ref is not None and \
        ref["text"] == "Since June, the talks had \u201cmoved forward a little,\u201d"


def test_trim_drops_an_opening_mark_that_starts_the_next_quote() -> None:
    lex = load_lexicon()
    text = "Lima said the talks had stalled. \u201cWe are patient,\u201d he added."
    ref = trim_content(text, 10, text.index("We"), lex)
    assert ref is not None and ref["text"] == "the talks had stalled"


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


# ------------------------------------------------ phenomena from unseen-style articles


def _by_cue(doc: Doc, cue: str) -> dict:
    found = [c for c in doc._.claims if (c["cue"] or {}).get("text") == cue]
    assert len(found) == 1, doc._.claims
    return found[0]


def test_quote_resumed_after_a_mid_sentence_cue(nlp: Language) -> None:
    doc = nlp('John Smith spoke first. "We will respond," he said, "and the response will be '
              'decisive."')
    claim = _by_cue(doc, "said")
    assert claim["content"]["text"] == ('We will respond," he said, "and the response will be '
                                        'decisive')
    assert claim["speaker"]["resolved"] == "John Smith"
    _spans_hold(doc)


def test_quoted_as_saying_names_the_one_quoted(nlp: Language) -> None:
    doc = nlp("Senior Indian officials were quoted as saying that Beijing had violated the deal.")
    claim = _by_cue(doc, "saying")
    assert claim["speaker"]["text"] == "Senior Indian officials"
    assert claim["content"]["text"] == "Beijing had violated the deal"


def test_dateline_is_neither_speaker_nor_content(nlp: Language) -> None:
    doc = nlp("CARACAS (AP) \u2014 Venezuelan President Nicolas Maduro alleged on Thursday that "
              "the United States was financing a plot.")
    assert _by_cue(doc, "alleged")["speaker"]["text"] == "Nicolas Maduro"
    doc = nlp("SEOUL (AFP) - North Korea fired a missile into the sea, "
              "South Korea's military said.")
    assert _by_cue(doc, "said")["content"]["text"] == "North Korea fired a missile into the sea"


def test_said_in_a_statement_that(nlp: Language) -> None:
    doc = nlp("The Syrian defence ministry said in a statement that its air defences had "
              "intercepted most of the missiles.")
    claim = _by_cue(doc, "said")
    assert claim["content"]["text"] == "its air defences had intercepted most of the missiles"
    doc = nlp("Military spokesman Daniel Hagari told a news conference that the group had used "
              "the hospital.")
    assert _by_cue(doc, "told")["content"]["text"] == "the group had used the hospital"


def test_held_responsible_and_bearing_responsibility_accuse(nlp: Language) -> None:
    doc = nlp("Pakistan on Saturday held India responsible for a bombing at a mosque.")
    claim = _one(doc, "accusation")
    assert claim["target"] == "IND"
    assert claim["content"]["text"] == "responsible for a bombing at a mosque"
    doc = nlp("Kremlin spokesman Dmitry Peskov told reporters that Kyiv bore full responsibility "
              "for the disaster.")
    assert _one(doc, "accusation")["target"] == "UKR"
    doc = nlp("The minister added that Washington must be held accountable.")
    claim = _one(doc, "accusation")
    assert claim["cue"]["text"] == "added" and claim["target"] == "USA"


def test_calling_it_a_lie_or_the_footage_fabricated_is_a_denial(nlp: Language) -> None:
    doc = nlp('"This is yet another lie from Moscow," spokesman Oleg Nikolenko said.')
    assert _one(doc, "denial")["content"]["text"] == "This is yet another lie from Moscow"
    doc = nlp('"The footage is fabricated," the official said.')
    assert _one(doc, "denial")
    doc = nlp('The spokesman said the report contained "baseless claims".')
    assert _one(doc, "denial")


def test_shifted_object_and_a_national_claim_pair(nlp: Language) -> None:
    doc = nlp('Ukraine rejected as "fabricated" a Russian claim that Ukrainian troops had shelled '
              "a dam. Russia's defence ministry said that Ukrainian forces had fired rockets at "
              "the dam.")
    denial = _one(doc, "denial")
    accusation = _one(doc, "accusation")
    assert denial["content"]["text"].startswith("a Russian claim that")
    assert [(p["claim"], p["denial"]) for p in doc._.pairs] == [(accusation["id"], denial["id"])]
    assert any(e.startswith("anaphor-possessor") for e in doc._.pairs[0]["evidence"])


def test_a_charge_both_governments_rejected(nlp: Language) -> None:
    doc = nlp("The Kremlin accused Washington and Berlin of dragging Europe into an arms race, "
              "a charge both governments rejected.")
    denial = _one(doc, "denial")
    assert denial["content"]["text"] == "a charge"
    assert denial["speaker"]["text"] == "both governments"
    assert [(p["claim"], p["denial"]) for p in doc._.pairs] == \
        [(_one(doc, "accusation")["id"], denial["id"])]


def test_headline_accusation_and_denial(nlp: Language) -> None:
    doc = nlp("Pakistan blames India for mosque bombing; New Delhi denies role")
    denial = _one(doc, "denial")
    assert denial["content"]["text"] == "role"
    assert [(p["claim"], p["denial"]) for p in doc._.pairs] == \
        [(_one(doc, "accusation")["id"], denial["id"])]


def test_pronoun_takes_a_subject_of_its_own_sentence(nlp: Language) -> None:
    doc = nlp("Iran's leader said the talks failed. Israel has not commented, but it has long "
              "accused Iran of arming militias.")
    accusation = _one(doc, "accusation")
    assert accusation["speaker"]["resolved"] == "Israel"
    assert accusation["speaker"]["actor"] == "ISR"


def test_she_refers_back_to_a_title(nlp: Language) -> None:
    doc = nlp("Britain's foreign secretary said the talks failed. She said the attack exposed "
              "voters' data.")
    assert doc._.claims[1]["speaker"]["resolved"] == "Britain's foreign secretary"


def test_own_side_and_victims_accuse_nobody(nlp: Language) -> None:
    # the accused side's "only returned fire" says it did nothing beyond that: a denial
    # of the shelling (tests/test_located_speakers_and_denial_frames.py), not a charge
    doc = nlp("Armenia said Azerbaijani forces shelled a village, while Azerbaijan said its "
              "troops had only returned fire after coming under attack.")
    assert [c["kind"] for c in doc._.claims] == ["accusation", "denial"]
    doc = nlp("A regional source told Reuters the strikes hit a depot used by Iran-backed "
              "militias.")
    assert _one(doc, "statement")


def test_an_agency_is_media_only_as_a_news_agency(nlp: Language) -> None:
    doc = nlp("The International Atomic Energy Agency said Iran's stockpile had grown.")
    assert _one(doc, "statement")
    doc = nlp("Pyongyang's state news agency KCNA said the launch was a test.")
    assert _one(doc, "report")


def test_impersonal_passive_report_stays_in_the_content(nlp: Language) -> None:
    doc = nlp("Japan's defence ministry said the missile fell outside its zone and no damage "
              "was reported.")
    claim = _one(doc, "statement")
    assert claim["content"]["text"] == "the missile fell outside its zone and no damage was " \
        "reported"


def test_nobody_denies_their_own_claim(nlp: Language) -> None:
    doc = nlp("Azerbaijan's defence ministry accused Yerevan of staging a provocation. "
              "Azerbaijan's defence ministry said these reports were false.")
    assert doc._.pairs == []


# ---------------------------------------------------------------- unseen phenomena
# Sentences written for these tests (not from the corpus), one per phenomenon of the
# issue's "Deliver" list.


def test_raised_passive_is_an_unattributed_claim(nlp: Language) -> None:
    doc = nlp("The drones are believed to have been launched from Belarus.")
    claim = _one(doc, "claim")
    assert claim["cue"]["text"] == "believed" and claim["speaker"] is None
    assert claim["content"]["text"].endswith("launched from Belarus")
    agent = nlp("The general is suspected by prosecutors to have ordered the shelling.")
    assert _one(agent, "accusation")["speaker"]["text"] == "prosecutors"
    # plans and states are not attributions; inside another claim it is that claim's
    assert nlp("The ceasefire is expected to hold until Friday.")._.claims == []
    nested = nlp("Seoul accused Pyongyang of selling shells to Moscow, which are believed "
                 "to be fired at Ukrainian towns.")
    assert [c["kind"] for c in nested._.claims] == ["accusation"]
    _spans_hold(doc)


def test_it_was_revealed_is_a_speakerless_report(nlp: Language) -> None:
    doc = nlp("It was revealed on Tuesday that the navy had ordered twelve new submarines.")
    claim = _one(doc, "report")
    assert claim["speaker"] is None
    assert claim["content"]["text"] == "the navy had ordered twelve new submarines"


def test_quote_over_two_sentences_before_its_cue(nlp: Language) -> None:
    """The first quoted sentence belongs to the speaker named after the quote closes,
    not to whoever spoke before."""
    doc = nlp("Minister Lena Park said the vessels had left port. "
              "\u201cWe have done nothing wrong. Our ships were in international "
              "waters,\u201d said Admiral Pavel Reyes.")
    run_on = next(c for c in doc._.claims if c["rule"].startswith("quote-run-on"))
    assert run_on["content"]["text"].startswith("We have done nothing wrong")
    assert run_on["speaker"] is None
    assert run_on["resolved_speaker"]["resolved"] == "Pavel Reyes"
    _spans_hold(doc)


def test_cueless_quote_after_a_claim_goes_to_its_speaker(nlp: Language) -> None:
    doc = nlp("Foreign Minister Ana Lopez said the talks with Caracas had failed. "
              "\u201cThere is no trust left between us.\u201d")
    run_on = doc._.claims[1]
    assert run_on["cue"] is None and run_on["speaker"] is None
    assert run_on["resolved_speaker"]["resolved"] == "Ana Lopez"


def test_according_to_names_speaker_and_hostile_content_accuses(nlp: Language) -> None:
    doc = nlp("According to the Pentagon, Russian forces fired 40 missiles at Kyiv overnight.")
    claim = doc._.claims[0]
    assert claim["cue"]["text"] == "According to"
    assert claim["speaker"]["actor"] == "USA"
    assert claim["content"]["text"] == "Russian forces fired 40 missiles at Kyiv overnight"
    assert claim["kind"] == "accusation" and claim["target"] == "RUS"


def test_nominal_cue_denied_in_the_passive(nlp: Language) -> None:
    doc = nlp("Allegations by Kyiv that Moscow used chemical weapons near Bakhmut were "
              "rejected by the Kremlin.")
    accusation, denial = _one(doc, "accusation"), _one(doc, "denial")
    assert accusation["cue"]["text"] == "Allegations"
    assert accusation["speaker"]["actor"] == "UKR" and accusation["target"] == "RUS"
    assert denial["speaker"]["actor"] == "RUS" and denial["cue"]["text"] == "rejected"
    # the accusation is said only inside what is denied (optional in the guide): the
    # denial answers no other claim, so it stands unpaired
    assert denial["content"]["start"] <= accusation["cue"]["start"] < denial["content"]["end"]
    assert doc._.pairs == []
    _spans_hold(doc)


def test_passive_accusation_targets_its_subject(nlp: Language) -> None:
    doc = nlp("Iran was accused by Ukraine of supplying drones.")
    claim = _one(doc, "accusation")
    assert claim["speaker"]["actor"] == "UKR" and claim["target"] == "IRN"
    assert claim["content"]["text"] == "supplying drones"


def test_pronoun_speaker_gets_the_named_speaker_in_resolved(nlp: Language) -> None:
    doc = nlp("Defence Minister Ahmad Karimi said the naval exercise would begin soon. "
              "He added that twenty ships would take part.")
    second = doc._.claims[1]
    assert second["cue"]["text"] == "added"
    assert second["speaker"]["text"] == "He"
    assert second["speaker"]["resolved"] == "Ahmad Karimi"


@pytest.mark.parametrize("sentence", [
    "Moscow dismissed the report as fake news.",
    "The Chinese foreign ministry called the accusations unfounded.",
    "Tehran ruled out any involvement in the attack on the tanker.",
    "Beijing refuted the allegations of espionage.",
    "\u201cThese claims are baseless,\u201d the Turkish defence ministry said.",
    "The Syrian government denied that its forces had used chlorine gas.",
])
def test_denial_lexicon(nlp: Language, sentence: str) -> None:
    claim = _one(nlp(sentence), "denial")
    assert claim["speaker"]["actor"] is not None


@pytest.mark.parametrize(("sentence", "target"), [
    ("Washington blamed Pyongyang for the cyberattack on the bank.", "PRK"),
    ("Poland leveled charges against Belarus over the migrant crisis.", "BLR"),
    ("Kyiv alleged that Russian troops shelled the nuclear plant.", "RUS"),
])
def test_accusation_lexicon_and_target(nlp: Language, sentence: str, target: str) -> None:
    assert _one(nlp(sentence), "accusation")["target"] == target


def test_negated_hostile_content_accuses_nobody(nlp: Language) -> None:
    doc = nlp("The spokesman said Chad had not sent any armoured vehicles across the "
              "border into Sudan.")
    assert [c["kind"] for c in doc._.claims] == ["statement"]
    assert doc._.claims[0]["target"] is None


def test_report_dismissed_as_fake_news_keeps_its_own_content(nlp: Language) -> None:
    """'..., calling it fake news' is said by the one who dismisses the report: it is
    neither part of the report's content nor makes the report a denial."""
    doc = nlp("The minister dismissed a report by a British newspaper that Serbian "
              "officers had toured a rifle plant, calling it fake news.")
    report, denial = _one(doc, "report"), _one(doc, "denial")
    assert report["content"]["text"] == "Serbian officers had toured a rifle plant"
    assert report["speaker"]["actor"] == "GBR"
    assert denial["content"]["start"] <= report["cue"]["start"]
    assert doc._.pairs == []  # the report is said only inside what is denied


@pytest.mark.parametrize("text", [
    "American officials said Iran had sent drones to Russia. Officials in Russia and Iran "
    "denied the allegations.",
    "Turkish diplomats accused Greece of arming the islands. Diplomats in Athens and "
    "Nicosia rejected the charge.",
])
def test_a_speaker_naming_its_parties_does_not_inherit_an_earlier_code(
        nlp: Language, text: str) -> None:
    """"Officials in Russia and Iran" are not the earlier speaker's officials: the
    denial keeps the accuser's code out and answers the charge."""
    doc = nlp(text)
    first, second = doc._.claims
    assert second["kind"] == "denial"
    assert second["speaker"]["actor"] != first["speaker"]["actor"]
    assert any(p["claim"] == first["id"] and p["denial"] == second["id"] for p in doc._.pairs)


@pytest.mark.parametrize(("text", "code"), [
    ("Rabat said its troops had reopened the crossing. The account was rejected by the "
     "Polisario Front, which said fighting had broken out along the berm.", "POLISARIO"),
    ("Seoul said the drone had crossed the border. The charge was dismissed by North Korea, "
     "which said its aircraft had stayed at home.", "PRK"),
])
def test_a_relative_pronoun_speaks_for_the_noun_it_hangs_on(
        nlp: Language, text: str, code: str) -> None:
    which = [c for c in nlp(text)._.claims if c["speaker"]["text"] == "which"]
    assert len(which) == 1
    assert which[0]["speaker"]["actor"] == code
    assert which[0]["speaker"]["resolved"]


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("Chile's president thanked Argentina for sending firefighters.", "thanked",
     "Argentina for sending firefighters"),
    ("The Arab League welcomed the ceasefire signed in Doha by both militias.", "welcomed",
     "the ceasefire signed in Doha by both militias"),
    ("Norway's foreign minister praised the vote, saying it opened the way to talks.",
     "praised", "the vote"),
])
def test_praise_and_thanks_are_statements_about_their_object(
        nlp: Language, text: str, cue: str, content: str) -> None:
    """Verbs of praise (VerbNet judgement-33, CAMEO 051) give a statement whose content is
    the object, never an accusation of whoever it names; a following "saying ..." is a
    claim of its own."""
    claims = nlp(text)._.claims
    found = [c for c in claims if c["cue"]["text"] == cue]
    assert len(found) == 1
    assert found[0]["kind"] == "statement"
    assert found[0]["content"]["text"] == content


def test_an_object_content_stops_where_another_speaker_begins(nlp: Language) -> None:
    doc = nlp("Peru's minister thanked Ecuador for its help, while Bolivia's minister said "
              "Chile had closed the border.")
    first = next(c for c in doc._.claims if c["cue"]["text"] == "thanked")
    assert "Bolivia" not in first["content"]["text"]
    assert any(c["cue"]["text"] == "said" and c["kind"] == "accusation" for c in doc._.claims)


@pytest.mark.parametrize("text", [
    "Niger denied bombing the town of Tillia, where Malian officials said Nigerien drones "
    "had killed ten herders.",
    "Rwanda denied sending troops into the province, where Congolese officials said "
    "Rwandan soldiers had attacked an army post.",
])
def test_a_relative_clause_of_saying_inside_a_denial_is_its_own_claim(
        nlp: Language, text: str) -> None:
    """The relative clause names another speaker and what they say about a noun of the
    denial: a claim of its own (here an accusation), which the denial answers; the
    denial's content ends before the clause."""
    doc = nlp(text)
    denial = _one(doc, "denial")
    accusation = _one(doc, "accusation")
    assert accusation["cue"]["text"] == "said"
    assert denial["content"]["end"] < accusation["cue"]["start"]
    assert denial["content"]["text"].split()[-1] in ("Tillia", "province")
    assert any(p["claim"] == accusation["id"] and p["denial"] == denial["id"]
               for p in doc._.pairs)


@pytest.mark.parametrize("text", [
    "Poland's army said it had seen Belarusian guards cutting the fence in order to blame "
    "Polish soldiers for the damage.",
])
def test_a_charge_without_its_own_speaker_stays_in_its_content(
        nlp: Language, text: str) -> None:
    """"in order to blame ...": nobody of its own makes it; it is part of what the speaker
    says, not a claim beside it.  (A passive denial inside what is said, "insisted these
    charges are rejected as groundless", is the speaker's own denial: ANNOTATION.md, the
    denying cue carries the claim; see tests/test_claims_requests_doubt.py.)"""
    claims = nlp(text)._.claims
    assert len(claims) == 1, claims
    assert claims[0]["speaker"]["text"]


@pytest.mark.parametrize(("text", "content"), [
    ("Kenya denied shelling the village, which Somali officials said had been hit twice "
     "by Kenyan artillery.", "had been hit twice by Kenyan artillery"),
    ("Chad denied bombing the camp, which aid workers said Chadian jets had struck at "
     "dawn.", "Chadian jets had struck at dawn"),
])
def test_a_relative_cue_says_what_follows_it(nlp: Language, text: str, content: str) -> None:
    """"which officials said had been hit": the relative pronoun and the speaker come
    before the cue; the content is what follows it."""
    said = [c for c in nlp(text)._.claims if c["cue"]["text"] == "said"]
    assert len(said) == 1
    assert said[0]["content"]["text"] == content


@pytest.mark.parametrize(("text", "actor"), [
    ("UN investigators accused Myanmar's army of torturing detainees. The army said its "
     "soldiers had only returned fire.", "MMR"),
    ("Hezbollah fighters fired on a patrol near the fence, the Israeli army said. The group "
     "denied the report.", "HEZBOLLAH"),
    ("The Houthis said they had hit a tanker. The movement said it would go on.", "HOUTHI"),
    ("The United Nations criticised the arrests. The world body said the detainees must be "
     "freed.", "UN"),
])
def test_a_generic_definite_speaker_takes_the_code_of_what_it_refers_back_to(
        nlp: Language, text: str, actor: str) -> None:
    """"the army" after "Myanmar's army" (same head noun, speaker or not); "the group",
    "the movement" after a named armed group."""
    last = nlp(text)._.claims[-1]
    assert last["sentence"] == 1 and last["speaker"]["actor"] == actor


def test_a_generic_group_without_a_named_group_before_it_stays_uncoded(
        nlp: Language) -> None:
    claims = nlp("Rescuers reached the village. The group said ten people were missing.")._.claims
    assert claims and claims[-1]["speaker"]["actor"] is None


def test_a_cue_the_parser_hung_on_another_cue_s_clause_keeps_its_speaker(
        nlp: Language) -> None:
    doc = nlp('Addressing reporters, Grossi insisted that "these reports are denied as '
              'false" and argued that Kyiv, not Moscow, had shelled the plant.')
    argued = _by_cue(doc, "argued")
    assert argued["speaker"]["text"] == "Grossi"


@pytest.mark.parametrize("text", [
    "So far neither Lima nor its neighbours have announced any measures against the mine.",
    "No official confirmed the report of a second blast.",
])
def test_a_cue_whose_speaker_is_no_one_makes_no_claim(nlp: Language, text: str) -> None:
    assert nlp(text)._.claims == []


@pytest.mark.parametrize(("text", "speaker", "target"), [
    ("An inquiry by Dutch prosecutors established that a Russian missile had downed the "
     "airliner.", "Dutch prosecutors", "RUS"),
    ("A report by the UN rights office documented the torture of dozens of detainees by "
     "Belarusian police.", "the UN rights office", "BLR"),
])
def test_an_inquiry_s_finding_is_its_author_s_claim(nlp: Language, text: str, speaker: str,
                                                     target: str) -> None:
    found = _one(nlp(text), "accusation")
    assert found["speaker"]["text"] == speaker and found["target"] == target
    assert found["rule"].startswith("verb-finding")


@pytest.mark.parametrize("text", [
    "Troops found weapons in the village.",
    "Engineers concluded the repairs on Friday.",
])
def test_finding_without_an_inquiry_makes_no_claim(nlp: Language, text: str) -> None:
    assert nlp(text)._.claims == []


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("Caracas condemned the embargo and vowed to retaliate against American firms.",
     "vowed", "to retaliate against American firms"),
    ("The premier thanked the donors and pledged to rebuild the flooded schools.",
     "pledged", "to rebuild the flooded schools"),
])
def test_a_commitment_told_by_an_infinitive_is_a_statement(
        nlp: Language, text: str, cue: str, content: str) -> None:
    found = _by_cue(nlp(text), cue)
    assert found["kind"] == "statement" and found["content"]["text"] == content
    assert found["speaker"]["text"] == text.split(" condemned")[0].split(" thanked")[0]


def test_a_cue_conjoined_inside_another_cue_s_clause_is_that_speaker_s(
        nlp: Language) -> None:
    doc = nlp("The Greek foreign ministry said the ruling was unacceptable and urged Ankara "
              "to withdraw it.")
    assert _by_cue(doc, "urged")["speaker"]["text"] == "The Greek foreign ministry"
    assert _by_cue(doc, "said")["content"]["text"] == "the ruling was unacceptable"


@pytest.mark.parametrize("text", [
    "Islamabad denied that its troops had crossed the border, calling the allegation baseless.",
    "Rabat said its patrols had seen no shooting, calling the reports a fabrication.",
])
def test_a_participle_of_calling_inside_another_cue_s_clause_is_that_speaker_s(
        nlp: Language, text: str) -> None:
    doc = nlp(text)
    calling = _by_cue(doc, "calling")
    first = doc._.claims[0]
    assert calling["kind"] == "denial"
    assert calling["speaker"]["text"] == first["speaker"]["text"] == text.split()[0]
    assert "calling" not in first["content"]["text"]


@pytest.mark.parametrize(("text", "content"), [
    ("The prime minister pledged full support for the relief effort.",
     "full support for the relief effort"),
    ("The envoy promised a thorough inquiry into the shooting.",
     "a thorough inquiry into the shooting"),
])
def test_a_pledged_object_is_what_is_said(nlp: Language, text: str, content: str) -> None:
    claims = nlp(text)._.claims
    assert [(c["kind"], c["content"]["text"]) for c in claims] == [("statement", content)]


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("Minsk criticised the sanctions, calling them a sign of political weakness.",
     "Minsk", "them a sign of political weakness"),
    ("Peru praised the vote, calling the decision historic.", "Peru",
     "the decision historic"),
    ("The commissioner issued a statement deploring the parade, branding the event a farce.",
     "The commissioner", "the event a farce"),
])
def test_a_participle_of_calling_is_its_own_claim(nlp: Language, text: str, speaker: str,
                                                  content: str) -> None:
    """", calling X Y": its own claim by the governing verb's subject, and no part of
    the object content before it."""
    doc = nlp(text)
    called = [c for c in doc._.claims if c["content"]["text"] == content]
    assert len(called) == 1, doc._.claims
    assert called[0]["speaker"]["text"] == speaker
    assert all(content not in c["content"]["text"] for c in doc._.claims if c is not called[0])
    _spans_hold(doc)


def test_calling_for_something_is_no_claim_of_calling(nlp: Language) -> None:
    """"calling for calm" names nothing: no claim of calling X Y; it is a request, which
    ANNOTATION.md files under statement, with what is asked for as its content."""
    claims = nlp("The minister visited the base, calling for calm.")._.claims
    assert [(c["kind"], c["cue"]["text"], c["content"]["text"]) for c in claims] == \
        [("statement", "calling for", "calm")]


@pytest.mark.parametrize(("text", "cue", "kind", "speaker"), [
    ("Kenya's foreign ministry issued a statement denying the reports.", "denying",
     "denial", "Kenya's foreign ministry"),
    ("The embassy released a statement condemning the attack on its consulate.",
     "condemning", "accusation", "The embassy"),
])
def test_a_statement_issued_speaks_for_its_issuer(nlp: Language, text: str, cue: str,
                                                   kind: str, speaker: str) -> None:
    found = _by_cue(nlp(text), cue)
    assert found["kind"] == kind and found["speaker"]["text"] == speaker


def test_verbs_joined_by_and_share_the_object(nlp: Language) -> None:
    doc = nlp("Quito issued a statement firmly rejecting and deploring the way foreign "
              "envoys had marked the vote.")
    assert [(c["cue"]["text"], c["content"]["text"]) for c in doc._.claims] == [
        ("deploring", "the way foreign envoys had marked the vote")]


@pytest.mark.parametrize(("text", "kind"), [
    ("Quito made claims that Peruvian boats had fished in its waters.", "claim"),
    ("Seoul has levelled charges against Pyongyang over the hacking.", "accusation"),
])
def test_a_light_verb_claim_takes_the_kind_of_its_noun(nlp: Language, text: str,
                                                       kind: str) -> None:
    assert [c["kind"] for c in nlp(text)._.claims] == [kind]


def test_complaining_is_saying(nlp: Language) -> None:
    found = _by_cue(nlp("The envoy complained that the talks had stalled."), "complained")
    assert found["content"]["text"] == "the talks had stalled"


def test_a_role_compounded_with_a_party_s_generic_name_speaks_for_it(nlp: Language) -> None:
    doc = nlp("Sudan's army took the city in May. An army spokesman said the rebels had fled.")
    assert doc._.claims[-1]["speaker"]["actor"] == "SDN"


@pytest.mark.parametrize(("text", "inner", "outer"), [
    ("Chile's navy said on Friday it had finished two days of drills near the strait, the "
     "state news agency reported.", "said", "reported"),
    ("The Pope urged both sides to return to talks, his spokesman said on Sunday.",
     "urged", "said"),
])
def test_a_fronted_attribution_wrapped_by_another_keeps_its_own_claim(
        nlp: Language, text: str, inner: str, outer: str) -> None:
    doc = nlp(text)
    inside_claim, wrapper = _by_cue(doc, inner), _by_cue(doc, outer)
    assert inside_claim["speaker"]["text"] != wrapper["speaker"]["text"]
    assert wrapper["content"]["start"] <= inside_claim["cue"]["start"]


def test_a_clause_of_saying_inside_a_complement_stays_part_of_it(nlp: Language) -> None:
    doc = nlp("The Kremlin said the two presidents confirmed their wish to deepen ties.")
    assert [c["cue"]["text"] for c in doc._.claims] == ["said"]


@pytest.mark.parametrize(("text", "actor"), [
    ("Yemen's Houthis said they had fired two drones at a tanker.", "HOUTHI"),
    ("Lebanon's Hezbollah said its fighters had hit an army post.", "HEZBOLLAH"),
    ("China's Taiwan Affairs Office said the report was false.", "CHN"),
])
def test_a_named_group_speaks_for_itself_not_for_the_country_before_it(
        nlp: Language, text: str, actor: str) -> None:
    assert nlp(text)._.claims[0]["speaker"]["actor"] == actor


@pytest.mark.parametrize(("text", "speaker", "target"), [
    ("The alliance has collected evidence of Belarus's delivery of fuel to the rebels.",
     "The alliance", "BLR"),
    ("Oslo has gathered evidence of Russian sabotage of the undersea cable.", "Oslo", "RUS"),
])
def test_evidence_held_of_another_party_s_act_accuses_it(
        nlp: Language, text: str, speaker: str, target: str) -> None:
    found = _by_cue(nlp(text), "evidence")
    assert (found["kind"], found["speaker"]["text"], found["target"]) == \
        ("accusation", speaker, target)


@pytest.mark.parametrize("text", [
    "Investigators found no evidence of foul play.",
    "Kyiv presented evidence of its own successes at the front.",
    "London said it had gathered evidence of Russian interference in the vote.",
])
def test_evidence_of_nothing_of_oneself_or_inside_another_claim_is_no_claim(
        nlp: Language, text: str) -> None:
    assert all(c["cue"]["text"] != "evidence" for c in nlp(text)._.claims)


def test_a_relative_of_saying_hung_as_a_complement_is_its_own_claim(nlp: Language) -> None:
    """The parser hangs "that the rebels said had killed" on the gerund as a complement;
    its subject is the relative pronoun."""
    doc = nlp("Chad's army on Monday denied carrying out a drone strike on a market in "
              "South Kordofan that the rebels said had killed 30 people.")
    assert _by_cue(doc, "said")  # parsed as a complement, not a relative clause
    assert [t.dep_ for t in doc if t.text == "said"] == ["ccomp"]
    said, denial = _by_cue(doc, "said"), _by_cue(doc, "denied")
    assert said["speaker"]["text"] == "the rebels"
    assert said["content"]["text"] == "had killed 30 people"
    assert denial["content"]["end"] < said["speaker"]["start"]


@pytest.mark.parametrize(("text", "code"), [
    ("Norway's defence ministry on Monday rejected Russian claims that its submarines had "
     "damaged the undersea cable. A ministry spokesperson said Moscow had made up the story.",
     "NOR"),
    ("Ghana's foreign ministry on Friday dismissed Togolese claims that its police had "
     "detained traders. A ministry spokesman said Lome had invented the account.", "GHA"),
])
def test_a_ministry_spokesperson_speaks_for_the_ministry_named_before(
        nlp: Language, text: str, code: str) -> None:
    """The parser tags "ministry" after a name and a title word as a proper noun; the
    spokesperson's institution is still found by its head noun."""
    doc = nlp(text)
    assert [c["speaker"]["actor"] for c in doc._.claims] == [code, code]
