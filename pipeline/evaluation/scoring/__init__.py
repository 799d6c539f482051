"""Scoring of pipeline output against gold annotations, one small module per job.

- :mod:`.tally` turns raw counts into P/R/F1 and accuracies (the only place that
  decides what an empty denominator scores);
- :mod:`.matching` pairs predicted items with gold items one-to-one;
- :mod:`.spans`, :mod:`.events`, :mod:`.claims` count one document's layers;
- :mod:`.report` and :mod:`.thresholds` present and police the scores.

:mod:`pipeline.evaluation.evaluate` ties them together and owns the public API.
"""
