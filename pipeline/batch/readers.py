"""Readers: turn input paths (folders of ``NAME.txt`` + ``NAME.meta.json``, single
``.txt`` files, ``.jsonl`` files of articles) into :class:`Article` objects.

Reading never stops a batch: every problem becomes an :class:`InputProblem` naming the
file and line, and the other articles are still yielded.  Text is kept exactly as read
(offsets are taken on it), with one documented exception: bytes that are not valid
UTF-8 are decoded as U+FFFD and a warning is recorded.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .dates import dateline_date, parse_published

META_SUFFIX = ".meta.json"


@dataclass
class Article:
    """One article to process: its id, raw text, metadata and creation date (DCT)."""

    doc_id: str
    text: str
    meta: dict[str, Any] = field(default_factory=dict)
    dct: str | None = None
    source: str = ""
    # where the DCT came from: meta (``published``), dateline, option (``--dct``), none
    dct_source: str = "none"


@dataclass
class InputProblem:
    """An input that could not be read (``error``) or was read with a caveat (``warning``)."""

    source: str
    reason: str
    line: int | None = None
    doc_id: str | None = None
    severity: str = "error"

    def as_record(self) -> dict[str, Any]:
        return {"source": self.source, "line": self.line, "doc_id": self.doc_id,
                "severity": self.severity, "reason": self.reason}


def parse_dct(value: Any) -> str | None:
    """``YYYY-MM-DD`` from a ``published`` value in any common format, else None."""
    return parse_published(value)


# Share of a decoded text that may be U+FFFD or control characters before the input is
# taken for binary data rather than text with a few bad bytes.
BINARY_SHARE = 0.1
_NOT_TEXT = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")


def decode(data: bytes, source: str, problems: list[InputProblem]) -> str | None:
    """UTF-8 text of a file.

    Decode policy: NUL bytes, or more than ``BINARY_SHARE`` of the decoded characters
    being U+FFFD or control characters, mean binary data (refused, an error); otherwise
    bytes that are not UTF-8 become U+FFFD (a warning naming the first bad byte and its
    line), and offsets refer to that decoded text.
    """
    if b"\x00" in data:
        problems.append(InputProblem(source, "binary file (contains NUL bytes)"))
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        text = data.decode("utf-8", errors="replace")
        if len(_NOT_TEXT.findall(text)) > BINARY_SHARE * len(text):
            problems.append(InputProblem(source, "binary file (mostly not UTF-8 text)"))
            return None
        line = data[: exc.start].count(b"\n") + 1
        problems.append(InputProblem(
            source, f"invalid UTF-8 at byte {exc.start}; undecodable bytes replaced by U+FFFD",
            line=line, severity="warning"))
        return text


def _finish(
    article: Article, default_dct: str | None, problems: list[InputProblem]
) -> Article | None:
    """Check text and date; the DCT falls back to ``--dct`` and is never today's date."""
    if not article.text.strip():
        problems.append(InputProblem(article.source, "empty article", doc_id=article.doc_id))
        return None
    published = article.meta.get("published")
    article.dct = parse_dct(published)
    if published not in (None, "") and article.dct is None:
        problems.append(InputProblem(
            article.source, f"unparseable published date {published!r}; using a dateline, "
            "--dct or none", doc_id=article.doc_id, severity="warning"))
    if article.dct is not None:
        article.dct_source = "meta"
        return article
    article.dct, written = dateline_date(article.text, default_dct)
    if article.dct is not None:
        article.dct_source = "dateline"
    elif default_dct is not None:
        article.dct, article.dct_source = default_dct, "option"
    if written is not None and article.dct_source != "dateline":
        problems.append(InputProblem(
            article.source, f"dateline date {written!r} has no year or cannot be read; "
            "give --dct to date it", doc_id=article.doc_id, severity="warning"))
    return article


def read_text_article(path: Path, default_dct: str | None,
                      problems: list[InputProblem]) -> Article | None:
    """``NAME.txt`` with an optional ``NAME.meta.json`` beside it."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        problems.append(InputProblem(str(path), f"unreadable: {exc.strerror or exc}"))
        return None
    text = decode(data, str(path), problems)
    if text is None:
        return None
    meta: dict[str, Any] = {}
    meta_path = path.with_name(path.name[: -len(".txt")] + META_SUFFIX)
    if meta_path.exists():
        try:
            loaded = json.loads(meta_path.read_text(encoding="utf-8"))
            if isinstance(loaded, dict):
                meta = loaded
            else:
                problems.append(InputProblem(str(meta_path), "metadata is not a JSON object",
                                             severity="warning"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            line = getattr(exc, "lineno", None)
            problems.append(InputProblem(str(meta_path), f"unreadable metadata: {exc}",
                                         line=line, severity="warning"))
    doc_id = str(meta.get("id") or path.name[: -len(".txt")])
    return _finish(Article(doc_id, text, meta, None, str(path)), default_dct, problems)


def read_jsonl(path: Path, default_dct: str | None,
               problems: list[InputProblem]) -> Iterator[Article]:
    """One article per line: ``{"id", "text", "published", ...}``; bad lines are reported."""
    try:
        handle = open(path, "rb")
    except OSError as exc:
        problems.append(InputProblem(str(path), f"unreadable: {exc.strerror or exc}"))
        return
    with handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            source = f"{path}:{number}"
            line = decode(raw, source, problems)
            if line is None:
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.append(InputProblem(str(path), f"malformed JSON: {exc.msg}", line=number))
                continue
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                problems.append(InputProblem(str(path), "line has no string field 'text'",
                                             line=number))
                continue
            meta = {k: v for k, v in obj.items() if k != "text"}
            doc_id = str(obj.get("id") or f"{path.stem}-{number}")
            article = _finish(Article(doc_id, obj["text"], meta, None, source), default_dct,
                              problems)
            if article is not None:
                yield article


def iter_articles(inputs: Iterable[str | Path], default_dct: str | None,
                  problems: list[InputProblem]) -> Iterator[Article]:
    """Every article under the inputs, lazily and in a stable order (sorted file names)."""
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            try:
                files = sorted(p for p in path.iterdir() if p.suffix in (".txt", ".jsonl"))
            except OSError as exc:
                problems.append(InputProblem(str(path), f"unreadable: {exc.strerror or exc}"))
                continue
        elif path.exists() or path.is_symlink():
            files = [path]
        else:
            problems.append(InputProblem(str(path), "no such file or folder"))
            continue
        for file in files:
            if file.suffix == ".jsonl":
                yield from read_jsonl(file, default_dct, problems)
            elif file.suffix == ".txt":
                article = read_text_article(file, default_dct, problems)
                if article is not None:
                    yield article
            else:
                problems.append(InputProblem(str(file), "not a .txt or .jsonl file"))
