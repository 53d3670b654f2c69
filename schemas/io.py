"""Read and write the documents JSONL format, the one interchange format of quotegold.

One JSON object per line: ``{"id", "text", "spans", "relations", "meta"}``. Reading names the file and line
of a malformed line; writing is atomic (a temporary file beside the target, renamed over it at the end).
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import jsonlines

from .errors import FormatError
from .model import Document


def iter_json_lines(path: str | Path) -> Iterator[tuple[int, Any]]:
    """Yield ``(line_number, object)`` for each non-blank line; a bad line raises :class:`FormatError`."""
    path = Path(path)
    try:
        fh = path.open("r", encoding="utf-8")
    except OSError as exc:
        raise FormatError(f"{path}: cannot open: {exc.strerror or exc}") from exc
    with fh:
        # Line numbers count every physical line, blank ones included, so messages point at the right place.
        lineno = 0
        try:
            for lineno, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    yield lineno, json.loads(line)
                except json.JSONDecodeError as exc:
                    raise FormatError(f"{path}:{lineno}: not valid JSON ({exc.msg}): {line.strip()[:80]!r}") from exc
        except UnicodeDecodeError as exc:
            raise FormatError(f"{path}: not UTF-8 near line {lineno + 1}: {exc.reason}") from exc


def iter_documents(path: str | Path) -> Iterator[Document]:
    """Stream documents from a JSONL file, one at a time (memory does not grow with the file)."""
    for lineno, obj in iter_json_lines(path):
        yield Document.from_dict(obj, where=f"{path}:{lineno}")


def read_documents(path: str | Path) -> list[Document]:
    """All documents of a JSONL file; duplicate ids are an error naming both lines."""
    docs: list[Document] = []
    first_line: dict[str, int] = {}
    for lineno, obj in iter_json_lines(path):
        doc = Document.from_dict(obj, where=f"{path}:{lineno}")
        if doc.id in first_line:
            raise FormatError(f"{path}:{lineno}: document id {doc.id!r} already used on line {first_line[doc.id]}")
        first_line[doc.id] = lineno
        docs.append(doc)
    return docs


@contextmanager
def atomic_writer(path: str | Path, mode: str = "w") -> Iterator[IO[Any]]:
    """Open a temporary file beside ``path``; on success rename it over ``path``, on error delete it."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.chmod(tmp, 0o666 & ~current_umask())  # mkstemp makes it private; the result gets the usual mode
    try:
        encoding = None if "b" in mode else "utf-8"
        with os.fdopen(fd, mode, encoding=encoding) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def current_umask() -> int:
    """The process's umask (reading it means setting it, so it is set straight back)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_documents(path: str | Path, docs: Iterable[Document]) -> int:
    """Write documents atomically (the file appears whole or not at all); returns how many."""
    n = 0
    with atomic_writer(path) as fh:
        writer = jsonlines.Writer(fh, dumps=lambda o: json.dumps(o, ensure_ascii=False))
        for doc in docs:
            writer.write(doc.to_dict())
            n += 1
    return n
