"""Events, issue 13 item 3: argument frames read from the grammar and from what the
text said before (descriptions of a body named earlier), on short sentences written
for the tests (none taken from the corpus, none on the validation topics)."""

from __future__ import annotations

import pytest

from tests.event_probes import case as _case
from tests.event_probes import sides


@pytest.fixture(scope="module")
def nlp():
    from pipeline.nlp import build_nlp

    return build_nlp(exclude=("claims",))


DESCRIBED_BODIES = [
    # "the world body", "the watchdog": an international body named before, described
    _case("body", "The UN voiced alarm over the vote in Minsk. Belarus rejected the world "
          "body's remarks.", "REJECT", ["BLR"], ["UN"]),
    _case("body", "Chile's envoy to the UN had pressed the world body to act on the crisis.",
          "REQUEST", ["CHL"], ["UN"]),
    _case("watchdog", "The IAEA reported new traces of uranium. Tehran accused the watchdog "
          "of bias.", "ACCUSE", ["IRN"], ["IAEA"]),
]


@pytest.mark.parametrize("text,etype,actors,recipients", DESCRIBED_BODIES)
def test_a_described_body_is_the_one_named_before(nlp, text, etype, actors, recipients):
    assert sides(nlp, text, etype) == [(sorted(actors), sorted(recipients))]


def test_a_body_with_no_international_body_before_is_no_party(nlp):
    text = "Kenyan police found the body of a soldier near the border."
    assert all("UN" not in e["actors"] + e["recipients"] for e in nlp(text)._.events)
