"""The pipeline's stages, one subpackage each, every one a spaCy component.

Each subpackage holds its ``@Language.factory`` (``component.py``) beside the logic it
runs. Stages import only each other, :mod:`pipeline.schema`, :mod:`pipeline.config` and
:mod:`pipeline.extensions`; never :mod:`pipeline.batch`, :mod:`pipeline.evaluation` or
:mod:`pipeline.view`, which sit above them.
"""
