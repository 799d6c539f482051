"""Acts told by conjoined passive verbs share their sides ("were detained and then let
go", "were arrested and charged"): :mod:`pipeline.stages.events.conjuncts`.  Sentences
written for these tests (issue 13ac)."""

from __future__ import annotations

import pytest

from tests.event_probes import typed as of_type


@pytest.fixture(scope="module")
def nlp():
    from pipeline.nlp import build_nlp

    return build_nlp(exclude=("claims",))


@pytest.mark.parametrize("text, kind, actors, recipients", [
    ("Two Indian fishermen were held by Sri Lankan sailors for a week and then let go.",
     "RETREAT", ["LKA"], ["IND"]),
    ("Two journalists were detained by Belarusian police and then let go.",
     "RETREAT", ["BLR"], ["BLR"]),
    ("Three Ethiopian traders were arrested by Kenyan police in Moyale and charged with "
     "smuggling.", "ACCUSE", ["KEN"], ["ETH"]),
    ("Four Venezuelan activists were arrested by Colombian police and charged with "
     "sedition.", "ACCUSE", ["COL"], ["VEN"]),
])
def test_a_conjoined_passive_shares_both_sides(nlp, text, kind, actors, recipients):
    (ev,) = of_type(nlp, text, kind)
    assert ev["actors"] == actors and ev["recipients"] == recipients


@pytest.mark.parametrize("text, kind", [
    ("Two journalists were detained by Belarusian police, and a court later let them go.",
     "RETREAT"),
    ("Three Ethiopian traders were arrested by Kenyan police and a judge charged them.",
     "ACCUSE"),
])
def test_a_conjunct_with_a_doer_of_its_own_keeps_it(nlp, text, kind):
    """The second clause names who freed or charged them: the police are not lent."""
    (ev,) = of_type(nlp, text, kind)
    assert ev["actors"] == []


def test_an_active_first_verb_lends_nothing_new(nlp):
    """Active verbs share their subject already; the pass leaves their acts as built."""
    text = "Kenyan police arrested three Ethiopian traders in Moyale and charged them."
    (ev,) = of_type(nlp, text, "ACCUSE")
    assert ev["actors"] == ["KEN"]
