"""``bench entities`` (pipeline/evaluation/bench_entities.py): entity probes written as JSONL
are placed left to right as whole words by the stance probe reader, a string that cannot be
placed names file, line and string, and the figures are ``evaluate``'s own.  The probe
texts are written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

from pipeline.batch.run import process
from pipeline.evaluation.bench_entities import bench_entities, entity_errors, entity_gold
from pipeline.evaluation.evaluate import evaluate_dirs
from pipeline.evaluation.probes import ProbeError, iter_probes
from pipeline.schema import document_record

KHARTOUM = {
    "id": "t-sdn", "dct": "2024-03-05",
    "text": ("Sudan army says it retook radio building\n"
             "KHARTOUM, March 5 (Reuters) - The Sudanese Armed Forces said on Tuesday they "
             "had retaken the state broadcaster's building in Omdurman from the Rapid Support "
             "Forces. Gen. Abdel Fattah al-Burhan visited the site, the army said. "
             "Sudan's neighbours, Chad among them, called for calm."),
    "sentences": ["Sudan army says", "KHARTOUM, March", "Gen. Abdel", "Sudan's neighbours"],
    "entities": [
        {"text": "Sudan", "label": "GPE", "code": "SDN", "sector": None},
        {"text": "KHARTOUM", "label": "GPE", "code": "SDN", "sector": None},
        {"text": "Reuters", "label": "ORG", "code": "GBR", "sector": "MED"},
        {"text": "Sudanese Armed Forces", "label": "ORG", "code": "SDN", "sector": "MIL"},
        {"text": "Omdurman", "label": "GPE", "code": "SDN", "sector": None},
        {"text": "Rapid Support Forces", "label": "ORG", "code": "SDN", "sector": "REB"},
        {"text": "Abdel Fattah al-Burhan", "label": "PERSON", "code": "SDN", "sector": "MIL"},
        {"text": "Sudan", "label": "GPE", "code": "SDN", "sector": None},
        {"text": "Chad", "label": "GPE", "code": "TCD", "sector": None},
    ],
}

RED_SEA = {
    "id": "t-red", "dct": "2024-01-12",
    "text": "A tanker was hit in the Red Sea. The Houthis said they fired the missile.",
    "sentences": ["A tanker", "The Houthis"],
    "entities": [
        {"text": "Red Sea", "label": "LOC", "code": None, "sector": None},
        {"text": "Houthis", "label": "ORG", "code": "HOUTHI", "sector": None},
    ],
}


def _write(path: Path, *records: dict) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_entities_are_placed_left_to_right_as_whole_words() -> None:
    gold = entity_gold(KHARTOUM, "probe")
    text = KHARTOUM["text"]
    for entity in gold["entities"]:
        assert text[entity["start"]:entity["end"]] == entity["text"]
    sudan = [e["start"] for e in gold["entities"] if e["text"] == "Sudan"]
    # the second 'Sudan' is searched after the previous entity, not from the start
    assert sudan == [0, text.index("Sudan's")]
    # 'Sudan' is never found inside 'Sudanese'
    assert text.index("Sudanese") not in sudan
    assert gold["entities"][4]["actor"] == {"code": "SDN", "sector": None}
    assert gold["sentences"][1]["start"] == text.index("KHARTOUM")
    assert gold["sentences"][0]["end"] == text.index("\n")
    red = entity_gold(RED_SEA, "probe")
    assert red["entities"][0]["actor"] is None


def test_nth_places_an_entity_out_of_order() -> None:
    record = dict(RED_SEA, text="Aden said the Red Sea attack was the second in the Red Sea.",
                  sentences=["Aden said"],
                  entities=[{"text": "Red Sea", "label": "LOC", "code": None, "nth": 2},
                            {"text": "Aden", "label": "GPE", "code": "YEM", "sector": None,
                             "nth": 1}])
    gold = entity_gold(record, "probe")
    assert gold["entities"][0]["start"] == record["text"].rindex("Red Sea")
    assert gold["entities"][1]["start"] == 0


def test_a_string_not_in_the_text_names_file_line_and_string(tmp_path: Path) -> None:
    wrong = json.loads(json.dumps(KHARTOUM))
    wrong["entities"][3]["text"] = "Sudanese Army"
    path = _write(tmp_path / "names.jsonl", RED_SEA, wrong)
    with pytest.raises(ProbeError, match=r"names\.jsonl:2: entity 4: string 'Sudanese Army'"):
        list(iter_probes(path, entity_gold))


def test_an_entity_listed_out_of_order_is_an_error() -> None:
    wrong = json.loads(json.dumps(RED_SEA))
    wrong["entities"].reverse()
    with pytest.raises(ProbeError, match="after the previous entity"):
        entity_gold(wrong, "probe")


def test_figures_are_those_of_evaluate(tmp_path: Path, nlp: Language) -> None:
    path = _write(tmp_path / "names.jsonl", KHARTOUM, RED_SEA)
    pred_dir, gold_dir = tmp_path / "run", tmp_path / "gold"
    pred_dir.mkdir()
    gold_dir.mkdir()
    lines = []
    for article, gold in iter_probes(path, entity_gold):
        lines.append(json.dumps(document_record(process(nlp, article))))
        (gold_dir / f"{article.doc_id}.json").write_text(json.dumps(gold), "utf-8")
    (pred_dir / "documents.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    corpus = evaluate_dirs(pred_dir, gold_dir)["corpus"]
    errors: list[str] = []
    result = bench_entities(path, nlp, errors)
    assert result["texts"] == 2
    assert result["sentences"] == corpus["sentences"]
    assert result["entities"] == corpus["entities"]
    # every error line names its text; a perfect layer has none of its kind
    assert all(line.split(":")[0] in {"t-sdn", "t-red"} for line in errors)


def test_error_lines_say_what_differs() -> None:
    gold = entity_gold(RED_SEA, "probe")
    pred = {"sentences": gold["sentences"][:1] + [{"start": 33, "end": 44}],
            "entities": [dict(gold["entities"][1], actor={"code": "YEM", "sector": None}),
                         {"start": 2, "end": 8, "text": "tanker", "label": "ORG",
                          "actor": None}]}
    lines = entity_errors("t-red", RED_SEA["text"], pred, gold)
    assert "t-red: sentence missed 'The Houthis said they fired the missile.'" in lines
    assert any(line.startswith("t-red: sentence predicted") for line in lines)
    assert "t-red: coded 'Houthis' ORG YEM/None, gold 'Houthis' ORG HOUTHI/None" in lines
    assert "t-red: missed 'Red Sea' LOC None/None" in lines
    assert "t-red: extra 'tanker' ORG None/None" in lines
