"""Tests of `pipeline.evaluation.evaluate`: gold against itself is perfect, and each perturbation
moves the metric it should (and only that one where it matters).

Predictions are built from the gold files plus the article texts, so no spaCy model
and no pipeline run is needed.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from pipeline.evaluation.evaluate import (
    check_thresholds,
    evaluate_dirs,
    format_table,
    load_thresholds,
    main,
)
from pipeline.evaluation.scoring.claims import speaker_correct, token_f1
from pipeline.evaluation.scoring.events import tally_events
from pipeline.evaluation.scoring.matching import SentenceLocator
from pipeline.evaluation.split import read_validation_ids

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = ROOT / "corpus" / "gold"
ARTICLES = ROOT / "corpus" / "articles"
THRESHOLDS = ROOT / "configs" / "thresholds.toml"
SEED = "russia-iran-military-2023-08"

Doc = dict[str, Any]


def gold_as_predictions() -> dict[str, Doc]:
    """Every gold document as a prediction record (gold layers plus the article text)."""
    docs: dict[str, Doc] = {}
    for path in sorted(GOLD_DIR.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        record["text"] = (ARTICLES / f"{path.stem}.txt").read_text(encoding="utf-8")
        record.pop("text_sha256", None)
        docs[record["doc_id"]] = record
    return docs


def write_run(tmp_path: Path, docs: dict[str, Doc]) -> Path:
    """A fresh run folder holding ``documents.jsonl`` (one per call, so tests can compare)."""
    run = tmp_path / f"run{len(list(tmp_path.glob('run*')))}"
    run.mkdir()
    lines = [json.dumps(doc, ensure_ascii=False) for doc in docs.values()]
    (run / "documents.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return run


def score(tmp_path: Path, docs: dict[str, Doc]) -> dict[str, Any]:
    return evaluate_dirs(write_run(tmp_path, docs), GOLD_DIR)


def seed_scores(tmp_path: Path, docs: dict[str, Doc], layer: str) -> dict[str, float]:
    return score(tmp_path, docs)["documents"][SEED][layer]


def item(doc: Doc, layer: str, item_id: str) -> Doc:
    return next(x for x in doc[layer] if x.get("id") == item_id)


@pytest.fixture
def docs() -> dict[str, Doc]:
    return gold_as_predictions()


# ---------------------------------------------------------------- identity


def test_gold_against_itself_is_perfect_everywhere(tmp_path: Path, docs: dict[str, Doc]) -> None:
    scores = score(tmp_path, docs)
    assert scores["warnings"] == []
    assert set(scores["documents"]) == set(docs)
    tables = [scores["corpus"], *scores["documents"].values()]
    values = [v for table in tables for metrics in table.values() for v in metrics.values()]
    assert values and all(v == 1.0 for v in values)
    assert scores["counts"]["missing_predictions"] == []


def test_output_is_deterministic_json(tmp_path: Path, docs: dict[str, Doc]) -> None:
    reordered = dict(reversed(list(docs.items())))
    first = json.dumps(score(tmp_path, docs), sort_keys=True)
    second = json.dumps(score(tmp_path, reordered))
    assert json.loads(first) == json.loads(second)
    assert list(json.loads(first)["corpus"]) == sorted(json.loads(first)["corpus"])


# ---------------------------------------------------------------- span layers


def test_sentence_boundary_moved(tmp_path: Path, docs: dict[str, Doc]) -> None:
    docs[SEED]["sentences"][0]["end"] -= 1
    metrics = seed_scores(tmp_path, docs, "sentences")
    assert metrics["recall"] == pytest.approx(20 / 21)
    assert metrics["precision"] == pytest.approx(20 / 21)


def test_dropped_entity_lowers_recall_only(tmp_path: Path, docs: dict[str, Doc]) -> None:
    docs[SEED]["entities"].pop(0)
    metrics = seed_scores(tmp_path, docs, "entities")
    assert metrics["strict_recall"] == pytest.approx(50 / 51)
    assert metrics["relaxed_recall"] == pytest.approx(50 / 51)
    assert metrics["strict_precision"] == 1.0
    assert metrics["actor_accuracy"] == 1.0


def test_leading_the_is_ignored_for_strict_entities(tmp_path: Path, docs: dict[str, Doc]) -> None:
    west = next(e for e in docs[SEED]["entities"] if e["text"] == "West")
    west["start"] -= 4
    west["text"] = docs[SEED]["text"][west["start"] : west["end"]]
    assert west["text"].lower() == "the west"
    assert seed_scores(tmp_path, docs, "entities")["strict_f1"] == 1.0


def test_entity_shift_is_relaxed_not_strict(tmp_path: Path, docs: dict[str, Doc]) -> None:
    docs[SEED]["entities"][2]["end"] -= 1
    metrics = seed_scores(tmp_path, docs, "entities")
    assert metrics["strict_f1"] < 1.0
    assert metrics["relaxed_f1"] == 1.0


def test_wrong_actor_code_and_sector(tmp_path: Path, docs: dict[str, Doc]) -> None:
    entities = docs[SEED]["entities"]
    entities[0]["actor"] = {"code": "IRN", "sector": "MED"}  # Interfax: RUS MED
    entities[1]["actor"] = None  # Russian: RUS, null sector
    entities[2]["actor"] = {"code": "IRN", "sector": "GOV"}  # Iranian Ground Forces: IRN MIL
    metrics = seed_scores(tmp_path, docs, "entities")
    assert metrics["actor_accuracy"] == pytest.approx(49 / 51)
    assert metrics["sector_accuracy"] == pytest.approx(50 / 51)  # a null actor's sector is null
    assert metrics["strict_f1"] == 1.0


def test_timex_shifted_by_one_char(tmp_path: Path, docs: dict[str, Doc]) -> None:
    docs[SEED]["timexes"][0]["start"] += 1
    metrics = seed_scores(tmp_path, docs, "timexes")
    assert metrics["strict_f1"] < 1.0
    assert metrics["relaxed_f1"] == 1.0
    assert metrics["value_accuracy"] == 1.0


def test_timex_value_type_and_mod(tmp_path: Path, docs: dict[str, Doc]) -> None:
    timexes = docs[SEED]["timexes"]
    timexes[0]["value"] = "2023-08-24"
    timexes[1]["type"] = "TIME"
    timexes[2]["mod"] = None
    metrics = seed_scores(tmp_path, docs, "timexes")
    assert metrics["value_accuracy"] == pytest.approx(13 / 14)
    assert metrics["value_f1"] == pytest.approx(13 / 14, abs=1e-6)
    assert metrics["type_accuracy"] == pytest.approx(13 / 14)
    assert metrics["mod_accuracy"] == pytest.approx(13 / 14)
    assert metrics["strict_f1"] == 1.0


# ---------------------------------------------------------------- events


def test_swapped_sides_break_direction_not_participants(
    tmp_path: Path, docs: dict[str, Doc]
) -> None:
    visit = item(docs[SEED], "events", "e3")
    visit["actors"], visit["recipients"] = visit["recipients"], visit["actors"]
    metrics = seed_scores(tmp_path, docs, "events")
    assert metrics["direction_accuracy"] < 1.0
    assert metrics["participant_f1"] == 1.0
    assert metrics["actor_f1"] < 1.0
    assert metrics["recipient_f1"] < 1.0
    assert metrics["f1"] == 1.0


def test_joint_actor_predicted_as_recipient_breaks_direction(
    tmp_path: Path, docs: dict[str, Doc]
) -> None:
    talks = item(docs[SEED], "events", "e1")  # actors RUS, IRN; no recipients
    talks["actors"], talks["recipients"] = ["RUS"], ["IRN"]
    assert seed_scores(tmp_path, docs, "events")["direction_accuracy"] < 1.0


def test_missing_optional_event_costs_nothing(tmp_path: Path, docs: dict[str, Doc]) -> None:
    events = docs[SEED]["events"]
    assert item(docs[SEED], "events", "e2")["optional"] is True
    events.remove(item(docs[SEED], "events", "e2"))
    metrics = seed_scores(tmp_path, docs, "events")
    assert metrics["recall"] == 1.0
    assert metrics["precision"] == 1.0


def test_missing_required_event_costs_recall(tmp_path: Path, docs: dict[str, Doc]) -> None:
    docs[SEED]["events"].remove(item(docs[SEED], "events", "e1"))
    metrics = seed_scores(tmp_path, docs, "events")
    assert metrics["recall"] == pytest.approx(15 / 16)
    assert metrics["precision"] == 1.0


def test_found_optional_event_is_no_false_alarm(tmp_path: Path, docs: dict[str, Doc]) -> None:
    required_only = copy.deepcopy(docs)
    required_only[SEED]["events"] = [e for e in docs[SEED]["events"] if not e["optional"]]
    baseline = seed_scores(tmp_path, required_only, "events")
    with_optional = score(tmp_path, docs)
    assert with_optional["documents"][SEED]["events"]["precision"] == baseline["precision"] == 1.0
    assert with_optional["counts"]["documents"][SEED]["events"]["optional_matched"] == 8


def test_spurious_event_costs_precision(tmp_path: Path, docs: dict[str, Doc]) -> None:
    extra = copy.deepcopy(item(docs[SEED], "events", "e1"))
    extra.update(id="x1", type="THREATEN")
    docs[SEED]["events"].append(extra)
    metrics = seed_scores(tmp_path, docs, "events")
    assert metrics["precision"] == pytest.approx(16 / 17)
    assert metrics["recall"] == 1.0


def test_ambiguous_prediction_prefers_required_gold() -> None:
    def event(start: int, optional: bool = False) -> Doc:
        trigger = {"start": start, "end": start + 5, "text": "xxxxx"}
        return {"trigger": trigger, "type": "COOPERATE", "optional": optional}

    sentences = [{"start": 0, "end": 100}]
    gold = {"sentences": sentences, "events": [event(10), event(50, optional=True)]}
    pred = {"sentences": sentences, "events": [event(80)]}  # overlaps neither, nearer 50
    tally = tally_events(pred, gold, SentenceLocator(sentences))
    assert (tally["tp"], tally["optional_matched"]) == (1, 0)


def test_events_placed_by_gold_sentences_not_indices(tmp_path: Path, docs: dict[str, Doc]) -> None:
    seed = docs[SEED]
    first, second = seed["sentences"][0], seed["sentences"][1]
    seed["sentences"][:2] = [{"start": first["start"], "end": second["end"]}]
    for event in seed["events"]:
        event["sentence"] = 99
    assert seed_scores(tmp_path, docs, "events")["f1"] == 1.0


def test_same_type_in_another_sentence_does_not_match(tmp_path: Path, docs: dict[str, Doc]) -> None:
    strike = item(docs[SEED], "events", "e4")  # ASSAULT in sentence 4
    strike["trigger"] = {"start": 20, "end": 27, "text": docs[SEED]["text"][20:27]}
    metrics = seed_scores(tmp_path, docs, "events")
    assert metrics["recall"] == pytest.approx(15 / 16)
    assert metrics["precision"] == pytest.approx(15 / 16)


def test_event_attributes(tmp_path: Path, docs: dict[str, Doc]) -> None:
    event = item(docs[SEED], "events", "e1")
    event.update(polarity="negative", modality="future", date=None, cameo="041")
    event.update(context=["diplomatic"], location="Tehran")
    item(docs[SEED], "events", "e3")["location"] = "the moscow"  # case and "the " ignored
    event["trigger"] = {"start": 90, "end": 95, "text": docs[SEED]["text"][90:95]}
    metrics = seed_scores(tmp_path, docs, "events")
    assert metrics["f1"] == 1.0  # same sentence and type still match without trigger overlap
    for name in ("polarity", "modality", "date", "cameo", "context", "location"):
        assert metrics[f"{name}_accuracy"] == pytest.approx(23 / 24), name
    assert metrics["mode_accuracy"] == 1.0


# ---------------------------------------------------------------- claims and pairs


def test_claim_content_and_speaker(tmp_path: Path, docs: dict[str, Doc]) -> None:
    claim = item(docs[SEED], "claims", "c1")
    claim["content"] = {"start": 72, "end": 83, "text": "discussions"}
    claim["speaker"] = {"start": 0, "end": 4, "text": "TASS", "actor": None, "resolved": None}
    metrics = seed_scores(tmp_path, docs, "claims")
    assert metrics["f1"] == 1.0
    assert metrics["content_f1"] < 1.0
    assert metrics["speaker_accuracy"] == pytest.approx(7 / 8)


def test_claim_without_cue_matches_on_content(tmp_path: Path, docs: dict[str, Doc]) -> None:
    item(docs[SEED], "claims", "c1")["cue"] = None
    item(docs[SEED], "claims", "c2")["cue"] = {"start": 393, "end": 398, "text": "about"}
    assert seed_scores(tmp_path, docs, "claims")["f1"] == 1.0
    item(docs[SEED], "claims", "c1")["content"] = {"start": 0, "end": 20, "text": "x"}
    assert seed_scores(tmp_path, docs, "claims")["recall"] == pytest.approx(5 / 6)


def test_wrong_claim_kind_does_not_match(tmp_path: Path, docs: dict[str, Doc]) -> None:
    item(docs[SEED], "claims", "c1")["kind"] = "statement"
    metrics = seed_scores(tmp_path, docs, "claims")
    assert metrics["recall"] == pytest.approx(5 / 6)
    assert metrics["precision"] == pytest.approx(5 / 6)


def test_speaker_rules() -> None:
    gold = {"speaker": {"text": "he", "actor": None, "resolved": "Nadimi"}}
    assert speaker_correct({"speaker": {"text": "Nadimi", "actor": None}}, gold)
    assert speaker_correct({"speaker": None, "resolved_speaker": {"resolved": "nadimi"}}, gold)
    assert not speaker_correct({"speaker": {"text": "he", "actor": None, "resolved": None}}, gold)
    west = {"speaker": {"text": "the West", "actor": "WST", "resolved": None}}
    assert speaker_correct({"speaker": {"text": "West", "actor": None}}, west)
    assert speaker_correct({"speaker": {"text": "Washington", "actor": "WST"}}, west)
    assert not speaker_correct({"speaker": {"text": "Washington", "actor": "WST"}}, west, False)
    assert not speaker_correct({"speaker": None}, west)


def test_token_f1() -> None:
    assert token_f1({"text": "the arrival, in Moscow"}, {"text": "The arrival in Moscow."}) == 1.0
    assert token_f1({"text": "arrival"}, {"text": "arrival in Moscow"}) == pytest.approx(0.5)
    assert token_f1(None, {"text": "x"}) == 0.0


def test_pairs_translated_through_claim_matching(tmp_path: Path, docs: dict[str, Doc]) -> None:
    seed = docs[SEED]
    new_ids = {claim["id"]: f"claim-{n}" for n, claim in enumerate(reversed(seed["claims"]))}
    for claim in seed["claims"]:
        claim["id"] = new_ids[claim["id"]]
    seed["pairs"] = [{"claim": new_ids["c3"], "denial": new_ids["c4"], "score": 0.9}]
    assert seed_scores(tmp_path, docs, "pairs")["f1"] == 1.0

    seed["pairs"] = [{"claim": new_ids["c3"], "denial": new_ids["c2"]}]
    metrics = seed_scores(tmp_path, docs, "pairs")
    assert metrics["precision"] == 0.0
    assert metrics["recall"] == 0.0


def test_pair_with_unmatched_claim_is_false_positive(tmp_path: Path, docs: dict[str, Doc]) -> None:
    seed = docs[SEED]
    item(seed, "claims", "c4")["kind"] = "statement"  # the denial no longer matches
    metrics = seed_scores(tmp_path, docs, "pairs")
    assert metrics["precision"] == 0.0
    assert metrics["recall"] == 0.0


def test_optional_pairs_neither_missed_nor_false(tmp_path: Path, docs: dict[str, Doc]) -> None:
    doc_id = "dev-china-exchange-hack-denial-2021-07"  # development part, optional pairs
    required = [p for p in docs[doc_id]["pairs"] if not p.get("optional")]
    only_required = copy.deepcopy(docs)
    only_required[doc_id]["pairs"] = required
    both = score(tmp_path, docs)["documents"][doc_id]["pairs"]
    fewer = score(tmp_path, only_required)["documents"][doc_id]["pairs"]
    assert both == fewer == {"f1": 1.0, "precision": 1.0, "recall": 1.0}
    docs[doc_id]["pairs"] = required[1:]
    expected = (len(required) - 1) / len(required)
    assert score(tmp_path, docs)["documents"][doc_id]["pairs"]["recall"] == pytest.approx(expected)


# ---------------------------------------------------------------- documents


def test_missing_document_counts_as_misses(tmp_path: Path, docs: dict[str, Doc]) -> None:
    total = sum(len(doc["entities"]) for doc in docs.values())
    seed_entities = len(docs[SEED]["entities"])
    del docs[SEED]
    scores = score(tmp_path, docs)
    assert scores["counts"]["missing_predictions"] == [SEED]
    assert any(SEED in w for w in scores["warnings"])
    seed = scores["documents"][SEED]
    recalls = {layer: m.get("recall", m.get("relaxed_recall")) for layer, m in seed.items()}
    assert recalls == dict.fromkeys(seed, 0.0)
    assert scores["corpus"]["entities"]["strict_recall"] == pytest.approx(
        (total - seed_entities) / total)
    assert scores["corpus"]["entities"]["strict_precision"] == 1.0


def test_prediction_without_gold_is_ignored(tmp_path: Path, docs: dict[str, Doc]) -> None:
    stray = copy.deepcopy(docs[SEED])
    stray["doc_id"] = "not-in-gold"
    stray["events"] = []
    docs["not-in-gold"] = stray
    scores = score(tmp_path, docs)
    assert scores["counts"]["unscored_predictions"] == ["not-in-gold"]
    assert "not-in-gold" not in scores["documents"]
    assert scores["corpus"]["events"]["f1"] == 1.0


def test_changed_text_is_warned(tmp_path: Path, docs: dict[str, Doc]) -> None:
    docs[SEED]["text"] = docs[SEED]["text"].replace("\u201c", '"')
    warnings = score(tmp_path, docs)["warnings"]
    assert any(SEED in w and "sha256" in w for w in warnings)


def test_empty_layers_score_one_and_unmatched_accuracy_zero(
    tmp_path: Path, docs: dict[str, Doc]
) -> None:
    doc_id = "dev-belarus-counter-sanctions-2020-10"  # no gold pairs
    assert score(tmp_path, docs)["documents"][doc_id]["pairs"]["f1"] == 1.0
    docs[SEED]["timexes"] = []
    metrics = score(tmp_path, docs)
    assert metrics["documents"][SEED]["timexes"]["value_accuracy"] == 0.0


# ---------------------------------------------------------------- thresholds and main


def test_thresholds_pass_and_fail(tmp_path: Path, docs: dict[str, Doc]) -> None:
    thresholds = load_thresholds(THRESHOLDS)
    assert thresholds["documents"][SEED]["pairs.recall"] == 1.0
    assert check_thresholds(score(tmp_path, docs), thresholds) == []
    docs[SEED]["pairs"] = []
    failures = check_thresholds(score(tmp_path, docs), thresholds)
    assert failures == [f"{SEED}: pairs.recall = 0.000 < 1.000"]


def test_uncheckable_thresholds_fail(tmp_path: Path, docs: dict[str, Doc]) -> None:
    scores = score(tmp_path, docs)
    thresholds = {"corpus": {"events.f2": 0.1}, "documents": {"nope": {"events.f1": 0.1}}}
    failures = check_thresholds(scores, thresholds)
    assert len(failures) == 2
    assert "no such metric" in failures[0] and "not scored" in failures[1]


def test_malformed_thresholds_rejected(tmp_path: Path) -> None:
    path = tmp_path / "t.toml"
    path.write_text('[corpus]\n"events.f1" = 7\n', encoding="utf-8")
    with pytest.raises(ValueError):
        load_thresholds(path)
    path.write_text('[corpus]\n"f1" = 0.5\n', encoding="utf-8")
    with pytest.raises(ValueError):
        load_thresholds(path)


def test_main_exit_status_and_json(
    tmp_path: Path, docs: dict[str, Doc], capsys: pytest.CaptureFixture[str]
) -> None:
    run = write_run(tmp_path, docs)
    out = tmp_path / "scores.json"
    assert main(run, GOLD_DIR, THRESHOLDS, out) == 0
    text = out.read_text(encoding="utf-8")
    assert text == json.dumps(json.loads(text), sort_keys=True, indent=1) + "\n"
    printed = capsys.readouterr().out
    assert "corpus" in printed and SEED in printed and "\x1b[" not in printed

    docs[SEED]["events"] = []
    assert main(write_run(tmp_path, docs), GOLD_DIR, THRESHOLDS, None) == 1
    assert "events.f1" in capsys.readouterr().out
    assert main(tmp_path / "absent", GOLD_DIR, None, None) == 2


def test_table_lists_layers_and_documents(tmp_path: Path, docs: dict[str, Doc]) -> None:
    table = format_table(score(tmp_path, docs))
    for name in ("sentences", "entities", "timexes", "events", "claims", "pairs", *docs):
        assert name in table
    widths = {len(line) for line in table.splitlines() if line.startswith("pairs")}
    assert len(widths) == 1


# ---------------------------------------------------------------- development / validation


def test_split_reports_parts_and_gap(tmp_path: Path, docs: dict[str, Doc]) -> None:
    split = tmp_path / "SPLIT.md"
    split.write_text(f"Some prose.\n\nValidation:\n- {SEED}\n\nDevelopment: the rest.\n",
                     encoding="utf-8")
    docs[SEED]["events"] = []
    scores = evaluate_dirs(write_run(tmp_path, docs), GOLD_DIR, split)
    assert scores["counts"]["parts"]["validation"]["documents"] == [SEED]
    assert scores["parts"]["validation"]["events"]["recall"] == 0.0
    assert scores["parts"]["development"]["events"]["f1"] == 1.0
    thresholds = {"gap": {"events.f1": 0.1}, "parts": {"validation": {"events.f1": 0.5}}}
    failures = check_thresholds(scores, thresholds)
    assert len(failures) == 2 and failures[0].startswith("validation part: events.f1")
    assert "development - validation" in format_table(scores)
    others = [d for d in docs if d != SEED]
    shown = format_table(scores, "development")
    assert f"document {SEED}" not in shown and "validation part" in shown
    assert all(f"document {d}" in shown for d in others)
    assert "document " not in format_table(scores, "none")
    assert f"document {SEED}" in format_table(scores, "all")


def test_blind_view_prints_development_alone(tmp_path: Path, docs: dict[str, Doc],
                                             capsys: pytest.CaptureFixture[str]) -> None:
    """``blind``: the development part and its documents, no block from which validation
    could be read (corpus, validation part, gap), and a failed threshold named without the
    value measured."""
    from pipeline.evaluation.evaluate import main as evaluate_main

    split = tmp_path / "SPLIT.md"
    split.write_text(f"Validation:\n- {SEED}\n", encoding="utf-8")
    docs[SEED]["events"] = []
    pred = write_run(tmp_path, docs)
    shown = format_table(evaluate_dirs(pred, GOLD_DIR, split), "blind")
    assert shown.startswith("development part")
    assert "validation" not in shown and "corpus (" not in shown
    assert f"document {SEED}" not in shown
    assert all(f"document {d}" in shown for d in docs if d != SEED)
    thresholds = tmp_path / "thresholds.toml"
    thresholds.write_text('[parts.validation]\n"events.f1" = 0.5\n', encoding="utf-8")
    assert evaluate_main(pred, GOLD_DIR, thresholds, None, split, "blind") == 1
    out = capsys.readouterr().out
    assert "events.f1" in out and "0.000" not in out and "< 0.500" not in out
    assert evaluate_main(pred, GOLD_DIR, thresholds, None, split, "all") == 1
    assert "0.000 < 0.500" in capsys.readouterr().out


def test_split_file_without_validation_list_is_an_error(tmp_path: Path) -> None:
    split = tmp_path / "SPLIT.md"
    split.write_text("Validation: none yet.\n", encoding="utf-8")
    with pytest.raises(ValueError, match="SPLIT.md"):
        read_validation_ids(split)


def test_stance_kind_scores_count_spurious_and_missed():
    """Per-kind precision counts claims predicted where gold has none (the NONE row);
    recall counts gold claims not found (the NONE column)."""
    from pipeline.evaluation.bench_stance import kind_scores

    confusion = {
        "denial": {"denial": 3, "statement": 1, "NONE": 1},
        "statement": {"statement": 2},
        "NONE": {"denial": 1},
    }
    scores = kind_scores(confusion)
    assert set(scores) == {"denial", "statement"}
    assert scores["denial"]["precision"] == 3 / 4
    assert scores["denial"]["recall"] == 3 / 5
    assert abs(scores["statement"]["precision"] - 2 / 3) < 1e-5
    assert scores["statement"]["recall"] == 1.0
