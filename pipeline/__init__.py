"""Information extraction for news: sentences, actors, TIMEX3 timexes, PLOVER events,
claims and denials, as spaCy components over raw article text."""

__version__ = "0.1.0"
