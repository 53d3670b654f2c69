"""Schema checks for ``quotegold eval`` inputs: vectorised on columns, exact on documents.

The gold and every prediction must pass :func:`schemas.document_problems` (spans inside their text, not
empty, no whitespace at either edge, known labels, unique span ids, relations between existing spans of the
allowed labels, no relation twice). :func:`columns_suspect` checks the same rules on the columns of a batch,
without Python objects; when it finds anything, the file is read again as documents and
:func:`first_problem` names the first broken rule exactly as ``quotegold schema check`` does, prefixed with
the file and line (``gold.jsonl:3: document 'a': span T1 [0:40] SPEAKER: lies outside the text (0..13)``).
Offsets are code points, end exclusive.

>>> from schemas import Document, Span
>>> doc = Document("a", "Mr X said hi.", (Span("T1", 0, 40, "SPEAKER"),))
>>> str(first_problem([doc], lambda i: f"past.jsonl:{i + 1}"))
"past.jsonl:1: document 'a': span T1 [0:40] SPEAKER: lies outside the text (0..13)"
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from numpy.typing import NDArray

from schemas import Document, QuotegoldError, document_problems, load_schema

from .columns import RELATIONS
from .texts import Texts, ascii_texts, chunks_of, string_buffers, to_numpy

IntArray = NDArray[np.int64]
BoolArray = NDArray[np.bool_]

# Every character for which str.isspace() is true (tests/test_eval_validate.py checks the list is complete).
SPACES = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
          "\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
_ASCII_SPACE = np.zeros(256, dtype=bool)
_ASCII_SPACE[[ord(c) for c in SPACES if ord(c) < 128]] = True


@cache
def allowed_ends() -> tuple[BoolArray, BoolArray]:
    """``head[r, l]`` / ``tail[r, l]``: relation ``r`` (in :data:`RELATIONS`) may link a span of label ``l`` there."""
    schema = load_schema()
    labels, relations = list(schema.span_labels), list(RELATIONS)
    head = np.zeros((len(relations), len(labels)), dtype=bool)
    tail = np.zeros_like(head)
    for rel in schema.relations:
        r = relations.index(rel.label)
        if head[r].any() or tail[r].any():
            continue  # the first definition of a label wins, as in document_problems
        head[r, [labels.index(x) for x in rel.head]] = True
        tail[r, [labels.index(x) for x in rel.tail]] = True
    return head, tail


def first_problem(docs: Sequence[Document], where: Callable[[int], str]) -> QuotegoldError | None:
    """The first rule any of ``docs`` breaks, as its own error type, prefixed with ``where(index)``."""
    schema = load_schema()
    for i, doc in enumerate(docs):
        problems = document_problems(doc, schema)
        if problems:
            return type(problems[0])(f"{where(i)}: {problems[0]}")
    return None


def check_documents(docs: Sequence[Document], where: Callable[[int], str]) -> None:
    """Raise the first problem of ``docs`` (see :func:`first_problem`)."""
    problem = first_problem(docs, where)
    if problem is not None:
        raise problem


def jsonl_line_numbers(path: Path) -> list[int]:
    """The line number of each document of a JSONL file (blank lines hold none), for messages only."""
    with open(path, "rb") as fh:
        return [n for n, line in enumerate(fh, 1) if line.strip()]


def parquet_rows(files: Sequence[Path]) -> list[str]:
    """``file: row i`` of each row of consecutive parquet files, for messages only."""
    import pyarrow.parquet as pq

    return [f"{f}: row {i}" for f in files for i in range(pq.ParquetFile(f).metadata.num_rows)]


def spans_off_text(texts: Texts, doc: IntArray, start: IntArray, end: IntArray) -> bool:
    """Whether any span lies outside its text, is empty, or has whitespace (``str.isspace``) at either edge.

    ``doc`` must be non-decreasing (spans listed document by document, as in a file). ASCII documents are
    byte lookups; only the edge characters of other documents go through Python.
    """
    if np.any(start < 0) or np.any(end <= start):
        return True
    chunks = chunks_of(texts)
    bounds = np.cumsum([0] + [len(c) for c in chunks])
    cuts = np.searchsorted(doc, bounds)
    for c, chunk in enumerate(chunks):
        lo, hi = int(cuts[c]), int(cuts[c + 1])
        if lo == hi:
            continue
        local, first, last = doc[lo:hi] - bounds[c], start[lo:hi], end[lo:hi] - 1
        offsets, data_np = string_buffers(chunk)
        is_ascii = ascii_texts(chunk)
        length = np.diff(offsets).astype(np.int64)  # code points = bytes in ASCII texts
        if not is_ascii.all():
            length = np.where(is_ascii, length, to_numpy(pc.utf8_length(chunk)))
        if np.any(end[lo:hi] > length[local]):
            return True
        fast = is_ascii[local]
        base = offsets[local[fast]].astype(np.int64)
        if _ASCII_SPACE[data_np[base + first[fast]]].any() or _ASCII_SPACE[data_np[base + last[fast]]].any():
            return True
        texts_cache: dict[int, str] = {}
        for d, a, b in zip(local[~fast].tolist(), first[~fast].tolist(), last[~fast].tolist(), strict=True):
            if d not in texts_cache:
                texts_cache[d] = chunk[d].as_py()
            if texts_cache[d][a].isspace() or texts_cache[d][b].isspace():
                return True
    return False


def columns_suspect(
    texts: Texts,
    doc: IntArray,
    start: IntArray,
    end: IntArray,
    label: IntArray,
    rel_head: IntArray,
    rel_tail: IntArray,
    rel_label: IntArray,
) -> bool:
    """Whether a batch may break a schema rule (then the caller reads it as documents for the message).

    ``label`` / ``rel_label`` are schema positions (-1 = unknown); ``rel_head`` / ``rel_tail`` span rows
    (-1 = no such span). Unique span ids are checked where the relations are resolved by id.
    """
    if len(label) and label.min() < 0 or len(rel_label) and rel_label.min() < 0:
        return True
    if len(start) and spans_off_text(texts, doc, start, end):
        return True
    if len(rel_label):
        if rel_head.min() < 0 or rel_tail.min() < 0:
            return True
        head_ok, tail_ok = allowed_ends()
        if not (head_ok[rel_label, label[rel_head]].all() and tail_ok[rel_label, label[rel_tail]].all()):
            return True
        width = np.int64(max(len(label), 1))
        key = (rel_head * width + rel_tail) * np.int64(head_ok.shape[0]) + rel_label
        if len(np.unique(key)) != len(key):
            return True
    return False


def attrs_suspect(attrs: pa.Array | None, label: IntArray) -> bool:
    """Whether a batch's span attributes (a struct column, one field per attribute read) may break a rule:
    an attribute on a label that does not have it, or a choice value the schema does not list."""
    if attrs is None or not len(label) or not pa.types.is_struct(attrs.type):
        return False
    schema = load_schema()
    for f in attrs.type:
        values = pc.struct_field(attrs, f.name)
        given = to_numpy(pc.is_valid(values), bool)
        if not given.any():
            continue
        allowed = np.array([d.attr(f.name) is not None for d in schema.spans] + [False])
        if not allowed[label[given]].all():
            return True
        for d, code in ((d, i) for i, d in enumerate(schema.spans)):
            attr = d.attr(f.name)
            if attr is None or attr.type != "choice":
                continue
            rows = np.flatnonzero(given & (label == code))
            if len(rows) and not pc.all(pc.is_in(values.take(pa.array(rows)), pa.array(attr.values))).as_py():
                return True
    return False
