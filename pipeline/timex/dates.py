"""Calendar arithmetic and TIMEX3 value formatting at a given granularity.

Own arithmetic instead of a date parser: it is fast, deterministic and keeps the
granularity the expression states ("18 months ago" is a month, not a day).
"""

from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta

QUARTER_OF_MONTH = {m: (m - 1) // 3 + 1 for m in range(1, 13)}
PLACEHOLDER = {
    "Y": "XXXX",
    "M": "XXXX-XX",
    "W": "XXXX-WXX",
    "D": "XXXX-XX-XX",
    "H": "XXXX-XX-XX",
    "Q": "XXXX-QX",
    "DE": "XXX",
    "CE": "XX",
    "WE": "XXXX-WXX-WE",
}


def parse_dct(value: str | None) -> dt.date | None:
    """The DCT as a date; ``None`` (never today's date) when absent or malformed."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def shift(day: dt.date, unit: str, amount: float) -> dt.date:
    """Move ``day`` by ``amount`` units (Y, Q, M, W, D, DE, CE; H/minutes count as days)."""
    whole = int(round(amount))
    if unit == "Y":
        if whole != amount:
            return day + relativedelta(months=int(round(amount * 12)))
        return day + relativedelta(years=whole)
    if unit == "Q":
        return day + relativedelta(months=3 * whole)
    if unit == "M":
        return day + relativedelta(months=whole)
    if unit == "W":
        return day + dt.timedelta(weeks=amount)
    if unit == "DE":
        return day + relativedelta(years=10 * whole)
    if unit == "CE":
        return day + relativedelta(years=100 * whole)
    if unit == "H":
        return day + dt.timedelta(hours=amount)
    return day + dt.timedelta(days=amount)


def fmt(day: dt.date, unit: str) -> str:
    """TIMEX3 value of the period of granularity ``unit`` that contains ``day``."""
    if unit == "Y":
        return f"{day.year:04d}"
    if unit == "M":
        return f"{day.year:04d}-{day.month:02d}"
    if unit == "Q":
        return f"{day.year:04d}-Q{QUARTER_OF_MONTH[day.month]}"
    if unit in ("W", "WE"):
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}" + ("-WE" if unit == "WE" else "")
    if unit == "DE":
        return f"{day.year // 10:03d}"
    if unit == "CE":
        return f"{day.year // 100:02d}"
    return day.isoformat()


def nearest_weekday(dct: dt.date, weekday: int, direction: int) -> dt.date:
    """The ``weekday`` (ISO 1-7) nearest the DCT: itself, else before (-1) or after (+1)."""
    diff = weekday - dct.isoweekday()
    if diff == 0:
        return dct
    if direction < 0:
        return dct + dt.timedelta(days=diff - 7 if diff > 0 else diff)
    return dct + dt.timedelta(days=diff if diff > 0 else diff + 7)


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """A date, or ``None`` for impossible combinations such as February 30."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def year_for(dct: dt.date, month: int, day: int | None, tense: str | None) -> int:
    """Year of a month(-day) written without one: the DCT's, moved by tense when far off.

    A past-tense "in November" written in August means last November; a future-tense
    "in January" written in October means next January.
    """
    target = safe_date(dct.year, month, day or 15) or dt.date(dct.year, month, 1)
    gap = (target - dct).days
    slack = 31 if day is None else 14
    if tense == "past" and gap > slack:
        return dct.year - 1
    if tense == "future" and gap < -slack:
        return dct.year + 1
    return dct.year
