"""Running the stages over many articles: reading inputs, chunking them to engines
(in-process, process pool, Dask), resuming, writing records and tables, progress.

Batch drives :mod:`pipeline.stages` through :mod:`pipeline.nlp`; nothing below it imports it.
"""
