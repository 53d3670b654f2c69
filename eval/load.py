"""Files to columns without Python objects: documents JSONL or dataset parquet, read with pyarrow.

A :class:`Corpus` holds a corpus as Arrow arrays (document ids and texts, span ids) plus the numpy
:class:`eval.columns.Columns` the matching engine works on. Reading 100,000 documents this way costs a
fraction of building 2M ``Span`` objects, and ``--errors`` / ``--report`` read what they need straight from the
arrays. Offsets stay code points, end exclusive.

The columnar reader checks what :meth:`schemas.Document.from_dict` checks (ids and texts present, integer
offsets, non-empty spans, relations naming spans of their document, unique document ids) and, vectorised,
what :func:`schemas.document_problems` checks (see :mod:`eval.validate`). Whenever something is off, or the
file has a shape pyarrow cannot read as one table (mixed types, a line that is not an object), the file is
read again with the object reader and validated document by document, so bad input gets the message
``quotegold schema check`` gives, prefixed with the file and line. The JSONL reader reads only what is
scored or checked (``meta`` and span attributes other than ``canonical``, ``kind`` and ``type`` are
skipped, not checked), and an ``attrs`` value written as ``null`` reads as absent.

>>> from schemas import Document, Span
>>> corpus = Corpus.from_documents([Document("d1", "Mr Gapes quit.", (Span("T1", 0, 8, "SPEAKER"),))],
...                                {"SPEAKER": 0}, {}, "gold")
>>> corpus.columns.spans.end.tolist(), corpus.ids.to_pylist()
([8], ['d1'])
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import chain
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from numpy.typing import NDArray

from schemas import Document, FormatError, load_schema, read_documents

from .blocks import line_blocks
from .columns import RELATIONS, Columns, concat_columns, reorder, to_columns
from .texts import Texts, canonical_keys, chunks_of, codes, digests, flat, substrings, to_numpy
from .validate import attrs_suspect, check_documents, columns_suspect, jsonl_line_numbers, parquet_rows

IntArray = NDArray[np.int64]
JSONL_BLOCK = 8 << 20  # bytes of JSONL parsed at a time
PARQUET_ROWS = 4096  # documents decoded at a time


class _Fallback(Exception):
    """The columnar reader declines: the object reader reads the file (and names any error exactly)."""


@dataclass(frozen=True)
class Corpus:
    """Documents as columns: ``ids`` and ``texts`` per document, ``span_ids`` per span in file order.

    A corpus read with ``keep_texts=False`` holds a digest of each text instead (see
    :func:`eval.texts.digests`); :meth:`text` then reads the one text asked for from ``origin`` again.
    """

    ids: pa.StringArray
    texts: Texts | None
    span_ids: pa.StringArray
    columns: Columns
    text_digests: pa.FixedSizeBinaryArray | None = None
    origin: tuple[Path, str] | None = None  # (path, split) the corpus was read from

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
        if self.texts is None:
            if self.origin is None:
                raise ValueError("this corpus kept neither its texts nor where it was read from")
            return read_corpus(self.origin[0], {}, {}, self.origin[1]).text(doc)  # error messages only
        return str(self.texts[doc].as_py())

    def digests(self) -> pa.FixedSizeBinaryArray:
        if self.text_digests is not None:
            return self.text_digests
        assert self.texts is not None
        return digests(self.texts)


def read_corpus(
    path: str | Path,
    labels: dict[str, int],
    vocab: dict[str, int],
    split: str = "test",
    where: str | None = None,
    keep_texts: bool = True,
) -> Corpus:
    """A dataset directory (one split), a parquet file or a documents JSONL file, as a :class:`Corpus`.

    ``keep_texts=False`` keeps a digest of each text instead of the text (for predictions, whose texts need
    only be compared with the gold's); the file is still read in batches of a few megabytes.
    """
    from .io import load_gold, parquet_files

    path = Path(path)
    where = where or str(path)
    if not path.exists():
        raise FormatError(f"{path}: no such file or directory")
    try:
        if path.is_dir() or path.suffix == ".parquet":
            files = parquet_files(path, split) if path.is_dir() else [path]
            pieces = _read_parquet(files, labels, vocab, where, keep_texts)
        else:
            pieces = _read_jsonl(path, labels, vocab, where, keep_texts)
        return _combine(pieces, None if keep_texts else (path, split))
    except _Fallback:
        if path.is_dir() or path.suffix == ".parquet":
            files = parquet_files(path, split) if path.is_dir() else [path]
            docs = load_gold(path, split)
            check_documents(docs, lambda i: parquet_rows(files)[i])
        else:
            docs = read_documents(path)
            check_documents(docs, lambda i: f"{path}:{jsonl_line_numbers(path)[i]}")
        return Corpus.from_documents(docs, labels, vocab, where)


def recode(corpus: Corpus, local: dict[str, int], vocab: dict[str, int]) -> Corpus:
    """``corpus`` read with its own vocabulary ``local``, its codes moved into the shared ``vocab``."""
    if not local:
        return corpus
    table = np.array([vocab.setdefault(key, len(vocab)) for key in sorted(local, key=local.__getitem__)])
    c = corpus.columns

    def move(values: IntArray) -> IntArray:
        return np.where(values >= 0, table[np.maximum(values, 0)], -1)

    return replace(corpus, columns=replace(c, canonical=move(c.canonical), event_type=move(c.event_type)))


_ATTRS = pa.struct([("canonical", pa.string()), ("kind", pa.string()), ("type", pa.string())])
_SPAN = pa.struct([("id", pa.string()), ("start", pa.int64()), ("end", pa.int64()), ("label", pa.string()),
                   ("attrs", _ATTRS)])
_RELATION = pa.struct([("head", pa.string()), ("tail", pa.string()), ("label", pa.string())])
JSONL_SCHEMA = pa.schema([("id", pa.string()), ("text", pa.string()), ("spans", pa.list_(_SPAN)),
                          ("relations", pa.list_(_RELATION))])


def parse_jsonl_block(block: memoryview | bytes) -> pa.Table:
    """A block of whole JSONL lines as an Arrow table of the fields scored (:data:`JSONL_SCHEMA`), parsed in
    1 MB pieces on pyarrow's threads. Raises pyarrow's errors on bad input (the caller falls back to the exact
    reader, which names the line)."""
    import pyarrow.json as pj

    options = pj.ParseOptions(explicit_schema=JSONL_SCHEMA, unexpected_field_behavior="ignore")
    try:
        read = pj.ReadOptions(block_size=1 << 20)
        return pj.read_json(pa.BufferReader(block), read_options=read, parse_options=options)
    except pa.ArrowInvalid:  # a line longer than a piece; or bad input, which fails here too
        read = pj.ReadOptions(block_size=len(block) + 1, use_threads=False)
        return pj.read_json(pa.BufferReader(block), read_options=read, parse_options=options)


def _read_jsonl(path: Path, labels: dict[str, int], vocab: dict[str, int], where: str, keep_texts: bool
                ) -> list[Corpus]:
    """Parse the file a block of whole lines at a time, only the fields scored. Memory stays near the size of
    the texts kept: pyarrow's own streaming reader would read ahead of the parsing, unbounded."""
    from concurrent.futures import Future, ThreadPoolExecutor

    pieces = []
    try:
        # One block parses (without the GIL) while the previous one becomes columns.
        with ThreadPoolExecutor(1) as pool:
            pending: Future[pa.Table] | None = None
            for block in chain(line_blocks(path, JSONL_BLOCK), [None]):
                following = pool.submit(parse_jsonl_block, block) if block is not None else None
                if pending is not None:
                    pieces.append(_from_table(pending.result(), labels, vocab, where, None, None,
                                              keep_texts=keep_texts))
                pending = following
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError, pa.ArrowTypeError) as exc:
        raise _Fallback from exc
    return pieces or [_from_table(JSONL_SCHEMA.empty_table(), labels, vocab, where, None, None)]


def _read_parquet(files: Sequence[Path], labels: dict[str, int], vocab: dict[str, int], where: str,
                  keep_texts: bool) -> list[Corpus]:
    import pyarrow.parquet as pq

    from .io import class_names

    pieces = []
    for f in files:
        try:
            parquet = pq.ParquetFile(f)
            schema = parquet.schema_arrow
            wanted = [c for c in ("id", "text", "spans", "relations") if c in schema.names]
            reader = parquet.iter_batches(batch_size=PARQUET_ROWS, columns=wanted)
        except Exception as exc:  # pyarrow raises several unrelated types for a bad file
            raise _Fallback from exc
        span_names, rel_names = class_names(schema.metadata)
        empty = True
        while True:
            try:
                batch = next(reader, None)
            except Exception as exc:  # as above
                raise _Fallback from exc
            if batch is None:
                break
            empty = False
            pieces.append(_from_table(pa.Table.from_batches([batch]), labels, vocab, where, span_names, rel_names,
                                      span_text=True, keep_texts=keep_texts))
        if empty:
            pieces.append(_from_table(schema.select(wanted).empty_table(), labels, vocab, where, span_names,
                                      rel_names, span_text=True))
    return pieces


def _combine(pieces: list[Corpus], origin: tuple[Path, str] | None) -> Corpus:
    """The pieces of a file read batch by batch, as one corpus (document ids must be unique over all)."""
    if len(pieces) == 1:
        out = pieces[0]
    else:
        texts = None if pieces[0].texts is None else pa.chunked_array(
            [c for p in pieces for c in chunks_of(p.texts or pa.array([], pa.string()))], pa.string())
        out = Corpus(
            pa.concat_arrays([p.ids for p in pieces]),
            texts,
            pa.concat_arrays([p.span_ids for p in pieces]),
            concat_columns([p.columns for p in pieces], [len(p.span_ids) for p in pieces]),
            None if texts is not None else pa.concat_arrays([p.digests() for p in pieces]),
        )
    n_docs = len(out.ids)
    if n_docs and pc.count_distinct(out.ids).as_py() != n_docs:
        raise _Fallback  # duplicate ids: the object reader names the lines
    return replace(out, origin=origin) if origin is not None else out


def _column(table: pa.Table, name: str) -> pa.ChunkedArray | None:
    return table.column(name) if name in table.column_names else None


def _strings(array: pa.Array) -> pa.StringArray:
    """A column of ids as strings (JSON ids may be integers); anything else declines."""
    if pa.types.is_integer(array.type) or pa.types.is_large_string(array.type):
        array = pc.cast(array, pa.string())
    if not pa.types.is_string(array.type) or array.null_count:
        raise _Fallback
    return flat(array)


def _field(struct: pa.Array, name: str) -> pa.Array | None:
    if not pa.types.is_struct(struct.type) or struct.type.get_field_index(name) < 0:
        return None
    return pc.struct_field(struct, name)


def _labels(values: pa.Array | None, names: list[str] | None, known: Sequence[str]) -> IntArray:
    """Codes of label values (positions in ``known``; -1 = not scored); ints are ClassLabel indices."""
    if values is None or values.null_count:
        raise _Fallback
    if pa.types.is_integer(values.type) and names is not None:
        idx = to_numpy(values)
        if len(idx) and (idx.min() < 0 or idx.max() >= len(names)):
            raise _Fallback
        table = np.array([known.index(n) if n in known else -1 for n in names] or [-1], dtype=np.int64)
        return table[idx]
    if not pa.types.is_string(values.type):
        raise _Fallback
    codes = pc.index_in(values, value_set=pa.array(list(known), pa.string()))
    return to_numpy(pc.coalesce(codes, pa.scalar(-1, pa.int32())))


def _ints(values: pa.Array | None) -> IntArray:
    if values is None or values.null_count or not pa.types.is_integer(values.type):
        raise _Fallback
    return to_numpy(values)


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
    lengths = to_numpy(pc.coalesce(pc.list_value_length(col), pa.scalar(0, pa.int32())))
    return items, np.repeat(np.arange(n_docs, dtype=np.int64), lengths)


def _from_table(
    table: pa.Table,
    labels: dict[str, int],
    vocab: dict[str, int],
    where: str,
    span_names: list[str] | None,
    rel_names: list[str] | None,
    span_text: bool = False,
    keep_texts: bool = True,
) -> Corpus:
    """One table (a batch of a file) as a corpus; ids are checked for uniqueness over all batches later."""
    known = load_schema().span_labels
    scored = np.array([labels.get(x, -1) for x in known] + [-1], dtype=np.int64)  # schema code -> scored code
    ids = _column(table, "id")
    texts = table.column("text") if "text" in table.column_names else None  # kept in chunks: no 2nd copy
    if ids is None or texts is None or not pa.types.is_string(texts.type) or texts.null_count:
        raise _Fallback
    ids = _strings(ids)
    n_docs = len(ids)
    if texts.num_chunks == 0:
        texts = pa.array([], pa.string())
    if n_docs and pc.min(pc.utf8_length(ids)).as_py() == 0:
        raise _Fallback  # empty ids: the object reader names the lines
    spans, doc = _list(table, "spans", n_docs)
    if spans is None:
        spans = pa.array([], pa.struct([("id", pa.string())]))
    span_ids = _strings(_field(spans, "id") if len(spans) else pa.array([], pa.string()))
    start = _ints(_field(spans, "start")) if len(spans) else np.zeros(0, dtype=np.int64)
    end = _ints(_field(spans, "end")) if len(spans) else np.zeros(0, dtype=np.int64)
    full = _labels(_field(spans, "label"), span_names, known) if len(spans) else np.zeros(0, dtype=np.int64)
    label = scored[full]
    attrs = _field(spans, "attrs")
    if attrs is not None and not all(pa.types.is_string(f.type) for f in attrs.type):
        raise _Fallback
    if span_text and _field(spans, "text") is not None:
        _check_span_text(texts, doc, start, end, _field(spans, "text"))

    rel_head, rel_tail, rel_label = _relations(table, n_docs, doc, span_ids, rel_names)
    if columns_suspect(texts, doc, start, end, full, rel_head, rel_tail, rel_label) or attrs_suspect(attrs, full):
        raise _Fallback  # the object reader names the first problem exactly
    keep = (label[rel_head] >= 0) & (label[rel_tail] >= 0)
    rel_head, rel_tail, rel_label = rel_head[keep], rel_tail[keep], rel_label[keep]

    canonical = np.full(len(start), -1, dtype=np.int64)
    tails = np.unique(rel_tail)
    if len(tails):
        given = _field(attrs, "canonical") if attrs is not None else None
        names = substrings(texts, doc[tails], start[tails], end[tails])
        if given is not None:
            chosen = given.take(pa.array(tails))
            names = flat(pc.if_else(pc.coalesce(pc.greater(pc.utf8_length(chosen), 0), False), chosen, names))
        canonical[tails] = codes(canonical_keys(names), "canonical:", vocab)
    event_type = np.full(len(start), -1, dtype=np.int64)
    event_type_given = _field(attrs, "type") if attrs is not None else None
    if "EVENT" in labels and event_type_given is not None:
        rows = np.flatnonzero(label == labels["EVENT"])
        values = event_type_given.take(pa.array(rows))
        has = to_numpy(pc.coalesce(pc.greater(pc.utf8_length(values), 0), False), bool)
        event_type[rows[has]] = codes(flat(values).filter(pa.array(has)), "type:", vocab)

    columns = reorder(doc, start, end, label, rel_head, rel_tail, rel_label, canonical, event_type, n_docs)
    if not keep_texts:
        return Corpus(ids, None, span_ids, columns, digests(texts))
    return Corpus(ids, texts, span_ids, columns)


def _relations(
    table: pa.Table, n_docs: int, span_doc: IntArray, span_ids: pa.StringArray, rel_names: list[str] | None
) -> tuple[IntArray, IntArray, IntArray]:
    """Head row, tail row and relation code of every relation (heads/tails resolved by span id).

    Declines when span ids repeat within a document, a relation label is unknown or an end is missing.
    """
    empty = np.zeros(0, dtype=np.int64)
    if not len(span_ids):
        encoded, span_key = pa.array([], pa.string()), empty
    else:
        dict_encoded = pc.dictionary_encode(span_ids)
        encoded = dict_encoded.dictionary
        span_key = span_doc * np.int64(len(encoded)) + to_numpy(dict_encoded.indices)
    order = np.argsort(span_key, kind="stable")
    sorted_key = span_key[order]
    if np.any(sorted_key[1:] == sorted_key[:-1]):
        raise _Fallback  # a span id used twice in one document
    rels, rdoc = _list(table, "relations", n_docs)
    if rels is None or not len(rels):
        return empty, empty, empty
    code = _labels(_field(rels, "label"), rel_names, RELATIONS)
    if code.min() < 0:
        raise _Fallback  # a relation label the schema does not have
    head_ids = _strings(_field(rels, "head"))
    tail_ids = _strings(_field(rels, "tail"))
    width = np.int64(max(len(encoded), 1))

    def resolve(ids: pa.Array) -> IntArray:
        found = pc.index_in(ids, value_set=encoded)
        if found.null_count:
            raise _Fallback  # a relation names a span its document does not have
        key = rdoc * width + to_numpy(found)
        at = np.searchsorted(sorted_key, key)
        if np.any(at >= len(sorted_key)) or np.any(sorted_key[np.minimum(at, len(sorted_key) - 1)] != key):
            raise _Fallback
        return order[at]

    return resolve(head_ids), resolve(tail_ids), code


def _check_span_text(texts: Texts, doc: IntArray, start: IntArray, end: IntArray, given: pa.Array) -> None:
    """Parquet rows repeat each span's text: it must equal the document text there."""
    if not pa.types.is_string(given.type):
        raise _Fallback
    stated = np.flatnonzero(to_numpy(pc.is_valid(given), bool))
    if len(stated):
        actual = substrings(texts, doc[stated], start[stated], end[stated])
        if not pc.all(pc.equal(given.take(pa.array(stated)), actual)).as_py():
            raise _Fallback
