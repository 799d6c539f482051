"""The page around the views: one self-contained HTML file, its CSS and a tiny script.

Everything is inline (no network, no CDN, no fonts to fetch), so the file opens offline
and can be mailed or archived with a run.  The script cross-highlights (hovering a span or
a table row lights up every span and row of the same record) and keeps the height of the
sticky legend bar in ``--stick``, the scroll margin of every link target, so that a
followed link (a timeline mark, a cross-pair reference) leaves its row below the bar
rather than under it, whatever the width the legend wraps to.
"""

from __future__ import annotations

from html import escape
from string import Template
from typing import Any

from .highlight import highlight
from .tables import claim_table, entity_table, event_table, pair_table, sentence_table, timex_table

CSS = """
:root{--ent:#dbeafe;--ent2:#bfdbfe;--tmx:#bbf7d0;--trg:#ea580c;--cue:#7c3aed;--den:#dc2626;
--ink:#1f2937;--mute:#6b7280;--line:#e5e7eb;--bg:#f8fafc}
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;
color:var(--ink);background:var(--bg)}
nav{position:fixed;top:0;left:0;bottom:0;width:230px;overflow:auto;background:#0f172a;
color:#cbd5e1;padding:14px 12px;font-size:13px}
nav h1{font-size:15px;color:#fff;margin:0 0 10px}
nav a{color:#cbd5e1;text-decoration:none;display:block;padding:3px 6px;border-radius:4px}
nav a:hover{background:#1e293b;color:#fff}
nav .sub{color:#64748b;font-size:11px;text-transform:uppercase;letter-spacing:.05em;
margin:12px 0 4px}
nav .c{color:#64748b;font-size:11px}
main{margin-left:230px;padding:18px 28px 60px;max-width:1500px;min-width:0}
section{overflow-x:auto}
table.cross td:nth-child(2),table.cross td:nth-child(5){min-width:220px}
table.cross td:nth-child(7){min-width:210px;overflow-wrap:anywhere;font-size:11.5px;
color:#475569}
:target{outline:2px solid #facc15;outline-offset:1px}
header.top{display:flex;flex-wrap:wrap;gap:8px 24px;align-items:baseline;margin-bottom:6px}
header.top h1{font-size:20px;margin:0}
.run{color:var(--mute);font-size:12px}
.legendbar{position:sticky;top:0;z-index:5;background:var(--bg);border-bottom:1px solid var(--line);
padding:6px 0;margin-bottom:10px;font-size:12.5px;display:flex;flex-wrap:wrap;gap:6px 16px}
[id]{scroll-margin-top:calc(var(--stick,56px) + 8px)}
section{background:#fff;border:1px solid var(--line);
border-radius:8px;padding:14px 18px;margin:14px 0}
h2{font-size:17px;margin:0 0 4px}
h3{font-size:14px;margin:14px 0 6px}
.meta{color:var(--mute);font-size:12.5px;margin:0 0 8px}
.grid2{display:grid;grid-template-columns:repeat(auto-fit,minmax(420px,1fr));gap:4px 24px}
.text{white-space:pre-wrap;font-size:15px;line-height:2.05;background:#fff;
border-left:3px solid var(--line);padding:4px 14px;max-width:980px}
.ent{background:var(--ent);border-radius:3px}
.ent.coded{background:var(--ent2)}
.tmx{background:var(--tmx);border-radius:3px}
.trg{box-shadow:inset 0 0 0 2px var(--trg);border-radius:3px;font-weight:600}
.cue{text-decoration:underline wavy var(--cue);text-underline-offset:4px;font-style:italic}
.cue.den{text-decoration-color:var(--den)}
.cnt{border-bottom:2px dotted var(--cue)}
.cnt.den{border-bottom-color:var(--den)}
.tag{font-size:10px;font-weight:700;padding:1px 4px;border-radius:3px;margin:0 2px 0 1px;
vertical-align:1px;white-space:nowrap;font-style:normal}
.t-ent{background:#1e40af;color:#fff}.t-tmx{background:#166534;color:#fff}
.t-trg{background:var(--trg);color:#fff}.t-cue{background:var(--cue);color:#fff}
.sn{font-size:9.5px;color:#94a3b8;vertical-align:super;margin-right:2px;
font-variant-numeric:tabular-nums}
.hl{outline:2px solid #facc15!important;background-color:#fef9c3!important}
table{border-collapse:collapse;width:100%;font-size:12.5px;margin:2px 0 8px}
th{background:#f1f5f9;text-align:left;font-weight:600;padding:4px 6px;
border-bottom:1px solid #cbd5e1;position:sticky;top:0}
td{padding:3px 6px;border-bottom:1px solid var(--line);vertical-align:top}
tbody tr:nth-child(even){background:#fafafa}
code{font:12px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:#f1f5f9;
padding:0 3px;border-radius:3px;white-space:nowrap}
.tall{max-height:440px;overflow-y:auto}
.side{min-width:150px}
.codes{font:12px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-weight:600}
.etype{font-weight:600}
.neg{color:var(--den);font-weight:600}
.kind{font-weight:600}.k-denial{color:var(--den)}.k-accusation{color:#b45309}
.nil{color:#cbd5e1}
.empty,.note{color:var(--mute);font-size:12.5px;margin:4px 0}
details{margin:6px 0}
summary{cursor:pointer;font-weight:600;font-size:13.5px;padding:3px 0}
.chips{display:flex;flex-wrap:wrap;gap:6px;margin:4px 0 10px}
.chip{background:#f1f5f9;border-radius:10px;padding:1px 9px;font-size:12px}
.bar{display:inline-block;height:10px;border-radius:2px;vertical-align:middle;margin-right:6px}
.n{font-variant-numeric:tabular-nums}
.swatch{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:5px;
vertical-align:middle}
.legend{display:flex;flex-wrap:wrap;gap:4px 14px;font-size:12px;margin:4px 0}
.lg{white-space:nowrap}
.scroll{overflow-x:auto}
svg.timeline text{font-size:11px;fill:#475569}
svg.timeline .tick{text-anchor:middle}
svg.timeline .lanelabel{text-anchor:end}
svg.timeline .grid{stroke:#e5e7eb}
svg.timeline .lane{stroke:#cbd5e1;stroke-dasharray:2 3}
svg.timeline .ev{stroke:#fff;stroke-width:1;opacity:.9}
svg.timeline .bar{opacity:.5}
svg.timeline .clipped{stroke:#334155;stroke-dasharray:3 2;opacity:.35}
svg.timeline a:hover .ev{opacity:1;stroke:#111}
table.overview td:nth-child(n+3),table.overview th:nth-child(n+3){text-align:right}
@media print{nav,.legendbar{display:none}main{margin:0}}
"""

SCRIPT = """
(function(){var bar=document.querySelector('.legendbar');function stick(){if(bar)
document.documentElement.style.setProperty('--stick',bar.offsetHeight+'px')}
stick();window.addEventListener('resize',stick);})();
(function(){var lit=[];document.addEventListener('mouseover',function(ev){
var el=ev.target.closest?ev.target.closest('[data-r]'):null;
lit.forEach(function(x){x.classList.remove('hl')});lit=[];if(!el)return;
var sec=el.closest('section');if(!sec)return;var ids=el.getAttribute('data-r').split(' ');
sec.querySelectorAll('[data-r]').forEach(function(x){var r=x.getAttribute('data-r').split(' ');
if(r.some(function(i){return ids.indexOf(i)>=0})){x.classList.add('hl');lit.push(x)}});});})();
"""

LEGEND = (
    '<span><b>Highlights:</b></span>'
    '<span><span class="ent coded">entity with actor code</span>'
    '<span class="tag t-ent">GPE RUS</span></span>'
    '<span><span class="ent">entity</span></span>'
    '<span><span class="tmx">timex</span><span class="tag t-tmx">2023-08-21</span></span>'
    '<span><span class="trg">event trigger</span><span class="tag t-trg">TYPE</span></span>'
    '<span><span class="cue">claim cue</span><span class="tag t-cue">kind</span></span>'
    '<span><span class="cnt">claim content</span></span>'
    '<span><span class="cue den">denial cue</span> <span class="cnt den">denial content</span>'
    '</span><span class="run">hover a span for its records; hovering lights up the same '
    "record in text and tables</span>"
)

PAGE = Template("""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>$title</title>
<style>$css</style>
</head>
<body>
<nav>
<h1>Run report</h1>
<a href="#batch">Batch overview</a>
<a href="#timeline">Timeline</a>
<a href="#counts">Event types, actor pairs</a>
<a href="#cross">Cross-article pairs</a>
<a href="#errors">Errors ($n_errors)</a>
<div class="sub">Articles ($n_docs)</div>
$nav_docs
</nav>
<main>
<header class="top"><h1>$title</h1><span class="run">$run_info</span></header>
<div class="legendbar">$legend</div>
$batch
$articles
</main>
<script>$script</script>
</body>
</html>
""")


def run_info(manifest: dict[str, Any]) -> str:
    """The manifest's reproducibility facts, minus timings (which would break determinism)."""
    model = manifest.get("model") or {}
    parts = [
        f"pipeline {manifest.get('pipeline_version', '?')}",
        f"spaCy {manifest.get('spacy', '?')}",
        f"model {model.get('name', '?')} {model.get('version', '')}".rstrip(),
        f"config {str(manifest.get('config_sha256', '?'))[:12]}",
        f"{manifest.get('documents', '?')} documents, {manifest.get('failed', 0)} failed",
    ]
    return escape(" \u00b7 ".join(parts))


SEP = " \u00b7 "


def _details(title: str, n: int, body: str, *, open_: bool = True) -> str:
    flag = " open" if open_ else ""
    return (f"<details{flag}><summary>{escape(title)} ({n})</summary>"
            f'<div class="scroll">{body}</div></details>')


def article_section(record: dict[str, Any], prefix: str) -> str:
    """One article: header, highlighted text, then every layer as a table."""
    meta = record.get("meta") or {}
    doc_id = record["doc_id"]
    title = meta.get("title") or doc_id
    bits = [f"<code>{escape(doc_id)}</code>"]
    if meta.get("source"):
        bits.append(escape(str(meta["source"])))
    bits.append(f"DCT {escape(str(record.get('dct') or 'none'))}")
    if meta.get("url"):
        bits.append(f'<span class="url">{escape(str(meta["url"]))}</span>')
    n = {k: len(record.get(k) or []) for k in
         ("sentences", "entities", "timexes", "events", "claims", "pairs")}
    chips = "".join(f'<span class="chip">{v} {k}</span>' for k, v in n.items())
    return (
        f'<section class="article" id="{prefix}">'
        f"<h2>{escape(str(title))}</h2>"
        f'<p class="meta">{SEP.join(bits)}</p>'
        f'<div class="chips">{chips}</div>'
        f'<div class="text">{highlight(record, prefix)}</div>'
        + _details("Events", n["events"], event_table(record, prefix))
        + _details("Claims", n["claims"], claim_table(record, prefix))
        + _details("Denial \u2192 claim pairs", n["pairs"], pair_table(record))
        + '<div class="grid2">'
        + _details("Entities", n["entities"], entity_table(record, prefix))
        + _details("Timexes", n["timexes"], timex_table(record, prefix))
        + "</div>"
        + _details("Sentences", n["sentences"], sentence_table(record), open_=False)
        + "</section>\n"
    )


def nav_link(prefix: str, record: dict[str, Any]) -> str:
    meta = record.get("meta") or {}
    title = str(meta.get("title") or record["doc_id"])
    short = title if len(title) <= 60 else title[:58] + "\u2026"
    return (f'<a href="#{prefix}" title="{escape(record["doc_id"])}">{escape(short)}'
            f' <span class="c">{len(record.get("events") or [])} ev</span></a>')
