"""Calendar arithmetic and TIMEX3 value formatting at a given granularity.

Own arithmetic instead of a date parser: it is fast, deterministic and keeps the
granularity the expression states ("18 months ago" is a month, not a day).
"""

from __future__ import annotations

import datetime as dt

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

NEXT_YEAR_REACH = 92  # days: without a future verb, "March" in October is not next March
MONTH_SLACK = 45  # days to mid-month: "was planned for early March", said in February
DAY_SLACK = 60  # days: "payable Dec. 7" in a past-tense October sentence is still ahead
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
    """Year of a month(-day) written without one: the occurrence nearest the DCT, moved by tense.

    News talks about the recent past and the near future, so "December" in a
    February article is last December and "January" in a November article is next
    January.  A past-tense verb rules out a date clearly after the DCT, a future one
    a date clearly before it ("in November", said in August, is last November).
    """
    def gap(year: int) -> int:
        target = safe_date(year, month, day or 15) or dt.date(year, month, 1)
        return (target - dct).days

    slack = MONTH_SLACK if day is None else DAY_SLACK
    years = [dct.year - 1, dct.year]
    if tense == "future" or gap(dct.year + 1) <= NEXT_YEAR_REACH:
        years.append(dct.year + 1)
    year = min(years, key=lambda y: (abs(gap(y)), -y))
    if tense == "past" and gap(year) > slack:
        year -= 1
    elif tense == "future" and gap(year) < -slack:
        year += 1
    return year


def holiday_date(spec: str, year: int) -> dt.date | None:
    """The date of a named day in ``year`` from its lexicon spec (see ``lexicon.json``)."""
    if spec == "election":  # the Tuesday after the first Monday in November
        return nth_weekday(year, 11, 1, 1) + dt.timedelta(days=1)
    if spec.startswith("easter:"):
        return easter(year) + dt.timedelta(days=int(spec.split(":")[1]))
    if spec.startswith("nth:"):
        _, month, weekday, n = spec.split(":")
        return nth_weekday(year, int(month), int(weekday), int(n))
    month, day = spec.split("-")
    return safe_date(year, int(month), int(day))


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The ``n``-th ISO ``weekday`` of a month; ``n = -1`` is the last one."""
    if n < 0:
        last = dt.date(year, month, 1) + relativedelta(months=1, days=-1)
        return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
