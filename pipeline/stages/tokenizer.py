"""Tokenizer adjustments for news text, read from the settings."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Token


def extend_tokenizer(nlp: Language, settings: dict[str, Any]) -> None:
    """Add the configured prefix and suffix regular expressions to the tokenizer's rules,
    and the abbreviated titles it keeps whole."""
    for title in settings.get("titles", []):
        nlp.tokenizer.add_special_case(title, [{ORTH: title}])
    prefixes = list(settings.get("extra_prefixes", []))
    suffixes = list(settings.get("extra_suffixes", []))
    if prefixes:
        pattern = spacy.util.compile_prefix_regex(list(nlp.Defaults.prefixes) + prefixes)
        nlp.tokenizer.prefix_search = pattern.search
    if suffixes:
        pattern = spacy.util.compile_suffix_regex(list(nlp.Defaults.suffixes) + suffixes)
        nlp.tokenizer.suffix_search = pattern.search


def pattern_tokenizer(nlp: Language) -> Callable[[str], Doc]:
    """A copy of ``nlp``'s tokenizer (same vocabulary and rules, its own cache) to
    tokenize phrase patterns with when a stage is built.

    The tokenizer caches every chunk it has split; a stage that tokenized its thousands
    of dictionary names through ``nlp.tokenizer`` left them in that cache, where news
    text never reuses them, and the cache's lookups stayed slower for the rest of the
    run: tokenizing the 256 TempEval texts took 0.38 s instead of bare spaCy's 0.22 s
    (emptying the cache afterwards did not help).  The copy splits the names exactly as
    ``nlp`` would and is dropped with its cache once the patterns are built.
    """
    tok = nlp.tokenizer
    if not isinstance(tok, Tokenizer):  # a custom tokenizer: its own business
        return nlp.make_doc
    return Tokenizer(nlp.vocab, rules=tok.rules, prefix_search=tok.prefix_search,
                     suffix_search=tok.suffix_search, infix_finditer=tok.infix_finditer,
                     token_match=tok.token_match, url_match=tok.url_match,
                     faster_heuristics=tok.faster_heuristics)


WORD_HYPHENS = frozenset({"-", "\u2010"})


def word_hyphen(tok: Token) -> bool:
    """A hyphen written inside one word ("New York-based", "Hamas-run", "RED-Tabara"):
    no space on either side and a word character on both.  The tokenizer splits such a
    word in three, and the parser hangs the hyphen as punctuation; but the written word
    is one, and a span that starts or ends inside it names half a word."""
    i, doc = tok.i, tok.doc
    return (tok.text in WORD_HYPHENS and 0 < i < len(doc) - 1 and not tok.whitespace_
            and not doc[i - 1].whitespace_ and doc[i - 1].text[-1].isalnum()
            and doc[i + 1].text[0].isalnum())
