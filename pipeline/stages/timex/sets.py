"""Recurring expressions as TIMEX3 SETs ("every Monday", "twice a year"): value and ``freq``."""

from __future__ import annotations

from .quantities import duration_value, number_text, parse_number
from .values import Ctx, Groups, Value


def norm_set(g: Groups, ctx: Ctx, kind: str) -> Value:
    if g.get("freq"):
        word = " ".join(g["freq"].lower().split())
        times = ctx.res.lookup("frequency", word) or parse_number(word.replace(" times", ""),
                                                                  ctx.res)
        freq = f"{number_text(times)}X" if times is not None else None
        return Value(kind, duration_value(1.0, g["unit"], ctx.res), True, freq=freq)
    if g.get("month"):
        m = ctx.res.lookup("month", g["month"])
        code = f"{int(m):02d}" if m else ctx.res.lookup("season", g["month"])
        return Value(kind, f"XXXX-{code}", True)
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
