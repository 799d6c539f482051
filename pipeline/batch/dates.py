"""The document creation time (DCT): from metadata in any common format, else a dateline.

Feeds and scrapers write ``published`` in many ways ("Thu, 24 Aug 2023 10:05:00 GMT",
"24.08.2023", "2023-08-24T10:05:00+03:00", "24 août 2023").  They are read with
dateparser under fixed settings, so that a DCT never depends on the day the pipeline
runs:

- only absolute dates: the relative-time parser is off ("yesterday", "3 days ago" are
  refused), and day, month and year must all be written (no part is filled in from
  today, so "Aug 24" is refused too);
- the day is the calendar day **as written, in the source's own offset**:
  "2023-08-24T23:30:00-05:00" is 24 August, although it is already the 25th in UTC.
  A newsroom dates its story by its own clock; converting would move late-evening
  stories to the next day.  A date without an offset is read as written;
- a Unix timestamp ("1692871500") is a moment without a place: dated in UTC;
- numeric dates whose order is ambiguous ("03/04/2023") are read day first, as most of
  the world writes them; an unambiguous one ("08/24/2023") is read as it can only be.

ISO dates (``YYYY-MM-DD...``) take a fast path without dateparser.

When metadata has no date, a dateline at the start of the text gives the DCT: a
capitalised place, a comma, a date, an optional agency in brackets or slashes, and a
dash ("MOSCOW, Aug 23 (Reuters) -", "Beijing, 20 July 2021 (dpa) –").  A dateline with
no date ("WASHINGTON (AP) —") gives none.  Wire datelines often omit the year; such a
date takes the year that puts it nearest the ``--dct`` date of the run, and gives no DCT
without one.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any

ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:$|[T ]\d)")
# a Unix timestamp in seconds (2001-09-09 onwards): a moment, dated in UTC
TIMESTAMP = re.compile(r"^1\d{9}$")
# the fixed dateparser settings (see the module docstring)
SETTINGS: dict[str, Any] = {
    "PARSERS": ["custom-formats", "absolute-time"],
    "REQUIRE_PARTS": ["day", "month", "year"],
    "DATE_ORDER": "DMY",
    # no TIMEZONE: setting one converts every dated time into it; without one a time
    # keeps the offset it was written with, and a naive one its wall-clock day
    "RETURN_AS_TIMEZONE_AWARE": True,  # keeps the offset as written (no TO_TIMEZONE)
    "PREFER_DATES_FROM": "past",
}
# a dateline: place, comma, date, (agency) or /wire/, then a dash with spaces around it
DATELINE = re.compile(
    r"^(?P<place>[^\W\d_](?:[^\W\d_]|[.'’ -]){1,40}?)"
    r"(?:,\s*(?P<date>[^\n()/]{3,60}?))?"
    r"\s*(?:\([^()\n]{1,40}\)|/[^/\n]{1,40}/)?"
    r"\s*(?:-{1,2}|–|—)(?:\s|$)")
# datelines sit in the first lines (after a headline, perhaps a standfirst)
DATELINE_LINES = 3


@lru_cache(maxsize=4096)
def _dateparse(value: str, year_required: bool = True) -> datetime | None:
    import dateparser

    settings = dict(SETTINGS)
    if not year_required:
        settings["REQUIRE_PARTS"] = ["day", "month"]
    try:
        return dateparser.parse(value, settings=settings)
    except (ValueError, OverflowError):  # dateparser raises on a few odd inputs
        return None


def parse_published(value: Any) -> str | None:
    """``YYYY-MM-DD`` from a ``published`` value in any common format, else None."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    match = ISO_DATE.match(text)
    if match:
        try:
            return date(*(int(g) for g in match.groups())).isoformat()
        except ValueError:
            return None
    if TIMESTAMP.match(text):
        return datetime.fromtimestamp(int(text), tz=UTC).date().isoformat()
    found = _dateparse(text)
    return found.date().isoformat() if found else None


def _nearest_year(month: int, day: int, anchor: date) -> date | None:
    """The date ``month``/``day`` in the year that puts it nearest ``anchor``."""
    options = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            options.append(date(year, month, day))
        except ValueError:  # 29 February
            continue
    return min(options, key=lambda d: abs((d - anchor).days)) if options else None


def dateline_date(text: str, anchor: str | None = None) -> tuple[str | None, str | None]:
    """``(YYYY-MM-DD, dateline date string)`` from a dateline near the start of ``text``.

    Returns ``(None, string)`` for a dateline whose date cannot be used (no year and no
    ``anchor``, or unparseable) and ``(None, None)`` when there is no dated dateline.
    """
    lines = [line.strip() for line in text[:1000].splitlines() if line.strip()]
    for line in lines[:DATELINE_LINES]:
        match = DATELINE.match(line)
        if not match or not match.group("date") or not match.group("place")[0].isupper():
            continue
        written = match.group("date").strip().rstrip(",")
        # "KYIV, Ukraine, Aug 23 (AP) —": the place may go on after the comma
        pieces = written.split(",")
        tails = [",".join(pieces[i:]).strip() for i in range(len(pieces))]
        found = next((d for d in map(_dateparse, tails) if d is not None), None)
        if found is not None:
            return found.date().isoformat(), written
        partial = next((d for d in (_dateparse(t, False) for t in tails) if d is not None),
                       None)
        if partial is None:
            continue  # "KYIV, Ukraine —": a place, not a date
        if anchor is None:
            return None, written
        near = _nearest_year(partial.month, partial.day, date.fromisoformat(anchor))
        return (near.isoformat() if near else None), written
    return None, None
