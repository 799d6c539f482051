"""Resumable, incremental runs: a content hash per article and a store of finished lines.

An article's hash covers everything its record depends on that can be named: its id,
text, metadata and document date, the configuration's SHA-256, the model and its
version, and this package's version.  The hash is written into the record
(``content_hash``, the last key), so a rerun can tell which records are still valid
without reprocessing anything.

The source code decides records too, but its hash is kept OUT of the records: a record
must stay the same bytes across code edits that do not change what it says (the
reference run in ``outputs/`` is compared byte for byte, and a reviewer should see only
records that moved).  The code hash lives in a sidecar, ``.resume.json`` beside
``documents.jsonl`` (and ``.partial/code``), written by the run; records are reused only
when the sidecar names the current code and the very ``documents.jsonl`` it was written
with, so editing a stage still reprocesses everything on the next run.

Kill safety: finished records are appended as whole lines to ``.partial/records.jsonl``
in the output folder and flushed at once; a kill can at worst leave one incomplete last
line, which the next run cuts off.  ``documents.jsonl`` itself is only ever replaced
atomically at the end of a run, so it always holds a complete earlier run.  A rerun
indexes both files and reuses every line whose hash matches an input article.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path
from typing import Any

from .writers import DOCUMENTS, dumps

WORK_DIR = ".partial"
RECORDS = "records.jsonl"
SIDECAR = ".resume.json"  # code hash and documents.jsonl digest of the run that wrote it
WORK_CODE = "code"  # the code hash the staged records were made with
HASH_KEY = "content_hash"
_TAIL = f',"{HASH_KEY}":"'


def code_hash() -> str:
    """SHA-256 of this package's source files: a stage edited without a version bump
    must not leave earlier records looking valid."""
    package = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256()
    for file in sorted(package.rglob("*.py")):
        digest.update(file.relative_to(package).as_posix().encode())
        digest.update(b"\0")
        digest.update(file.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def run_fingerprint(settings_hash: str, model: str, model_version: str | None,
                    pipeline_version: str) -> str:
    """What outside the article decides its record and can be named in it:
    configuration, model and package version (the source code is checked apart, see
    :class:`RecordStore`)."""
    return dumps([settings_hash, model, model_version, pipeline_version])


def mark_current(out_dir: Path, code: str | None = None) -> None:
    """Write the sidecar that vouches for ``out_dir``'s ``documents.jsonl`` as written by
    this code (``code``, else :func:`code_hash`), so that a later run may reuse it."""
    target = Path(out_dir) / DOCUMENTS
    (Path(out_dir) / SIDECAR).write_text(
        dumps({"code": code or code_hash(), "documents_sha256": file_sha256(target)}) + "\n",
        "utf-8")


def file_sha256(path: Path) -> str | None:
    if not path.exists():
        return None
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def content_hash(fingerprint: str, doc_id: str, text: str, meta: dict[str, Any],
                 dct: str | None) -> str:
    """SHA-256 of the article (id, text, metadata, DCT) under a run fingerprint."""
    payload = json.dumps([fingerprint, doc_id, dct, meta, text], ensure_ascii=False,
                         sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(payload.encode("utf-8", "surrogatepass")).hexdigest()


def record_line(record: dict[str, Any], digest: str) -> str:
    """The JSONL line of a record, with its content hash as the last key."""
    return dumps({**record, HASH_KEY: digest}) + "\n"


def line_hash(line: bytes) -> str | None:
    """The content hash at the end of a complete record line (None if there is none)."""
    if not line.endswith(b'"}\n'):
        return None
    start = line.rfind(_TAIL.encode())
    if start < 0:
        return None
    digest = line[start + len(_TAIL):-3]
    return digest.decode("ascii") if len(digest) == 64 else None


def drop_partial_tail(path: Path) -> None:
    """Cut off an incomplete last line (left by a kill in the middle of a write)."""
    if not path.exists():
        return
    with open(path, "rb+") as fh:
        fh.seek(0, os.SEEK_END)
        size = fh.tell()
        if size == 0:
            return
        pos = size
        block = 1 << 16
        while pos > 0:
            step = min(block, pos)
            fh.seek(pos - step)
            chunk = fh.read(step)
            idx = chunk.rfind(b"\n")
            if idx >= 0:
                end = pos - step + idx + 1
                if end != size:
                    fh.truncate(end)
                return
            pos -= step
        fh.truncate(0)


class RecordStore:
    """Finished record lines of this and earlier runs, found by content hash.

    Memory holds one entry per record (hash -> file and offset), never the records.
    """

    def __init__(self, out_dir: str | Path, fresh: bool = False,
                 code: str | None = None) -> None:
        self.out_dir = Path(out_dir)
        self.code = code or code_hash()
        self.work = self.out_dir / WORK_DIR
        self.sources: list[Path] = [self.out_dir / DOCUMENTS, self.work / RECORDS]
        self.index: dict[str, tuple[int, int]] = {}
        work_code = self.work / WORK_CODE
        stale = work_code.exists() and work_code.read_text("ascii").strip() != self.code
        if (fresh or stale or not work_code.exists()) and self.work.exists():
            shutil.rmtree(self.work)
        self.work.mkdir(parents=True, exist_ok=True)
        work_code.write_text(self.code + "\n", "ascii")
        drop_partial_tail(self.sources[1])
        if not fresh:
            if self._documents_current():
                self._index(0, self.sources[0])
            self._index(1, self.sources[1])
        self.reused = 0
        self._append = open(self.sources[1], "ab")
        self._readers: dict[int, Any] = {}

    def _documents_current(self) -> bool:
        """Was ``documents.jsonl`` written, as it is, by this code?"""
        try:
            side = json.loads((self.out_dir / SIDECAR).read_text("utf-8"))
        except (OSError, ValueError):
            return False
        return (isinstance(side, dict) and side.get("code") == self.code
                and side.get("documents_sha256") == file_sha256(self.sources[0]))

    def _index(self, number: int, path: Path) -> None:
        if not path.exists():
            return
        with open(path, "rb") as fh:
            offset = 0
            for line in fh:
                digest = line_hash(line)
                if digest is not None:
                    self.index[digest] = (number, offset)
                offset += len(line)

    def __contains__(self, digest: str) -> bool:
        return digest in self.index

    def add(self, digest: str, line: str) -> None:
        """Append a finished line and flush it: after this it survives a kill."""
        offset = self._append.tell()
        self._append.write(line.encode("utf-8"))
        self._append.flush()
        self.index[digest] = (1, offset)

    def line(self, digest: str) -> bytes:
        number, offset = self.index[digest]
        if number not in self._readers:
            self._readers[number] = open(self.sources[number], "rb")
        fh = self._readers[number]
        fh.seek(offset)
        return fh.readline()

    def write_documents(self, order: list[str]) -> int:
        """Write ``documents.jsonl`` with the records of ``order`` (hashes, input order),
        atomically; returns the number written."""
        if not self._append.closed:
            self._append.flush()
        target = self.out_dir / DOCUMENTS
        tmp = target.with_name(DOCUMENTS + ".tmp")
        written = 0
        with open(tmp, "wb") as out:
            for digest in order:
                if digest in self.index:
                    out.write(self.line(digest))
                    written += 1
            out.flush()
            os.fsync(out.fileno())
        self.close_readers()
        os.replace(tmp, target)
        mark_current(self.out_dir, self.code)
        return written

    def close_readers(self) -> None:
        for fh in self._readers.values():
            fh.close()
        self._readers.clear()

    def close_staging(self) -> None:
        """No more records will be added (finished lines stay readable)."""
        self._append.flush()
        self._append.close()

    def close(self) -> None:
        self.close_readers()
        self._append.close()

    def discard(self) -> None:
        """Remove the work folder once ``documents.jsonl`` holds every record."""
        self.close()
        shutil.rmtree(self.work, ignore_errors=True)
