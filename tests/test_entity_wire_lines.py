"""Wire copy's opening lines and bracketed short forms (issue 13): a byline's reporter,
short forms defined after a body that is no name of its own, plural titles, and
sentences that never end on a bare word.  The probe texts are written for these tests
(none is taken from an article or from the written benchmark in tests/data)."""

from __future__ import annotations

import pytest
from spacy.language import Language


@pytest.mark.parametrize("text, name, code", [
    ("Ferry sinks off island coast\nBy Tomas Lindqvist\nSTOCKHOLM, May 3 (Reuters) - A "
     "ferry sank on Friday, officials said.", "Tomas Lindqvist", "GBR"),
    ("Port strike enters second week\nBy Aiko Brandt\nLAGOS (AP) - Dock workers stayed "
     "away on Monday, the union said.", "Aiko Brandt", "USA"),
])
def test_a_byline_names_a_reporter_of_the_credited_agency(ents, text: str, name: str,
                                                          code: str) -> None:
    found = {n: (label, c, s) for n, label, c, s in ents(text)}
    assert found[name] == ("PERSON", code, "MED")


def test_a_line_opening_with_by_that_is_a_sentence_is_no_byline(ents) -> None:
    text = ("LAGOS (AP) - Talks ended on Monday.\nBy Friday, Grace Ekwueme said, the strike "
            "would be over.")
    found = {n: (c, s) for n, _, c, s in ents(text)}
    assert found.get("Grace Ekwueme", (None, None))[1] != "MED"


@pytest.mark.parametrize("text", [
    "DUBAI, Jan 3 (Reuters) -\nYemen's Iran-aligned Houthis said on Sunday they had fired "
    "missiles at a freighter.",
    "Officials in the Iran-aligned Houthis said on Monday they had fired missiles at a tanker.",
])
def test_a_sentence_never_ends_on_a_bare_word(entity_nlp: Language, text: str) -> None:
    last = text.split("\n")[-1]
    assert [s.text for s in entity_nlp(text).sents][-1] == last


@pytest.mark.parametrize("text, short, code", [
    ("The African Union's observer mission in Chad (AUMC) said voting was calm. AUMC "
     "observers visited ten towns.", "AUMC", "AU"),
    ("The European Union's training mission in Somalia (EUTMS) will close next year, "
     "officials said.", "EUTMS", "EU"),
])
def test_a_short_form_after_an_organisations_unnamed_body_is_the_owners(
        ents, text: str, short: str, code: str) -> None:
    found = [(n, label, c) for n, label, c, _ in ents(text) if n == short]
    assert found and all(f == (short, "ORG", code) for f in found)



@pytest.mark.parametrize("text, names", [
    ("Talks between Deputy Prime Ministers Aram Vardanyan and Elchin Quliyev ended on "
     "Friday.", ["Aram Vardanyan", "Elchin Quliyev"]),
    ("Foreign Ministers Tarek Benali and Omar Haddadi met in Rabat on Tuesday.",
     ["Tarek Benali", "Omar Haddadi"]),
    ("The deal was signed by Defence Ministers Lars Henriksen and Piet de Wit on Monday.",
     ["Lars Henriksen", "Piet de Wit"]),
])
def test_a_plural_title_stands_outside_the_names_after_it(ents, text: str,
                                                          names: list[str]) -> None:
    persons = [n for n, label, *_ in ents(text) if label == "PERSON"]
    assert persons == names


@pytest.mark.parametrize("text, name", [
    ("Presidents Jean Mbeki and Paul Ndayishimiye agreed to reopen the border.", "Jean Mbeki"),
    ("President Tomas Mbeki said on Monday the border would reopen.", "Tomas Mbeki"),
])
def test_an_unknown_name_after_a_title_is_a_person_not_a_place(ents, text: str,
                                                               name: str) -> None:
    assert (name, "PERSON") in [(n, label) for n, label, *_ in ents(text)]


@pytest.mark.parametrize("text, name", [
    ("Two freighters were boarded near the Bab el-Mandeb strait on Tuesday, the navy said.",
     "Bab el-Mandeb"),
    ("A supply boat ran aground on Sabina Shoal on Sunday, the coast guard said.",
     "Sabina Shoal"),
    ("Fishing boats were turned back at Iroquois Reef on Friday, officials said.",
     "Iroquois Reef"),
])
def test_a_name_of_a_landform_is_a_location(ents, text: str, name: str) -> None:
    assert (name, "LOC") in [(n, label) for n, label, *_ in ents(text)]


@pytest.mark.parametrize("text, name, code", [
    ("The Kenyan Embassy in Kampala said two citizens had been detained.", "Kenyan Embassy",
     "KEN"),
    ("The Nigerian Consulate in Accra said the traders would be flown home.",
     "Nigerian Consulate", "NGA"),
])
def test_an_embassy_or_consulate_is_its_states_government(ents, text: str, name: str,
                                                          code: str) -> None:
    assert (name, "ORG", code, "GOV") in ents(text)


@pytest.mark.parametrize("text, place, code", [
    ("Residents of the Armenian village of Kirants protested on Monday.", "Kirants", "ARM"),
    ("Shelling hit the Sudanese town of Tawila on Friday, aid workers said.", "Tawila", "SDN"),
])
def test_a_place_after_its_kind_and_a_demonym_is_in_that_country(ents, text: str, place: str,
                                                                 code: str) -> None:
    assert (place, "GPE", code, None) in ents(text)


def _walked_byline_lines(doc, words: frozenset[str]) -> list[tuple[int, int]]:
    """What byline_lines answered by walking every token (before issue 14t)."""
    out, start, n = [], 0, len(doc)
    while start < n:
        end = start
        while end < n and "\n" not in doc[end].text_with_ws:
            end += 1
        end = min(end + 1, n)
        toks = [t for t in doc[start:end] if not t.is_space]
        if (len(toks) >= 2 and toks[0].text in words and toks[1].is_title and len(toks) <= 12
                and not any(t.text in (".", "!", "?", ":", ";") for t in toks)):
            out.append((start, end))
        start = end
    return out


@pytest.mark.parametrize("text", [
    "Dam talks stall\nBy Lena Ortiz\nQUITO (AP) - Talks stalled.",
    "\n\nBy Ravi Menon and Sara Holt \n \nBy Friday: talks.\r\nBy Jo\n",
    "By Ana Diaz",
    "No byline here.\nBy the river, By Kofi Mensah\n\n\nBy\nBy Kofi Mensah",
    "   \n",
])
def test_byline_lines_from_line_breaks_equal_the_token_walk(entity_nlp: Language,
                                                           text: str) -> None:
    from pipeline.stages.entities.bylines import byline_lines

    doc = entity_nlp.make_doc(text)
    for words in (frozenset({"By"}), frozenset({"By", "No", "Dam"})):
        assert byline_lines(doc, words) == _walked_byline_lines(doc, words)


@pytest.mark.parametrize("text", [
    "Headline\n\nBy Ana Diaz\nLIMA (AP) - Body.\nMore.",
    "One\r\nTwo\r\n\r\nThree\r\nFour",
    "only one line",
    "x\n" * 3000 + "tail",
    " \n" * 5000 + "a\nb\n\n" + "c\r" + "\n" * 4000 + "d",
])
def test_the_opening_lines_end_where_splitting_every_line_puts_it(text: str) -> None:
    from pipeline.stages.entities.dateline import _DATELINE_LINES, _opening_lines_end

    seen = end = 0
    for line in text.splitlines(keepends=True):
        end += len(line)
        seen += bool(line.strip())
        if seen >= _DATELINE_LINES:
            break
    assert _opening_lines_end(text) == end


@pytest.mark.parametrize("text", [
    "The monitoring mission in Chad (AUMC) said (a) and (b) were met ( ) today (X)",
    "(AB) opened it",
    "( )",
    "x (Y)",
    "",
])
def test_bracketed_short_forms_are_found_at_every_bracket_pair(entity_nlp: Language,
                                                               text: str) -> None:
    from pipeline.stages.entities.acronyms import _bracket_pairs

    doc = entity_nlp.make_doc(text)
    walked = [t.i for t in doc[1:-2] if t.text == "(" and doc[t.i + 2].text == ")"]
    assert _bracket_pairs(doc) == walked
