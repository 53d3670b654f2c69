"""Documents to columns: every span and relation of a corpus as numpy arrays, in one pass.

Spans are sorted canonically (document, start, end, label) so that the matching never depends on the order
spans were listed in. Relations point at span rows. Offsets stay code points, end exclusive.
"""

from __future__ import annotations

import gc
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from operator import attrgetter

import numpy as np
from numpy.typing import NDArray

from schemas import Document, FormatError, SpanError

from .match import SpanArrays

IntArray = NDArray[np.int64]
RELATIONS = ("said_by", "member_of", "participant")


def canonical_key(name: str) -> str:
    """A name compared ignoring case and spacing: ``"Mike  gapes"`` and ``"Mike Gapes"`` are one person.

    >>> canonical_key("Mike  gapes") == canonical_key(" mike Gapes")
    True
    """
    return "".join(unicodedata.normalize("NFKC", name).split()).casefold()


@dataclass(frozen=True)
class Columns:
    """A corpus as columns. ``canonical`` / ``event_type`` are codes from the shared ``vocab`` (-1 = none)."""

    spans: SpanArrays
    rel_head: IntArray
    rel_tail: IntArray
    rel_label: IntArray
    canonical: IntArray
    event_type: IntArray
    n_docs: int
    source: IntArray  # row -> index into [s for d in docs for s in d.spans]


@contextmanager
def _no_gc() -> Iterator[None]:
    # Walking millions of live spans allocates only acyclic temporaries; the cyclic collector would rescan
    # the whole heap of documents again and again for nothing.
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def to_columns(
    docs: Sequence[Document],
    labels: dict[str, int],
    vocab: dict[str, int],
    where: str = "documents",
) -> Columns:
    """Columns of ``docs`` keeping only spans whose label is in ``labels`` (relations to dropped spans go).

    ``vocab`` codes canonical names and event types; share it between gold and predictions.
    """
    with _no_gc():
        return _to_columns(docs, labels, vocab, where)


def _to_columns(
    docs: Sequence[Document],
    labels: dict[str, int],
    vocab: dict[str, int],
    where: str = "documents",
) -> Columns:
    """The work of :func:`to_columns`, run with the cyclic collector off."""
    spans = [s for d in docs for s in d.spans]
    lengths = np.fromiter((len(d.spans) for d in docs), dtype=np.int64, count=len(docs))
    n = len(spans)
    doc = np.repeat(np.arange(len(docs), dtype=np.int64), lengths)
    start = np.fromiter(map(attrgetter("start"), spans), dtype=np.int64, count=n)
    end = np.fromiter(map(attrgetter("end"), spans), dtype=np.int64, count=n)
    label = np.fromiter((labels.get(s.label, -1) for s in spans), dtype=np.int64, count=n)
    bad = np.flatnonzero(end <= start)
    if len(bad):
        i = int(bad[0])
        d, s = docs[int(doc[i])], spans[i]
        raise SpanError(f"{where}: document {d.id!r}: span {s.id!r} [{s.start}, {s.end}) {s.label} is empty")

    first = np.concatenate([[0], np.cumsum(lengths)])
    rel_head: list[int] = []
    rel_tail: list[int] = []
    rel_label: list[int] = []
    for d_index, d in enumerate(docs):
        if not d.relations:
            continue
        base = int(first[d_index])
        rows = dict(zip((s.id for s in d.spans), range(base, base + len(d.spans)), strict=True))
        for r in d.relations:
            if r.label not in RELATIONS:
                continue
            head, tail = rows.get(r.head), rows.get(r.tail)
            if head is None or tail is None:
                missing = r.head if head is None else r.tail
                raise FormatError(
                    f"{where}: document {d.id!r}: relation {r.label} {r.head}->{r.tail} names span {missing!r}, "
                    "which the document does not have"
                )
            if label[head] >= 0 and label[tail] >= 0:
                rel_head.append(head)
                rel_tail.append(tail)
                rel_label.append(RELATIONS.index(r.label))

    canonical = np.full(n, -1, dtype=np.int64)
    for i in sorted(set(rel_tail)):  # only speakers and parties that something links to need a name
        s = spans[i]
        name = s.attrs.get("canonical") or s.text_in(docs[int(doc[i])].text)
        canonical[i] = vocab.setdefault("canonical:" + canonical_key(name), len(vocab))
    event_type = np.full(n, -1, dtype=np.int64)
    event = labels.get("EVENT", -1)
    for i in np.flatnonzero(label == event).tolist() if event >= 0 else []:
        value = spans[i].attrs.get("type")
        if value:
            event_type[i] = vocab.setdefault("type:" + value, len(vocab))

    return reorder(
        doc, start, end, label, np.asarray(rel_head, dtype=np.int64), np.asarray(rel_tail, dtype=np.int64),
        np.asarray(rel_label, dtype=np.int64), canonical, event_type, len(docs),
    )


def _canonical_order(doc: IntArray, start: IntArray, end: IntArray, label: IntArray) -> IntArray:
    """Rows sorted by (document, start, end, label), skipping the sort when they already are."""
    n = len(doc)
    if n > 1:
        d, s, e, lab = (np.diff(x) for x in (doc, start, end, label))
        later = (d > 0) | ((d == 0) & ((s > 0) | ((s == 0) & ((e > 0) | ((e == 0) & (lab >= 0))))))
        if later.all():
            return np.arange(n, dtype=np.int64)
    return np.lexsort((label, end, start, doc))


def _is_identity(order: IntArray) -> bool:
    return bool(len(order) == 0 or (order[0] == 0 and order[-1] == len(order) - 1 and np.all(np.diff(order) == 1)))


def reorder(
    doc: IntArray,
    start: IntArray,
    end: IntArray,
    label: IntArray,
    rel_head: IntArray,
    rel_tail: IntArray,
    rel_label: IntArray,
    canonical: IntArray,
    event_type: IntArray,
    n_docs: int,
) -> Columns:
    """:class:`Columns` from unsorted span rows: drop rows with label -1 (and their relations), sort canonically.

    Relations point at the given rows; ``source`` maps each kept row back to its given position.
    """
    keep = (label >= 0) & (doc >= 0)
    order = _canonical_order(doc, start, end, label)
    if keep.all() and _is_identity(order):  # already sorted, nothing dropped: the columns as given
        return Columns(SpanArrays(doc, start, end, label), rel_head, rel_tail, rel_label, canonical, event_type,
                       n_docs, order)
    order = order[keep[order]]
    new_row = np.full(len(doc), -1, dtype=np.int64)
    new_row[order] = np.arange(len(order), dtype=np.int64)
    head, tail = new_row[rel_head], new_row[rel_tail]
    linked = (head >= 0) & (tail >= 0)
    arrays = SpanArrays(doc[order], start[order], end[order], label[order])
    return Columns(
        arrays, head[linked], tail[linked], rel_label[linked], canonical[order], event_type[order], n_docs, order
    )


def remap_documents(columns: Columns, new_doc: IntArray, n_docs: int) -> Columns:
    """The same spans under other document numbers (``new_doc[old]``, -1 drops the document), re-sorted."""
    s = columns.spans
    if len(new_doc) == n_docs and np.array_equal(new_doc, np.arange(n_docs)):
        return columns
    doc = new_doc[s.doc] if len(s.doc) else s.doc
    out = reorder(doc, s.start, s.end, s.label, columns.rel_head, columns.rel_tail, columns.rel_label,
                  columns.canonical, columns.event_type, n_docs)
    return Columns(out.spans, out.rel_head, out.rel_tail, out.rel_label, out.canonical, out.event_type, n_docs,
                   columns.source[out.source])


def concat_columns(parts: Sequence[Columns], n_sources: Sequence[int]) -> Columns:
    """Columns of consecutive batches of one corpus as one (``n_sources[i]``: spans listed in batch ``i``).

    Each batch is sorted canonically and its documents follow the previous batch's, so the result is too.
    """
    doc_base = np.cumsum([0] + [p.n_docs for p in parts])
    row_base = np.cumsum([0] + [len(p.spans) for p in parts])
    source_base = np.cumsum([0, *n_sources])

    def cat(values: list[IntArray]) -> IntArray:
        return np.concatenate(values) if values else np.zeros(0, dtype=np.int64)

    spans = SpanArrays(
        cat([p.spans.doc + doc_base[i] for i, p in enumerate(parts)]),
        cat([p.spans.start for p in parts]),
        cat([p.spans.end for p in parts]),
        cat([p.spans.label for p in parts]),
    )
    return Columns(
        spans,
        cat([p.rel_head + row_base[i] for i, p in enumerate(parts)]),
        cat([p.rel_tail + row_base[i] for i, p in enumerate(parts)]),
        cat([p.rel_label for p in parts]),
        cat([p.canonical for p in parts]),
        cat([p.event_type for p in parts]),
        int(doc_base[-1]),
        cat([p.source + source_base[i] for i, p in enumerate(parts)]),
    )
