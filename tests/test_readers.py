"""Readers: folders, .jsonl, metadata, and bad input reported with file and line."""

from __future__ import annotations

import json

from pipeline.batch.readers import InputProblem, iter_articles, parse_dct


def _read(paths, dct=None):
    problems: list[InputProblem] = []
    articles = list(iter_articles(paths, dct, problems))
    return articles, problems


def test_folder_with_meta_and_text_kept_exactly(tmp_path):
    raw = "  “Quoted” text\r\nwith CRLF and trailing space \n"
    (tmp_path / "a.txt").write_bytes(raw.encode("utf-8"))
    (tmp_path / "a.meta.json").write_text(json.dumps({"id": "A1", "published": "2023-08-24"}))
    (tmp_path / "b.txt").write_text("Second article.", encoding="utf-8")
    articles, problems = _read([tmp_path], dct="2020-01-01")
    assert [a.doc_id for a in articles] == ["A1", "b"]
    assert articles[0].text == raw  # never stripped or normalised
    assert articles[0].dct == "2023-08-24"
    assert articles[1].dct == "2020-01-01"  # --dct fallback
    assert problems == []


def test_jsonl_bad_lines_reported_with_line_numbers(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text(
        '{"id": "x", "text": "Fine.", "published": "2021-05-28T10:00:00Z"}\n'
        "{not json\n"
        '{"id": "y"}\n'
        '{"id": "z", "text": "Also fine."}\n',
        encoding="utf-8",
    )
    articles, problems = _read([path])
    assert [a.doc_id for a in articles] == ["x", "z"]
    assert articles[0].dct == "2021-05-28"
    assert articles[1].dct is None
    assert [(p.line, p.severity) for p in problems] == [(2, "error"), (3, "error")]
    assert all(p.source == str(path) for p in problems)


def test_binary_empty_missing_and_bad_utf8(tmp_path):
    (tmp_path / "bin.txt").write_bytes(b"abc\x00def")
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    (tmp_path / "latin.txt").write_bytes("Caf\xe9 opens.".encode("latin-1"))
    articles, problems = _read([tmp_path, tmp_path / "missing"])
    assert [a.doc_id for a in articles] == ["latin"]
    assert "\ufffd" in articles[0].text
    reasons = {(p.source.rsplit("/", 1)[-1], p.severity): p.reason for p in problems}
    assert "binary" in reasons[("bin.txt", "error")]
    assert "empty" in reasons[("empty.txt", "error")]
    assert "UTF-8" in reasons[("latin.txt", "warning")]
    assert "no such file" in reasons[("missing", "error")]


def test_unparseable_meta_and_date_are_warnings(tmp_path):
    (tmp_path / "a.txt").write_text("Text.", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text('{"published": "last week"}', encoding="utf-8")
    (tmp_path / "b.txt").write_text("Text.", encoding="utf-8")
    (tmp_path / "b.meta.json").write_text('{"id": "b",\n "published": ', encoding="utf-8")
    articles, problems = _read([tmp_path])
    assert [a.dct for a in articles] == [None, None]
    assert [p.severity for p in problems] == ["warning", "warning"]
    assert problems[1].line == 2


def test_parse_dct():
    assert parse_dct("2023-02-29") is None
    assert parse_dct("2024-02-29") == "2024-02-29"
    assert parse_dct(None) is None
