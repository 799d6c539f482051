"""A headline's denial answers what the story's denial answers (ANNOTATION.md, Pairs).

Why a module of its own: a headline or lead sums the story up in a few words ("Moscow
dismisses 'Russophobic' charges", "Taliban reject claim", "Kigali denies role"): its
object names no act the pairing by content could match, and the charges it answers are
told after it, often in other words than the one charge the claims stage links it to.
The story then tells the same party's denial in full ("Peskov said Russia did not
interfere ...", "He rejected the allegation that Afghanistan was sheltering the TTP"),
and that denial is paired by act.  The headline's denial is the same denial, told first:
it answers every claim the story's later denials by the same party answer.
"""

from __future__ import annotations

from typing import Any

from .speaking import speaker_code


def share_with_lead(claims: list[dict[str, Any]], pairs: list[dict[str, Any]],
                    lead_sentences: int) -> list[dict[str, Any]]:
    """``pairs`` plus, for each denial told in the first ``lead_sentences`` sentences, a
    pair with every claim the story's denial by the same (coded) party answers: the
    first later denial of that party that answers a claim, and those of that party in
    the sentence after it (a background reply told at the end, "has always denied the
    charge", answers an older charge, not the story's)."""
    answered: dict[str, list[str]] = {}
    for pair in pairs:
        answered.setdefault(pair["denial"], []).append(pair["claim"])
    have = {(p["denial"], p["claim"]) for p in pairs}
    extra = []
    denials = [c for c in claims if c.get("kind") == "denial" and speaker_code(c)]
    for lead in (d for d in denials if d["sentence"] < lead_sentences):
        party = speaker_code(lead)
        story = [d for d in denials if d["sentence"] >= lead_sentences
                 and speaker_code(d) == party and d["id"] in answered]
        for later in (d for d in story if d["sentence"] <= story[0]["sentence"] + 1):
            for claim_id in answered.get(later["id"], []):
                if claim_id != lead["id"] and (lead["id"], claim_id) not in have:
                    have.add((lead["id"], claim_id))
                    extra.append({"claim": claim_id, "denial": lead["id"], "score": 1.0,
                                  "evidence": [f"lead-of:{later['id']}"]})
    return pairs + extra
