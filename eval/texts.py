"""String work on Arrow text columns: span substrings, canonical keys, vocabulary codes and text digests.

Offsets are Python code points, end exclusive. Arrow strings are UTF-8, so for ASCII documents a code point
is a byte and substrings are byte gathers; other documents go through Python slicing.

>>> import pyarrow as pa
>>> texts = pa.array(["Mr Gapes quit.", "“Enough,” said Mr Gapes."])
>>> substrings(texts, np.array([0, 1]), np.array([0, len("“Enough,” said ")]), np.array([8, 23])).to_pylist()
['Mr Gapes', 'Mr Gapes']
"""

from __future__ import annotations

from typing import Any, TypeAlias

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import xxhash
from numpy.typing import NDArray

from .columns import canonical_key

IntArray = NDArray[np.int64]
Texts: TypeAlias = pa.StringArray | pa.ChunkedArray
_SPLIT_SPACE = np.zeros(256, dtype=bool)  # the ASCII bytes str.split() removes
_SPLIT_SPACE[[ord(c) for c in "\t\n\x0b\x0c\r \x1c\x1d\x1e\x1f"]] = True
_LOWER = np.arange(256, dtype=np.uint8)  # str.casefold() of ASCII bytes
_LOWER[ord("A") : ord("Z") + 1] += ord("a") - ord("A")
DIGEST = pa.binary(16)


def to_numpy(values: pa.Array | pa.ChunkedArray, dtype: type = np.int64) -> Any:
    """A numpy copy of an Arrow column without nulls (chunked or not)."""
    if not len(values):
        return np.zeros(0, dtype=dtype)
    return np.asarray(values.to_numpy(zero_copy_only=False), dtype=dtype)


def flat(values: pa.Array | pa.ChunkedArray) -> pa.Array:
    """One contiguous array (for dictionaries and lookups; only used on small columns)."""
    if isinstance(values, pa.ChunkedArray):
        return values.combine_chunks() if values.num_chunks != 1 else values.chunk(0)
    return values


def chunks_of(texts: Texts) -> list[pa.StringArray]:
    return list(texts.chunks) if isinstance(texts, pa.ChunkedArray) else [texts]


def string_buffers(chunk: pa.StringArray) -> tuple[NDArray[np.int32], NDArray[np.uint8]]:
    """The ``len(chunk) + 1`` offsets of ``chunk`` into its UTF-8 bytes, and those bytes (no copies)."""
    offsets = np.frombuffer(chunk.buffers()[1], dtype=np.int32)[chunk.offset : chunk.offset + len(chunk) + 1]
    data = chunk.buffers()[2]
    return offsets, (np.frombuffer(data, dtype=np.uint8) if data is not None else np.zeros(0, dtype=np.uint8))


def ascii_texts(chunk: pa.StringArray) -> NDArray[np.bool_]:
    """Whether each text of ``chunk`` is ASCII: one max over the chunk's bytes, per text only if some byte is
    not ASCII."""
    offsets, data = string_buffers(chunk)
    if not len(chunk) or offsets[0] == offsets[-1] or data[offsets[0] : offsets[-1]].max() < 128:
        return np.ones(len(chunk), dtype=bool)
    return np.asarray(to_numpy(pc.string_is_ascii(chunk), bool))


def digests(texts: Texts) -> pa.FixedSizeBinaryArray:
    """A 128-bit xxh3 digest of each text's UTF-8 bytes: equal texts have equal digests, and two different
    texts share one with probability 2**-128, so predictions are checked against the gold without keeping
    their texts."""
    parts = []
    for chunk in chunks_of(texts):
        offsets, data = string_buffers(chunk)
        view = memoryview(data.data)  # the bytes, sliced without copies
        ends = offsets.tolist()
        digest = xxhash.xxh3_128_digest
        parts.append(b"".join([digest(view[a:b]) for a, b in zip(ends, ends[1:], strict=False)]))
    joined = b"".join(parts)
    return pa.FixedSizeBinaryArray.from_buffers(DIGEST, len(joined) // 16, [None, pa.py_buffer(joined)])


def substrings(texts: Texts, doc: IntArray, start: IntArray, end: IntArray) -> pa.StringArray:
    """``texts[doc][start:end]`` for many spans (in the given order), chunk by chunk of ``texts``."""
    chunks = chunks_of(texts)
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
    offsets, data_np = string_buffers(texts)
    is_ascii = ascii_texts(texts)[doc]
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


def canonical_keys(names: pa.StringArray) -> pa.StringArray:
    """:func:`eval.columns.canonical_key` of many names: byte tables for ASCII names (whitespace dropped,
    A-Z lowered), Python for the rest.

    >>> canonical_keys(pa.array(["Mike  Gapes", " mike gapes", "Zoë Q"])).to_pylist()
    ['mikegapes', 'mikegapes', 'zoëq']
    """
    names = flat(names)
    if names.null_count:
        raise ValueError("canonical_keys: a name is missing")
    offsets, data = string_buffers(names)
    if not len(names) or offsets[0] == offsets[-1]:
        return pa.array([""] * len(names), pa.string())
    raw = data[offsets[0] : offsets[-1]]
    keep = ~_SPLIT_SPACE[raw]
    kept = np.zeros(len(raw) + 1, dtype=np.int64)
    np.cumsum(keep, out=kept[1:])
    key_offsets = kept[offsets - offsets[0]].astype(np.int32)
    keys: pa.Array = pa.StringArray.from_buffers(
        len(names), pa.py_buffer(key_offsets), pa.py_buffer(_LOWER[raw[keep]].tobytes())
    )
    other = np.flatnonzero(~ascii_texts(names))
    if not len(other):
        return keys
    values = keys.to_pylist()
    for i in other.tolist():
        values[i] = canonical_key(names[i].as_py())
    return pa.array(values, pa.string())


def codes(values: pa.Array, prefix: str, vocab: dict[str, int]) -> IntArray:
    """Shared vocabulary codes of string values (Python touches each distinct value once)."""
    encoded = pc.dictionary_encode(flat(values))
    table = np.array(
        [vocab.setdefault(prefix + v, len(vocab)) for v in encoded.dictionary.to_pylist()] or [-1], dtype=np.int64
    )
    return table[to_numpy(encoded.indices)]
