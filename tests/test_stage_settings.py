"""Typed stage settings: values converted to their declared types, and a clear error
naming the file and the key for anything missing or malformed."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from pipeline.stages import settings
from pipeline.stages.sentences.component import SentenceRules
from pipeline.stages.settings import SettingsError, key


@dataclass(frozen=True)
class Inner:
    words: frozenset[str]


@dataclass(frozen=True)
class Example:
    verbs: frozenset[str]
    limit: int
    tags: tuple[str, ...] = key("participles.tags")
    mapping: dict[str, str] = field(default_factory=dict)
    flag: bool = True
    nested: Inner | None = None


def test_values_take_their_declared_types(tmp_path):
    path = tmp_path / "lex.json"
    path.write_text('{"_doc": "x", "verbs": ["deny", "deny"], "limit": 3,'
                    ' "participles": {"tags": ["VBN"]}, "mapping": {"_c": "?", "a": "b"},'
                    ' "nested": {"words": ["x"]}, "other_reader": 1}', encoding="utf-8")
    got = settings.load(Example, path)
    assert got == Example(frozenset({"deny"}), 3, ("VBN",), {"a": "b"}, True,
                          Inner(frozenset({"x"})))


@pytest.mark.parametrize(("text", "message"), [
    ('{"limit": 3, "participles": {"tags": []}}', "missing key 'verbs'"),
    ('{"verbs": "deny", "limit": 3, "participles": {"tags": []}}', "key 'verbs': expected a list"),
    ('{"verbs": [], "limit": 2.5, "participles": {"tags": []}}', "expected a whole number"),
    ('{"verbs": [], "limit": 1}', "missing key 'participles.tags'"),
    ('{"verbs": [], "limit": 1, "participles": {"tags": []}, "flag": "yes"}', "true or false"),
    ('{"verbs": [1], "limit": 1, "participles": {"tags": []}}', "key 'verbs'[0]"),
])
def test_errors_name_the_file_and_the_key(tmp_path, text, message):
    path = tmp_path / "broken.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SettingsError, match="broken.json") as err:
        settings.load(Example, path)
    assert message in str(err.value)


def test_invalid_json_names_the_line(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('{\n "verbs": [\n}', encoding="utf-8")
    with pytest.raises(SettingsError, match=r"bad.json:3: not valid JSON"):
        settings.load(Example, path)


def test_strict_refuses_unknown_keys(tmp_path):
    path = tmp_path / "sentences.json"
    path.write_text('{"abbreviations": [], "non_initial_punct": [], "joining_punct": [],'
                    ' "closing_quotes": [], "opening_tags": [], "abreviations": []}',
                    encoding="utf-8")
    with pytest.raises(SettingsError, match=r"unknown keys \['abreviations'\]"):
        settings.load(SentenceRules, path, strict=True)


def test_the_shipped_sentence_rules_load():
    from pipeline.config import DEFAULT_CONFIG_DIR

    rules = settings.load(SentenceRules, DEFAULT_CONFIG_DIR / "sentences.json", strict=True)
    assert "Gen." in rules.abbreviations and "," in rules.non_initial_punct


def test_event_settings_read_the_shipped_lexicon_and_name_a_missing_key(tmp_path):

    from pipeline.config import load_settings, resource
    from pipeline.stages.events.rules import load_rules
    from pipeline.stages.events.settings import EventSettings, load_event_settings

    folder = resource(load_settings(), "events")
    path = folder / "lexicon.json"
    lexicon = dict(load_rules(folder).lexicon)  # shared word classes resolved
    cfg = load_event_settings(lexicon, path)
    assert isinstance(cfg, EventSettings) and "VBN" in cfg.modifier_tags
    assert "ASSAULT" in cfg.hostile_types and isinstance(cfg.cause_preps, frozenset)
    del lexicon["cause_preps"]
    with pytest.raises(SettingsError, match=r"lexicon.json: missing key 'cause_preps'"):
        load_event_settings(lexicon, path)


def test_a_shared_class_inside_a_list_is_spliced_with_the_stage_s_own_words(tmp_path):
    """``["@shared:NAME", "extra"]``: the class's words, then the stage's own words as written;
    a class named on its own is the list itself; an unknown class is an error."""
    from pipeline.stages.settings import SettingsError
    from pipeline.stages.wordclasses import resolve, shared_classes

    (tmp_path / "nouns.json").write_text(
        '{"claim_nouns": {"_doc": "x", "nouns": ["claim", "report"]}}', "utf-8")
    shared_classes.cache_clear()
    value = {"a": ["@shared:claim_nouns", "remark", "claim"], "b": "@shared:claim_nouns"}
    assert resolve(value, tmp_path) == {"a": ["claim", "report", "remark", "claim"],
                                        "b": ["claim", "report"]}
    with pytest.raises(SettingsError, match="no shared word class 'nothing'"):
        resolve(["@shared:nothing"], tmp_path)
    shared_classes.cache_clear()


def test_the_shipped_claim_nouns_are_one_class_read_by_claims():
    from pipeline.stages.claims.lexicon import load_lexicon
    from pipeline.stages.wordclasses import shared_class

    nouns = set(shared_class("claim_nouns"))
    lex = load_lexicon()
    anaphoric = set(lex.nouns.anaphoric)  # the claims refer back with: the claim nouns and more
    assert nouns <= anaphoric and {"remark", "complicity"} <= anaphoric


def test_the_condemning_words_are_one_class_read_by_events_and_claims():
    """The event rule for censure (ACCUSE 111) and the claims stage's accusation by calling
    ("called the sanctions illegal") read the same shared class, so the two layers cannot
    disagree on which words condemn an act."""
    from pipeline.config import DEFAULT_CONFIG_DIR
    from pipeline.stages.claims.lexicon import load_lexicon
    from pipeline.stages.events.rules import load_rules
    from pipeline.stages.wordclasses import shared_class

    words = {w.lower() for w in shared_class("condemning_words")}
    assert {"illegal", "provocation", "violation"} <= words
    events = load_rules(DEFAULT_CONFIG_DIR / "events").lexicon["word_classes"]["censure_words"]
    assert {w.lower() for w in events} == words
    assert words <= load_lexicon().condemning_words
