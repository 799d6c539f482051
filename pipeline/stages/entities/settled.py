"""What later stages read of a Doc's entities, remembered once the entity stage is done.

Events, claims and stance code thousands of phrases per batch through
:mod:`.coding`, and ask again for the same phrase (a rule, the participant test and a
pass each code a subject; claims and stance code the same speakers): each answer walks
the phrase's tokens and makes a ``Span`` for every entity found through the IOB tags
around a token.  Those answers depend only on the parse, the entities and their actors,
which no stage changes after the entity stage.  So the entity stage *settles* a Doc's
entities when it has set them, and the whole Doc when it has set every actor too (and
unsettles it when it starts on it again): from the first, the entity bounds of every
token come from one array read; from the second, a phrase's codes are remembered.  A
Doc that was never settled (a stage run on its own) is read as before, and nothing is
remembered while the entity stage still sets actors.

Docs are held weakly: an entry goes with its Doc.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from weakref import WeakKeyDictionary, ref

import numpy as np
from spacy.attrs import ENT_IOB, ENT_TYPE
from spacy.tokens import Doc, Span

# ENT_IOB value of a token inside (not at the start of) an entity
_INSIDE = 1


class SettledDoc:
    """A settled Doc's entity bounds per token (read once) and remembered answers."""

    def __init__(self) -> None:
        # no reference to the Doc: a value of the weak map that held its key would keep
        # every Doc of a run alive
        self._bounds: list[tuple[int, int, int] | None] | None = None
        self.answers: dict[Any, Any] = {}
        # entity bounds -> its ``_.actor``, kept while ``keep_actors`` (see :meth:`actor_at`)
        self._actors: dict[tuple[int, int, int], Any] = {}
        self.keep_actors = False
        # False while the entity stage still sets actors: bounds hold, answers are not kept
        self.final = False

    def bounds(self, doc: Doc) -> list[tuple[int, int, int] | None]:
        """Per token: ``(start, end, label id)`` of the entity the IOB tags around it
        give (as :func:`.coding.entity_at` walks them), or None outside entities."""
        if self._bounds is None:
            rows = doc.to_array([ENT_IOB, ENT_TYPE])
            iob, labels = rows[:, 0].tolist(), rows[:, 1].tolist()
            n = len(iob)
            out: list[tuple[int, int, int] | None] = [None] * n
            # only the labelled tokens (a few in a hundred) are visited; a token inside
            # an entity has the bounds its predecessor's walk found
            for i in np.flatnonzero(rows[:, 1]).tolist():
                before = out[i - 1] if i > 0 and iob[i] == _INSIDE else None
                if before is not None:
                    out[i] = (before[0], before[1], labels[i])
                    continue
                start = i
                while iob[start] == _INSIDE and start > 0:
                    start -= 1
                end = i + 1
                while end < n and iob[end] == _INSIDE:
                    end += 1
                out[i] = (start, end, labels[i])
            self._bounds = out
        return self._bounds

    def actor_at(self, doc: Doc, i: int) -> Any:
        """``_.actor`` of the entity covering token ``i`` (None outside entities).

        Phrase coding asks this of every token of every phrase it codes: a ``Span`` and
        its ``Underscore`` per question cost more than the coding itself.  So each
        entity's actor is read once while ``keep_actors`` holds: from when the entity
        stage codes mentions from their context (it tells :func:`actor_changed` of each
        actor it sets then) until :func:`settle`, which starts afresh for the final ones.
        """
        found = self.bounds(doc)[i]
        if found is None:
            return None
        if not self.keep_actors:
            return Span(doc, found[0], found[1], label=found[2])._.actor
        actor = self._actors.get(found, _UNREAD)
        if actor is _UNREAD:
            actor = self._actors[found] = Span(doc, found[0], found[1], label=found[2])._.actor
        return actor


_UNREAD = object()
_SETTLED: WeakKeyDictionary[Doc, SettledDoc] = WeakKeyDictionary()


def settle_entities(doc: Doc) -> None:
    """The entity stage has set the entities of ``doc`` (their actors come next): their
    bounds stay from now on."""
    _forget_last()
    _SETTLED[doc] = SettledDoc()


def settle(doc: Doc) -> None:
    """The entity stage has set every entity and actor of ``doc``: from now on they stay."""
    _forget_last()
    known = _SETTLED.get(doc)
    if known is None:
        known = _SETTLED[doc] = SettledDoc()
    known.final = True
    known._actors.clear()  # the last steps of the entity stage set actors unannounced
    known.keep_actors = True


def keep_actors(doc: Doc) -> None:
    """The entity stage has set the actors of ``doc``'s names and now codes the rest from
    their context: the actors read from here on may be kept, as long as the stage tells
    :func:`actor_changed` of each actor it sets."""
    known = _SETTLED.get(doc)
    if known is not None:
        known.keep_actors = True


def actor_changed(ent: Span) -> None:
    """``ent._.actor`` was set: read it anew."""
    known = _SETTLED.get(ent.doc)
    if known is not None:
        known._actors.pop((ent.start, ent.end, ent.label), None)


def unsettle(doc: Doc) -> None:
    """The entity stage starts on ``doc`` (again): forget what was remembered of it."""
    _forget_last()
    _SETTLED.pop(doc, None)


# the Doc last asked about (weakly) and its readings: a stage asks about one Doc thousands
# of times in a row, and a lookup in the weak map makes a new weak reference each time
_last: tuple[ref[Doc], SettledDoc | None] | None = None


def _forget_last() -> None:
    global _last
    _last = None


def settled(doc: Doc) -> SettledDoc | None:
    """The remembered readings of ``doc``, or None if it is not settled."""
    global _last
    last = _last
    if last is not None and last[0]() is doc:
        return last[1]
    known = _SETTLED.get(doc)
    _last = (ref(doc), known)
    return known


def remembered(doc: Doc, key: tuple[Any, ...], owner: object,
               compute: Callable[[], Any]) -> Any:
    """``compute()``, remembered under ``key`` for a settled ``doc``; ``owner`` is the
    object the answer also depends on (a dictionary, a rule set), told by identity."""
    known = settled(doc)
    if known is None or not known.final:
        return compute()
    full = (*key, id(owner))
    found = known.answers.get(full)
    if found is None or found[0] is not owner:
        found = known.answers[full] = (owner, compute())
    return found[1]
