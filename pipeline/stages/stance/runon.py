"""A quotation that runs on past its tag carries the accusation its tagged part made.

'"The militia is shelling the wards," the spokesman said. "This is a crime."': the
second sentence has no cue of its own; the claims stage attributes it to the speaker
of the quotation (``quote-run-on``) as a statement.  It is the same utterance, and
ANNOTATION.md requires such a claim when its kind is accusation: what the speaker goes
on to say about the act they just charged ("This is a crime", "Votes are being bought",
"the authorities have chosen to look away") charges the same party, though it rarely
names it again.  So a run-on quotation keeps the accusation, and its target, of the
tagged claim it continues — unless it turns to a resolve, a possibility or a request
("We will not bow", "We call on the UN to act"), which tells no act, or the content
decides another kind itself (:func:`.kinds.decide` runs first).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Span

from ..claims.lexicon import Lexicon
from . import frames
from .rules import StanceRules

RUN_ON = "quote-run-on"
DETERMINERS = ("the ", "The ")


def _name(claim: dict[str, Any]) -> str | None:
    """Who a claim is by, as written (a pronoun by what it stands for), without "the"."""
    speaker = claim.get("speaker") or {}
    text = speaker.get("resolved") or speaker.get("text") or \
        (claim.get("resolved_speaker") or {}).get("resolved")
    if not text:
        return None
    for det in DETERMINERS:
        if text.startswith(det):
            text = text[len(det):]
    return text


def _tells_a_wrong(content: Span, rules: StanceRules, lex: Lexicon) -> bool:
    """Every main clause states something (not "will", "could", nor a verb of saying or
    asking: "We urge the world to act"), and the content names a hostile act or a wrong
    ("were killed", "a crime", "an atrocity"): a run-on about anything else ("The anchor
    was missing", "We have sent a team") goes on to another matter."""
    clauses = frames.main_clauses(content)
    if not clauses or any(frames.modal(c, rules) or c.lemma_.lower() in lex.verb_kind
                          for c in clauses):
        return False
    wrongs = lex.hostile_lemmas | lex.condemning_words | rules.wrongdoing_nouns
    return any(t.lemma_.lower() in wrongs or t.lower_ in wrongs for t in content)


def _whole_sentence(content: Span) -> bool:
    """The quotation is the whole sentence, marks and punctuation aside: words outside
    it ("..., the report added", "Officials say ...") are an attribution of their own,
    which the claims stage may have missed, not a run-on of the tagged quote."""
    doc = content.doc
    i = content.start - 1
    while i >= 0 and not doc[i + 1].is_sent_start:
        if not (doc[i].is_punct or doc[i].is_quote or doc[i].is_space):
            return False
        i -= 1
    j = content.end
    while j < len(doc) and not doc[j].is_sent_start:
        if not (doc[j].is_punct or doc[j].is_quote or doc[j].is_space):
            return False
        j += 1
    return True


def _tagged(claim: dict[str, Any], earlier: Sequence[dict[str, Any]],
            window: int) -> dict[str, Any] | None:
    """The tagged claim a run-on quotation continues: the last of ``earlier`` by the same
    speaker in the ``window`` sentences before it."""
    name, sentence = _name(claim), claim.get("sentence")
    if name is None or sentence is None:
        return None
    return next((c for c in reversed(earlier)
                 if c.get("sentence") is not None and c["sentence"] < sentence
                 and sentence - c["sentence"] <= window and _name(c) == name), None)


def carried_accusation(claim: dict[str, Any], earlier: Sequence[dict[str, Any]],
                       content: Span, rules: StanceRules, lex: Lexicon
                       ) -> tuple[str, str | None, str] | None:
    """``("accusation", target, evidence)`` when ``claim`` is a statement that runs on
    from an accusation by the same speaker in the sentences just before; else None."""
    if claim.get("kind") != "statement" or not str(claim.get("rule") or "").startswith(RUN_ON):
        return None
    tagged = _tagged(claim, earlier, lex.run_on_window)
    if tagged is None or tagged.get("kind") != "accusation" or \
            not _whole_sentence(content) or not _tells_a_wrong(content, rules, lex):
        return None
    return "accusation", tagged.get("target"), "run-on-accusation"


def run_on_charges(claims: list[dict[str, Any]], window: int) -> dict[str, str]:
    """``{run-on accusation id: id of the tagged accusation it continues}``: the quotation
    that goes on ("This is a crime") is one utterance with its tagged part, so a denial
    answering the tagged charge answers the run-on too (ANNOTATION.md, Pairs: several
    claims of one act), though the run-on names neither the accused nor the act."""
    out: dict[str, str] = {}
    for index, claim in enumerate(claims):
        if claim.get("kind") != "accusation" or \
                not str(claim.get("rule") or "").startswith(RUN_ON):
            continue
        tagged = _tagged(claim, claims[:index], window)
        if tagged is not None and tagged.get("kind") == "accusation":
            out[claim["id"]] = tagged["id"]
    return out


def share_run_on(pairs: list[dict[str, Any]], charges: dict[str, str]) -> list[dict[str, Any]]:
    """Each pair answering a tagged charge of ``charges`` (:func:`run_on_charges`) is
    repeated for the run-on quotation that continues it."""
    have = {(p["denial"], p["claim"]) for p in pairs}
    extra = []
    for run_on, tagged in charges.items():
        for pair in pairs:
            if pair["claim"] == tagged and pair["denial"] != run_on and \
                    (pair["denial"], run_on) not in have:
                have.add((pair["denial"], run_on))
                extra.append({**pair, "claim": run_on, "evidence": [f"runs-on-from:{tagged}"]})
    return pairs + extra
