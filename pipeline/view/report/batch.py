"""Batch views: what the whole run says, gathered while the articles stream past.

Only small aggregates are kept (counts, one short tuple per dated event, the texts of
claims that cross-article pairs refer to), never the articles themselves.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from html import escape
from typing import Any

from ...schema import LAYERS, PLOVER_TYPES
from .highlight import speaker_label
from .tables import Html, code, table
from .timeline import Point, date_range, timeline_svg, type_colour


@dataclass
class BatchStats:
    """Aggregates over every document of a run."""

    wanted_claims: set[tuple[str, str]] = field(default_factory=set)
    docs: list[tuple[str, str, dict[str, int]]] = field(default_factory=list)
    event_types: Counter[str] = field(default_factory=Counter)
    type_modality: Counter[tuple[str, str]] = field(default_factory=Counter)
    actor_pairs: Counter[tuple[str, str]] = field(default_factory=Counter)
    claim_kinds: Counter[str] = field(default_factory=Counter)
    points: list[Point] = field(default_factory=list)
    undated: int = 0
    unplaced: Counter[str] = field(default_factory=Counter)
    claim_text: dict[tuple[str, str], str] = field(default_factory=dict)

    def add(self, record: dict[str, Any], prefix: str) -> None:
        doc_id = record["doc_id"]
        lane = len(self.docs)
        title = (record.get("meta") or {}).get("title") or doc_id
        self.docs.append((doc_id, title, {layer: len(record.get(layer) or [])
                                          for layer in LAYERS}))
        for ev in record.get("events") or []:
            etype = str(ev.get("type"))
            self.event_types[etype] += 1
            self.type_modality[(etype, str(ev.get("modality")))] += 1
            for a in ev.get("actors") or ["?"]:
                for r in ev.get("recipients") or ["?"]:
                    self.actor_pairs[(a, r)] += 1
            value = ev.get("date")
            if not value:
                self.undated += 1
                continue
            if date_range(value) is None:
                self.unplaced[value] += 1
                continue
            label = (f"{doc_id} {ev['id']}: {etype} "
                     f"{','.join(ev.get('actors') or ['?'])} \u2192 "
                     f"{','.join(ev.get('recipients') or ['?'])} "
                     f"\u00ab{(ev.get('trigger') or {}).get('text', '')}\u00bb {value}")
            self.points.append(Point(lane, doc_id, ev["id"], etype, value, label,
                                     f"{prefix}-{ev['id']}"))
        for cl in record.get("claims") or []:
            self.claim_kinds[str(cl.get("kind"))] += 1
            key = (doc_id, cl["id"])
            if key in self.wanted_claims:
                content = (cl.get("content") or {}).get("text") or ""
                self.claim_text[key] = f"{speaker_label(cl)}: {content}"


def _bar(n: int, total: int, colour: str = "#64748b") -> Html:
    width = round(160 * n / total) if total else 0
    return Html(f'<span class="bar" style="width:{width}px;background:{colour}"></span>'
                f'<span class="n">{n}</span>')


def overview_table(stats: BatchStats, anchors: list[str]) -> str:
    rows = []
    for (doc_id, title, counts), anchor in zip(stats.docs, anchors, strict=True):
        rows.append([Html(f'<a href="#{escape(anchor)}">{escape(title)}</a>'), code(doc_id),
                     *(counts[layer] for layer in LAYERS)])
    totals = [sum(c[layer] for _, _, c in stats.docs) for layer in LAYERS]
    rows.append([Html("<b>all articles</b>"), len(stats.docs), *totals])
    return table(["article", "doc_id", *LAYERS], rows, css="overview")


def event_type_table(stats: BatchStats) -> str:
    total = sum(stats.event_types.values())
    modalities = sorted({m for _, m in stats.type_modality})
    order = [t for t in PLOVER_TYPES if t in stats.event_types]
    order += sorted(t for t in stats.event_types if t not in PLOVER_TYPES)
    rows = []
    for t in order:
        swatch = Html(f'<span class="swatch" style="background:{type_colour(t)}"></span>'
                      f'<span class="etype">{escape(t)}</span>')
        rows.append([swatch, _bar(stats.event_types[t], total, type_colour(t)),
                     *(stats.type_modality.get((t, m)) or "" for m in modalities)])
    return table(["event type", "events", *modalities], rows, css="counts",
                 empty="no events")


def actor_pair_table(stats: BatchStats) -> str:
    total = sum(stats.actor_pairs.values())
    ranked = sorted(stats.actor_pairs.items(), key=lambda kv: (-kv[1], kv[0]))
    rows = [[Html(f'<span class="codes">{escape(a)}</span> \u2192 '
                  f'<span class="codes">{escape(r)}</span>'), _bar(n, total)]
            for (a, r), n in ranked]
    return ('<div class="tall">' + table(["actor \u2192 recipient", "events"], rows,
                                          css="counts", empty="no events") + "</div>"
            '<p class="note">? = no actor or recipient coded for the event</p>')


_SIDE_KEYS = {"claim_doc_id", "claim_id", "denial_doc_id", "denial_id"}
# Columns the curated cross-pair view shows in its own cells; any other column of the
# file is appended as it is, so a field added later still shows.
_SHOWN = _SIDE_KEYS | {"claim_dct", "claim_kind", "claim_speaker", "claim_speaker_actor",
                       "claim_target", "claim_text", "denial_dct", "denial_speaker",
                       "denial_speaker_actor", "denial_text", "score", "evidence"}


def _side(row: dict[str, Any], side: str, anchors: dict[str, tuple[str, str]]) -> Html:
    """One side of a cross pair: the article's title (its doc_id on hover), then the
    claim id and the article date, linked to the claim's row in that article."""
    doc_id, cid = str(row.get(f"{side}_doc_id")), str(row.get(f"{side}_id"))
    anchor, title = anchors.get(doc_id, (None, doc_id))
    short = title if len(title) <= 70 else title[:68] + "\u2026"
    date = f" \u00b7 {escape(str(row[f'{side}_dct']))}" if row.get(f"{side}_dct") else ""
    head = f'<span title="{escape(doc_id)}">{escape(short)}</span>'
    ref = f"<code>{escape(cid)}</code>{date}"
    if anchor:
        ref = f'<a href="#{anchor}-{escape(cid)}">{ref}</a>'
    return Html(f'<div class="side">{head}<br>{ref}</div>')


def _who(row: dict[str, Any], side: str) -> str | None:
    speaker, actor = row.get(f"{side}_speaker"), row.get(f"{side}_speaker_actor")
    if not speaker and not actor:
        return None
    return f"{speaker or '?'}" + (f" [{actor}]" if actor else "")


def _said(who: str | None, text: str | None, target: Any = None) -> Html:
    aim = f" \u2192 <code>{escape(str(target))}</code>" if target else ""
    return Html(f"<b>{escape(who or '?')}</b>{aim}: {escape(text or '', quote=False)}")


def cross_pair_table(columns: list[str], rows: list[dict[str, Any]], stats: BatchStats,
                     anchors: dict[str, tuple[str, str]] | None = None) -> str:
    """The cross-article pairs: who denies what, in which article, against which claim.

    With the pair keys (``claim_doc_id`` ...) each row reads denial \u2192 claim, linked to
    both claims' rows in their articles; texts come from the file or, failing that, from
    the articles.  Without them, the file's columns are shown as they are.
    """
    if not rows:
        return ('<p class="empty">none (the run has no cross-article pairs table, '
                "or it is empty)</p>")
    anchors = anchors or {}
    if not _SIDE_KEYS <= set(columns):
        return table(columns, ([row.get(c) for c in columns] for row in rows), css="cross")
    extra = [c for c in columns if c not in _SHOWN]
    body = []
    for row in rows:
        texts = {side: row.get(f"{side}_text") or stats.claim_text.get(
            (str(row[f"{side}_doc_id"]), str(row[f"{side}_id"]))) for side in ("claim", "denial")}
        body.append([
            _side(row, "denial", anchors), _said(_who(row, "denial"), texts["denial"]),
            _side(row, "claim", anchors),
            Html(f'<span class="kind k-{escape(str(row.get("claim_kind")))}">'
                 f'{escape(str(row.get("claim_kind") or ""))}</span>'),
            _said(_who(row, "claim"), texts["claim"], row.get("claim_target")),
            row.get("score"), row.get("evidence"), *(row.get(c) for c in extra),
        ])
    return table(["denial: article, claim id, date", "denier: what is denied",
                  "claim: article, claim id, date", "kind", "claimant \u2192 target: claim",
                  "score", "evidence", *extra], body, css="cross")


def error_table(errors: list[dict[str, Any]]) -> str:
    if not errors:
        return '<p class="empty">none: every input was processed without a caveat</p>'
    columns: list[str] = []
    for e in errors:
        columns.extend(k for k in e if k not in columns)
    return table(columns, ([e.get(c) for c in columns] for e in errors), css="errors")


def timeline_section(stats: BatchStats) -> str:
    lanes = [title for _, title, _ in stats.docs]
    svg = timeline_svg(stats.points, lanes)
    types = sorted({p.event_type for p in stats.points},
                   key=lambda t: (PLOVER_TYPES.index(t) if t in PLOVER_TYPES else 99, t))
    legend = "".join(f'<span class="lg"><span class="swatch" style="background:'
                     f'{type_colour(t)}"></span>{escape(t)}</span>' for t in types)
    notes = [f"{len(stats.points)} dated events; {stats.undated} without a date"]
    if stats.unplaced:
        vals = ", ".join(f"{v} ({n})" for v, n in sorted(stats.unplaced.items()))
        notes.append(f"dates with no place in time: {vals}")
    note = ("; ".join(notes) + ". A dot is a day; a bar spans a week, month, year or "
            "interval; a dashed bar runs on beyond the axis. Click a mark for its event.")
    return (f'<div class="legend">{legend}</div><div class="scroll">{svg}</div>'
            f'<p class="note">{escape(note)}</p>')
