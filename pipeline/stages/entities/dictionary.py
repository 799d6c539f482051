"""The actor dictionary: names, demonyms, capitals, seats, organisations, groups, persons
and places mapped to CAMEO-style actor codes, plus the sector lexicon.

The dictionary is data (``configs/actors/*.json``); this module only indexes it.  A name
is looked up case-insensitively after dropping a leading "the" and a possessive.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ...config import DEFAULT_CONFIG_DIR

DEFAULT_ACTORS_DIR = DEFAULT_CONFIG_DIR / "actors"

# entry kinds, and the OntoNotes label a mention of each kind carries
KIND_LABELS = {
    "country": "GPE",
    "capital": "GPE",
    "place": "GPE",
    "demonym": "NORP",
    "region": "LOC",
    "region_demonym": "NORP",
    "seat": "ORG",
    "organisation": "ORG",
    "group": "ORG",
    "person": "PERSON",
}

_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_SPACE = re.compile(r"\s+")


@lru_cache(maxsize=1 << 16)
def normalise_name(text: str) -> str:
    """Key under which a name is indexed: lower case, no leading "the", no possessive.
    Remembered: the entity stage looks up every entity's text, often the same names."""
    key = _SPACE.sub(" ", text.strip()).lower()
    if key.startswith("the "):
        key = key[4:]
    return _POSSESSIVE.sub("", key).strip()


@dataclass(frozen=True)
class Entry:
    """One dictionary name: the code it stands for, its default sector and its kind."""

    name: str
    code: str
    sector: str | None
    kind: str
    # a place that is no political unit: a region or a landform is LOC ("Siberia",
    # "Golan Heights"), a building or a square FAC ("Tiananmen Square")
    own_label: str | None = None

    @property
    def label(self) -> str:
        return self.own_label or KIND_LABELS[self.kind]

    def actor(self) -> dict[str, Any]:
        return {"code": self.code, "sector": self.sector}


@dataclass
class ActorDictionary:
    """Index of every name in the actor dictionary and of the sector lexicon."""

    entries: dict[str, Entry] = field(default_factory=dict)
    sectors: dict[tuple[str, ...], str] = field(default_factory=dict)
    max_sector_words: int = 1
    member_heads: frozenset[str] = frozenset()
    member_preps: tuple[str, ...] = ()
    group_codes: frozenset[str] = frozenset()
    country_codes: frozenset[str] = frozenset()
    sent_heads: frozenset[str] = frozenset()  # of the place they come "from" only
    # common-noun phrases standing for a state ("the Jewish state"): no names, so kept
    # out of ``entries`` (the entity stage matches those) and read by phrase coding only
    epithets: dict[str, str] = field(default_factory=dict)
    _surnames: dict[str, list[Entry]] | None = field(default=None, repr=False)
    # every spelling as written ("DPA" and "dpa" share one entry, and both must match)
    spellings: dict[str, str] = field(default_factory=dict)

    def add(self, name: str, code: str, sector: str | None, kind: str,
            label: str | None = None) -> None:
        key = normalise_name(name)
        # first entry wins: countries load first, so a country name is never shadowed
        entry = self.entries.setdefault(key, Entry(name, code, sector, kind, label))
        self.spellings.setdefault(name, entry.kind)

    def lookup_entry(self, text: str) -> Entry | None:
        return self.entries.get(normalise_name(text))

    def lookup(self, text: str) -> dict[str, Any] | None:
        """The actor a name stands for (``{"code", "sector"}``) or ``None``."""
        entry = self.lookup_entry(text)
        return entry.actor() if entry else None

    def epithet(self, text: str) -> dict[str, Any] | None:
        """The country a state epithet ("the Jewish state") stands for, or ``None``."""
        code = self.epithets.get(normalise_name(text))
        return {"code": code, "sector": None} if code else None

    def sector_for(self, lemma: str) -> str | None:
        """Sector named by a noun or title ("minister" -> GOV), or ``None``."""
        return self.sectors.get(tuple(lemma.lower().split()))

    def sector_in(self, words: list[str]) -> str | None:
        """Sector of the longest lexicon phrase in ``words``; the rightmost wins ties.

        The head of an English noun phrase is on the right ("Russian state media"),
        so scanning right to left and preferring long phrases gives "defense ministry"
        MIL rather than "ministry" GOV.
        """
        lowered = [w.lower() for w in words]
        best: tuple[int, int, str] | None = None
        for end in range(len(lowered), 0, -1):
            for size in range(min(self.max_sector_words, end), 0, -1):
                sector = self.sectors.get(tuple(lowered[end - size:end]))
                if sector and (best is None or size > best[0]):
                    best = (size, end, sector)
        return best[2] if best else None

    def names(self) -> list[Entry]:
        return list(self.entries.values())

    def person_by_surname(self, surname: str) -> Entry | None:
        """The one dictionary person with this surname ("Heidari" after "Brig. Gen."), or
        ``None`` when no person or several countries' persons share it."""
        if self._surnames is None:
            index: dict[str, list[Entry]] = {}
            for entry in self.entries.values():
                parts = entry.name.split()
                if entry.kind == "person" and len(parts) > 1:
                    index.setdefault(normalise_name(parts[-1]), []).append(entry)
            self._surnames = index
        found = self._surnames.get(normalise_name(surname), [])
        codes = {(e.code, e.sector) for e in found}
        return found[0] if len(codes) == 1 else None


def _read(folder: Path, name: str) -> Any:
    path = folder / name
    if not path.exists():
        return {} if name in ("sectors.json", "members.json", "epithets.json") else []
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


@lru_cache(maxsize=8)
def load_actors(folder: str | Path = DEFAULT_ACTORS_DIR) -> ActorDictionary:
    """Load and index ``configs/actors``; cached, since every stage asks for it."""
    folder = Path(folder or DEFAULT_ACTORS_DIR)
    book = ActorDictionary()
    for item in _read(folder, "countries.json"):
        for name in item.get("names", []):
            book.add(name, item["code"], None, "country")
        for name in item.get("demonyms", []):
            book.add(name, item["code"], None, "demonym")
        for name in item.get("capitals", []):
            book.add(name, item["code"], "GOV", "capital")
        for name in item.get("seats", []):
            book.add(name, item["code"], "GOV", "seat")
    for item in _read(folder, "regions.json"):
        for name in item.get("names", []):
            book.add(name, item["code"], None, "region")
        for name in item.get("demonyms", []):
            book.add(name, item["code"], None, "region_demonym")
    for fname, kind in (("organisations.json", "organisation"), ("groups.json", "group")):
        for item in _read(folder, fname):
            for name in item.get("names", []):
                book.add(name, item["code"], item.get("sector"), kind)
    for item in _read(folder, "persons.json"):
        for name in item.get("names", []):
            book.add(name, item["code"], item.get("sector"), "person")
    for item in _read(folder, "places.json"):
        for name in item.get("names", []):
            book.add(name, item["code"], None, "place", item.get("label"))
    for sector, words in _read(folder, "sectors.json").items():
        if sector.startswith("_"):
            continue
        for word in words:
            key = tuple(word.lower().split())
            book.sectors.setdefault(key, sector)
            book.max_sector_words = max(book.max_sector_words, len(key))
    # codes of non-state armed groups (groups.json), which carry no sector
    book.group_codes = frozenset(e.code for e in book.names() if e.kind == "group")
    book.country_codes = frozenset(e.code for e in book.names() if e.kind == "country")
    members = _read(folder, "members.json")
    book.member_heads = frozenset(w.lower() for w in members.get("heads", []))
    book.member_preps = tuple(members.get("preps", []))
    book.sent_heads = frozenset(w.lower() for w in members.get("sent_heads", []))
    for code, phrases in _read(folder, "epithets.json").get("epithets", {}).items():
        for phrase in phrases:
            book.epithets.setdefault(normalise_name(phrase), code)
    return book
