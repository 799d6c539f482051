"""Numbers, years and durations as TIMEX3 writes them ("two and a half years" -> ``P2Y6M``).

Kept apart from the normalisers because several of them (durations, "ago", sets) and the
year gate read numbers the same way.
"""

from __future__ import annotations

import re

from .resources import Resources


def parse_number(text: str | None, res: Resources) -> float | str | None:
    """``"18"`` -> 18, ``"twenty-four"`` -> 24, ``"a couple of"`` -> 2, ``"several"`` -> "X"."""
    if not text:
        return None
    low = " ".join(text.lower().split())
    if res.lookup("vague_number", low) is not None:
        return "X"
    half = re.fullmatch(r"(.+?)(?:\s+1/2|\s+and\s+a\s+half|-and-a-half)", low)
    if half:
        whole = parse_number(half.group(1), res)
        return whole + 0.5 if isinstance(whole, float) else whole
    if low in ("half a", "half an", "a half"):
        return 0.5
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


def parse_year(text: str, res: Resources) -> int | None:
    """``"1994"``, ``"nineteen ninety-four"``, ``"the year two thousand"`` -> a year."""
    low = " ".join(text.lower().replace("-", " ").split())
    if low.isdigit():
        return int(low)
    low = re.sub(r"^the year ", "", low)
    if low.startswith("nineteen "):
        rest = low[len("nineteen "):].replace("hundred and ", "").replace("hundred ", "")
        tail = parse_number(rest, res) if rest else 0.0
        return 1900 + int(tail) if isinstance(tail, float) else None
    if low.startswith("two thousand"):
        rest = low[len("two thousand"):].replace(" and ", " ").strip()
        tail = parse_number(rest, res) if rest else 0.0
        return 2000 + int(tail) if isinstance(tail, float) else None
    return None


def number_text(n: float | str) -> str:
    if isinstance(n, str):
        return n
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def unit_of(word: str, res: Resources) -> tuple[str, bool]:
    """TIMEX3 unit letter and whether it is a clock unit (needs the ``PT`` prefix)."""
    letter = res.lookup("unit", word) or res.lookup("calendar_unit", word) or "D"
    return str(letter), res.lookup("clock_unit_words", word) is not None


FRACTION_SPLIT = {"Y": ("M", 12, False), "M": ("D", 30, False), "W": ("D", 7, False),
                  "D": ("H", 24, True), "H": ("M", 60, True), "S": ("S", 1, True)}
CLOCK_FRACTION_SPLIT = {"H": ("M", 60), "M": ("S", 60)}


def duration_value(n: float | str, word: str, res: Resources) -> str:
    """``P6D``, ``PT2H``, ``P2Q``, ``PXY``; a half goes to the next unit (``P2Y6M``)."""
    letter, clock = unit_of(word, res)
    if letter == "DE" and not isinstance(n, str):
        return f"P{number_text(n * 10)}Y"
    if letter == "CE" and not isinstance(n, str):
        return f"P{number_text(n * 100)}Y"
    prefix = "PT" if clock else "P"
    if isinstance(n, str) or float(n).is_integer():
        return f"{prefix}{number_text(n)}{letter}"
    whole, frac = int(n), n - int(n)
    if clock and letter in CLOCK_FRACTION_SPLIT:
        small, factor = CLOCK_FRACTION_SPLIT[letter]
        head = f"{whole}{letter}" if whole else ""
        return f"PT{head}{number_text(frac * factor)}{small}"
    if letter in FRACTION_SPLIT and not clock:
        small, factor, small_clock = FRACTION_SPLIT[letter]
        head = f"{whole}{letter}" if whole else ""
        tail = f"T{number_text(frac * factor)}{small}" if small_clock else \
            f"{number_text(frac * factor)}{small}"
        return f"P{head}{tail}"
    return f"{prefix}{number_text(n)}{letter}"


def granularity(letter: str) -> str:
    return {"DE": "Y", "CE": "Y", "S": "D", "H": "D"}.get(letter, letter)
