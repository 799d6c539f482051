"""``show DOC_ID --out DIR``: one article's records as terminal tables."""

from __future__ import annotations

import json

from rich.console import Console

from pipeline.cli import main as cli_main
from pipeline.view.show import main as show_main


def _docs(out):
    with open(out / "documents.jsonl", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def test_show_prints_every_layer_of_the_article(corpus_run):
    out, _ = corpus_run
    doc = max(_docs(out), key=lambda d: len(d["events"]))
    console = Console(record=True, width=220, color_system=None)
    assert show_main(doc["doc_id"], out, console=console) == 0
    text = console.export_text()
    for title in ("Events", "Claims", "Denial \u2192 claim pairs", "Entities", "Timexes"):
        assert title in text
    for ev in doc["events"]:
        assert f" {ev['id']} " in text and ev["type"] in text
    for cl in doc["claims"]:
        assert f" {cl['id']} " in text
    for n in doc["entities"]:
        assert n["text"] in text
    assert f"Events ({len(doc['events'])})" in text


def test_show_narrow_terminal_keeps_codes_whole(corpus_run):
    out, _ = corpus_run
    doc = _docs(out)[0]
    console = Console(record=True, width=90, color_system=None)
    assert show_main(doc["doc_id"], out, console=console) == 0
    text = console.export_text()
    for ev in doc["events"]:
        assert ev["type"] in text  # not folded into one letter per line


def test_unknown_doc_id_exits_2_and_suggests(corpus_run, capsys):
    out, _ = corpus_run
    doc_id = _docs(out)[0]["doc_id"]
    assert cli_main(["show", doc_id[:-3], "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "no article" in err and doc_id in err


def test_cli_show(corpus_run, capsys):
    out, _ = corpus_run
    doc = _docs(out)[0]
    assert cli_main(["show", doc["doc_id"], "--out", str(out), "--sentences"]) == 0
    printed = capsys.readouterr().out
    assert "Sentences" in printed and doc["doc_id"] in printed
