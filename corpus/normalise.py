"""Text normalisation, done once at ingest and never again: BOM stripped, CRLF and CR to LF, Unicode NFC.

Spans given on the raw text are carried over to the normalised text through an offset map, so importing
pre-annotated documents never moves a span off its words.

>>> normalise_text("\\ufeffShe said:\\r\\n\\"Cafe\\u0301\\"")
'She said:\\n"Café"'
"""

from __future__ import annotations

import unicodedata

from schemas import Document, Span

BOM = "\ufeff"


def _chunks(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into pieces that normalise independently: CRLF pairs, and a starter with the combining
    marks (or conjoining Hangul jamo) that follow it."""
    bounds: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        if text[i] == "\r" and j < n and text[j] == "\n":
            j += 1
        else:
            while j < n and (unicodedata.combining(text[j]) or "\u1100" <= text[j] <= "\u11ff"):
                j += 1
        bounds.append((i, j))
        i = j
    return bounds


def _normalise_piece(piece: str) -> str:
    piece = piece.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", piece)


def normalise_text(text: str) -> str:
    """BOM stripped, CRLF / CR turned into LF, NFC.

    Idempotent: ``normalise_text(normalise_text(t)) == normalise_text(t)``.
    """
    return normalise_with_map(text)[0]


def normalise_with_map(text: str) -> tuple[str, list[int]]:
    """The normalised text and, for every raw offset ``0..len(text)``, the normalised offset of that position.

    An offset inside a piece that normalises as a whole (between CR and LF, between a letter and its
    combining accent) maps to the end of that piece.
    """
    start = 1 if text.startswith(BOM) else 0
    out: list[str] = []
    mapping = [0] * (len(text) + 1)
    pos = 0
    for i, j in _chunks(text[start:]):
        piece = _normalise_piece(text[start + i : start + j])
        for k in range(start + i, start + j):
            mapping[k] = pos if k == start + i else pos + len(piece)
        out.append(piece)
        pos += len(piece)
    mapping[len(text)] = pos
    result = "".join(out)
    whole = _normalise_piece(text[start:])
    if result != whole:  # pieces interacted (exotic composition): keep the exact text, map coarsely
        return whole, [min(m, len(whole)) for m in mapping]
    return result, mapping


def normalise_document(doc: Document) -> Document:
    """``doc`` with normalised text and every span moved to the same words in that text."""
    text, mapping = normalise_with_map(doc.text)
    if text == doc.text:
        return doc
    spans = []
    for s in doc.spans:
        if 0 <= s.start <= s.end <= len(doc.text):
            spans.append(Span(s.id, mapping[s.start], mapping[s.end], s.label, s.attrs))
        else:
            spans.append(s)  # out of bounds already: validation reports it against the original offsets
    return Document(doc.id, text, tuple(spans), doc.relations, doc.meta)
