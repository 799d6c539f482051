"""Events (issue 13, helper w): a definite act noun on a long report points back to the
act it names - the one told by the same word ("condemned the seizure" after "seized"),
else the one done to the judge ("Damascus condemned the raids" after strikes on Syria) -
not to whatever hostile act was told last; and an act noun that is the subject of a
hostile verb lends the verb its doers.  Sentences written for the tests (none taken from
the corpus or the written benchmarks)."""

from __future__ import annotations

import pytest

from tests.event_probes import case as _case
from tests.event_probes import sides


@pytest.fixture(scope="module")
def nlp():
    from pipeline.nlp import build_nlp

    return build_nlp(exclude=("claims",))


CASES = [
    # no word shared: the act done to the judge
    _case("judge-was-hit", "Israeli jets struck targets in Syria overnight. Hezbollah "
          "fighters then attacked an army post in northern Israel. Damascus condemned the "
          "raids.", "ACCUSE", ["SYR"], ["ISR"]),
]


@pytest.mark.parametrize(("text", "etype", "actors", "recipients"), CASES)
def test_definite_act_noun_points_to_its_act(nlp, text, etype, actors, recipients):
    assert (sorted(actors), sorted(recipients)) in sides(nlp, text, etype)


def test_same_word_needs_a_stem_not_a_prefix():
    """"strike"/"struck" share a lemma, "seizure"/"seize" a stem; "arrest"/"arrive"
    share three letters only."""
    from pipeline.stages.events.antecedents import same_word

    class Tok:
        def __init__(self, lemma: str) -> None:
            self.lemma_ = lemma

    assert same_word(Tok("seizure"), Tok("seize"))
    assert same_word(Tok("shelling"), Tok("shell"))
    assert not same_word(Tok("arrest"), Tok("arrive"))
    assert not same_word(Tok("raid"), Tok("strike"))
