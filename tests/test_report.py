"""The HTML report: well-formed, self-contained, deterministic, and showing every record."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from pipeline.cli import main as cli_main
from pipeline.view.report import write_report
from pipeline.view.report.timeline import date_range

ROOT = Path(__file__).resolve().parent.parent
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}
SVG_SELF_CLOSING = {"line", "circle", "rect", "path"}


class Checker(HTMLParser):
    """Tag balance, link targets, and per-article ids, text and highlighted text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.problems: list[str] = []
        self.urls: list[str] = []
        self.element_ids: list[str] = []
        self.sections: dict[str, dict] = {}
        self._section: str | None = None
        self._section_depth = 0
        self._text_depth: int | None = None  # depth of the open div.text
        self._skip_depth: int | None = None  # depth of an open .tag / .sn inside it

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for key in ("src", "href"):
            if key in a:
                self.urls.append(a[key] or "")
        if tag == "link":
            self.urls.append(a.get("href") or "link")
        if "id" in a:
            self.element_ids.append(a["id"])
        if tag in VOID:
            return
        self.stack.append(tag)
        depth = len(self.stack)
        classes = (a.get("class") or "").split()
        if tag == "section" and "article" in classes:
            self._section, self._section_depth = a["id"], depth
            self.sections[a["id"]] = {"rids": set(), "text": [], "plain": []}
        sec = self.sections.get(self._section) if self._section else None
        if sec is not None:
            if a.get("data-r"):
                sec["rids"].update(a["data-r"].split())
            if tag == "div" and "text" in classes:
                self._text_depth = depth
            elif self._text_depth and ({"tag", "sn"} & set(classes)) and self._skip_depth is None:
                self._skip_depth = depth

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}>")
            return
        depth = len(self.stack)
        self.stack.pop()
        if self._skip_depth == depth:
            self._skip_depth = None
        if self._text_depth == depth:
            self._text_depth = None
        if self._section and depth == self._section_depth:
            self._section = None

    def handle_data(self, data):
        if not self._section:
            return
        sec = self.sections[self._section]
        sec["text"].append(data)
        if self._text_depth and self._skip_depth is None:
            sec["plain"].append(data)


def _parse(html: str) -> Checker:
    checker = Checker()
    checker.feed(html)
    checker.close()
    return checker


def _documents(out: Path) -> list[dict]:
    with open(out / "documents.jsonl", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.fixture(scope="module")
def report(corpus_run, tmp_path_factory):
    out, _ = corpus_run
    path = write_report(out, tmp_path_factory.mktemp("report") / "report.html")
    return out, path, path.read_text(encoding="utf-8")


def test_report_is_well_formed_html(report):
    _, _, html = report
    assert html.startswith("<!DOCTYPE html>")
    checker = _parse(html)
    assert checker.problems == []
    assert checker.stack == [], f"unclosed: {checker.stack}"
    assert len(checker.element_ids) == len(set(checker.element_ids)), "duplicate element ids"


def test_report_is_self_contained(report):
    _, _, html = report
    checker = _parse(html)
    assert checker.urls, "expected in-page links"
    external = [u for u in checker.urls if not u.startswith("#")]
    assert external == []
    assert not re.search(r"<(script|img|iframe)[^>]+src=", html)
    assert "<link" not in html
    assert "@import" not in html and "url(" not in html
    # every in-page link points at an element of the page
    ids = set(checker.element_ids)
    assert {u[1:] for u in checker.urls} <= ids


def test_report_shows_every_record_of_every_article(report):
    out, _, html = report
    checker = _parse(html)
    docs = _documents(out)
    assert len(checker.sections) == len(docs) > 0
    for i, doc in enumerate(docs, start=1):
        sec = checker.sections[f"a{i}"]
        text = "".join(sec["text"])
        assert doc["doc_id"] in text
        # the highlighted text, minus the inserted tags and sentence numbers, is the article
        assert "".join(sec["plain"]) == doc["text"].rstrip()
        for layer in ("entities", "timexes", "events", "claims"):
            ids = {r["id"] for r in doc[layer]}
            assert ids <= sec["rids"], (doc["doc_id"], layer, ids - sec["rids"])
        for ent in doc["entities"]:
            assert ent["text"] in text
        for tx in doc["timexes"]:
            assert tx["value"] is None or str(tx["value"]) in text
        for ev in doc["events"]:
            assert ev["type"] in text and ev["trigger"]["text"] in text
            assert ev["rule"] in text
        for cl in doc["claims"]:
            if cl.get("content"):
                assert cl["content"]["text"] in text
        for pair in doc["pairs"]:
            assert {pair["claim"], pair["denial"]} <= sec["rids"]
        for k in range(len(doc["sentences"])):
            assert f"a{i}-s{k}" in checker.element_ids


def test_batch_views(report):
    out, _, html = report
    docs = _documents(out)
    for section in ("batch", "timeline", "counts", "cross", "errors"):
        assert f'<section id="{section}"' in html
    events = [e for d in docs for e in d["events"]]
    for etype in {e["type"] for e in events}:
        assert f'<span class="etype">{etype}</span>' in html
    # one timeline mark per event whose date can be placed
    placeable = sum(1 for e in events if e.get("date") and date_range(e["date"]))
    timeline = html[html.index('<section id="timeline"'):html.index('<section id="counts"')]
    assert timeline.count("<a href=") == placeable
    assert placeable > 0


def test_report_is_deterministic(corpus_run, tmp_path):
    out, _ = corpus_run
    a = write_report(out, tmp_path / "a.html").read_bytes()
    b = write_report(out, tmp_path / "b.html").read_bytes()
    assert a == b


def test_cross_pairs_and_errors_shown(corpus_run, tmp_path):
    out, _ = corpus_run
    run = tmp_path / "run"
    run.mkdir()
    shutil.copy(out / "documents.jsonl", run)
    docs = _documents(run)
    claims = [(d["doc_id"], c) for d in docs for c in d["claims"]]
    denial = next((d, c) for d, c in claims if c["kind"] == "denial")
    claim = next((d, c) for d, c in claims if c["kind"] != "denial" and d != denial[0])
    row = {"claim_doc_id": claim[0], "claim_id": claim[1]["id"], "denial_doc_id": denial[0],
           "denial_id": denial[1]["id"], "score": 0.75, "evidence": ["test-evidence-xyz"]}
    (run / "cross_pairs.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    problem = {"source": "bad-input.txt", "line": None, "doc_id": None, "severity": "error",
               "reason": "not UTF-8 text <binary>"}
    (run / "errors.jsonl").write_text(json.dumps(problem) + "\n", encoding="utf-8")
    html = write_report(run).read_text(encoding="utf-8")
    cross = html[html.index('<section id="cross"'):html.index('<section id="errors"')]
    assert "test-evidence-xyz" in cross and "(1)" in cross
    assert claim[1]["content"]["text"] in cross
    errors = html[html.index('<section id="errors"'):]
    assert "bad-input.txt" in errors and "not UTF-8 text &lt;binary&gt;" in errors
    assert _parse(html).problems == []

    (run / "cross_pairs.jsonl").unlink()
    html = write_report(run).read_text(encoding="utf-8")
    cross = html[html.index('<section id="cross"'):html.index('<section id="errors"')]
    assert "none" in cross and "test-evidence-xyz" not in cross


def test_cli_report(corpus_run, tmp_path, capsys):
    out, _ = corpus_run
    target = tmp_path / "x" / "r.html"
    assert cli_main(["report", str(out), "--html", str(target)]) == 0
    assert target.is_file() and str(target) in capsys.readouterr().out
    assert cli_main(["report", str(tmp_path / "missing")]) == 2


@pytest.mark.parametrize("value, first, last", [
    ("2023-08-21", "2023-08-21", "2023-08-21"),
    ("2021-05", "2021-05-01", "2021-05-31"),
    ("2021-W21", "2021-05-24", "2021-05-30"),
    ("2015", "2015-01-01", "2015-12-31"),
    ("1979/2023", "1979-01-01", "2023-12-31"),
    ("2020-Q4", "2020-10-01", "2020-12-31"),
])
def test_date_range_covers_the_value(value, first, last):
    from datetime import date

    from pipeline.view.report.timeline import _year_frac

    lo, hi = date_range(value)
    assert lo == pytest.approx(_year_frac(date.fromisoformat(first)))
    end = date.fromisoformat(last)
    assert hi > _year_frac(end) and hi <= _year_frac(end) + 1 / 365 + 1e-9


@pytest.mark.parametrize("value", ["PAST_REF", "XXXX-WXX-3", "P6D", "", None, "2023-13-40"])
def test_date_range_refuses_values_without_a_place(value):
    assert date_range(value) is None


def test_report_renders_in_headless_chromium(report, tmp_path, chromium):
    _, path, _ = report
    png = tmp_path / "report.png"
    subprocess.run(["bash", str(ROOT / "scripts" / "screenshot.sh"), str(path), str(png),
                    "", "1200x900"], check=True, timeout=120, env={"NO_INSTALL": "1",
                    "PATH": "/usr/bin:/bin"})
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (1200, 900)
    assert len(data) > 20_000  # a blank page compresses to a few kB
