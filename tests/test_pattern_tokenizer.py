"""The copy of the tokenizer the entity stage tokenizes its dictionary names with
(pipeline/stages/tokenizer.py): the same tokens as the pipeline's own, its own cache."""

from __future__ import annotations

from pipeline.stages.tokenizer import pattern_tokenizer

TEXTS = [
    "MOSCOW, August 21. /TASS/. The delegation arrived.",
    "the U.S.-led coalition",
    "Côte d'Ivoire's foreign ministry",
    "NATO's Secretary-General",
    "Democratic People's Republic of Korea",
]


def test_the_copy_splits_as_the_pipeline_does(nlp):
    copy = pattern_tokenizer(nlp)
    assert copy is not nlp.tokenizer
    for text in TEXTS:
        assert [t.text for t in copy(text)] == [t.text for t in nlp.make_doc(text)]
    # the configured extra suffixes hold in the copy too ("/TASS/." is split)
    assert "TASS" in [t.text for t in copy(TEXTS[0])]


def test_the_copy_shares_the_vocabulary(nlp):
    doc = pattern_tokenizer(nlp)("Azerbaijan")
    assert doc.vocab is nlp.vocab
