"""Files to columns without Python objects: documents JSONL or dataset parquet, read with pyarrow.

A :class:`Corpus` holds a corpus as Arrow arrays (document ids and texts, span ids) plus the numpy
:class:`eval.columns.Columns` the matching engine works on. Reading 100,000 documents this way costs a
fraction of building 2M ``Span`` objects, and ``--errors`` / ``--report`` read what they need straight from the
arrays. Offsets stay code points, end exclusive.

The columnar reader checks what :meth:`schemas.Document.from_dict` checks (ids and texts present, integer
offsets, non-empty spans, relations naming spans of their document, unique document ids). Whenever something
is off, or the file has a shape pyarrow cannot read as one table (mixed types, a line that is not an object),
the file is read again with the object reader, whose error names the file, line, document and span; so bad
input gets the same message either way. The JSONL reader reads only what is scored (``meta`` and span
attributes other than ``canonical`` and ``type`` are skipped, not checked), and an ``attrs`` value written
as ``null`` reads as absent.

>>> from schemas import Document, Span
>>> corpus = Corpus.from_documents([Document("d1", "Mr Gapes quit.", (Span("T1", 0, 8, "SPEAKER"),))],
...                                {"SPEAKER": 0}, {}, "gold")
>>> corpus.columns.spans.end.tolist(), corpus.ids.to_pylist()
([8], ['d1'])
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeAlias

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from numpy.typing import NDArray

from schemas import Document, FormatError, read_documents

from .columns import RELATIONS, Columns, canonical_key, reorder, to_columns

IntArray = NDArray[np.int64]
Texts: TypeAlias = pa.StringArray | pa.ChunkedArray
WHITESPACE = r"[\t\n\x0b\x0c\r \x1c-\x1f]+"  # what str.split() removes from an ASCII string


class _Fallback(Exception):
    """The columnar reader declines: the object reader reads the file (and names any error exactly)."""


@dataclass(frozen=True)
class Corpus:
    """Documents as columns: ``ids`` and ``texts`` per document, ``span_ids`` per span in file order."""

    ids: pa.StringArray
    texts: Texts
    span_ids: pa.StringArray
    columns: Columns

    @property
    def n_docs(self) -> int:
        return len(self.ids)

    @classmethod
    def from_documents(
        cls, docs: Sequence[Document], labels: dict[str, int], vocab: dict[str, int], where: str
    ) -> Corpus:
        columns = to_columns(docs, labels, vocab, where)
        return cls(
            pa.array([d.id for d in docs], pa.string()),
            pa.array([d.text for d in docs], pa.string()),
            pa.array([s.id for d in docs for s in d.spans], pa.string()),
            columns,
        )

    def text(self, doc: int) -> str:
        return str(self.texts[doc].as_py())


def read_corpus(
    path: str | Path, labels: dict[str, int], vocab: dict[str, int], split: str = "test", where: str | None = None
) -> Corpus:
    """A dataset directory (one split), a parquet file or a documents JSONL file, as a :class:`Corpus`."""
    from .io import load_gold, parquet_files

    path = Path(path)
    where = where or str(path)
    if not path.exists():
        raise FormatError(f"{path}: no such file or directory")
    try:
        if path.is_dir():
            return _read_parquet(parquet_files(path, split), labels, vocab, where)
        if path.suffix == ".parquet":
            return _read_parquet([path], labels, vocab, where)
        return _read_jsonl(path, labels, vocab, where)
    except _Fallback:
        docs = load_gold(path, split) if path.is_dir() or path.suffix == ".parquet" else read_documents(path)
        return Corpus.from_documents(docs, labels, vocab, where)


_ATTRS = pa.struct([("canonical", pa.string()), ("type", pa.string())])
_SPAN = pa.struct([("id", pa.string()), ("start", pa.int64()), ("end", pa.int64()), ("label", pa.string()),
                   ("attrs", _ATTRS)])
_RELATION = pa.struct([("head", pa.string()), ("tail", pa.string()), ("label", pa.string())])
JSONL_SCHEMA = pa.schema([("id", pa.string()), ("text", pa.string()), ("spans", pa.list_(_SPAN)),
                          ("relations", pa.list_(_RELATION))])


def _read_jsonl(path: Path, labels: dict[str, int], vocab: dict[str, int], where: str) -> Corpus:
    """Stream the file in 1 MB blocks (memory stays near the size of the texts), only the fields scored."""
    import pyarrow.json as pj

    options = pj.ParseOptions(explicit_schema=JSONL_SCHEMA, unexpected_field_behavior="ignore")
    try:
        reader = pj.open_json(path, read_options=pj.ReadOptions(block_size=1 << 20), parse_options=options)
        table = pa.Table.from_batches(list(reader), schema=JSONL_SCHEMA)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError, pa.ArrowTypeError) as exc:
        raise _Fallback from exc
    return _from_table(table, labels, vocab, where, None, None)


def _read_parquet(files: Sequence[Path], labels: dict[str, int], vocab: dict[str, int], where: str) -> Corpus:
    import pyarrow.parquet as pq

    from .io import class_names

    tables = []
    for f in files:
        try:
            schema = pq.read_schema(f)
            wanted = [c for c in ("id", "text", "spans", "relations") if c in schema.names]
            tables.append(pq.read_table(f, columns=wanted))
        except Exception as exc:  # pyarrow raises several unrelated types for a bad file
            raise _Fallback from exc
    try:
        table = pa.concat_tables(tables)
    except pa.ArrowInvalid as exc:
        raise _Fallback from exc
    span_names, rel_names = class_names(tables[0].schema.metadata if tables else None)
    return _from_table(table, labels, vocab, where, span_names, rel_names, span_text=True)


def _column(table: pa.Table, name: str) -> pa.ChunkedArray | None:
    return table.column(name) if name in table.column_names else None


def _numpy(values: pa.Array | pa.ChunkedArray, dtype: type = np.int64) -> Any:
    """A numpy copy of an Arrow column without nulls (chunked or not)."""
    if not len(values):
        return np.zeros(0, dtype=dtype)
    return np.asarray(values.to_numpy(zero_copy_only=False), dtype=dtype)


def _flat(values: pa.Array | pa.ChunkedArray) -> pa.Array:
    """One contiguous array (for dictionaries and lookups; only used on small columns)."""
    if isinstance(values, pa.ChunkedArray):
        return values.combine_chunks() if values.num_chunks != 1 else values.chunk(0)
    return values


def _strings(array: pa.Array) -> pa.StringArray:
    """A column of ids as strings (JSON ids may be integers); anything else declines."""
    if pa.types.is_integer(array.type) or pa.types.is_large_string(array.type):
        array = pc.cast(array, pa.string())
    if not pa.types.is_string(array.type) or array.null_count:
        raise _Fallback
    return _flat(array)


def _field(struct: pa.Array, name: str) -> pa.Array | None:
    if not pa.types.is_struct(struct.type) or struct.type.get_field_index(name) < 0:
        return None
    return pc.struct_field(struct, name)


def _labels(values: pa.Array | None, names: list[str] | None, known: Sequence[str]) -> IntArray:
    """Codes of label values (positions in ``known``; -1 = not scored); ints are ClassLabel indices."""
    if values is None or values.null_count:
        raise _Fallback
    if pa.types.is_integer(values.type) and names is not None:
        idx = _numpy(values)
        if len(idx) and (idx.min() < 0 or idx.max() >= len(names)):
            raise _Fallback
        table = np.array([known.index(n) if n in known else -1 for n in names] or [-1], dtype=np.int64)
        return table[idx]
    if not pa.types.is_string(values.type):
        raise _Fallback
    codes = pc.index_in(values, value_set=pa.array(list(known), pa.string()))
    return _numpy(pc.coalesce(codes, pa.scalar(-1, pa.int32())))


def _ints(values: pa.Array | None) -> IntArray:
    if values is None or values.null_count or not pa.types.is_integer(values.type):
        raise _Fallback
    return _numpy(values)


def _list(table: pa.Table, name: str, n_docs: int) -> tuple[pa.Array | None, IntArray]:
    """The flattened items of a list column and the document of each (a null list is an empty one)."""
    col = _column(table, name)
    if col is None or pa.types.is_null(col.type):
        return None, np.zeros(0, dtype=np.int64)
    if not pa.types.is_list(col.type):
        raise _Fallback
    items = pc.list_flatten(col)
    if items.null_count:
        raise _Fallback
    lengths = _numpy(pc.coalesce(pc.list_value_length(col), pa.scalar(0, pa.int32())))
    return items, np.repeat(np.arange(n_docs, dtype=np.int64), lengths)


def _from_table(
    table: pa.Table,
    labels: dict[str, int],
    vocab: dict[str, int],
    where: str,
    span_names: list[str] | None,
    rel_names: list[str] | None,
    span_text: bool = False,
) -> Corpus:
    known = sorted(labels, key=labels.__getitem__)
    ids = _column(table, "id")
    texts = table.column("text") if "text" in table.column_names else None  # kept in chunks: no 2nd copy
    if ids is None or texts is None or not pa.types.is_string(texts.type) or texts.null_count:
        raise _Fallback
    ids = _strings(ids)
    n_docs = len(ids)
    if texts.num_chunks == 0:
        texts = pa.array([], pa.string())
    if n_docs and (pc.count_distinct(ids).as_py() != n_docs or pc.min(pc.utf8_length(ids)).as_py() == 0):
        raise _Fallback  # duplicate or empty ids: the object reader names the lines
    spans, doc = _list(table, "spans", n_docs)
    if spans is None:
        spans = pa.array([], pa.struct([("id", pa.string())]))
    span_ids = _strings(_field(spans, "id") if len(spans) else pa.array([], pa.string()))
    start = _ints(_field(spans, "start")) if len(spans) else np.zeros(0, dtype=np.int64)
    end = _ints(_field(spans, "end")) if len(spans) else np.zeros(0, dtype=np.int64)
    label = _labels(_field(spans, "label"), span_names, known) if len(spans) else np.zeros(0, dtype=np.int64)
    if np.any(end <= start):
        raise _Fallback
    attrs = _field(spans, "attrs")
    if attrs is not None and not all(pa.types.is_string(f.type) for f in attrs.type):
        raise _Fallback
    if span_text and _field(spans, "text") is not None:
        _check_span_text(texts, doc, start, end, _field(spans, "text"))

    rel_head, rel_tail, rel_label = _relations(table, n_docs, doc, span_ids, rel_names)
    keep = (label[rel_head] >= 0) & (label[rel_tail] >= 0)
    rel_head, rel_tail, rel_label = rel_head[keep], rel_tail[keep], rel_label[keep]

    canonical = np.full(len(start), -1, dtype=np.int64)
    tails = np.unique(rel_tail)
    if len(tails):
        given = _field(attrs, "canonical") if attrs is not None else None
        names = _substrings(texts, doc[tails], start[tails], end[tails])
        if given is not None:
            chosen = given.take(pa.array(tails))
            names = _flat(pc.if_else(pc.coalesce(pc.greater(pc.utf8_length(chosen), 0), False), chosen, names))
        canonical[tails] = _codes(_canonical_keys(names), "canonical:", vocab)
    event_type = np.full(len(start), -1, dtype=np.int64)
    event_type_given = _field(attrs, "type") if attrs is not None else None
    if "EVENT" in labels and event_type_given is not None:
        rows = np.flatnonzero(label == labels["EVENT"])
        values = event_type_given.take(pa.array(rows))
        has = _numpy(pc.coalesce(pc.greater(pc.utf8_length(values), 0), False), bool)
        event_type[rows[has]] = _codes(_flat(values).filter(pa.array(has)), "type:", vocab)

    columns = reorder(doc, start, end, label, rel_head, rel_tail, rel_label, canonical, event_type, n_docs)
    return Corpus(ids, texts, span_ids, columns)


def _relations(
    table: pa.Table, n_docs: int, span_doc: IntArray, span_ids: pa.StringArray, rel_names: list[str] | None
) -> tuple[IntArray, IntArray, IntArray]:
    """Head row, tail row and relation code of every scored relation (heads/tails resolved by span id)."""
    rels, rdoc = _list(table, "relations", n_docs)
    empty = np.zeros(0, dtype=np.int64)
    if rels is None or not len(rels):
        return empty, empty, empty
    code = _labels(_field(rels, "label"), rel_names, RELATIONS)
    scored = np.flatnonzero(code >= 0)
    if not len(scored):
        return empty, empty, empty
    sel = pa.array(scored)
    head_ids = _strings(_field(rels, "head")).take(sel)
    tail_ids = _strings(_field(rels, "tail")).take(sel)
    rdoc = rdoc[scored]
    encoded = pc.dictionary_encode(span_ids)
    dictionary = encoded.dictionary
    width = np.int64(max(len(dictionary), 1))
    span_key = span_doc * width + _numpy(encoded.indices)
    order = np.argsort(span_key, kind="stable")
    sorted_key = span_key[order]

    def resolve(ids: pa.Array) -> IntArray:
        found = pc.index_in(ids, value_set=dictionary)
        if found.null_count:
            raise _Fallback  # a relation names a span its document does not have
        key = rdoc * width + _numpy(found)
        at = np.searchsorted(sorted_key, key, side="right") - 1  # the last span with that id, as a dict would
        if np.any(at < 0) or np.any(sorted_key[np.maximum(at, 0)] != key):
            raise _Fallback
        return order[at]

    return resolve(head_ids), resolve(tail_ids), code[scored]


def _check_span_text(texts: Texts, doc: IntArray, start: IntArray, end: IntArray, given: pa.Array) -> None:
    """Parquet rows repeat each span's text: it must equal the document text there."""
    if not pa.types.is_string(given.type):
        raise _Fallback
    stated = np.flatnonzero(_numpy(pc.is_valid(given), bool))
    if len(stated):
        actual = _substrings(texts, doc[stated], start[stated], end[stated])
        if not pc.all(pc.equal(given.take(pa.array(stated)), actual)).as_py():
            raise _Fallback


def _substrings(texts: Texts, doc: IntArray, start: IntArray, end: IntArray) -> pa.StringArray:
    """``texts[doc][start:end]`` for many spans (in the given order), chunk by chunk of ``texts``."""
    chunks = texts.chunks if isinstance(texts, pa.ChunkedArray) else [texts]
    if len(chunks) == 1:
        return _chunk_substrings(chunks[0], doc, start, end)
    bounds = np.cumsum([0] + [len(c) for c in chunks])
    which = np.searchsorted(bounds, doc, side="right") - 1
    order = np.argsort(which, kind="stable")
    cuts = np.searchsorted(which[order], np.arange(len(chunks) + 1))
    parts = [
        _chunk_substrings(chunk, doc[sel] - bounds[c], start[sel], end[sel])
        for c, chunk in enumerate(chunks)
        if len(sel := order[cuts[c] : cuts[c + 1]])
    ]
    if not parts:
        return pa.array([], pa.string())
    inverse = np.empty(len(order), dtype=np.int64)
    inverse[order] = np.arange(len(order), dtype=np.int64)
    return pa.concat_arrays(parts).take(pa.array(inverse))


def _chunk_substrings(texts: pa.StringArray, doc: IntArray, start: IntArray, end: IntArray) -> pa.StringArray:
    """Byte gathers for ASCII documents (code points are bytes there), Python slicing for the others."""
    n = len(doc)
    offsets = np.frombuffer(texts.buffers()[1], dtype=np.int32)[texts.offset : texts.offset + len(texts) + 1]
    data = texts.buffers()[2]
    data_np = np.frombuffer(data, dtype=np.uint8) if data is not None else np.zeros(0, dtype=np.uint8)
    is_ascii = _numpy(pc.string_is_ascii(texts), bool)[doc]
    text_len = np.diff(offsets).astype(np.int64)[doc]
    lo = np.minimum(np.maximum(start, 0), text_len)
    hi = np.minimum(np.maximum(end, lo), text_len)
    lengths = np.where(is_ascii, hi - lo, 0)
    out_offsets = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(lengths, out=out_offsets[1:])
    base = offsets[doc].astype(np.int64) + lo
    gather = np.repeat(base - out_offsets[:-1], lengths) + np.arange(int(out_offsets[-1]), dtype=np.int64)
    result: pa.Array = pa.StringArray.from_buffers(
        n, pa.py_buffer(out_offsets.astype(np.int32)), pa.py_buffer(data_np[gather].tobytes())
    )
    other = np.flatnonzero(~is_ascii)
    if len(other):
        values: list[Any] = result.to_pylist()
        cache: dict[int, str] = {}
        for i in other.tolist():
            d = int(doc[i])
            if d not in cache:
                cache[d] = texts[d].as_py()
            values[i] = cache[d][int(start[i]) : int(end[i])]
        result = pa.array(values, pa.string())
    return result


def _canonical_keys(names: pa.StringArray) -> pa.StringArray:
    """:func:`eval.columns.canonical_key` of many names: vectorised for ASCII, Python for the rest."""
    keys = pc.utf8_lower(pc.replace_substring_regex(names, WHITESPACE, ""))
    other = np.flatnonzero(~_numpy(pc.string_is_ascii(names), bool))
    if not len(other):
        return keys
    values = keys.to_pylist()
    for i in other.tolist():
        values[i] = canonical_key(names[i].as_py())
    return pa.array(values, pa.string())


def _codes(values: pa.Array, prefix: str, vocab: dict[str, int]) -> IntArray:
    """Shared vocabulary codes of string values (Python touches each distinct value once)."""
    encoded = pc.dictionary_encode(_flat(values))
    table = np.array(
        [vocab.setdefault(prefix + v, len(vocab)) for v in encoded.dictionary.to_pylist()] or [-1], dtype=np.int64
    )
    return table[_numpy(encoded.indices)]
