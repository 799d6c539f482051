"""The model is checked at load: name, version, components and accuracy as configured."""

from __future__ import annotations

import copy

import pytest

from pipeline.config import resource
from pipeline.model_check import ModelCheckError, check_meta, check_model, expected_model


def test_installed_model_is_the_expected_one(nlp, settings):
    check_model(nlp.meta, settings)  # raises if the installed model differs


@pytest.mark.parametrize("change", [
    lambda m: m.update(version="3.7.1"),
    lambda m: m.update(name="core_web_md"),
    lambda m: m["performance"].update(ents_f=m["performance"]["ents_f"] - 0.01),
    lambda m: m["performance"].pop("dep_las"),
    lambda m: m.update(pipeline=[c for c in m["pipeline"] if c != "ner"]),
])
def test_a_different_model_is_refused_with_a_clear_error(nlp, settings, change):
    meta = copy.deepcopy(nlp.meta)
    change(meta)
    with pytest.raises(ModelCheckError, match="model.toml"):
        check_model(meta, settings)


def test_an_undescribed_model_loads_with_a_warning(nlp, settings):
    other = {**settings, "model": {**settings["model"], "name": "xx_other_model"}}
    with pytest.warns(UserWarning, match="not described"):
        check_model(nlp.meta, other)


def test_expectations_name_every_checked_figure(settings):
    source = resource(settings, settings["model"]["expected"])
    expected = expected_model(source, settings["model"]["name"])
    assert {"ents_f", "dep_las", "tag_acc"} <= set(expected["performance"])
    with pytest.raises(ModelCheckError, match="version"):
        check_meta({"version": "0"}, expected, "x", source)
