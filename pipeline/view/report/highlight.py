"""The article text with every record's span highlighted, as HTML.

Spans of different layers overlap freely (a trigger is also a claim cue, an entity sits
inside a claim's content), so HTML elements cannot simply nest one per record.  The text
is cut at every span boundary into segments; each segment is one flat ``<span>`` whose
classes name the layers covering it (each layer styles a different CSS property, so they
combine), whose ``title`` lists the covering records for hover, and whose ``data-r``
lists their ids for the cross-highlighting script.  A small tag (entity label and actor
code, timex value, event type, claim kind) follows the end of each span, in the manner of
displaCy's renderers.  Output is always well-formed: nothing nests across segments.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Any

# Layer keys, in the order their tags and hover lines are listed.
KINDS = ("ent", "tmx", "trg", "cue", "cnt")


@dataclass(frozen=True)
class Mark:
    """One highlighted span: which layer, which record, what hover and tag say."""

    start: int
    end: int
    kind: str
    rid: str
    css: str
    hover: str
    tag: str | None


def _codes(codes: list[str] | None) -> str:
    return ",".join(codes or []) or "?"


def entity_label(ent: dict[str, Any]) -> str:
    actor = ent.get("actor") or {}
    code = actor.get("code")
    sector = actor.get("sector")
    return " ".join(x for x in (ent.get("label"), code, sector) if x)


def event_summary(ev: dict[str, Any]) -> str:
    cameo = f" ({ev['cameo']})" if ev.get("cameo") else ""
    neg = " NOT" if ev.get("polarity") == "negative" else ""
    return (f"{ev.get('type')}{cameo}{neg} {_codes(ev.get('actors'))} \u2192 "
            f"{_codes(ev.get('recipients'))}, {ev.get('modality')}")


def speaker_label(claim: dict[str, Any]) -> str:
    """The speaker as a reader wants it: text, resolved name and actor code."""
    sp = claim.get("speaker") or {}
    res = claim.get("resolved_speaker") or {}
    name = sp.get("text") or ""
    resolved = sp.get("resolved") or res.get("resolved")
    actor = sp.get("actor") or res.get("actor")
    if resolved and resolved != name:
        name = f"{name} = {resolved}" if name else resolved
    return f"{name or '(no speaker)'}" + (f" [{actor}]" if actor else "")


def marks(record: dict[str, Any]) -> list[Mark]:
    """Every highlightable span of one document record."""
    out: list[Mark] = []
    for ent in record.get("entities") or []:
        coded = bool((ent.get("actor") or {}).get("code"))
        label = entity_label(ent)
        out.append(Mark(ent["start"], ent["end"], "ent", ent["id"],
                        "ent coded" if coded else "ent",
                        f"{ent['id']} entity {label}", label))
    for tx in record.get("timexes") or []:
        value = tx.get("value") or "?"
        mod = f" {tx['mod']}" if tx.get("mod") else ""
        out.append(Mark(tx["start"], tx["end"], "tmx", tx["id"], "tmx",
                        f"{tx['id']} timex {tx.get('type')} {value}{mod}", f"{value}{mod}"))
    for ev in record.get("events") or []:
        trig = ev.get("trigger") or {}
        if "start" not in trig:
            continue
        out.append(Mark(trig["start"], trig["end"], "trg", ev["id"], "trg",
                        f"{ev['id']} event {event_summary(ev)}", str(ev.get("type"))))
    for cl in record.get("claims") or []:
        denial = cl.get("kind") == "denial"
        cue = cl.get("cue") or {}
        who = speaker_label(cl)
        target = f" target {cl['target']}" if cl.get("target") else ""
        if "start" in cue:
            out.append(Mark(cue["start"], cue["end"], "cue", cl["id"],
                            "cue den" if denial else "cue",
                            f"{cl['id']} {cl.get('kind')} cue, speaker {who}{target}",
                            str(cl.get("kind"))))
        content = cl.get("content") or {}
        if "start" in content:
            out.append(Mark(content["start"], content["end"], "cnt", cl["id"],
                            "cnt den" if denial else "cnt",
                            f"{cl['id']} {cl.get('kind')} content, speaker {who}", None))
    out.sort(key=lambda m: (m.start, -m.end, KINDS.index(m.kind), m.rid))
    return out


def highlight(record: dict[str, Any], prefix: str) -> str:
    """HTML of the article text with all marks and sentence numbers.

    ``prefix`` makes element ids unique within the page (one per article).
    """
    text: str = record.get("text") or ""
    ms = [m for m in marks(record) if 0 <= m.start < m.end <= len(text)]
    sent_starts = {s["start"]: i for i, s in enumerate(record.get("sentences") or [])}
    cuts = {0, len(text), *sent_starts}
    for m in ms:
        cuts.update((m.start, m.end))
    bounds = sorted(cuts)
    parts: list[str] = []
    active: list[Mark] = []
    pending = list(ms)  # sorted by start
    nxt = 0
    for a, b in zip(bounds, bounds[1:], strict=False):
        if a in sent_starts:
            i = sent_starts[a]
            parts.append(f'<span class="sn" id="{prefix}-s{i}" title="sentence {i}">{i}</span>')
        while nxt < len(pending) and pending[nxt].start <= a:
            active.append(pending[nxt])
            nxt += 1
        active = [m for m in active if m.end > a]
        segment = escape(text[a:b], quote=False)
        if not active:
            parts.append(segment)
            continue
        classes = sorted({c for m in active for c in m.css.split()})
        hover = "\n".join(m.hover for m in active)
        rids = " ".join(dict.fromkeys(m.rid for m in active))
        parts.append(f'<span class="{" ".join(classes)}" data-r="{escape(rids)}" '
                     f'title="{escape(hover)}">{segment}</span>')
        for m in active:
            if m.end == b and m.tag:
                parts.append(f'<span class="tag t-{m.kind}" data-r="{escape(m.rid)}">'
                             f"{escape(m.tag, quote=False)}</span>")
    # Trailing blank lines carry no span; dropping them keeps the box tight.
    return "".join(parts).rstrip()
