"""What normalisers exchange: the named groups of a match, the resolution context, the value.

Apart from :mod:`.normalise` so that normaliser families in other modules (:mod:`.sets`)
share them without a circular import.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .resources import Resources

Groups = dict[str, str]


@dataclass
class Ctx:
    """What resolution needs besides the match: the DCT, the anchor and the tense."""

    dct: dt.date | None
    anchor: dt.date | None
    tense: str | None
    res: Resources
    quarter: str | None = None  # the last quarter the text named ("1989-Q3"), for anaphora
    last: dt.date | None = None  # the last day the text named, for "later", "the following day"
    last_any: dt.date | None = None  # the last date at any granularity ("in 1998 ... that year")


@dataclass
class Value:
    """A normalised value; ``mod`` is set by rules whose words imply one ("early")."""

    type: str
    value: str
    resolved: bool
    mod: str | None = None
    freq: str | None = None
