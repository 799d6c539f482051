"""Property tests: any text, in any script, through every stage never crashes, and every
span written keeps ``text[start:end] == span.text``.

Examples are few (the model is slow per call) but drawn from all of Unicode, mixed with
news-like words, line breaks and quotes, so that the rule stages see tokens they match.
A crash found here is a bug in the stage named in the traceback.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.batch.annotate import annotate
from pipeline.batch.readers import Article, InputProblem, decode
from pipeline.schema import LAYERS, document_record, layer_rows, record_spans

WORDS = ["Russia", "Iran", "denied", "accused", "said", "on", "Monday", "2023", "the",
         "attack", "\n", "\n\n", "“", "”", '"', ",", ".", "Tehran", "Gen.", "18 months ago",
         "sanctions", "U.S.", "—", "\t", "  ", "'s", "(AP)", "not", "will", "talks"]

texts = st.lists(
    st.one_of(st.text(min_size=1, max_size=12), st.sampled_from(WORDS)),
    min_size=1, max_size=30,
).map(" ".join)
dcts = st.one_of(st.none(), st.dates().map(lambda d: d.isoformat()))


def check(nlp, text: str, dct: str | None) -> None:
    (result,) = annotate(nlp, [Article("p", text, {}, dct)], {})
    assert not isinstance(result, BaseException), repr(result)
    record = document_record(result)
    assert record["text"] == text
    for start, end, span_text in record_spans(record):
        assert 0 <= start <= end <= len(text)
        assert text[start:end] == span_text, (start, end, span_text)
    for sent in record["sentences"]:
        assert text[sent["start"]:sent["end"]].strip() == text[sent["start"]:sent["end"]]
    for layer in LAYERS:
        list(layer_rows(record, layer))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, dct=dcts)
def test_any_text_through_every_stage(nlp, text, dct):
    check(nlp, text, dct)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts)
def test_any_text_in_parts_keeps_offsets(nlp, text):
    """The same with a tiny ``max_length``: the article goes through in parts."""
    old = nlp.max_length
    nlp.max_length = 40
    try:
        check(nlp, text * 3, "2023-08-24")
    finally:
        nlp.max_length = old


@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=200))
def test_any_bytes_decode_or_are_reported(data):
    problems: list[InputProblem] = []
    text = decode(data, "x.txt", problems)
    if text is None:
        assert problems and problems[-1].severity == "error"
    else:
        assert all(p.severity == "warning" for p in problems)
        encoded = text.encode("utf-8")  # strict: no lone surrogates ever come out
        assert (encoded == data) == (not problems)  # bytes kept exactly unless reported
