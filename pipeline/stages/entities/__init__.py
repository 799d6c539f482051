"""Named entities with actor codes: the model's NER corrected by patterns, and the actor
dictionary (:mod:`.dictionary`) and phrase coding (:mod:`.coding`) that other stages share."""
