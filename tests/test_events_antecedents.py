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


def test_look_back_is_bounded_by_the_reach():
    """A definite mention looks back ``antecedent_reach`` sentences, no further, and
    never past its own sentence: the bound that keeps a book-length input from scanning
    every earlier act for each mention."""
    from pipeline.stages.events.antecedents import within

    acts = [{"sentence": n, "id": k} for k, n in enumerate([0, 0, 3, 5, 5, 9, 12])]
    assert [a["id"] for a in within(acts, 5, 2)] == [2, 3, 4]
    assert [a["id"] for a in within(acts, 9, 100)] == [0, 1, 2, 3, 4, 5]
    assert within(acts, 2, 1) == []


def test_a_definite_mention_far_back_still_finds_its_act_within_the_reach(nlp):
    """Twenty sentences between an act and its definite mention (a long report) are well
    inside the reach: the condemnation is still aimed at the act's doers."""
    filler = " ".join(f"Officials in Lima met farmers on day {n}." for n in range(20))
    text = ("Chilean troops shelled a Peruvian border post on Monday. " + filler
            + " Peru condemned the shelling on Friday.")
    assert (["PER"], ["CHL"]) in sides(nlp, text, "ACCUSE")
