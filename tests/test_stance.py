"""The stance pass (pipeline/stages/stance): claim kinds from what the content says,
reported events, speech-act events that agree with kinds, and denial pairs by the same
act.  Every sentence here is written for these tests (none comes from the corpus or
the stance probes)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.stages.stance.frames import main_clauses, negated
from pipeline.stages.stance.pairs import same_act
from pipeline.stages.stance.rules import load_rules


def _kinds(doc: Doc) -> list[str]:
    return [c["kind"] for c in doc._.claims]


def _one(doc: Doc, kind: str) -> dict:
    found = [c for c in doc._.claims if c["kind"] == kind]
    assert len(found) == 1, doc._.claims
    return found[0]


def _pairs(doc: Doc) -> set[tuple[str, str]]:
    return {(p["denial"], p["claim"]) for p in doc._.pairs}


def _denials_answer_the_first_claim(doc: Doc, count: int) -> list[dict]:
    """The ``count`` denials of ``doc``, each paired with its first claim and no other."""
    denials = [c for c in doc._.claims if c["kind"] == "denial"]
    assert len(denials) == count, doc._.claims
    assert _pairs(doc) == {(d["id"], doc._.claims[0]["id"]) for d in denials}
    return denials


# ---------------------------------------------------------------- denial


@pytest.mark.parametrize("sentence", [
    "Hanoi said the reports of a naval build-up were groundless.",
    "The ministry said the claims about secret arms shipments were a fabrication.",
    "Caracas denounced the report as a smear campaign by its enemies.",
    "Officials in Minsk said Warsaw was inventing border incidents to justify new fences.",
])
def test_judging_a_claim_false_is_a_denial(nlp: Language, sentence: str) -> None:
    """Whatever the cue ("said", "denounced"), calling a claim false denies it."""
    assert "denial" in _kinds(nlp(sentence))


@pytest.mark.parametrize("sentence", [
    "Kenya's army said its soldiers had never crossed into Somalia.",
    "Ecuador said it did not expel any foreign journalists last year.",
    "Kigali said Rwanda has not sent a single soldier across the border.",
    "Niger's junta said its drones had struck no civilian targets.",
])
def test_the_speakers_side_not_doing_an_act_is_a_denial(nlp: Language, sentence: str) -> None:
    doc = nlp(sentence)
    claim = _one(doc, "denial")
    assert claim["rule"].endswith("own-side-negated")


def test_an_act_said_not_to_have_happened_to_anyone_is_a_denial(nlp: Language) -> None:
    """An agentless passive: whoever is named is the one it did not happen to."""
    doc = nlp("Islamabad said no Afghan refugees were deported from its border camps.")
    assert _kinds(doc) == ["denial"]


@pytest.mark.parametrize("sentence", [
    "The monitors said they had not seen any shelling near the plant.",
    "Japan's coast guard said no damage was reported after the missile fell.",
    "Cabo Verde's minister said his country would not send troops to the force.",
    "Lima said Peru grants no outside power a veto over its naval drills.",
])
def test_not_seeing_or_not_planning_is_no_denial(nlp: Language, sentence: str) -> None:
    """Observations and intentions are stated, not denied (perception verbs, modals)."""
    assert "denial" not in _kinds(nlp(sentence))


# ---------------------------------------------------------------- accusation


@pytest.mark.parametrize(("sentence", "target"), [
    ("Poland's border guard said Belarusian officers had escorted migrants to the fence.",
     "BLR"),
    ("According to Lithuania, Russian agents recruited teenagers to set fire to warehouses.",
     "RUS"),
    ("Guatemala said Honduras was illegally granting fishing licences in its waters.", "HND"),
    ("Bangkok said a Cambodian rocket attack in Thailand's Sisaket province had killed two "
     "villagers.", "KHM"),
])
def test_another_party_doing_an_act_is_an_accusation(nlp: Language, sentence: str,
                                                      target: str) -> None:
    """No accusing verb: another coded party did something to someone, as a fact."""
    claim = _one(nlp(sentence), "accusation")
    assert claim["target"] == target


@pytest.mark.parametrize(("sentence", "target"), [
    ("Officials in Accra said Togo was behind the raid on the border post.", "TGO"),
    ("The ministry said soldiers of the Beninese army had taken part in the shelling of the "
     "village.", "BEN"),
    ("Abuja said Cameroonian gendarmes had played a role in the attack on the ferry.", "CMR"),
    # a sharer in the act (configs/claims/stance.json "complicity"), "in" or "to" the act
    ("Kigali said Uganda was a partner in the killing of civilians.", "UGA"),
    ("Caracas said Guyana was an accomplice in the deaths of its soldiers.", "GUY"),
    ("Hanoi said Beijing was a party to the shelling of its fishing boats.", "CHN"),
    ("Quito said Colombia had links to the bombing of the pipeline.", "COL"),
    ("Caracas said Guyana was complicit in the killing of its soldiers.", "GUY"),
    ("Nairobi said Somalia was complicit in the bombing of the ferry.", "SOM"),
    # "the Emirates" is the United Arab Emirates (configs/actors/countries.json)
    ("Khartoum said the Emirates was a partner in the shelling of the market.", "ARE"),
])
def test_a_part_in_a_hostile_act_is_an_accusation(nlp: Language, sentence: str,
                                                  target: str) -> None:
    """The verb is neutral (be behind, take part, play a role); the act it is a part in,
    the object of its preposition, is hostile."""
    assert _one(nlp(sentence), "accusation")["target"] == target


@pytest.mark.parametrize("sentence", [
    "Accra said Togo was behind the decision to reopen the border.",
    "Lome said Ghana had taken part in the talks on fishing rights.",
    "Lima said Bolivia was a partner in the new trade deal.",
    "Hanoi said Beijing was a party to the fisheries agreement.",
    "Seoul said Tokyo was complicit in the new trade pact.",
])
def test_a_part_in_a_neutral_act_accuses_nobody(nlp: Language, sentence: str) -> None:
    assert "accusation" not in _kinds(nlp(sentence))


@pytest.mark.parametrize("sentence", [
    "Ottawa said Mexico had agreed to resume the trade talks.",
    "Ankara said Greece could deploy more troops on the islands.",
    "The agency said Iran's stockpile of enriched uranium had grown.",
])
def test_cooperation_possibility_and_change_accuse_nobody(nlp: Language, sentence: str) -> None:
    assert "accusation" not in _kinds(nlp(sentence))


@pytest.mark.parametrize("sentence", [
    # aid the speaker's own side received (CAMEO 07)
    "The Ukrainian defence ministry said Poland had provided fuel and ammunition to "
    "Ukraine's army.",
    "Somalia's president said Qatar had delivered armoured vehicles to his government.",
    # yielding (CAMEO 08)
    "The Philippine navy said Chinese vessels had left the shoal.",
    "Delhi said Beijing had withdrawn its troops from the valley.",
])
def test_aid_received_and_yielding_accuse_nobody(nlp: Language, sentence: str) -> None:
    assert "accusation" not in _kinds(nlp(sentence))


@pytest.mark.parametrize(("sentence", "target"), [
    ("The Ukrainian defence ministry said Belarus had provided fuel to the invading forces.",
     "BLR"),
    ("Washington said Tehran had transferred ballistic missiles to the Houthis.", "IRN"),
])
def test_aid_to_another_party_still_accuses(nlp: Language, sentence: str, target: str) -> None:
    assert _one(nlp(sentence), "accusation")["target"] == target


def test_a_demonstrative_naming_a_hostile_act_blames_the_earlier_accused(
        nlp: Language) -> None:
    doc = nlp("Bogota accused Venezuela of moving tanks to the border on Monday. "
              "\u201cThis is a provocation,\u201d the Colombian defence minister told reporters.")
    accusations = [c for c in doc._.claims if c["kind"] == "accusation"]
    assert [c["target"] for c in accusations] == ["VEN", "VEN"]
    doc = nlp("Riga accused Moscow of cutting the undersea cable. \u201cIt was an act of "
              "sabotage,\u201d the Latvian prime minister said.")
    assert [c["target"] for c in doc._.claims if c["kind"] == "accusation"] == ["RUS", "RUS"]


# ---------------------------------------------------------------- claim


@pytest.mark.parametrize("sentence", [
    "Sudan's army said its units had captured the bridge at Omdurman.",
    "Moscow said its forces had seized two villages near the river.",
])
def test_the_speakers_own_forceful_act_is_a_claim(nlp: Language, sentence: str) -> None:
    assert _one(nlp(sentence), "claim")["rule"].endswith("own-side-act")


# ---------------------------------------------------------------- frames


def test_frames_read_negation_in_subject_object_and_adverb(base_nlp: Language) -> None:
    for text, expected in [("No troops crossed the line.", True),
                           ("The army killed no civilians.", True),
                           ("The army has never fired first.", True),
                           ("The army fired first.", False)]:
        doc = base_nlp(text)
        assert negated(main_clauses(doc[:])[0]) is expected, text


# ---------------------------------------------------------------- events


def _events_then_stance(nlp: Language, text: str, word: str, etype: str) -> Doc:
    """Run every stage but events, then claims and stance with one injected event."""
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name not in ("events", "claims", "stance"):
            doc = proc(doc)
    start = text.index(word)
    doc._.events = [{"id": "e1", "trigger": {"start": start, "end": start + len(word),
                                            "text": word},
                     "type": etype, "modality": "asserted", "cameo": "111",
                     "mode": "disapprove", "rule": "test"}]
    return nlp.get_pipe("stance")(nlp.get_pipe("claims")(doc))


@pytest.mark.parametrize(("text", "word"), [
    ("Kenya's army said its soldiers had never crossed into Somalia.", "crossed"),
    ("The ministry said talks were held in Doha on Monday.", "held"),
])
def test_events_a_speaker_tells_of_are_reported(nlp: Language, text: str, word: str) -> None:
    """Every kind but report: denials and statements too (ANNOTATION.md, modality 3)."""
    doc = _events_then_stance(nlp, text, word, "COERCE")
    assert doc._.events[0]["modality"] == "reported"


def test_what_the_speaker_does_by_speaking_stays_asserted(nlp: Language) -> None:
    doc = _events_then_stance(nlp, "Ottawa said it is imposing tariffs on Chinese steel.",
                              "imposing", "SANCTION")
    assert doc._.events[0]["modality"] == "asserted"


@pytest.mark.parametrize(("text", "word", "etype"), [
    ("Hanoi said it stands ready to resume talks with Manila.", "ready", "AGREE"),
    ("Quito said Ecuador regards Peru as a strategic partner.", "partner", "SUPPORT"),
    ("The minister said the rebels must lay down their arms.", "lay", "REQUEST"),
])
def test_a_stance_or_demand_made_by_speaking_stays_asserted(
        nlp: Language, text: str, word: str, etype: str) -> None:
    doc = _events_then_stance(nlp, text, word, etype)
    assert doc._.events[0]["modality"] == "asserted"


def test_a_speech_act_that_is_a_claim_stays_asserted_inside_another(nlp: Language) -> None:
    doc = _events_then_stance(
        nlp, "Chile says Peruvian troops opened fire, an accusation that Peru has rejected.",
        "rejected", "REJECT")
    assert [c["kind"] for c in doc._.claims] == ["accusation", "denial"]
    assert doc._.events[0]["modality"] == "asserted"


def test_a_reports_content_stays_asserted(nlp: Language) -> None:
    doc = _events_then_stance(nlp, "The news agency reported that talks were held in Doha.",
                              "held", "CONSULT")
    assert doc._.claims[0]["kind"] == "report"
    assert doc._.events[0]["modality"] == "asserted"


def test_a_denials_cue_is_a_reject_event(nlp: Language) -> None:
    """One reading across layers: the speech act a denial claim makes is a REJECT."""
    doc = _events_then_stance(nlp, "Caracas denounced the report as a smear campaign.",
                              "denounced", "ACCUSE")
    assert _one(doc, "denial")
    assert doc._.events[0]["type"] == "REJECT" and doc._.events[0]["cameo"] == "016"
    assert doc._.events[0]["modality"] == "asserted"


# ---------------------------------------------------------------- pairs


def test_a_denial_answers_every_charge_of_the_same_act(nlp: Language) -> None:
    doc = nlp("Nairobi accused Mogadishu of shelling a police post near Mandera. "
              "Kenya's interior ministry also said Somali troops had shelled the post twice. "
              "Somalia rejected the accusations.")
    denial = _one(doc, "denial")
    charges = [c["id"] for c in doc._.claims if c["kind"] == "accusation"]
    assert len(charges) == 2
    assert _pairs(doc) == {(denial["id"], c) for c in charges}


def test_denials_in_one_breath_answer_the_same_claim(nlp: Language) -> None:
    doc = nlp("Caracas accused Bogota of shelling its border posts. "
              "Colombia rejected the accusation, saying its forces had not fired a shell.")
    accusation = _one(doc, "accusation")
    denials = [c["id"] for c in doc._.claims if c["kind"] == "denial"]
    assert len(denials) == 2
    assert _pairs(doc) == {(d, accusation["id"]) for d in denials}


def test_same_act_needs_the_denier_accused_and_one_family() -> None:
    rules = load_rules()
    denial = {"kind": "denial", "speaker": {"actor": "SOM"}}
    charge = {"kind": "accusation", "target": "SOM", "speaker": {"actor": "KEN"}}
    assert same_act(denial, charge, {"force"}, {"force"}, rules) is not None
    assert same_act(denial, charge, set(), {"force"}, rules) is not None
    assert same_act(denial, charge, {"supply"}, {"force"}, rules) is None
    assert same_act(denial, {**charge, "target": "ETH"}, set(), set(), rules) is None
    assert same_act(denial, {**charge, "speaker": {"actor": "SOM"}}, set(), set(), rules) is None
    together = {"kind": "denial", "speaker": {"actor": "ETH"}}
    assert same_act(together, charge, set(), set(), rules, frozenset({"SOM"})) is not None


# ---------------------------------------------------------------- speakers


@pytest.mark.parametrize(("text", "code"), [
    ("A spokesman for Kenya's navy said the patrol boats had returned to port.", "KEN"),
    ("Peruvian Foreign Ministry spokeswoman Ana Rojas said the talks would resume.", "PER"),
    ("Chad's government rejected the accusation. Its spokesman said the border was calm.",
     "TCD"),
])
def test_a_speaker_speaks_for_the_party_its_title_names(nlp: Language, text: str,
                                                        code: str) -> None:
    assert nlp(text)._.claims[-1]["speaker"]["actor"] == code


def test_a_contested_claim_is_answered_by_a_denial_of_what_it_tells(nlp: Language) -> None:
    """A claim accuses nobody; a denial answers it when both tell one act (here: a
    shared place name), not by an accused party."""
    doc = nlp("Moscow said its forces had captured the town of Lysk on Friday. "
              "Kyiv said reports that Lysk had fallen were false.")
    claim, denial = _one(doc, "claim"), _one(doc, "denial")
    assert (denial["id"], claim["id"]) in _pairs(doc)
    other = nlp("Moscow said its forces had captured the town of Lysk on Friday. "
                "Kyiv said reports of a dam breach in the south were false.")
    assert _pairs(other) == set()


def test_a_body_named_after_another_country_speaks_for_its_own(nlp: Language) -> None:
    """"China's Taiwan Affairs Office" denies for China: the accuser Taiwan, named in the
    office's title, is not one of the deniers."""
    doc = nlp("Taiwan's coast guard said Chinese ships had rammed two fishing boats near "
              "Kinmen. China's Taiwan Affairs Office said Chinese ships had never rammed "
              "any boats.")
    accusation, denial = _one(doc, "accusation"), _one(doc, "denial")
    assert denial["speaker"]["actor"] == "CHN"
    assert (denial["id"], accusation["id"]) in _pairs(doc)


@pytest.mark.parametrize("text", [
    "Chile accused Peru of polluting a shared river with mining waste. Peru's environment "
    "ministry said the mine had caused no measurable damage to the river.",
    "Greece accused Albania of holding naval manoeuvres in its waters. Albania's defence "
    "ministry said the exercise had not harmed Greek fishing boats.",
])
def test_the_accused_saying_an_act_had_no_effect_is_a_denial(nlp: Language, text: str) -> None:
    """Once a party is accused, its saying the act did nothing denies the charge, even
    when the act (not the party) is the subject — and the denial answers the charge."""
    doc = nlp(text)
    denial = _one(doc, "denial")
    assert denial["rule"].endswith("accused-negates")
    accusation = _one(doc, "accusation")
    assert (denial["id"], accusation["id"]) in _pairs(doc)


def test_an_unaccused_party_saying_an_act_had_no_effect_is_no_denial(nlp: Language) -> None:
    """The same wording from a party nobody accused tells an observation."""
    doc = nlp("Peru's environment ministry said the mine had caused no measurable damage "
              "to the river.")
    assert "denial" not in _kinds(doc)


@pytest.mark.parametrize("text", [
    "Manila said the aircraft was on a routine training flight. Beijing dismissed the claim "
    "as a lie.",
    "Caracas said the tanker had left port empty. The account was rejected by Washington.",
])
def test_a_statement_another_party_rejects_by_reference_is_a_contested_claim(
        nlp: Language, text: str) -> None:
    """"The claim", "the account": the denial names what it answers, and what is
    contested is a claim (ANNOTATION.md kind 3), paired with its denial."""
    doc = nlp(text)
    claim, denial = _one(doc, "claim"), _one(doc, "denial")
    assert claim["rule"].endswith("answered-as-claim")
    assert (denial["id"], claim["id"]) in _pairs(doc)


def test_two_parties_saying_different_things_contest_nothing_by_reference(
        nlp: Language) -> None:
    """Without a denial naming it, a plain statement stays a statement."""
    doc = nlp("Ankara said the convoy was carrying food. Athens said the convoy had "
              "crossed the line.")
    assert _kinds(doc) == ["statement", "statement"]


@pytest.mark.parametrize("sentence", [
    "The OSCE said its observers had not detected any artillery fire near the town.",
    "The agency said its inspectors had found no trace of enriched uranium at the site.",
])
def test_the_speakers_side_seeing_nothing_is_a_contested_claim(
        nlp: Language, sentence: str) -> None:
    """An observation that an act did not happen contests it: a claim, not a denial
    (the speaker's side is not said to have done anything)."""
    claim = _one(nlp(sentence), "claim")
    assert claim["rule"].endswith("own-side-saw-nothing")


def test_a_denial_does_not_answer_a_contested_claim_made_after_it(nlp: Language) -> None:
    doc = nlp("Serbia accused Kosovo of mining the bridge. \u201cThese allegations are "
              "lies,\u201d Kosovo's interior minister told reporters. The OSCE said its "
              "observers had found no mines on the bridge.")
    claim, denial = _one(doc, "claim"), _one(doc, "denial")
    assert (denial["id"], claim["id"]) not in _pairs(doc)


def test_a_denial_answers_claims_within_reach_only():
    """A transcript-length document: the denial pairs with the accusation near it, not
    with one told more than ``pairs.max_sentences`` sentences away."""
    from dataclasses import replace

    from pipeline.stages.stance.pairs import pair_by_act
    from pipeline.stages.stance.rules import load_rules

    rules = replace(load_rules(), pair_reach=50)

    def claim(cid, kind, sentence, speaker, target=None):
        return {"id": cid, "kind": kind, "sentence": sentence, "target": target,
                "speaker": {"text": speaker, "actor": speaker}, "events": []}

    claims = [claim("c1", "accusation", 0, "UKR", "RUS"),
              claim("c2", "accusation", 300, "USA", "RUS"),
              claim("c3", "denial", 320, "RUS")]
    pairs = pair_by_act(claims, [], [], rules)
    assert [(p["denial"], p["claim"]) for p in pairs] == [("c3", "c2")]
    wide = pair_by_act(claims, [], [], replace(rules, pair_reach=400))
    assert [(p["denial"], p["claim"]) for p in wide] == [("c3", "c1"), ("c3", "c2")]


@pytest.mark.parametrize("text", [
    "Baku said its troops had captured two hills near Lachin. Armenia's defence ministry "
    "denied the claim, saying its units still held both hills.",
    "Hanoi accused Beijing of ramming a fishing boat near the Paracels. Beijing rejected "
    "the accusation and said the boat had rammed a Chinese coast guard ship.",
])
def test_a_deniers_own_account_of_the_act_in_the_same_breath_is_a_denial(
        nlp: Language, text: str) -> None:
    _denials_answer_the_first_claim(nlp(text), 2)


def test_a_deniers_remark_on_another_matter_stays_a_statement(nlp: Language) -> None:
    doc = nlp("Hanoi accused Beijing of ramming a fishing boat near the Paracels. Beijing "
              "rejected the accusation and said it remained ready for talks on trade.")
    assert [c["kind"] for c in doc._.claims] == ["accusation", "denial", "statement"]


@pytest.mark.parametrize("text", [
    "Ottawa accused Havana of selling rifles to the rebels. Havana said it would never sell "
    "weapons to any armed group.",
    "Lima accused La Paz of shelling a border post. La Paz said its soldiers could not "
    "have shelled the post.",
    "Oslo accused Minsk of buying drones from Tehran. Minsk said Belarus has no plans to "
    "buy drones from Iran.",
])
def test_a_blamed_side_that_will_not_or_could_not_do_the_act_denies_it(
        nlp: Language, text: str) -> None:
    doc = nlp(text)
    assert doc._.claims[0]["kind"] == "accusation"
    assert [d["sentence"] for d in _denials_answer_the_first_claim(doc, 1)] == [1]


@pytest.mark.parametrize("sentence", [
    "The foreign minister of Chile said his country would not send troops to the mission.",
    "Quito said it will not negotiate under pressure.",
])
def test_an_unblamed_will_not_states_a_policy(nlp: Language, sentence: str) -> None:
    assert "denial" not in _kinds(nlp(sentence))


@pytest.mark.parametrize(("sentence", "target"), [
    ("Danish officials said two Iranian agents tried to hack the port authority.", "IRN"),
    ("Kenya said Somali militants had attempted to infiltrate the border town.", "SOM"),
])
def test_an_attempted_wrong_by_another_party_is_an_accusation(
        nlp: Language, sentence: str, target: str) -> None:
    accusation = _one(nlp(sentence), "accusation")
    assert accusation["target"] == target


@pytest.mark.parametrize(("sentence", "kind"), [
    ("Minsk said Belarus has not received any drones from Tehran.", "denial"),
    ("Caracas said its army had not received weapons from abroad.", "denial"),
    ("The embassy said it had received no complaint about the convoy.", "claim"),
])
def test_receiving_goods_is_an_act_receiving_news_an_observation(
        nlp: Language, sentence: str, kind: str) -> None:
    assert _kinds(nlp(sentence)) == [kind]


@pytest.mark.parametrize("sentence", [
    "The council said the report was one-sided and biased.",
    "Hanoi called the charges one-sided.",
    "Islamabad said the Indian claims were politically motivated.",
])
def test_a_claim_judged_partial_is_denied(nlp: Language, sentence: str) -> None:
    assert _kinds(nlp(sentence)) == ["denial"]


@pytest.mark.parametrize(("sentence", "target"), [
    ("Kyiv said Russian drones launched from Belarus hit two power plants.", "RUS"),
    ("Britain said Russian hackers working for the GRU attacked the Dutch chemical "
     "watchdog.", "RUS"),
])
def test_a_doer_the_parser_split_from_its_verb_is_still_the_doer(
        nlp: Language, sentence: str, target: str) -> None:
    """The parser reads "X working for Y" as a clause and hangs the verb beside it."""
    doc = nlp(sentence)
    assert [t.dep_ for t in doc if t.head.lower_ == "said"].count("ccomp") == 2
    accusation = _one(doc, "accusation")
    assert accusation["target"] == target
    assert accusation["content"]["text"].endswith(sentence.split()[-1].rstrip("."))


@pytest.mark.parametrize("sentence", [
    "He contended such claims were designed to distract attention from the floods.",
    "She said the reports were false and were meant to hide the army's own failures.",
    "The ministry said the report was intended to justify new tariffs.",
    "Minsk said the Lithuanian charges were an attempt to divert attention from its protests.",
    "The embassy said the allegations were part of a smear campaign by Western media.",
])
def test_imputing_a_motive_to_a_claim_discredits_it(nlp: Language, sentence: str) -> None:
    assert _kinds(nlp(sentence)) == ["denial"]


def test_a_purpose_of_anything_but_a_claim_discredits_nothing(nlp: Language) -> None:
    assert _kinds(nlp("The council said the plan was designed to cut emissions.")) == \
        ["statement"]


@pytest.mark.parametrize(("sentence", "kind"), [
    ("She insisted the West must lift its sanctions.", "statement"),
    ("Kabul insisted its forces would hold the pass.", "statement"),
    ("Beijing insists the reef is part of its territory.", "claim"),
])
def test_insisting_on_a_demand_or_a_resolve_is_no_contested_fact(
        nlp: Language, sentence: str, kind: str) -> None:
    assert _kinds(nlp(sentence)) == [kind]


@pytest.mark.parametrize(("text", "accused"), [
    ("Washington said North Korea had shipped artillery shells to Russia by rail. The "
     "shipments began in August. Satellite images showed trains at the border. The Kremlin "
     "said Russia had never bought shells from Pyongyang.", "PRK"),
    ("Kyiv said Iran had delivered attack drones to Russia. The drones hit power plants. "
     "Moscow said it had not received any drones from Tehran.", "IRN"),
])
def test_a_party_to_the_act_named_in_an_accusation_answers_it(
        nlp: Language, text: str, accused: str) -> None:
    """The first-named party is the target, but the other party to a transfer is
    accused too: its denial answers the accusation."""
    doc = nlp(text)
    accusation, denial = _one(doc, "accusation"), _one(doc, "denial")
    assert accusation["target"] == accused
    assert _pairs(doc) == {(denial["id"], accusation["id"])}
    assert doc._.pairs[0]["evidence"] == ["denier-named-in-claim:RUS"]


def test_a_party_named_in_an_accusation_of_another_act_does_not_answer_it(
        nlp: Language) -> None:
    doc = nlp("Washington said North Korea had shipped artillery shells to Russia. Moscow "
              "said its jets had never violated Finnish airspace.")
    assert _kinds(doc) == ["accusation", "denial"]
    assert _pairs(doc) == set()


@pytest.mark.parametrize(("sentence", "target"), [
    ("The White House said it had information that North Korea was covertly supplying "
     "rockets to Russia.", "PRK"),
    ("Seoul said there was evidence that Pyongyang had shipped missiles to Moscow.", "PRK"),
])
def test_what_a_speaker_has_evidence_of_is_told(nlp: Language, sentence: str,
                                                target: str) -> None:
    assert _one(nlp(sentence), "accusation")["target"] == target


def test_having_no_information_is_an_observation(nlp: Language) -> None:
    assert _kinds(nlp("The embassy said it had no information that Iranian drones were "
                      "used.")) == ["claim"]


@pytest.mark.parametrize(("text", "kinds"), [
    ("Tehran said the drones had played no part in the war. Kyiv accused Iran of supplying "
     "the drones used against its cities.", ["denial", "accusation"]),
    ("Minsk said the balloons had caused no damage. Vilnius accused Belarus of sending "
     "smuggling balloons across the border.", ["denial", "accusation"]),
    ("Minsk said the balloons had caused no damage. Vilnius said the balloons were a "
     "nuisance.", ["statement", "statement"]),
])
def test_an_accused_party_negating_the_act_denies_it_even_before_the_charge_is_told(
        nlp: Language, text: str, kinds: list[str]) -> None:
    doc = nlp(text)
    assert _kinds(doc) == kinds
    assert len(_pairs(doc)) == kinds.count("denial")


def test_a_generic_doer_is_the_party_named_in_full_before(nlp: Language) -> None:
    doc = nlp("UN investigators accused Myanmar's military of abuses in Rakhine. The UN "
              "rights chief said the military had executed four activists.")
    assert [(c["kind"], c["target"]) for c in doc._.claims] == [
        ("accusation", "MMR"), ("accusation", "MMR")]
    assert doc._.claims[1]["rule"].endswith("other-side-act")


@pytest.mark.parametrize(("sentence", "kind"), [
    ("Pyongyang says it has no link to the hackers.", "denial"),
    ("Tehran says it has no role in the war in Yemen.", "denial"),
    ("New Delhi says it grants no veto to any third country.", "statement"),
])
def test_denying_a_part_in_an_act_is_a_denial_in_any_tense(
        nlp: Language, sentence: str, kind: str) -> None:
    assert _kinds(nlp(sentence)) == [kind]


@pytest.mark.parametrize(("text", "speaker", "target"), [
    ("Hanoi's accusation that Chinese vessels had rammed a fishing boat drew a protest "
     "from Beijing.", "Hanoi", "CHN"),
    ("Kigali's allegation that Burundian soldiers had shelled a border post was dismissed "
     "as propaganda by Gitega.", "Kigali", "BDI"),
])
def test_a_named_possessor_of_an_accusation_in_subject_position_made_it(
        nlp: Language, text: str, speaker: str, target: str) -> None:
    accusation = _one(nlp(text), "accusation")
    assert accusation["speaker"]["text"] == speaker and accusation["target"] == target
    assert accusation["cue"]["text"] in ("accusation", "allegation")


@pytest.mark.parametrize("text", [
    "Beijing rejected Hanoi's accusation that its vessels had rammed a boat.",
    "Russia's statement on Syria was brief.",
])
def test_a_possessed_accusation_only_denied_or_a_topic_makes_no_claim_of_its_own(
        nlp: Language, text: str) -> None:
    assert "accusation" not in _kinds(nlp(text))


@pytest.mark.parametrize(("sentence", "kind"), [
    ("Beijing said the reef has always been part of China's territory.", "claim"),
    ("Manila says the shoal lies within its exclusive economic zone.", "claim"),
    ("Hanoi said the islands belong to Vietnam.", "claim"),
    ("The minister said the budget was part of its reform plan.", "statement"),
    ("Tokyo said the rocket fell outside its exclusive economic zone.", "statement"),
])
def test_a_place_said_to_belong_to_the_speaker_s_side_is_a_contested_claim(
        nlp: Language, sentence: str, kind: str) -> None:
    assert _kinds(nlp(sentence)) == [kind]


def test_a_violation_of_one_s_sovereignty_is_no_claim_of_territory(nlp: Language) -> None:
    doc = nlp("Bogota accused Caracas of sending troops across the river. 'This is a "
              "violation of our sovereignty,' the Colombian minister said.")
    assert _kinds(doc) == ["accusation", "accusation"]


@pytest.mark.parametrize(("sentence", "kind"), [
    ("He urged Lima to stop scapegoating its neighbour for its own failures.", "denial"),
    ("The minister said the opposition was running a smear campaign against him.", "denial"),
    ("Seoul accused Pyongyang of a smear campaign against its president.", "accusation"),
])
def test_words_of_a_false_charge_deny_unless_the_cue_accuses(
        nlp: Language, sentence: str, kind: str) -> None:
    assert _kinds(nlp(sentence)) == [kind]


@pytest.mark.parametrize(("sentence", "kind"), [
    ("Kyiv said the blast was caused by a Belarusian rocket.", "accusation"),
    ("Tallinn said the cable was cut by a Chinese cargo ship.", "accusation"),
    ("Kyiv said the bridge was built by Chinese engineers.", "statement"),
])
def test_an_act_done_to_something_by_another_party_in_the_passive_accuses(
        nlp: Language, sentence: str, kind: str) -> None:
    assert _kinds(nlp(sentence)) == [kind]
