"""Turn a matched expression into a TIMEX3 value, resolving against the DCT if known.

Each rule names one normaliser here; the normaliser reads the rule's named groups
and the lexicon, never raw sentences.  Without a DCT, relative expressions keep
TIMEX3 placeholders (``XXXX-WXX-3``) and ``resolved`` is ``False``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .dates import PLACEHOLDER, fmt, nearest_weekday, parse_dct, safe_date, shift, year_for
from .resources import Resources

Groups = dict[str, str]


@dataclass
class Ctx:
    """What resolution needs besides the match: the DCT, the anchor and the tense."""

    dct: dt.date | None
    anchor: dt.date | None
    tense: str | None
    res: Resources


@dataclass
class Value:
    """A normalised value; ``mod`` is set by rules whose words imply one ("early")."""

    type: str
    value: str
    resolved: bool
    mod: str | None = None


def parse_number(text: str | None, res: Resources) -> float | str | None:
    """``"18"`` -> 18, ``"twenty-four"`` -> 24, ``"a couple of"`` -> 2, ``"several"`` -> "X"."""
    if not text:
        return None
    low = " ".join(text.lower().split())
    if res.lookup("vague_number", low) is not None:
        return "X"
    if re.fullmatch(r"\d+(?:[.,]\d+)?", low):
        if "," in low and len(low.split(",")[-1]) == 3:
            low = low.replace(",", "")
        return float(low.replace(",", "."))
    direct = res.lookup("number", low)
    if direct is not None:
        return float(direct)
    total = 0.0
    for word in re.split(r"[\s-]+", low):
        if word == "and":
            continue
        val = res.lookup("number", word)
        if val is None:
            return None
        total = total * val if val == 100 and total else total + val
    return total


def _num_text(n: float | str) -> str:
    if isinstance(n, str):
        return n
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def _unit(word: str, res: Resources) -> tuple[str, bool]:
    """TIMEX3 unit letter and whether it is a clock unit (needs the ``PT`` prefix)."""
    letter = res.lookup("unit", word) or res.lookup("calendar_unit", word) or "D"
    return str(letter), res.lookup("clock_unit_words", word) is not None


def duration_value(n: float | str, word: str, res: Resources) -> str:
    """``P6D``, ``PT2H``, ``PXY`` ... from a number (or ``X``) and a unit word."""
    letter, clock = _unit(word, res)
    if letter == "DE" and not isinstance(n, str):
        return f"P{_num_text(n * 10)}Y"
    if letter == "CE" and not isinstance(n, str):
        return f"P{_num_text(n * 100)}Y"
    if letter == "Q" and not isinstance(n, str):
        return f"P{_num_text(n * 3)}M"
    return f"PT{_num_text(n)}{letter}" if clock else f"P{_num_text(n)}{letter}"


def _granularity(letter: str) -> str:
    return {"DE": "Y", "CE": "Y", "S": "D", "H": "D"}.get(letter, letter)


def norm_duration(g: Groups, ctx: Ctx, kind: str) -> Value:
    n = parse_number(g.get("num"), ctx.res) if g.get("num") else None
    if n is None:
        n = 1.0 if g.get("rel") else "X"
    return Value(kind, duration_value(n, g["unit"], ctx.res), True)


def norm_ago(g: Groups, ctx: Ctx, kind: str) -> Value:
    n = parse_number(g.get("num"), ctx.res)
    direction = int(ctx.res.lookup("direction", g["dir"]) or -1)
    if n is None or isinstance(n, str):
        return Value(kind, "PAST_REF" if direction < 0 else "FUTURE_REF", True)
    letter, clock = _unit(g["unit"], ctx.res)
    if clock:
        letter = "H"
    gran = _granularity(letter)
    base = ctx.anchor or ctx.dct
    if base is None:
        return Value(kind, PLACEHOLDER[gran], False)
    return Value(kind, fmt(shift(base, letter, direction * n), gran), True)


def norm_calendar(g: Groups, ctx: Ctx, kind: str) -> Value:
    cal = str(ctx.res.lookup("calendar_unit", g["cal"]))
    amount = int(ctx.res.lookup("relative", g["rel"]) or 0)
    mod = {"early": "START", "late": "END"}.get((g.get("edge") or "").lower())
    if ctx.dct is None:
        return Value(kind, PLACEHOLDER.get(cal, "XXXX"), False, mod)
    step = "W" if cal == "WE" else cal
    return Value(kind, fmt(shift(ctx.dct, step, amount), cal), True, mod)


def norm_date(g: Groups, ctx: Ctx, kind: str) -> Value:
    month = g.get("month_num")
    m = int(month) if month else None
    if g.get("month"):
        m = int(ctx.res.lookup("month", g["month"]) or 0) or None
    day = int(re.sub(r"\D", "", g["day"])) if g.get("day") else None
    year = int(g["year"]) if g.get("year") else None
    rel = (g.get("rel") or "").lower()
    if year is None and m is not None and ctx.dct is not None:
        if rel in ("last", "past"):
            year = ctx.dct.year if m < ctx.dct.month else ctx.dct.year - 1
        elif rel in ("next", "coming"):
            year = ctx.dct.year if m > ctx.dct.month else ctx.dct.year + 1
        elif rel == "this":
            year = ctx.dct.year
        else:
            year = year_for(ctx.dct, m, day, ctx.tense)
    if g.get("rel_year"):
        shift_years = int(ctx.res.lookup("relative", g["rel_year"]) or 0)
        year = (ctx.dct.year + shift_years) if ctx.dct else None
    resolved = year is not None
    ytext = f"{year:04d}" if year is not None else "XXXX"
    if m is None:
        return Value(kind, ytext, resolved)
    if day is None:
        return Value(kind, f"{ytext}-{m:02d}", resolved)
    if year is not None and safe_date(year, m, day) is None:
        return Value(kind, f"{ytext}-{m:02d}", resolved)
    return Value(kind, f"{ytext}-{m:02d}-{day:02d}", resolved)


def _part(g: Groups, ctx: Ctx) -> str:
    part = g.get("part")
    return f"T{ctx.res.lookup('part_of_day', part)}" if part else ""


def resolve_weekday(wd: int, rel: str, ctx: Ctx) -> dt.date | None:
    """The date of a weekday name: "last"/"next" strictly move, otherwise tense decides."""
    if ctx.dct is None:
        return None
    if rel in ("last", "past"):
        return nearest_weekday(ctx.dct - dt.timedelta(days=1), wd, -1)
    if rel in ("next", "coming"):
        return nearest_weekday(ctx.dct + dt.timedelta(days=1), wd, 1)
    direction = 1 if ctx.tense == "future" else -1
    return nearest_weekday(ctx.dct, wd, direction)


def norm_weekday(g: Groups, ctx: Ctx, kind: str) -> Value:
    wd = int(ctx.res.lookup("weekday", g["weekday"]) or 1)
    day = resolve_weekday(wd, (g.get("rel") or "").lower(), ctx)
    if day is None:
        return Value(kind, f"XXXX-WXX-{wd}{_part(g, ctx)}", False)
    return Value(kind, f"{day.isoformat()}{_part(g, ctx)}", True)


def norm_deictic(g: Groups, ctx: Ctx, kind: str) -> Value:
    word = (g.get("deictic") or "").lower()
    rel = (g.get("rel") or "").lower()
    offset = ctx.res.lookup("deictic_day", word)
    if offset is None:
        offset = {"last": -1, "tomorrow": 1}.get(rel, 0)
    part = _part(g, ctx) or (f"T{ctx.res.lookup('deictic_part', word)}"
                             if ctx.res.lookup("deictic_part", word) else "")
    base = ctx.anchor or ctx.dct
    if base is None:
        return Value(kind, f"XXXX-XX-XX{part}", False)
    return Value(kind, f"{(base + dt.timedelta(days=int(offset))).isoformat()}{part}", True)


def norm_clock(g: Groups, ctx: Ctx, kind: str) -> Value:
    if g.get("noon"):
        hour, minute = (12, 0) if g["noon"].lower() == "noon" else (0, 0)
    else:
        hour, minute = int(g["hour"]), int(g.get("minute") or 0)
        ampm = (g.get("ampm") or "").lower()
        if ampm.startswith("p") and hour < 12:
            hour += 12
        elif ampm.startswith("a") and hour == 12:
            hour = 0
    clock = f"T{hour:02d}:{minute:02d}"
    if g.get("weekday"):
        day = resolve_weekday(int(ctx.res.lookup("weekday", g["weekday"]) or 1), "", ctx)
    else:
        base = ctx.anchor or ctx.dct
        offset = int(ctx.res.lookup("deictic_day", g.get("deictic") or "") or 0)
        day = base + dt.timedelta(days=offset) if base else None
    if day is None:
        return Value(kind, f"XXXX-XX-XX{clock}", False)
    return Value(kind, f"{day.isoformat()}{clock}", True)


def norm_quarter(g: Groups, ctx: Ctx, kind: str) -> Value:
    q = int(g.get("qnum") or ctx.res.lookup("ordinal", g.get("ord") or "") or 1)
    year = int(g["year"]) if g.get("year") else (ctx.dct.year if ctx.dct else None)
    return Value(kind, f"{year:04d}-Q{q}" if year else f"XXXX-Q{q}", year is not None)


def norm_season(g: Groups, ctx: Ctx, kind: str) -> Value:
    code = ctx.res.lookup("season", g.get("season") or g.get("season_b") or "")
    ytxt = g.get("year") or g.get("year_b")
    if ytxt:
        return Value(kind, f"{ytxt}-{code}", True)
    if ctx.dct is None:
        return Value(kind, f"XXXX-{code}", False)
    year = ctx.dct.year + int(ctx.res.lookup("relative", g.get("rel") or "this") or 0)
    return Value(kind, f"{year:04d}-{code}", True)


def norm_decade(g: Groups, ctx: Ctx, kind: str) -> Value:
    return Value(kind, g["decade"][:3], True)


def norm_century(g: Groups, ctx: Ctx, kind: str) -> Value:
    raw = g["ord"].lower()
    n = ctx.res.lookup("ordinal", raw) or int(re.sub(r"\D", "", raw) or 1)
    return Value(kind, f"{int(n) - 1:02d}", True)


def norm_reference(g: Groups, ctx: Ctx, kind: str) -> Value:
    return Value(kind, str(ctx.res.lookup("reference", g["ref"])), True)


def norm_set(g: Groups, ctx: Ctx, kind: str) -> Value:
    if g.get("set"):
        return Value(kind, str(ctx.res.lookup("set_adverb", g["set"])), True)
    if g.get("weekday"):
        wd = ctx.res.lookup("weekday", g["weekday"]) or ctx.res.lookup(
            "weekday_plural", g["weekday"]
        )
        return Value(kind, f"XXXX-WXX-{wd}", True)
    num = g.get("num")
    n = 2.0 if num and num.lower() == "other" else (parse_number(num, ctx.res) or 1.0)
    return Value(kind, duration_value(n, g["unit"], ctx.res), True)


NORMALISERS: dict[str, Callable[[Groups, Ctx, str], Value]] = {
    "duration": norm_duration,
    "ago": norm_ago,
    "calendar": norm_calendar,
    "date": norm_date,
    "weekday": norm_weekday,
    "deictic": norm_deictic,
    "clock": norm_clock,
    "quarter": norm_quarter,
    "season": norm_season,
    "decade": norm_decade,
    "century": norm_century,
    "reference": norm_reference,
    "set": norm_set,
}


def normalise(norm: str, groups: Groups, kind: str, ctx: Ctx) -> Value:
    """Dispatch to the normaliser a rule names; unknown names are a configuration error."""
    try:
        fn = NORMALISERS[norm]
    except KeyError as exc:
        raise ValueError(f"unknown timex normaliser {norm!r}") from exc
    return fn(groups, ctx, kind)


__all__: list[Any] = ["Ctx", "Value", "normalise", "parse_dct", "parse_number"]
