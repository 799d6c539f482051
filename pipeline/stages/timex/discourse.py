"""What the text has said so far: the dates later expressions count from.

"The following day", "three days later", "that year", a bare "10 p.m." and "a year
earlier" in a results report are anaphoric: they need the last day, the last date of
any granularity and the last quarter the article named, in reading order.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}(?:T\w+)?$")
DATE_PREFIX = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
QUARTER_VALUE = re.compile(r"^\d{4}-Q[1-4]$")
MONTHS_VALUE = re.compile(r"^P\d+M$")
QUARTER_NORMS = frozenset({"quarter", "calendar"})
EXPLICIT_NORMS = frozenset({"date", "weekday", "deictic", "anaphoric"})


def as_date(value: str) -> dt.date | None:
    """``1998`` -> 1998-01-01, ``1998-06`` -> 1998-06-01, ``1998-06-05`` -> itself."""
    m = DATE_PREFIX.match(value)
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError:
        return None


@dataclass
class Discourse:
    """The reference points one article has set up so far."""

    last_day: dt.date | None = None  # "Friday", "March 3", "yesterday evening"
    last_any: dt.date | None = None  # also "1998", "June 1998": for "that year"
    last_quarter: str | None = None  # "1989-Q3" from "the third quarter"

    def update(self, kind: str, value: str, resolved: bool, norm: str) -> None:
        """Take in one normalised timex (``norm`` names the rule's normaliser)."""
        if kind == "DATE" and resolved and DAY_VALUE.match(value):
            self.last_day = dt.date.fromisoformat(value[:10])
        if kind == "DATE" and resolved and norm in EXPLICIT_NORMS:
            self.last_any = as_date(value) or self.last_any
        if kind == "DATE" and norm in QUARTER_NORMS and QUARTER_VALUE.match(value):
            self.last_quarter = value  # named quarters only: "a year earlier" must not chain
        elif kind == "DURATION" and MONTHS_VALUE.match(value):
            self.last_quarter = None  # "the first nine months ... a year earlier" compares those
