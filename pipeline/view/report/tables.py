"""HTML tables: a generic builder, and one article's layers as tables.

Cells are escaped here and nowhere else.  Each record row carries ``data-r`` with the
record's id, so hovering a highlighted span lights up its row (and the other way round).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape
from typing import Any

from .highlight import speaker_label

Cell = str | int | float | None
MISSING = "\u2014"  # em dash for empty cells


class Html(str):
    """A string already safe to embed (not escaped again by ``cell``)."""


def cell(value: Any) -> str:
    if isinstance(value, Html):
        return value
    if value is None or value == "" or value == []:
        return f'<span class="nil">{MISSING}</span>'
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, (list, tuple)):
        return escape("; ".join(str(v) for v in value), quote=False)
    return escape(str(value), quote=False)


def table(headers: Sequence[str], rows: Iterable[Sequence[Any]], *, css: str = "",
          row_ids: Sequence[str] | None = None, anchor: str | None = None,
          empty: str = "none") -> str:
    """A ``<table>``; ``row_ids`` (one per row) become ``data-r`` for cross-highlighting
    and, with ``anchor`` (a page-unique prefix), the rows' element ids for links."""
    rows = list(rows)
    if not rows:
        return f'<p class="empty">{escape(empty)}</p>'
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = []
    for i, row in enumerate(rows):
        attr = f' data-r="{escape(row_ids[i])}"' if row_ids else ""
        if row_ids and anchor:
            attr += f' id="{escape(anchor)}-{escape(row_ids[i])}"'
        body.append(f"<tr{attr}>" + "".join(f"<td>{cell(v)}</td>" for v in row) + "</tr>")
    cls = f' class="{escape(css)}"' if css else ""
    return (f"<table{cls}><thead><tr>{head}</tr></thead>"
            f"<tbody>{''.join(body)}</tbody></table>")


def code(value: Any) -> Html:
    return Html(f"<code>{cell(value)}</code>")


def arrow(actors: list[str] | None, recipients: list[str] | None) -> Html:
    left = ", ".join(actors or []) or "?"
    right = ", ".join(recipients or []) or "?"
    return Html(f'<span class="codes">{escape(left)}</span> \u2192 '
                f'<span class="codes">{escape(right)}</span>')


def _span_text(span: dict[str, Any] | None) -> str | None:
    return (span or {}).get("text")


def entity_table(record: dict[str, Any], anchor: str | None = None) -> str:
    rows = [[code(e["id"]), e.get("text"), e.get("label"),
             code((e.get("actor") or {}).get("code")), (e.get("actor") or {}).get("sector"),
             f"{e['start']}\u2013{e['end']}"] for e in record.get("entities") or []]
    ids = [e["id"] for e in record.get("entities") or []]
    return table(["id", "text", "label", "actor", "sector", "chars"], rows, row_ids=ids,
                 anchor=anchor)


def timex_table(record: dict[str, Any], anchor: str | None = None) -> str:
    items = record.get("timexes") or []
    rows = [[code(t["id"]), t.get("text"), t.get("type"), code(t.get("value")), t.get("mod"),
             t.get("rule"), f"{t['start']}\u2013{t['end']}"] for t in items]
    return table(["id", "text", "type", "value", "mod", "rule", "chars"], rows,
                 row_ids=[t["id"] for t in items], anchor=anchor)


def event_table(record: dict[str, Any], anchor: str | None = None) -> str:
    items = record.get("events") or []
    rows = []
    for e in items:
        polarity = e.get("polarity")
        pol = Html(f'<span class="neg">{escape(str(polarity))}</span>') \
            if polarity == "negative" else polarity
        rows.append([
            code(e["id"]), e.get("sentence"), _span_text(e.get("trigger")),
            Html(f'<span class="etype">{cell(e.get("type"))}</span>'), e.get("mode"),
            code(e.get("cameo")), arrow(e.get("actors"), e.get("recipients")),
            code(e.get("date")), e.get("location"), pol, e.get("modality"),
            e.get("context"), code(e.get("rule")),
        ])
    return table(["id", "sent.", "trigger", "type", "mode", "CAMEO", "actors \u2192 recipients",
                  "date", "place", "polarity", "modality", "context", "rule"], rows,
                 row_ids=[e["id"] for e in items], css="events", anchor=anchor)


def claim_table(record: dict[str, Any], anchor: str | None = None) -> str:
    items = record.get("claims") or []
    rows = []
    for c in items:
        kind = c.get("kind")
        rows.append([
            code(c["id"]), c.get("sentence"),
            Html(f'<span class="kind k-{escape(str(kind))}">{cell(kind)}</span>'),
            speaker_label(c), _span_text(c.get("cue")), _span_text(c.get("content")),
            code(c.get("target")), c.get("events"), code(c.get("rule")),
        ])
    return table(["id", "sent.", "kind", "speaker [actor]", "cue", "content", "target",
                  "events", "rule"], rows, row_ids=[c["id"] for c in items], css="claims",
                 anchor=anchor)


def pair_table(record: dict[str, Any]) -> str:
    claims = {c["id"]: c for c in record.get("claims") or []}
    items = record.get("pairs") or []
    rows = []
    for p in items:
        claim = claims.get(p.get("claim"), {})
        denial = claims.get(p.get("denial"), {})
        rows.append([
            code(p.get("denial")), speaker_label(denial), _span_text(denial.get("content")),
            Html("denies"), code(p.get("claim")), speaker_label(claim),
            _span_text(claim.get("content")), p.get("score"), p.get("evidence"),
        ])
    ids = [f"{p.get('denial')} {p.get('claim')}" for p in items]
    return table(["denial", "denier", "denial content", "", "claim", "claimant", "claim content",
                  "score", "evidence"], rows, row_ids=ids, css="pairs")


def sentence_table(record: dict[str, Any]) -> str:
    text = record.get("text") or ""
    sents = record.get("sentences") or []
    rows = [[i, f"{s['start']}\u2013{s['end']}", text[s["start"]:s["end"]]]
            for i, s in enumerate(sents)]
    return table(["#", "chars", "text"], rows, row_ids=[f"s{i}" for i in range(len(sents))])

