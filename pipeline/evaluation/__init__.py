"""Measuring the pipeline: scoring records against gold (:mod:`.evaluate`, :mod:`.scoring`)
and the benchmark commands (timex, events, speed). Reads records; never changes them."""
