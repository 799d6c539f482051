"""Events (issue 13, helper ah): a judgement of "the withdrawal", "the suspension" - a
definite noun of the word family of an act told before, by another side - is aimed at
that act's doers, though the noun is on no list of act nouns.  Sentences written for the
tests (none taken from the corpus or the written benchmarks)."""

from __future__ import annotations

import pytest

from tests.event_probes import case as _case
from tests.event_probes import sides


@pytest.fixture(scope="module")
def nlp():
    from pipeline.nlp import build_nlp

    return build_nlp(exclude=("claims",))


CASES = [
    _case("withdrawing/withdrawal", "The governments of Mali and Niger announced that they "
          "were withdrawing from ECOWAS. Nigeria's foreign minister called the withdrawal "
          "\"regrettable\".", "ACCUSE", ["NGA"], ["MLI", "NER"]),
    _case("suspended/suspension", "Colombia suspended coal exports to Israel last week. "
          "Israel's foreign ministry criticised the suspension as hostile.",
          "ACCUSE", ["ISR"], ["COL"]),
    _case("annexed/annexation", "Russia annexed four Ukrainian regions in September. "
          "Germany condemned the annexation on Friday.", "ACCUSE", ["DEU"], ["RUS"]),
]


@pytest.mark.parametrize(("text", "etype", "actors", "recipients"), CASES)
def test_word_family_noun_names_the_earlier_act(nlp, text, etype, actors, recipients):
    assert (sorted(actors), sorted(recipients)) in sides(nlp, text, etype)


def test_unrelated_definite_noun_points_nowhere(nlp):
    """"the forecast" shares no word family with the suspension: no one is judged."""
    text = ("Colombia suspended coal exports to Israel last week. Israel's foreign "
            "ministry criticised the forecast as gloomy.")
    assert (["ISR"], []) in sides(nlp, text, "ACCUSE")
