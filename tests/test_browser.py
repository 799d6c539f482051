"""The HTML report in a real browser: Debian's Chromium driven by Playwright, offline.

The report of the corpus run is opened from disk with every non-``file:`` request
aborted and recorded; the tests hover, click and read layout as a researcher would.
Skipped only off CI when Chromium is absent (the ``chromium`` fixture fails in CI).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from pipeline.view.report import write_report

FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run",
         "--disable-extensions", "--disable-quic"]
HIGHLIGHT = "rgb(254, 249, 195)"  # .hl background in page.py's CSS


@pytest.fixture(scope="module")
def report_file(corpus_run, tmp_path_factory) -> tuple[Path, list[dict]]:
    out, _ = corpus_run
    path = write_report(out, tmp_path_factory.mktemp("browser") / "report.html")
    with open(out / "documents.jsonl", encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh if line.strip()]
    return path, docs


@pytest.fixture(scope="module")
def browser(chromium):
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(chromium), args=FLAGS)
        yield browser
        browser.close()


class Offline:
    """A page on the report whose every request is recorded and, unless it reads a local
    file, aborted; script errors are recorded too."""

    def __init__(self, browser, path: Path, width: int = 1400, height: int = 900) -> None:
        self.context = browser.new_context(viewport={"width": width, "height": height},
                                           offline=True, service_workers="block")
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.page.goto(path.as_uri())
        self.page.wait_for_load_state("load")

    def _route(self, route) -> None:
        self.requests.append(route.request.url)
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            route.abort()

    def close(self) -> list[str]:
        self.context.close()
        return self.requests


def test_every_article_section_renders_and_nothing_is_fetched(browser, report_file):
    path, docs = report_file
    view = Offline(browser, path)
    sections = view.page.evaluate("""() => [...document.querySelectorAll('section.article')]
      .map(s => { const t = s.querySelector('.text').cloneNode(true);
                  t.querySelectorAll('.tag, .sn').forEach(e => e.remove());
                  const box = s.querySelector('.text').getBoundingClientRect();
                  return {id: s.id, h2: s.querySelector('h2').innerText,
                          height: box.height, width: box.width,
                          shown: s.querySelector('.text').checkVisibility(),
                          plain: t.textContent,
                          rows: s.querySelectorAll('tbody tr').length}; })""")
    assert [s["id"] for s in sections] == [f"a{i}" for i in range(1, len(docs) + 1)]
    for section, doc in zip(sections, docs, strict=True):
        assert section["shown"] and section["height"] > 40 and section["width"] > 200, section
        assert section["h2"].strip(), doc["doc_id"]
        assert section["plain"] == doc["text"].rstrip(), doc["doc_id"]
        records = sum(len(doc[k]) for k in ("events", "claims", "entities", "timexes"))
        assert section["rows"] >= records, doc["doc_id"]
    # no table header sits over its table's rows (a sticky header inside a scrolling box)
    covered = view.page.evaluate("""() => [...document.querySelectorAll('table')]
      .filter(t => t.tBodies.length && t.tBodies[0].rows.length && t.tHead)
      .map(t => ({head: t.tHead.rows[0].cells[0].getBoundingClientRect().bottom,
                  row: t.tBodies[0].rows[0].getBoundingClientRect().top,
                  where: (t.closest('[id]') || {}).id}))
      .filter(x => x.head > x.row + 0.5)""")
    assert covered == []
    assert view.errors == []
    assert view.close() == [path.as_uri()]  # the page itself, and nothing else


def _lit(page, section: str) -> list[dict]:
    return page.evaluate("""(sec) => [...document.querySelectorAll('.hl')].map(e => ({
        r: e.getAttribute('data-r').split(' '), tag: e.tagName,
        inside: e.closest('section') && e.closest('section').id === sec,
        bg: getComputedStyle(e).backgroundColor}))""", section)


def test_hovering_a_span_lights_up_its_record_in_the_tables(browser, report_file):
    path, docs = report_file
    view = Offline(browser, path)
    page = view.page
    # per article and layer, the first record with a span in the text carrying it alone
    singles = page.evaluate("""() => [...document.querySelectorAll('section.article')]
      .map(s => [...s.querySelectorAll('.text span[data-r]')]
        .map(e => e.getAttribute('data-r')).filter(r => !r.includes(' ')))""")
    hovered = 0
    for i, (doc, spans) in enumerate(zip(docs, singles, strict=True), start=1):
        section = f"a{i}"
        for layer in ("entities", "timexes", "events", "claims"):
            record = next((r for r in doc[layer] if r["id"] in spans), None)
            if record is None:
                continue
            page.locator(f'#{section} .text span[data-r="{record["id"]}"]').first.hover()
            lit = _lit(page, section)
            rows = [e for e in lit if e["tag"] == "TR"]
            assert rows, (doc["doc_id"], record["id"], "no table row lit")
            assert all(e["inside"] and record["id"] in e["r"] for e in lit), lit
            assert all(e["bg"] == HIGHLIGHT for e in lit), lit
            expected = page.locator(f'#{section} tr[data-r~="{record["id"]}"]').count()
            assert len(rows) == expected
            hovered += 1
        if i == 1:  # moving off a span clears the highlight
            page.locator("header.top h1").hover()
            assert _lit(page, section) == []
    assert hovered >= len(docs)
    assert view.errors == []
    assert view.close() == [path.as_uri()]


@pytest.mark.parametrize("width", [1400, 820])
def test_clicking_a_timeline_mark_scrolls_to_its_event(browser, report_file, width):
    """The event's row ends up in view and not under the sticky legend bar, which wraps to
    two or three lines on narrow windows."""
    path, docs = report_file
    view = Offline(browser, path, width=width)
    page = view.page
    marks = page.locator("#timeline svg a")
    n = marks.count()
    assert n > 0
    for k in sorted({0, n // 3, n // 2, 2 * n // 3, n - 1}):
        mark = marks.nth(k)
        href = mark.get_attribute("href")
        anchor, event_id = href[1:].split("-", 1)
        doc = docs[int(anchor[1:]) - 1]
        event = next(e for e in doc["events"] if e["id"] == event_id)
        page.locator("#timeline").scroll_into_view_if_needed()
        mark.locator("circle, rect").first.click()
        page.wait_for_function("(h) => location.hash === h", arg=href)
        seen = page.evaluate("""(id) => { const row = document.getElementById(id);
            const cell = row.cells[0], box = cell.getBoundingClientRect();
            const hit = document.elementFromPoint(box.left + box.width / 2,
                                                  box.top + box.height / 2);
            return {tag: row.tagName, r: row.getAttribute('data-r'),
                    section: row.closest('section').id, text: row.innerText,
                    top: box.top, bottom: box.bottom, height: innerHeight,
                    bar: document.querySelector('.legendbar').getBoundingClientRect().bottom,
                    visible: hit !== null && row.contains(hit)}; }""", href[1:])
        assert (seen["tag"], seen["r"], seen["section"]) == ("TR", event_id, anchor)
        assert event["type"] in seen["text"] and event["trigger"]["text"] in seen["text"]
        assert seen["bar"] <= seen["top"] and seen["bottom"] <= seen["height"], seen
        assert seen["visible"], seen
    assert view.errors == []
    assert view.close() == [path.as_uri()]
