"""Turn a matched expression into a TIMEX3 value, resolving against the DCT if known.

Each rule names one normaliser here; the normaliser reads the rule's named groups
and the lexicon, never raw sentences.  Without a DCT, relative expressions keep
TIMEX3 placeholders (``XXXX-WXX-3``) and ``resolved`` is ``False``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from .dates import (
    PLACEHOLDER,
    QUARTER_OF_MONTH,
    fmt,
    holiday_date,
    nearest_weekday,
    parse_dct,
    safe_date,
    shift,
    year_for,
)
from .quantities import (
    duration_value,
    granularity,
    parse_number,
    parse_year,
    unit_of,
)
from .resources import Resources
from .sets import norm_set
from .values import Ctx, Groups, Value


def norm_duration(g: Groups, ctx: Ctx, kind: str) -> Value:
    n = parse_number(g.get("num"), ctx.res) if g.get("num") else None
    if n is None:
        n = 1.0 if g.get("rel") else "X"
    if g.get("half") and isinstance(n, float):
        n += 0.5
    return Value(kind, duration_value(n, g["unit"], ctx.res), True)


def _quarter_shift(quarter: str, years: int) -> str:
    year, q = quarter.split("-Q")
    return f"{int(year) + years:04d}-Q{q}"


def norm_ago(g: Groups, ctx: Ctx, kind: str) -> Value:
    n = parse_number(g.get("num"), ctx.res) if g.get("num") else 1.0
    direction = int(ctx.res.lookup("direction", g["dir"]) or -1)
    if n is None or isinstance(n, str):
        return Value(kind, "PAST_REF" if direction < 0 else "FUTURE_REF", True)
    letter, clock = unit_of(g["unit"], ctx.res)
    if ctx.quarter and letter == "Y" and n == 1 and direction < 0:
        # results reporting: "up from $5 million a year earlier" compares quarters
        return Value(kind, _quarter_shift(ctx.quarter, -1), True)
    if clock:
        letter = "H"
    gran = granularity(letter)
    base = ctx.anchor or ctx.dct
    if direction > 0 and g["dir"].lower() == "later" and ctx.last is not None:
        base = ctx.last  # narrative "three days later" counts from the last date told
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


def _day_number(text: str | None, res: Resources) -> int | None:
    if not text:
        return None
    digits = re.sub(r"\D", "", text)
    if digits:
        return int(digits)
    found = res.lookup("ordinal", text)
    return int(found) if found else None


def norm_date(g: Groups, ctx: Ctx, kind: str) -> Value:
    month = g.get("month_num")
    m = int(month) if month else None
    if g.get("month"):
        m = int(ctx.res.lookup("month", g["month"]) or 0) or None
    day = _day_number(g.get("day"), ctx.res)
    year = parse_year(g["year"], ctx.res) if g.get("year") else None
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
    ana = (g.get("ana") or "").lower()
    if ana:
        # "the previous Friday": the one before the day the text last named (else the DCT)
        base = ctx.last or ctx.dct
        if base is None:
            return Value(kind, f"XXXX-WXX-{wd}", False)
        step = -1 if ana in ("previous", "preceding") else 1
        day = nearest_weekday(base + dt.timedelta(days=step), wd, step)
        return Value(kind, day.isoformat(), True)
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
    if g.get("month"):
        m = int(ctx.res.lookup("month", g["month"]) or 1)
        d = _day_number(g.get("day"), ctx.res) or 1
        if ctx.dct is None:
            return Value(kind, f"XXXX-{m:02d}-{d:02d}{clock}", False)
        year = year_for(ctx.dct, m, d, ctx.tense)
        found = safe_date(year, m, d)
        return Value(kind, f"{found.isoformat() if found else f'{year:04d}-{m:02d}'}{clock}", True)
    if g.get("weekday"):
        day = resolve_weekday(int(ctx.res.lookup("weekday", g["weekday"]) or 1), "", ctx)
    else:
        # a bare clock time belongs to the day the narrative is on: the last day named
        base = ctx.anchor or (ctx.last if not g.get("deictic") else None) or ctx.dct
        offset = int(ctx.res.lookup("deictic_day", g.get("deictic") or "") or 0)
        day = base + dt.timedelta(days=offset) if base else None
    if day is None:
        return Value(kind, f"XXXX-XX-XX{clock}", False)
    return Value(kind, f"{day.isoformat()}{clock}", True)


def norm_quarter(g: Groups, ctx: Ctx, kind: str) -> Value:
    """ "the third quarter", "Q3 2023", "the 1988 quarter", "the year-ago third quarter".

    Without a number the quarter is the one the text last named; without a year it
    is the DCT's, or last year's when that quarter has not begun and no future verb
    says otherwise.
    """
    q = g.get("qnum") or ctx.res.lookup("ordinal", g.get("ord") or "")
    if not q and ctx.quarter:
        q = ctx.quarter.split("-Q")[1]
    qtext = str(q or "X")
    if not q and (g.get("noun") or "").lower() == "period" and g.get("year"):
        return Value(kind, f"{int(g['year']):04d}", True)  # "the 1988 period", no quarter named
    if g.get("year"):
        return Value(kind, f"{int(g['year']):04d}-Q{qtext}", True)
    if g.get("yago"):
        base = int(ctx.quarter[:4]) if ctx.quarter else (ctx.dct.year if ctx.dct else None)
        if base is None:
            return Value(kind, f"XXXX-Q{qtext}", False)
        return Value(kind, f"{base - 1:04d}-Q{qtext}", True)
    if ctx.dct is None:
        return Value(kind, f"XXXX-Q{qtext}", False)
    year = ctx.dct.year
    if g.get("rel_year"):
        year += int(ctx.res.lookup("relative", g["rel_year"]) or 0)
    elif q and int(q) > QUARTER_OF_MONTH[ctx.dct.month] and ctx.tense != "future":
        year -= 1
    return Value(kind, f"{year:04d}-Q{qtext}", True)


SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def norm_season(g: Groups, ctx: Ctx, kind: str) -> Value:
    code = ctx.res.lookup("season", g.get("season") or g.get("season_b") or "")
    ytxt = g.get("year") or g.get("year_b")
    if ytxt:
        year = parse_year(ytxt, ctx.res)
        return Value(kind, f"{year:04d}-{code}" if year else f"XXXX-{code}", year is not None)
    if ctx.dct is None:
        return Value(kind, f"XXXX-{code}", False)
    rel = " ".join((g.get("rel") or "").lower().split())
    start = SEASON_START.get(str(code), 1)
    year = ctx.dct.year
    if rel in ("this past", "past"):
        year -= start > ctx.dct.month  # the latest one that has begun
    elif rel in ("this coming", "coming"):
        year += start <= ctx.dct.month  # the next one to begin
    elif rel:
        year += int(ctx.res.lookup("relative", rel) or 0)
    elif ctx.tense == "past" and start > ctx.dct.month:
        year -= 1  # "fighting resumed in the winter", said in August: last winter
    elif ctx.tense == "future" and start + 2 < ctx.dct.month:
        year += 1  # "talks will resume in the spring", said in October: next spring
    return Value(kind, f"{year:04d}-{code}", True)


def norm_decade(g: Groups, ctx: Ctx, kind: str) -> Value:
    if g.get("decade_word"):
        mod = {"early": "START", "mid": "MID", "late": "END"}.get((g.get("edge") or "").lower())
        return Value(kind, str(ctx.res.lookup("decade_word", g["decade_word"])), True, mod)
    return Value(kind, g["decade"][:3], True)


def norm_holiday(g: Groups, ctx: Ctx, kind: str) -> Value:
    """ "Thanksgiving", "last Easter", "Election Day 2000": the day in the year meant."""
    spec = str(ctx.res.lookup("holiday", g["holiday"]))
    rel = (g.get("rel") or "").lower()
    if g.get("year"):
        year: int | None = int(g["year"])
    elif ctx.dct is None:
        year = None
    else:
        this = holiday_date(spec, ctx.dct.year)
        if this is None:
            year = ctx.dct.year
        elif rel in ("last", "past"):
            year = ctx.dct.year if this < ctx.dct else ctx.dct.year - 1
        elif rel in ("next", "coming"):
            year = ctx.dct.year if this > ctx.dct else ctx.dct.year + 1
        elif rel == "this":
            year = ctx.dct.year
        else:
            year = year_for(ctx.dct, this.month, this.day, ctx.tense)
    if year is None:
        fixed = re.fullmatch(r"\d\d-\d\d", spec)
        return Value(kind, f"XXXX-{spec}" if fixed else "XXXX-XX-XX", False)
    day = holiday_date(spec, year)
    return Value(kind, day.isoformat() if day else f"{year:04d}", True)


def norm_century(g: Groups, ctx: Ctx, kind: str) -> Value:
    raw = g["ord"].lower()
    n = ctx.res.lookup("ordinal", raw) or int(re.sub(r"\D", "", raw) or 1)
    return Value(kind, f"{int(n) - 1:02d}", True)


def norm_anaphoric(g: Groups, ctx: Ctx, kind: str) -> Value:
    """ "the following day", "the previous week", "that year": from the last date named.

    With no earlier date in the text the DCT is the reference point; with neither,
    the value keeps placeholders and is flagged unresolved.
    """
    word = (g.get("ana") or g.get("that") or "").lower()
    step = int(ctx.res.lookup("anaphoric_shift", word) or 0)
    unit = g["cal"].lower()
    part = ctx.res.lookup("part_of_day", unit)
    cal = "D" if part else str(ctx.res.lookup("calendar_unit", unit) or "D")
    suffix = f"T{part}" if part else ""
    base = (ctx.last if cal in ("D", "W") else ctx.last_any) or ctx.dct
    if base is None:
        return Value(kind, f"{PLACEHOLDER.get(cal, 'XXXX-XX-XX')}{suffix}", False)
    return Value(kind, fmt(shift(base, cal, step), cal) + suffix, True)


def norm_weekend(g: Groups, ctx: Ctx, kind: str) -> Value:
    """ "the weekend": the one just past in a past-tense clause, else the coming one."""
    if ctx.dct is None:
        return Value(kind, "XXXX-WXX-WE", False)
    rel = (g.get("rel") or "").lower()
    if rel:
        step = int(ctx.res.lookup("relative", rel) or 0)
    else:
        in_weekend = ctx.dct.isoweekday() >= 6
        step = -1 if ctx.tense == "past" and not in_weekend else 0
    return Value(kind, fmt(shift(ctx.dct, "W", step), "WE"), True)


def norm_reference(g: Groups, ctx: Ctx, kind: str) -> Value:
    return Value(kind, str(ctx.res.lookup("reference", g["ref"])), True)


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
    "anaphoric": norm_anaphoric,
    "weekend": norm_weekend,
    "holiday": norm_holiday,
    "set": norm_set,
}


def normalise(norm: str, groups: Groups, kind: str, ctx: Ctx) -> Value:
    """Dispatch to the normaliser a rule names; unknown names are a configuration error.

    A date the arithmetic cannot represent ("100018 months ago", a day 30 of February read
    off a table) is kept as an expression with an unknown value rather than stopping the
    article: Python's calendar ends at years 1 and 9999."""
    try:
        fn = NORMALISERS[norm]
    except KeyError as exc:
        raise ValueError(f"unknown timex normaliser {norm!r}") from exc
    try:
        return fn(groups, ctx, kind)
    except (OverflowError, ValueError):
        return Value(kind, "XXXX", False)


__all__: list[Any] = ["Ctx", "Value", "normalise", "parse_dct", "parse_number"]
