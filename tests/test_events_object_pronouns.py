"""Events (issue 13, helper 13as): an object pronoun is never its own clause's subject
(binding, Principle B).  A plural one ("struck them") points back to the nearest plural
noun of armed force or of an armed group naming one side, before the last two actors
named; a singular one ("could sanction it") to the nearest coded actor that is not the
subject's.  Sentences written for the tests (none taken from the corpus or the written
benchmarks)."""

from __future__ import annotations

import pytest

from pipeline.stages.entities import binding
from tests.event_probes import case as _case
from tests.event_probes import sides

FIGHTERS = [
    _case("them-fighters", "Fighters of the Allied Democratic Forces raided a Ugandan army "
          "post near the Congolese border on Monday. Helicopter gunships later struck them "
          "in the forest, a spokesman said.", "ASSAULT", [], ["ADF"]),
    _case("them-fighters", "Boko Haram militants stormed a Nigerian military base near the "
          "border with Cameroon overnight. Jets bombed them as they fled, officials said.",
          "ASSAULT", [], ["BOKOHARAM"]),
]

NOT_SUBJECT = [
    _case("it-not-subject", "Guatemala accused Belize of blocking its fishermen near the "
          "Sarstoon river. The OAS said it could sanction it if the blockade went on.",
          "THREATEN", ["OAS"], ["BLZ"]),
    _case("it-not-subject", "Ecuador accused Peru of moving troops toward their shared "
          "frontier. The United Nations said it would impose sanctions on it if the troops "
          "stayed.",
          "THREATEN", ["UN"], ["PER"]),
]


@pytest.mark.parametrize(("text", "etype", "actors", "recipients"), FIGHTERS)
def test_object_them_is_the_fighters_named_before(nlp, text, etype, actors, recipients):
    assert (sorted(actors), sorted(recipients)) in sides(nlp, text, etype)


@pytest.mark.parametrize(("text", "etype", "actors", "recipients"), NOT_SUBJECT)
def test_object_it_is_not_its_clause_subject(nlp, text, etype, actors, recipients):
    found = sides(nlp, text, etype)
    assert (sorted(actors), sorted(recipients)) in found


def test_a_nearer_coordinated_pair_still_wins(nlp):
    """"Kenya and Somalia ... The UN urged them": the pair named together, not the
    fighters named earlier."""
    text = ("Al-Shabaab fighters attacked a police station in Mandera on Sunday. Kenya and "
            "Somalia traded blame over the border. The African Union urged them to talk.")
    assert (["AU"], ["KEN", "SOM"]) in sides(nlp, text, "REQUEST")


def test_a_possessive_is_not_an_object_pronoun(nlp):
    """"the rebels abandoned their positions": a possessive may be its subject's own."""
    doc = nlp("The rebels abandoned their positions and warned them to leave.")
    their = next(t for t in doc if t.lower_ == "their")
    them = next(t for t in doc if t.lower_ == "them")
    assert not binding.object_pronoun(their)
    assert binding.object_pronoun(them)
