"""Stance probes written as JSONL (pipeline/evaluation/probes.py): spans given as strings
are placed in the text as an annotator means them, a string absent from the text is a
clear error, and ``bench stance`` scores a JSONL file exactly as the folder form.  The
probe texts are written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

from pipeline.evaluation.bench_stance import bench_stance
from pipeline.evaluation.probes import ProbeError, iter_probes, probe_gold

DENIAL = {
    "id": "t-den", "dct": "2024-02-01",
    "text": ("Eritrea's information minister said on Monday that Eritrean troops had not "
             "crossed into Tigray. Addis Ababa said the troops had crossed the border twice, "
             "he said."),
    "sentences": ["Eritrea's information", "Addis Ababa said"],
    "claims": [
        {"id": "c1", "speaker": "Eritrea's information minister", "speaker_actor": "ERI",
         "resolved": None, "cue": "said",
         "content": "Eritrean troops had not crossed into Tigray", "kind": "denial",
         "target": None, "optional": False},
        {"id": "c2", "speaker": "Addis Ababa", "speaker_actor": "ETH", "resolved": None,
         "cue": "said", "content": "the troops had crossed the border twice",
         "kind": "accusation", "target": "ERI", "optional": False},
        {"id": "c3", "speaker": "he", "speaker_actor": "ERI", "resolved": "the minister",
         "cue": "said", "content": "Addis Ababa said the troops had crossed the border twice",
         "kind": "statement", "target": None, "optional": True, "nth": {"cue": 3}},
    ],
    "pairs": [["c2", "c1"]],
}

QUOTE = {
    "id": "t-quote", "dct": "2024-02-02",
    "text": ('"We did not fire first," the commander said. "Our positions were shelled."'),
    "sentences": ['"We did not', '"Our positions'],
    "claims": [
        {"id": "c1", "speaker": "the commander", "speaker_actor": None, "resolved": None,
         "cue": "said", "content": "We did not fire first,", "kind": "denial",
         "target": None, "optional": False},
        {"id": "c2", "speaker": None, "speaker_actor": None, "resolved": "the commander",
         "cue": None, "content": "Our positions were shelled.", "kind": "statement",
         "target": None, "optional": False},
    ],
    "pairs": [],
}


def _span(text: str, span: dict | None) -> str | None:
    return None if span is None else text[span["start"]:span["end"]]


def test_strings_are_placed_where_the_annotator_means_them() -> None:
    gold = probe_gold(DENIAL, "probe")
    text = DENIAL["text"]
    first, second = text.index("Addis"), text.rindex("he said")
    assert gold["sentences"] == [{"start": 0, "end": first - 1},
                                 {"start": first, "end": len(text)}]
    c1, c2, c3 = gold["claims"]
    # a claim's cue is searched after its speaker: the second 'said' for c2
    assert c2["cue"]["start"] == text.index("said", first)
    assert c2["sentence"] == 1 and c1["sentence"] == 0
    # 'he' is a word, not the end of 'the'; nth picks the third 'said'
    assert c3["speaker"]["start"] == second
    assert c3["cue"]["start"] == second + 3
    assert c3["speaker"]["resolved"] == "the minister" and c3["resolved_speaker"] is None
    for claim in gold["claims"]:
        for field in ("speaker", "cue", "content"):
            assert _span(text, claim[field]) == claim[field]["text"]
    assert gold["pairs"] == [{"claim": "c2", "denial": "c1", "optional": False}]


def test_a_claim_without_speaker_keeps_its_resolved_speaker() -> None:
    gold = probe_gold(QUOTE, "probe")
    run_on = gold["claims"][1]
    assert run_on["speaker"] is None and run_on["cue"] is None
    assert run_on["resolved_speaker"] == {"resolved": "the commander", "actor": None}
    assert run_on["sentence"] == 1


def test_a_string_not_in_the_text_names_file_line_and_string(tmp_path: Path) -> None:
    wrong = json.loads(json.dumps(DENIAL))
    wrong["claims"][1]["cue"] = "claimed"
    path = tmp_path / "probes.jsonl"
    path.write_text(json.dumps(QUOTE) + "\n" + json.dumps(wrong) + "\n", encoding="utf-8")
    with pytest.raises(ProbeError, match=r"probes\.jsonl:2: claim c2 cue: string 'claimed'"):
        list(iter_probes(path))


def test_a_pair_must_name_claims_of_its_record() -> None:
    wrong = dict(DENIAL, pairs=[["c2", "c9"]])
    with pytest.raises(ProbeError, match="pair"):
        probe_gold(wrong, "probe")


def test_jsonl_and_folder_forms_score_the_same(tmp_path: Path, nlp: Language) -> None:
    path = tmp_path / "probes.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in (DENIAL, QUOTE)), encoding="utf-8")
    folder = tmp_path / "folder"
    (folder / "articles").mkdir(parents=True)
    (folder / "gold").mkdir()
    for article, gold in iter_probes(path):
        (folder / "articles" / f"{article.doc_id}.txt").write_text(article.text, "utf-8")
        meta = {"id": article.doc_id, "published": article.dct}
        (folder / "articles" / f"{article.doc_id}.meta.json").write_text(json.dumps(meta))
        (folder / "gold" / f"{article.doc_id}.json").write_text(json.dumps(gold), "utf-8")
    from_file, from_folder = bench_stance(path, nlp), bench_stance(folder, nlp)
    assert from_file["texts"] == 2
    assert from_file == from_folder


def test_stance_errors_name_kind_misses_extras_and_pairs() -> None:
    """``bench stance --errors``: a denial found as a statement is one kind error, not a
    miss and an extra; a claim found nowhere is missed, one found where gold has none is
    extra; a gold pair not found is listed."""
    from pipeline.evaluation.stance_errors import claim_errors

    gold = probe_gold(DENIAL, "probe:1")
    found = [dict(c) for c in gold["claims"] if c["id"] != "c3"]
    found[0] = {**found[0], "id": "p1", "kind": "statement"}
    found[1] = {**found[1], "id": "p2"}
    extra = {**found[1], "id": "p3", "cue": None,
             "content": {**found[1]["content"], "start": 0, "end": 7, "text": "Eritrea"}}
    pred = {"sentences": gold["sentences"], "claims": [found[0], extra], "pairs": []}
    lines = claim_errors("t-den", pred, gold)
    assert any(line.startswith("t-den: kind statement for gold denial") for line in lines)
    assert any(line.startswith("t-den: missed accusation") for line in lines)
    assert any(line.startswith("t-den: extra accusation") for line in lines)
    assert any(line.startswith("t-den: missed pair denial") for line in lines)
    assert len(lines) == 4, lines
