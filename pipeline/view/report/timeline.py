"""A timeline of events by normalised date, as inline SVG (no script, no library).

Event dates are TIMEX3 values or ISO intervals of different granularity (``2023-08-21``,
``2021-05``, ``2021-W21``, ``2015``, ``1979/2023``).  Each is read as the interval of time
it covers, in fractional years; a day is drawn as a dot, anything longer as a bar, so a
reader sees how precise each date is.  Values with no fixed place in time (``PAST_REF``,
``XXXX-WXX-3``) are counted apart instead of being guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from html import escape

from ...schema import PLOVER_TYPES

# Quarters, halves and seasons as (first month, last month).
_PARTS = {"Q1": (1, 3), "Q2": (4, 6), "Q3": (7, 9), "Q4": (10, 12), "H1": (1, 6),
          "H2": (7, 12), "SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}
# One colour per PLOVER type, in schema order: cool for cooperation, warm for conflict.
PALETTE = ("#1d4ed8", "#0891b2", "#0d9488", "#6366f1", "#16a34a", "#65a30d", "#78716c",
           "#ca8a04", "#ea580c", "#db2777", "#9333ea", "#c026d3", "#854d0e", "#475569",
           "#be123c", "#991b1b")


def type_colour(event_type: str | None) -> str:
    if event_type in PLOVER_TYPES:
        return PALETTE[PLOVER_TYPES.index(event_type) % len(PALETTE)]
    return "#6b7280"


def _year_frac(d: date) -> float:
    start = date(d.year, 1, 1)
    days = (date(d.year + 1, 1, 1) - start).days
    return d.year + (d - start).days / days


def _month_end(year: int, month: int) -> date:
    year += (month - 1) // 12
    month = (month - 1) % 12 + 1
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return nxt - timedelta(days=1)


def _one(value: str) -> tuple[date, date] | None:
    """The first and last day a single TIMEX3 date value covers."""
    try:
        if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:T.*)?", value):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return d, d
        if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
            y, mo = int(m[1]), int(m[2])
            return date(y, mo, 1), _month_end(y, mo)
        if m := re.fullmatch(r"(\d{4})-W(\d{2})(?:-(\d))?", value):
            y, w = int(m[1]), int(m[2])
            if m[3]:
                d = date.fromisocalendar(y, w, int(m[3]))
                return d, d
            return date.fromisocalendar(y, w, 1), date.fromisocalendar(y, w, 7)
        if m := re.fullmatch(r"(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)", value):
            y = int(m[1])
            first, last = _PARTS[m[2]]
            return date(y, first, 1), _month_end(y, last)
        if m := re.fullmatch(r"(\d{4})", value):
            y = int(m[1])
            return date(y, 1, 1), date(y, 12, 31)
        if m := re.fullmatch(r"(\d{3})X?", value):  # decade
            y = int(m[1]) * 10
            return date(y, 1, 1), date(y + 9, 12, 31)
    except ValueError:
        return None
    return None


def date_range(value: str | None) -> tuple[float, float] | None:
    """A date value as (start, end) in fractional years, or None if it has no place."""
    if not value:
        return None
    if "/" in value:
        left, _, right = value.partition("/")
        a, b = _one(left), _one(right)
        if a is None or b is None:
            return None
        lo, hi = a[0], b[1]
    else:
        one = _one(value)
        if one is None:
            return None
        lo, hi = one
    return _year_frac(lo), _year_frac(hi + timedelta(days=1))


@dataclass(frozen=True)
class Point:
    """One dated event, as the timeline needs it."""

    lane: int  # article index
    doc_id: str
    event_id: str
    event_type: str
    value: str
    label: str  # hover text
    anchor: str  # element id of the event's table row


def _ticks(lo: float, hi: float) -> list[tuple[float, str]]:
    span = hi - lo
    if span <= 1.5:
        out = []
        y, mo = int(lo), int((lo - int(lo)) * 12) + 1
        while True:
            t = _year_frac(date(y, mo, 1))
            if t > hi:
                break
            if t >= lo:
                out.append((t, f"{y}-{mo:02d}"))
            mo += 1 if span <= 0.5 else 3
            if mo > 12:
                y, mo = y + 1, mo - 12
        return out
    step = next(s for s in (1, 2, 5, 10, 20, 50, 100, 1000) if span / s <= 12)
    first = (int(lo) // step + 1) * step
    return [(float(y), str(y)) for y in range(first, int(hi) + 1, step)]


def _axis_range(spans: list[tuple[float, float]]) -> tuple[float, float]:
    """The span the axis shows: that of the events dated to two years or less, if any.

    A single long interval ("between 1979 and 2023") would otherwise squash every dated
    day into a few pixels; such bars are cut at the axis' ends instead.
    """
    short = [s for s in spans if s[1] - s[0] <= 2.0] or spans
    lo, hi = min(s[0] for s in short), max(s[1] for s in short)
    pad = max((hi - lo) * 0.03, 1 / 24)
    return lo - pad, hi + pad


def timeline_svg(points: list[Point], lanes: list[str], *, width: int = 1100) -> str:
    """The SVG: one lane per article, x = time; each mark links to its event row.

    Marks that would overlap in a lane are stacked on sub-rows, so none hides another.
    """
    placed = [(p, r) for p in points if (r := date_range(p.value)) is not None]
    if not placed:
        return '<p class="empty">no event has a date that can be placed on a timeline</p>'
    lo, hi = _axis_range([r for _, r in placed])
    left, right, top, sub_h, gap = 230, 40, 8, 13, 10
    plot_w = width - left - right

    def x(t: float) -> float:
        return round(left + (min(max(t, lo), hi) - lo) / (hi - lo) * plot_w, 1)

    # Longest first, then by time, so bars take the upper sub-rows; dots pack below.
    placed.sort(key=lambda pr: (pr[0].lane, -(pr[1][1] - pr[1][0]), pr[1][0], pr[0].event_id))
    rows_of: dict[int, list[float]] = {}
    layout: list[tuple[Point, float, float, int, bool]] = []
    for p, (a, b) in placed:
        x0, x1 = x(a), x(b)
        if x1 - x0 < 6:
            mid = (x0 + x1) / 2
            x0, x1 = mid - 5, mid + 5
        ends = rows_of.setdefault(p.lane, [])
        sub = next((i for i, end in enumerate(ends) if end + 2 <= x0), len(ends))
        if sub == len(ends):
            ends.append(x1)
        else:
            ends[sub] = x1
        layout.append((p, x0, x1, sub, a < lo or b > hi))
    used = sorted(rows_of)
    lane_top: dict[int, float] = {}
    y = top
    for lane in used:
        lane_top[lane] = y
        y += len(rows_of[lane]) * sub_h + gap
    axis_y = y
    height = axis_y + 22
    out = [f'<svg class="timeline" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" role="img" aria-label="events by date">']
    for t, label in _ticks(lo, hi):
        out.append(f'<line x1="{x(t)}" y1="{top}" x2="{x(t)}" y2="{axis_y}" class="grid"/>'
                   f'<text x="{x(t)}" y="{axis_y + 15}" class="tick">{escape(label)}</text>')
    for lane in used:
        mid = lane_top[lane] + len(rows_of[lane]) * sub_h / 2
        name = lanes[lane]
        short = name if len(name) <= 34 else name[:32] + "\u2026"
        sep = lane_top[lane] + len(rows_of[lane]) * sub_h + gap / 2
        out.append(f'<line x1="{left}" y1="{sep}" x2="{width - right}" y2="{sep}" class="lane"/>'
                   f'<text x="{left - 8}" y="{mid + 4}" class="lanelabel">'
                   f"<title>{escape(name)}</title>{escape(short)}</text>")
    for p, x0, x1, sub, clipped in layout:
        cy = lane_top[p.lane] + sub * sub_h + sub_h / 2
        colour = type_colour(p.event_type)
        tip = f"<title>{escape(p.label)}</title>"
        if x1 - x0 <= 10:
            mark = (f'<circle cx="{round((x0 + x1) / 2, 1)}" cy="{cy}" r="5" '
                    f'fill="{colour}" class="ev">{tip}</circle>')
        else:
            cls = "ev bar clipped" if clipped else "ev bar"
            mark = (f'<rect x="{x0}" y="{cy - 4.5}" width="{round(x1 - x0, 1)}" height="9" '
                    f'rx="3" fill="{colour}" class="{cls}">{tip}</rect>')
        out.append(f'<a href="#{escape(p.anchor)}">{mark}</a>')
    out.append("</svg>")
    return "".join(out)
