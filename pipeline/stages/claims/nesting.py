"""Which drafts of a sentence stand on their own: a weak cue inside another claim's
content is part of that claim, and a quotation broken by its cue resumes after it."""

from __future__ import annotations

from spacy.tokens import Span

from ...extensions import doc_text
from .attribution import relative_cue
from .draft import Draft
from .lexicon import Lexicon
from .quotes import Region
from .spans import trim_content

WEAK_KINDS = frozenset({"statement", "report", "claim"})


FIRST_PERSON = frozenset({"i", "we"})


def inside(ref, outer) -> bool:
    return bool(ref and outer and outer["start"] <= ref["start"] and ref["end"] <= outer["end"])


def nested(draft: Draft, others: list[Draft], quotes: list[Region]) -> bool:
    """A weak cue inside another claim's content ("Minsk said it would ... disclose",
    "the Kremlin said Putin and Lukashenko confirmed ...") or a charge noun phrase inside
    a quotation or another content is part of that claim, not a claim of its own."""
    light = draft.rule.startswith("verb-light")
    if light and draft.cue and any(s <= draft.cue["start"] < e for s, e in quotes):
        return True
    if draft.kind not in WEAK_KINDS and not light:
        # "said it had filmed mercenaries ... in order to blame French troops": a charge
        # with nobody of its own to make it belongs to the content it sits in
        return not draft.speaker and any(o is not draft and o.speaker and
                                         inside(draft.cue, o.content) for o in others)
    if draft.speaker and draft.cue_token is not None and relative_cue(draft.cue_token):
        # "denied sending troops into the state, where rebels said soldiers attacked":
        # a relative clause names who says what about a noun of the content — its own
        # speaker's claim, not part of the outer one
        return False
    # "China's military said it had finished the drills, Xinhua reported": a wrapping
    # verb of saying after a fronted clause relays the inner speaker's claim, which stands
    # (the wrapper is the nested, optional one: ANNOTATION.md, Claims); not when the
    # inner speaker is the quoted one ("'We have asked Paris to ...,' a spokesman said")
    own_words = draft.speaker_token is not None and draft.speaker_token.lower_ in FIRST_PERSON
    return any(o is not draft and inside(draft.cue, o.content)
               and not inside(o.cue, draft.content)
               and not (draft.speaker and o.rule.startswith("verb-fronted") and not own_words)
               for o in others)


def wrapped_denials(drafts: list[Draft]) -> None:
    """"X insisted the accusations were rejected as baseless": a passive denial with no
    agent, inside the content of a verb of saying, is the wrapping speaker's own denial
    (the denying cue carries the claim; the wrapper gives an optional statement,
    ANNOTATION.md, Claims). The denial takes the speaker; the wrapper is marked so that
    the stance pass does not read the same denial into it a second time."""
    for draft in drafts:
        if draft.kind != "denial" or draft.speaker or \
                not draft.rule.startswith("verb-passive-object"):
            continue
        outer = next((o for o in drafts if o is not draft and o.speaker and
                      o.kind in WEAK_KINDS and inside(draft.cue, o.content)), None)
        if outer is not None:
            draft.speaker, draft.speaker_token = outer.speaker, outer.speaker_token
            draft.rule += "+wrapped"
            outer.kind, outer.rule = "statement", outer.rule + WRAPPER


WRAPPER = "+wraps-denial"
"""Rule mark of a verb of saying whose content is another cue's denial."""


def cut_before_relatives(drafts: list[Draft], sent: Span, lex: Lexicon) -> None:
    """"denied sending troops into the state, where rebels said soldiers attacked": the
    relative clause of saying that :func:`nested` keeps as its own claim is no part of
    the outer content either, which ends before it (its comma dropped)."""
    text = doc_text(sent.doc)
    for rel in drafts:
        tok = rel.cue_token
        if not rel.speaker or tok is None or not relative_cue(tok):
            continue
        start = tok.left_edge.idx
        for outer in drafts:
            ref = outer.content
            if outer is rel or not ref or not ref["start"] < start < ref["end"] or \
                    not inside(rel.cue, ref):
                continue
            cut = trim_content(text, ref["start"], start, lex)
            if cut:
                outer.content = cut
                outer.content_tokens = [t for t in outer.content_tokens
                                        if t.idx + len(t) <= cut["end"]]


def resumed_quote(draft: Draft, sent: Span, quotes: list[Region], lex: Lexicon) -> None:
    """'"We will respond," he said, "and soon."': a quote broken by its cue goes on after
    it; the content runs from the first part to the end of the second."""
    if not draft.rule.startswith("verb-fronted") or not draft.cue or not draft.content:
        return
    text = doc_text(sent.doc)
    cue_end = draft.cue["end"]
    marks = "".join(lex.quote_open | lex.quote_toggle) + " "
    for start, end in quotes:
        if not (cue_end < start and end <= sent.end_char):
            continue
        between = text[cue_end:start]
        if len(between) <= MAX_CUE_TAIL and not any(ch in between for ch in ".;!?") and \
                between.rstrip(marks).endswith(","):
            ref = trim_content(text, draft.content["start"], end, lex)
            if ref:
                draft.content = ref
                draft.content_tokens = [t for t in sent if ref["start"] <= t.idx < ref["end"]]
        break


MAX_CUE_TAIL = 60
"""Characters allowed between a mid-quote cue and the quote resuming ("she told parliament,")."""


NO_ONE = frozenset({"no", "neither", "nobody", "none", "no one", "nothing"})


def unsaid(draft: Draft) -> bool:
    """"Neither Washington nor its allies have announced ...", "No official confirmed
    the report": a cue whose speaker is no one makes no claim, like "did not confirm"."""
    tok = draft.speaker_token
    if tok is None:
        return False
    return tok.lower_ in NO_ONE or any(
        c.dep_ in ("det", "preconj", "neg") and c.lower_ in NO_ONE for c in tok.children)


def speakers_label(draft: Draft, others: list[Draft]) -> bool:
    """"rejected what it called baseless speculation", "condemned what it described as a
    smear campaign": a naming verb whose object is the free relative "what", inside
    another claim's content, only gives that claim's speaker's own label for what it
    answers. The judgement is the outer claim's (its kind reads it there); the label is
    no second claim with "what" as its content."""
    tok = draft.cue_token
    if tok is None or not any(c.tag_ == "WP" and c.dep_ in ("dobj", "nsubjpass")
                              for c in tok.children):
        return False
    return any(o is not draft and inside(draft.cue, o.content) for o in others)
