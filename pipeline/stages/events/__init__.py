"""Rule-based PLOVER 2.0 event coding (with CAMEO codes), split into small modules.

- :mod:`.rules` reads the JSON rules and lexicons and decides whether a rule fires;
- :mod:`.syntax` walks the dependency tree (governors, subjects, objects, clauses);
- :mod:`.arguments` turns argument sources into actor codes;
- :mod:`.attributes` finds polarity, modality, date, location, context and mode;
- :mod:`.stage` runs them over a Doc and writes ``doc._.events``;
- :mod:`.bench` scores event types on the PLOVER dev sentences.
"""
