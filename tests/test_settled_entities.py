"""Readings of a settled Doc (pipeline/stages/entities/settled.py): entity bounds from
one array and remembered phrase codes give what walking the tokens gives."""

from __future__ import annotations

from pipeline.stages.entities import coding
from pipeline.stages.entities.settled import settle, settled, unsettle


def _readings(doc):
    ents = [coding.entity_at(t) for t in doc]
    return ([None if e is None else (e.start, e.end, e.label_, e._.actor) for e in ents],
            [coding.phrase_codes(t) for t in doc])


def test_a_settled_doc_reads_as_a_walked_one(nlp, article_texts):
    for doc in nlp.pipe(article_texts[:6]):
        assert settled(doc) is not None  # the entity stage settled it
        remembered = _readings(doc)
        again = _readings(doc)  # answers now come from the memo
        unsettle(doc)
        walked = _readings(doc)
        assert remembered == walked == again
        assert any(e is not None for e in walked[0]) and any(walked[1])
        settle(doc)


def test_callers_get_fresh_actor_dicts(nlp):
    doc = nlp("Russian troops shelled the town, Ukraine's army said.")
    head = next(t for t in doc if t.lower_ == "troops")
    first = coding.phrase_codes(head)
    assert first and first[0]["code"]
    first[0]["code"] = "XXX"
    assert coding.phrase_codes(head)[0]["code"] != "XXX"


def test_the_entity_stage_unsettles_a_doc_it_runs_on_again(nlp):
    doc = nlp("Iran's navy seized a tanker.")
    before = settled(doc)
    nlp.get_pipe("actor_entities")(doc)
    assert settled(doc) is not None and settled(doc) is not before


def _settled_doc_ref(nlp):
    """A weak reference to a settled Doc with something remembered, and no other."""
    import weakref

    doc = nlp("Iran's navy seized a tanker, Iranian media said.")
    coding.phrase_codes(doc[2])
    known = settled(doc)
    remembered = bool(known is not None and known.answers)
    return weakref.ref(doc), remembered


def test_a_settled_doc_is_freed_with_its_last_reference(nlp):
    import gc

    from pipeline.stages.entities import settled as module

    ref, remembered = _settled_doc_ref(nlp)
    assert remembered
    nlp("Russia denied it.")  # stages that keep the last Doc they read move on to this one
    gc.collect()
    assert ref() is None
    assert len(module._SETTLED) <= 2  # at most the last Docs of this session


def test_the_last_doc_asked_about_follows_settling_and_unsettling(nlp):
    doc = nlp("Iran's navy seized a tanker.")
    other = nlp("Russia denied it.")
    assert settled(doc) is not None
    unsettle(doc)
    assert settled(doc) is None  # not the answer remembered for the last question
    settle(doc)
    assert settled(doc) is not None and settled(doc).final
    assert settled(other) is not settled(doc)


def test_actors_read_by_position_are_the_entities_own(nlp):
    doc = nlp("Iranian state media said Russian troops and Ukraine's army clashed.")
    known = settled(doc)
    for tok in doc:
        ent = coding.entity_at(tok)
        assert known.actor_at(doc, tok.i) == (None if ent is None else ent._.actor)
        assert coding.actor_at(tok) == (None if ent is None else ent._.actor)
    assert any(known.actor_at(doc, t.i) for t in doc)


def test_an_actor_set_while_actors_are_kept_is_read_anew(nlp):
    from pipeline.stages.entities.settled import actor_changed

    doc = nlp("Iran's navy seized a tanker, Russian media said.")
    known = settled(doc)
    ent = next(e for e in doc.ents if e._.actor)
    before = known.actor_at(doc, ent.start)
    assert known.actor_at(doc, ent.start) is before  # kept: read once
    ent._.actor = {"code": "XXX", "sector": None}
    actor_changed(ent)
    assert known.actor_at(doc, ent.end - 1) == {"code": "XXX", "sector": None}
    unsettle(doc)  # a Doc read again from the start has no kept actors
    settle(doc)
    assert settled(doc).actor_at(doc, ent.start) == {"code": "XXX", "sector": None}
