"""Helpers shared by the rules extractor tests: run the extractor on a text and read its output as text."""

from __future__ import annotations

from annotation.extractors import get_extractor
from schemas import Document, validate_document


def run(text: str, **options: str) -> Document:
    """The rules extractor's prediction for ``text``, checked against the schema."""
    return validate_document(get_extractor("rules", **options).extract(Document("t", text)))


def labelled(doc: Document, label: str) -> list[tuple[int, int, dict[str, str]]]:
    """(start, end, attrs) of every span of ``label``."""
    return [(s.start, s.end, dict(s.attrs)) for s in doc.spans if s.label == label]


def texts(doc: Document, label: str) -> list[str]:
    """The text of every span of ``label``."""
    return [s.text_in(doc.text) for s in doc.spans if s.label == label]


def pairs(doc: Document, relation: str) -> list[tuple[str, str]]:
    """(head text, tail text) of every ``relation``."""
    by_id = doc.span_by_id()
    return [(by_id[r.head].text_in(doc.text), by_id[r.tail].text_in(doc.text))
            for r in doc.relations if r.label == relation]
