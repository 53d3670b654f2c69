"""Bring text into a corpus JSONL: ``.txt``, ``.md``, ``.html`` / ``.htm`` (visible text only) and documents
``.jsonl`` files, or folders of them.

Each document gets a stable id (a hash of its normalised text, unless the input gives one), a title, its
source path and the ingest time in ``meta``. Text is normalised here (see :mod:`corpus.normalise`) and never
again. Exact duplicates, of each other or of what the corpus already holds, are reported and skipped.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path

from schemas import Document, FormatError, atomic_writer, document_problems
from schemas.io import iter_json_lines

from .normalise import normalise_document, normalise_text

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + (".jsonl",)


def doc_id_for(text: str) -> str:
    """The stable id of a document: the first 16 hex digits of the SHA-256 of its normalised text.

    >>> doc_id_for("Hello")
    '185f8db32271fe25'
    """
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def content_hash(text: str) -> str:
    """Full SHA-256 of the text, used to tell whether a document changed under the same id."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class _VisibleText(HTMLParser):
    BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "section", "article"}
    HIDDEN = {"script", "style", "head", "noscript", "template"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self.hidden = 0
        self.in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True
        if tag in self.HIDDEN:
            self.hidden += 1
        if tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in self.HIDDEN and self.hidden:
            self.hidden -= 1
        if tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        elif not self.hidden:
            # Collapse runs of whitespace but keep one at each edge: "Second <b>paragraph</b>" keeps its space.
            self.parts.append(re.sub(r"\s+", " ", data))

    def text(self) -> str:
        paragraphs = ("".join(self.parts)).split("\n\n")
        return "\n\n".join(" ".join(p.split()) for p in paragraphs if p.strip())


def html_to_text(html: str) -> tuple[str, str]:
    """Visible text of an HTML page (script, style and head dropped; blocks become paragraphs) and its title."""
    parser = _VisibleText()
    parser.feed(html)
    parser.close()
    return parser.text(), " ".join("".join(parser.title).split())


def _decode(path: Path, encoding: str | None) -> str:
    raw = path.read_bytes()
    try:
        return raw.decode(encoding or "utf-8")
    except UnicodeDecodeError as exc:
        raise FormatError(
            f"{path}: not valid {encoding or 'UTF-8'} at byte {exc.start}; "
            "pass --encoding with the file's encoding (for example --encoding cp1252)"
        ) from exc
    except LookupError as exc:
        raise FormatError(f"unknown encoding {encoding!r}") from exc


def _title_of(text: str) -> str:
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return first.lstrip("#").strip()[:120]


def iter_source_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files to ingest: each given file, and every supported file under each given folder (sorted, hidden
    files skipped). A given file with another suffix is an error."""
    for p in map(Path, paths):
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and f.suffix.lower() in SUFFIXES and not f.name.startswith("."):
                    yield f
        elif p.is_file():
            if p.suffix.lower() not in SUFFIXES:
                raise FormatError(f"{p}: cannot ingest {p.suffix or 'files without suffix'}; use {', '.join(SUFFIXES)}")
            yield p
        else:
            raise FormatError(f"{p}: no such file or folder")


def read_source(path: Path, encoding: str | None = None, now: str | None = None) -> Iterator[Document]:
    """Documents from one source file, normalised, with id, title, source and ingest time in ``meta``."""
    now = now or datetime.now(UTC).isoformat(timespec="seconds")
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        for lineno, obj in iter_json_lines(path):
            doc = normalise_document(Document.from_dict(obj, where=f"{path}:{lineno}"))
            problems = document_problems(doc)
            if problems:  # pre-annotated input must fit its text: nothing invalid enters a corpus
                raise type(problems[0])(f"{path}:{lineno}: {problems[0]}")
            meta = {"title": _title_of(doc.text), "source": str(path), "ingested_at": now, **doc.meta}
            yield Document(doc.id, doc.text, doc.spans, doc.relations, meta)
        return
    raw = _decode(path, encoding)
    if suffix in HTML_SUFFIXES:
        text, title = html_to_text(raw)
        text = normalise_text(text)
    else:
        text = normalise_text(raw)
        title = _title_of(text)
    if not text.strip():
        raise FormatError(f"{path}: no text to ingest")
    meta = {"title": title or _title_of(text), "source": str(path), "ingested_at": now}
    yield Document(doc_id_for(text), text, meta=meta)


@dataclass
class AddReport:
    """What :func:`add_to_corpus` did."""

    added: list[str] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (source, id of the document it repeats)
    conflicts: list[tuple[str, str]] = field(default_factory=list)  # (source, id used by another text)


def add_to_corpus(
    paths: Iterable[str | Path], corpus: str | Path, encoding: str | None = None
) -> AddReport:
    """Append the documents of ``paths`` to ``corpus`` (created if absent), skipping exact duplicates.

    The corpus file is rewritten atomically, so an interrupted run leaves it as it was.
    """
    corpus = Path(corpus)
    report = AddReport()
    by_hash: dict[str, str] = {}
    by_id: dict[str, str] = {}
    if corpus.exists():
        for _, obj in iter_json_lines(corpus):
            doc = Document.from_dict(obj, where=str(corpus))
            by_hash[content_hash(doc.text)] = doc.id
            by_id[doc.id] = content_hash(doc.text)
    new: list[Document] = []
    for path in iter_source_files(paths):
        for doc in read_source(path, encoding):
            h = content_hash(doc.text)
            if h in by_hash:
                report.duplicates.append((str(path), by_hash[h]))
                continue
            if doc.id in by_id:
                report.conflicts.append((str(path), doc.id))
                continue
            by_hash[h] = doc.id
            by_id[doc.id] = h
            new.append(doc)
            report.added.append(doc.id)
    if new or not corpus.exists():
        with atomic_writer(corpus) as out:
            if corpus.exists():
                with corpus.open("r", encoding="utf-8") as old:
                    for line in old:
                        if line.strip():
                            out.write(line if line.endswith("\n") else line + "\n")
            for doc in new:
                out.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
    return report
