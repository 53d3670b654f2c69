"""Convert between spans (code-point offsets) and token-level BIO tags.

The tokeniser is deliberately simple and documented, so anyone can reproduce the ``tokens`` column of the
dataset: a token is a run of word characters (``\\w+``, Unicode-aware) or any single other non-space code
point (punctuation, quotation marks, each code point of an emoji). ``"Labour's"`` is three tokens:
``Labour``, ``'``, ``s``.

Token indices never leave this module: callers give and get spans with code-point offsets. A span whose
edges do not fall on token edges, or two spans that overlap, cannot be expressed as BIO and raise
:class:`~schemas.errors.SpanError` naming the document, offsets and label; nothing is dropped silently.

>>> text = "Labour MP Stella Creasy tweeted"
>>> speaker = Span("T2", len("Labour MP "), len("Labour MP Stella Creasy"), "SPEAKER")
>>> spans = [Span("T1", 0, len("Labour"), "PARTY"), speaker]
>>> tokens, tags = spans_to_bio(text, spans)
>>> list(zip(tokens, tags))
[('Labour', 'B-PARTY'), ('MP', 'O'), ('Stella', 'B-SPEAKER'), ('Creasy', 'I-SPEAKER'), ('tweeted', 'O')]
>>> [(s.start, s.end, s.label) for s in bio_to_spans(text, tags)]
[(0, 6, 'PARTY'), (10, 23, 'SPEAKER')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .errors import SpanError
from .model import Span
from .schema import Schema, load_schema

TOKEN_RE = re.compile(r"\w+|[^\w\s]")


def bio_tags(schema: Schema | None = None) -> list[str]:
    """The tag set, ``O`` first, then ``B-``/``I-`` per span label in schema order."""
    schema = schema or load_schema()
    return ["O"] + [f"{p}-{label}" for label in schema.span_labels for p in ("B", "I")]


def token_offsets(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` code-point offsets of each token of ``text``."""
    return [m.span() for m in TOKEN_RE.finditer(text)]


def tokenize(text: str) -> list[str]:
    """The tokens of ``text`` (see the module docstring for the rule)."""
    return TOKEN_RE.findall(text)


def spans_to_bio(text: str, spans: Sequence[Span], doc_id: str = "?") -> tuple[list[str], list[str]]:
    """Tokens of ``text`` and one BIO tag per token for non-overlapping, token-aligned ``spans``."""
    offsets = token_offsets(text)
    starts = {s: i for i, (s, _) in enumerate(offsets)}
    ends = {e: i for i, (_, e) in enumerate(offsets)}
    tags = ["O"] * len(offsets)
    owner: list[Span | None] = [None] * len(offsets)
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        first, last = starts.get(span.start), ends.get(span.end)
        if first is None or last is None:
            edge = "start" if first is None else "end"
            raise SpanError(
                f"document {doc_id!r}: span {span.id} [{span.start}:{span.end}] {span.label}: its {edge} is inside "
                f"a token ({text[span.start:span.end]!r}); BIO needs spans on token edges (see schemas/bio.py)"
            )
        for i in range(first, last + 1):
            other = owner[i]
            if other is not None:
                raise SpanError(
                    f"document {doc_id!r}: span {span.id} [{span.start}:{span.end}] {span.label} overlaps span "
                    f"{other.id} [{other.start}:{other.end}] {other.label}; BIO cannot hold nested spans"
                )
            owner[i] = span
            tags[i] = ("B-" if i == first else "I-") + span.label
    return [text[s:e] for s, e in offsets], tags


def bio_to_spans(text: str, tags: Sequence[str], id_prefix: str = "T") -> list[Span]:
    """Spans from one BIO tag per token of ``text``. An ``I-X`` after ``O`` or another label starts a span
    (the lenient reading used by conlleval); spans get ids ``T1``, ``T2``, ... in order."""
    offsets = token_offsets(text)
    if len(offsets) != len(tags):
        raise SpanError(f"{len(tags)} tags for {len(offsets)} tokens; tags must come from tokenize(text)")
    spans: list[Span] = []
    current: tuple[int, int, str] | None = None

    def close() -> None:
        if current is not None:
            spans.append(Span(f"{id_prefix}{len(spans) + 1}", current[0], current[1], current[2]))

    for (start, end), tag in zip(offsets, tags, strict=True):
        prefix, _, label = tag.partition("-")
        if tag == "O":
            close()
            current = None
        elif prefix == "I" and current is not None and current[2] == label:
            current = (current[0], end, label)
        elif prefix in ("B", "I") and label:
            close()
            current = (start, end, label)
        else:
            raise SpanError(f"tag {tag!r} is not O, B-LABEL or I-LABEL")
    close()
    return spans
