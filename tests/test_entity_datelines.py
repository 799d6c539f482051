"""Names on wire copy (issue 13): datelines filed from two cities, titled names coded by
the dateline's country, members and units of non-state armed groups, company suffixes.
The probe texts are written for these tests (none is taken from an article or from the
written benchmark in tests/data)."""

from __future__ import annotations

import pytest
from spacy.language import Language


def _sentences(nlp: Language, text: str) -> list[str]:
    return [s.text for s in nlp(text).sents]


@pytest.mark.parametrize("text, first, second", [
    ("ATHENS/ANKARA, May 2 (Reuters) - Greek and Turkish coast guards met on Tuesday to "
     "discuss migrant boats, officials said.", "ATHENS", "ANKARA"),
    ("KINSHASA/KIGALI (AP) - The two governments opened a new border crossing on Monday, "
     "officials said.", "KINSHASA", "KIGALI"),
])
def test_a_dateline_from_two_cities_is_one_sentence_and_names_places(
        entity_nlp: Language, ents, text: str, first: str, second: str) -> None:
    assert len(_sentences(entity_nlp, text)) == 1
    found = {name: (code, sector) for name, _, code, sector in ents(text)}
    assert found[first][1] is None and found[first][0] is not None
    assert found[second][1] is None and found[second][0] is not None


def test_a_capital_after_the_dateline_still_names_its_government(ents) -> None:
    text = ("ATHENS/ANKARA, May 2 (Reuters) - Ankara rejected the proposal on Tuesday, "
            "while Athens said talks would go on.")
    found = [(name, code, sector) for name, _, code, sector in ents(text)]
    assert ("Ankara", "TUR", "GOV") in found
    assert ("Athens", "GRC", "GOV") in found
    assert ("ANKARA", "TUR", None) in found


@pytest.mark.parametrize("text, name, code, sector", [
    ("CARACAS, June 3 (Reuters) - Interior Minister Remigio Ceballos said on Monday that "
     "police had arrested 40 people.", "Remigio Ceballos", "VEN", "GOV"),
    ("BOGOTA (AP) - Defense Minister Ivan Ramirez visited the troops on Sunday.",
     "Ivan Ramirez", "COL", "MIL"),
    ("TBILISI, March 9 - The Foreign Ministry summoned the envoy on Thursday.",
     "Foreign Ministry", "GEO", "GOV"),
])
def test_a_titled_name_without_a_country_is_the_datelines(ents, text: str, name: str,
                                                          code: str, sector: str) -> None:
    assert (name, code, sector) in [(n, c, s) for n, _, c, s in ents(text)]


def test_conjoined_names_behind_one_title_share_it(ents) -> None:
    text = ("LUSAKA (Reuters) - Police detained opposition candidates Peter Lungu and "
            "Moses Banda on Friday.")
    found = {n: (c, s) for n, label, c, s in ents(text) if label == "PERSON"}
    assert set(found.values()) == {("ZMB", "OPP")} and len(found) == 2


@pytest.mark.parametrize("text", [
    # no dateline: nothing to take the country from
    "Interior Minister Remigio Ceballos said police had arrested 40 people.",
    # a dateline, but no title: an untitled name stays uncoded
    "CARACAS, June 3 (Reuters) - Remigio Ceballos said police had arrested 40 people.",
])
def test_no_dateline_or_no_title_codes_nothing(ents, text: str) -> None:
    found = [c for n, label, c, _ in ents(text) if n == "Remigio Ceballos"]
    assert found == [None]


@pytest.mark.parametrize("text, names", [
    ("An air strike killed Ali Hassan, a field commander of Hezbollah's Radwan Force, the "
     "group said.", ("Ali Hassan", "Radwan Force")),
    ("Yahya Sinwar, the head of Hamas's military wing, was seen in a tunnel, the Israeli "
     "army said.", ("Yahya Sinwar",)),
])
def test_members_and_units_of_armed_groups_have_no_sector(ents, text: str,
                                                          names: tuple[str, ...]) -> None:
    found = {n: (c, s) for n, _, c, s in ents(text)}
    for name in names:
        code, sector = found[name]
        assert code in ("HEZBOLLAH", "HAMAS") and sector is None


def test_a_groups_listed_outlet_keeps_its_sector(ents) -> None:
    found = {n: (c, s) for n, _, c, s in ents("Hezbollah's Al-Manar television showed the launch.")}
    assert found["Al-Manar"] == ("HEZBOLLAH", "MED")


@pytest.mark.parametrize("text, name", [
    ("Seoul-based Korea Zinc Co said its Tokyo office was closed.", "Korea Zinc Co"),
    ("Kenya Airways Ltd cancelled flights to Mogadishu.", "Kenya Airways Ltd"),
])
def test_a_company_suffix_names_a_business(ents, text: str, name: str) -> None:
    found = {n: (c, s) for n, _, c, s in ents(text)}
    assert found[name][1] == "BUS"


@pytest.mark.parametrize("text, name, code", [
    ("Chad blames Libya and Niger for Tibesti raid; Tripoli, Niamey deny role\n\n"
     "N'DJAMENA, March 4 (Wire) - Security Minister Abdel Kerim Moussa said the raiders "
     "had crossed from the north.", "Abdel Kerim Moussa", "TCD"),
    ("Strikes hit Mosul, Kirkuk, Erbil and Basra overnight\n\nBAGHDAD, Oct 2 (Wire) - "
     "Defence Minister Thabet al-Abbasi said air defences downed four drones.",
     "Thabet al-Abbasi", "IRQ"),
])
def test_a_dateline_after_a_headline_of_many_names_still_codes_titles(
        ents, text: str, name: str, code: str) -> None:
    """The dateline place comes after a headline that names four parties or more: it is
    still the story's dateline, so the titled name without a country is its country's."""
    assert code in [c for n, _, c, _ in ents(text) if n == name]


def test_a_place_opening_a_later_paragraph_is_no_dateline(ents) -> None:
    """Only the opening lines hold a dateline: a city opening a later paragraph does not
    code the untitled country-less minister of the story."""
    text = ("Talks stall\n\nOfficials from Chad, Libya, Niger and Sudan met on Monday.\n\n"
            "More talks are due.\n\nTRIPOLI, the host, said little. Interior Minister "
            "Abdel Kerim Moussa said the talks would go on.")
    assert [c for n, _, c, _ in ents(text) if n == "Abdel Kerim Moussa"] == [None]
