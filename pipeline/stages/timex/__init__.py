"""TIMEX3 recognition and normalisation: rules and lexicons are data in ``configs/timex``.

Modules, one job each: :mod:`.resources` loads and compiles the rule files,
:mod:`.extract` finds character-level candidates, :mod:`.context` reads tense and
quotation from the parse, :mod:`.discourse` keeps the dates the text has named so far
(for "the following day", "a year earlier"), :mod:`.dates` does calendar arithmetic,
:mod:`.normalise` turns a match into a TIMEX3 value, :mod:`.component` is the spaCy
stage and :mod:`.bench` scores output against gold.
"""
