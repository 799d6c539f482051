"""Cross-article pairing (logic: pipeline/stages/claims/across.py; files:
pipeline/batch/cross_pairs.py): denials in one article matched with
claims of other articles of the same run, from the finished records only."""

from __future__ import annotations

import json
import random

import pandas as pd
import pytest

from pipeline.batch.cross_pairs import read_cross_pairs, write_cross_pairs
from pipeline.cli import main as cli_main
from pipeline.schema import CROSS_PAIR_COLUMNS
from pipeline.stages.claims.across import cross_pairs, load_config


def _doc(doc_id, dct, sentences, pairs=()):
    """A document record from ``(kind, speaker, speaker_code, target, content, codes)``
    claims, one per sentence; ``codes`` maps a word of the content to an actor code."""
    text, claims, entities = "", [], []
    for i, (kind, speaker, code, target, content, codes) in enumerate(sentences, start=1):
        head = f"{speaker} said "
        start = len(text) + len(head)
        text += head + content + ". "
        for word, actor in (codes or {}).items():
            at = text.index(word, start)
            entities.append({"id": f"n{len(entities) + 1}", "start": at, "end": at + len(word),
                             "text": word, "label": "GPE",
                             "actor": {"code": actor, "sector": None}})
        claims.append({
            "id": f"c{i}", "sentence": i - 1, "kind": kind,
            "speaker": {"start": len(text) - len(head) - len(content) - 2,
                        "end": len(text) - len(head) - len(content) - 2 + len(speaker),
                        "text": speaker, "actor": code},
            "cue": None, "content": {"start": start, "end": start + len(content),
                                     "text": content},
            "target": target, "events": [],
        })
    return {"doc_id": doc_id, "dct": dct, "text": text, "entities": entities, "events": [],
            "claims": claims, "pairs": [{"claim": c, "denial": d, "score": 1.0, "evidence": []}
                                        for c, d in pairs]}


# probe sentences written for these tests (no corpus text)
ACCUSATION = ("accusation", "Accra", "GHA", "TGO",
              "Togo sent police units across the border to detain Ghanaian traders",
              {"Togo": "TGO", "Ghanaian": "GHA"})
DENIAL = ("denial", "Lome", "TGO", None,
          "stories of Togolese police units detaining Ghanaian traders",
          {"Togolese": "TGO", "Ghanaian": "GHA"})


@pytest.fixture(scope="module")
def cfg():
    return load_config()


def test_denial_paired_with_accusation_of_another_article(cfg):
    found = cross_pairs([_doc("a", "2023-09-04", [ACCUSATION]),
                         _doc("b", "2023-09-07", [DENIAL])], cfg)
    assert [(p["claim_doc_id"], p["claim_id"], p["denial_doc_id"], p["denial_id"])
            for p in found] == [("a", "c1", "b", "c1")]
    evidence = found[0]["evidence"]
    assert "denier-is-target:TGO" in evidence
    assert any(e.startswith("dates:2023-09-04..2023-09-07:3d") for e in evidence)
    overlap = next(e for e in evidence if e.startswith("content-overlap:"))
    assert "unit" in overlap and "trader" in overlap and "togolese" not in overlap


def test_denial_dated_before_the_claim_is_not_paired(cfg):
    assert cross_pairs([_doc("a", "2023-09-10", [ACCUSATION]),
                        _doc("b", "2023-09-07", [DENIAL])], cfg) == []


def test_undated_articles_pair_and_say_so(cfg):
    undated = cross_pairs([_doc("a", None, [ACCUSATION]), _doc("b", None, [DENIAL])], cfg)
    assert len(undated) == 1 and "dates:unknown" in undated[0]["evidence"]
    late = cross_pairs([_doc("a", "2021-01-04", [ACCUSATION]),
                        _doc("b", "2023-09-07", [DENIAL])], cfg)
    assert late == []  # beyond max_days the denial answers something else


def test_denier_must_be_the_accused(cfg):
    other = ("denial", "Cotonou", "BEN", None, DENIAL[4], {"Ghanaian": "GHA"})
    assert cross_pairs([_doc("a", "2023-09-04", [ACCUSATION]),
                        _doc("b", "2023-09-07", [other])], cfg) == []


def test_same_article_and_unrelated_content_are_not_cross_pairs(cfg):
    assert cross_pairs([_doc("a", "2023-09-04", [ACCUSATION, DENIAL])], cfg) == []
    unrelated = ("denial", "Lome", "TGO", None, "talk of a currency devaluation", {})
    assert cross_pairs([_doc("a", "2023-09-04", [ACCUSATION]),
                        _doc("b", "2023-09-07", [unrelated])], cfg) == []


def test_anaphoric_denial_speaks_through_its_local_pair(cfg):
    """'Lome denied these allegations' says nothing by itself; the accusation it is
    paired with in its own article says what was denied."""
    local = ("accusation", "Ghana's police", "GHA", "TGO",
             "Togolese police units detained traders near the border post",
             {"Togolese": "TGO"})
    bare = ("denial", "Lome", "TGO", None, "these allegations", {})
    alone = cross_pairs([_doc("a", "2023-09-04", [ACCUSATION]),
                         _doc("b", "2023-09-07", [bare])], cfg)
    linked = cross_pairs([_doc("a", "2023-09-04", [ACCUSATION]),
                          _doc("b", "2023-09-07", [local, bare], pairs=[("c1", "c2")])], cfg)
    assert alone == []
    assert [(p["claim_doc_id"], p["denial_id"]) for p in linked] == [("a", "c2")]
    assert "local-pair:c1" in linked[0]["evidence"]


def test_a_charge_of_another_act_is_not_answered(cfg):
    """The same accused, but another act: the denial of detentions does not answer a
    charge of dumping waste in a river (no event family, no content word shared)."""
    other_act = ("accusation", "Accra", "GHA", "TGO",
                 "Togo dumped mining waste into the Volta river", {"Togo": "TGO"})
    assert cross_pairs([_doc("a", "2023-09-04", [other_act]),
                        _doc("b", "2023-09-07", [DENIAL])], cfg) == []


def test_every_answered_claim_pairs_and_order_is_independent_of_input(cfg):
    """Many to many, as inside an article: the denial answers both charges of article a
    and the one of article c."""
    docs = [_doc("a", "2023-09-04", [ACCUSATION, ACCUSATION]),
            _doc("c", "2023-09-05", [ACCUSATION]),
            _doc("b", "2023-09-07", [DENIAL])]
    expected = cross_pairs(docs, cfg)
    assert [(p["claim_doc_id"], p["claim_id"]) for p in expected] == \
        [("a", "c1"), ("a", "c2"), ("c", "c1")]
    for seed in range(3):
        shuffled = docs[:]
        random.Random(seed).shuffle(shuffled)
        assert cross_pairs(shuffled, cfg) == expected


def test_write_cross_pairs_tables(tmp_path, settings):
    docs = [_doc("a", "2023-09-04", [ACCUSATION]), _doc("b", "2023-09-07", [DENIAL])]
    (tmp_path / "documents.jsonl").write_text(
        "".join(json.dumps(d) + "\n" for d in docs) + "not json\n", encoding="utf-8")
    assert write_cross_pairs(tmp_path, settings) == 1
    frame = pd.read_csv(tmp_path / "cross_pairs.csv")
    assert list(frame.columns) == CROSS_PAIR_COLUMNS
    assert frame.loc[0, "claim_doc_id"] == "a" and frame.loc[0, "denial_doc_id"] == "b"
    assert "denier-is-target:TGO" in frame.loc[0, "evidence"].split(";")
    lines = (tmp_path / "cross_pairs.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["denial_id"] for line in lines] == ["c1"]


def test_pairs_command_lists_the_pairs(tmp_path, capsys):
    docs = [_doc("acc-doc", "2023-09-04", [ACCUSATION]),
            _doc("den-doc", "2023-09-07", [DENIAL])]
    (tmp_path / "documents.jsonl").write_text(
        "".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    assert cli_main(["pairs", str(tmp_path)]) == 0
    shown = capsys.readouterr().out
    assert "acc-doc" in shown and "den-doc" in shown and "(1)" in shown
    assert (tmp_path / "cross_pairs.csv").exists()
    assert cli_main(["pairs", str(tmp_path / "missing")]) == 2


def test_corpus_denial_paired_across_articles(corpus_run, settings):
    """Tehran's denial of 'these allegations' (the seed article) answers the drone
    accusation of US and NATO officials reported months earlier in another article."""
    out, _ = corpus_run
    written = (out / "cross_pairs.jsonl").read_bytes()  # `run` pairs across articles itself
    assert write_cross_pairs(out, settings) >= 1
    assert (out / "cross_pairs.jsonl").read_bytes() == written
    pairs = read_cross_pairs(out)
    for pair in pairs:
        assert pair["claim_doc_id"] != pair["denial_doc_id"]
        if pair["claim_dct"] and pair["denial_dct"]:
            assert pair["claim_dct"] <= pair["denial_dct"]
    seed = [p for p in pairs if p["denial_doc_id"] == "russia-iran-military-2023-08"]
    assert any(p["claim_target"] == "IRN" and "drone" in p["claim_text"] for p in seed)


def _with_act(record, claim_index, etype, actors):
    """Give a record's claim one told event (type and doers), as the events stage would."""
    event_id = f"e{len(record['events']) + 1}"
    record["events"].append({"id": event_id, "type": etype, "actors": list(actors),
                             "recipients": []})
    record["claims"][claim_index]["events"] = [event_id]
    return record


def test_every_doer_a_charge_names_is_answered(cfg):
    """"X accused Togo and Benin of ...": the target is the first named, but Benin is
    charged too and its denial answers; a party the charge does not name does not."""
    both = ("accusation", "Accra", "GHA", "TGO",
            "Togo and Benin sent police units across the border to detain Ghanaian traders",
            {"Togo": "TGO", "Benin": "BEN", "Ghanaian": "GHA"})
    benin = ("denial", "Cotonou", "BEN", None,
             "stories of Beninese police units detaining Ghanaian traders",
             {"Beninese": "BEN", "Ghanaian": "GHA"})
    nigeria = ("denial", "Abuja", "NGA", None,
               "stories of Nigerian police units detaining Ghanaian traders",
               {"Nigerian": "NGA", "Ghanaian": "GHA"})
    charge = _with_act(_doc("a", "2023-09-04", [both]), 0, "ASSAULT", ["TGO", "BEN"])
    found = cross_pairs([charge, _doc("b", "2023-09-07", [benin]),
                         _doc("c", "2023-09-07", [nigeria])], cfg)
    assert [(p["denial_doc_id"], p["evidence"][0]) for p in found] == [
        ("b", "denier-among-accused:BEN")]
    # without the told act only the target is known to be charged
    assert cross_pairs([_doc("a", "2023-09-04", [both]),
                        _doc("b", "2023-09-07", [benin])], cfg) == []


def test_a_denial_naming_the_accuser_needs_one_shared_word(cfg):
    """"Ghanaian claims about the market": the charge answered is Ghana's, so one word
    of its act suffices; without the accuser named, or with no word shared, none."""
    charge = ("accusation", "Accra", "GHA", "TGO",
              "Togo sent police units to detain traders at the market", {"Togo": "TGO"})

    def paired(content, codes):
        denial = ("denial", "Lome", "TGO", None, content, codes)
        return cross_pairs([_doc("a", "2023-09-04", [charge]),
                            _doc("b", "2023-09-07", [denial])], cfg)

    named = paired("Ghanaian claims about the market", {"Ghanaian": "GHA"})
    assert len(named) == 1 and "accuser-named:GHA" in named[0]["evidence"]
    assert paired("the rumours about the market", {}) == []
    assert paired("Ghanaian claims about the currency", {"Ghanaian": "GHA"}) == []
    assert paired("Nigerian claims about the market", {"Nigerian": "NGA"}) == []


def test_a_denial_telling_no_act_denies_what_its_partys_denials_deny(cfg):
    """"Lome denied the stories ... It was nothing of the kind": the bare denial answers
    what the party's other denial in the article answers; alone it answers nothing."""
    bare = ("denial", "Lome", "TGO", None, "nothing of the kind", {})
    together = cross_pairs([_doc("a", "2023-09-04", [ACCUSATION]),
                            _doc("b", "2023-09-07", [DENIAL, bare])], cfg)
    assert [p["denial_id"] for p in together] == ["c1", "c2"]
    assert cross_pairs([_doc("a", "2023-09-04", [ACCUSATION]),
                        _doc("b", "2023-09-07", [bare])], cfg) == []


def test_a_denial_telling_its_own_act_keeps_it(cfg):
    """A second denial of another act (selling rifles) by the same party does not take
    the first one's act (detaining traders) and answer the charge of detentions."""
    rifles = ("denial", "Lome", "TGO", None,
              "Togo never sold rifles to rebel groups", {"Togo": "TGO"})
    charge = _with_act(_doc("a", "2023-09-04", [ACCUSATION]), 0, "ASSAULT", ["TGO"])
    answer = _with_act(_doc("b", "2023-09-07", [DENIAL, rifles]), 1, "AID", ["TGO"])
    assert [p["denial_id"] for p in cross_pairs([charge, answer], cfg)] == ["c1"]


@pytest.mark.parametrize(("first", "second", "denial"), [
    (("accusation", "Accra", "GHA", "TGO", "Togo police had raided the Aflao market",
      {"Togo": "TGO"}),
     ("accusation", "Accra", "GHA", "TGO", "orders for such raids came from Lome",
      {"Lome": "TGO"}),
     ("denial", "Lome", "TGO", None, "Ghanaian claims about the market",
      {"Ghanaian": "GHA"})),
    (("accusation", "Nairobi", "KEN", "SOM", "Somali gunmen had shelled the police post",
      {"Somali": "SOM"}),
     ("accusation", "Nairobi", "KEN", "SOM", "the shelling was ordered by Mogadishu",
      {"Mogadishu": "SOM"}),
     ("denial", "Mogadishu", "SOM", None, "Kenyan claims about the police post",
      {"Kenyan": "KEN"})),
])
def test_an_accusers_claim_going_on_about_its_act_takes_its_words(cfg, first, second,
                                                                  denial):
    """"X said ... raided the market. X said orders for such raids came from Lome": the
    second claim tells the first one's act (same speaker, same family, next sentence),
    so a denial of the market raid answers both; said by another party, only the first."""
    def answered(later):
        charges = _doc("a", "2023-09-04", [first, later])
        for index in (0, 1):
            _with_act(charges, index, "ASSAULT", [first[3]])
        found = cross_pairs([charges, _doc("b", "2023-09-07", [denial])], cfg)
        return [p["claim_id"] for p in found]

    assert answered(second) == ["c1", "c2"]
    other = ("accusation", "Abuja", "NGA", *second[3:])
    assert answered(other) == ["c1"]
