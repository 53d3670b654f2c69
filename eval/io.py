"""Read the gold (dataset directory, parquet file or documents JSONL) and pair predictions with it.

A built dataset directory holds ``DIR/data/{split}-*-of-*.parquet``; rows carry labels as ClassLabel indices,
whose names are read from the Hugging Face features stored in the parquet metadata (the schema's label order
when absent). Predictions are documents JSONL, matched to the gold by document id.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from schemas import DatasetError, Document, FormatError, Relation, Span, load_schema, read_documents

if TYPE_CHECKING:
    from .load import Corpus


def load_gold(path: str | Path, split: str = "test") -> list[Document]:
    """The gold documents of a dataset directory (one split), a parquet file, or a documents JSONL file."""
    path = Path(path)
    if path.is_dir():
        return [doc for f in parquet_files(path, split) for doc in read_parquet_documents(f)]
    if not path.exists():
        raise FormatError(f"{path}: no such file or directory")
    if path.suffix == ".parquet":
        return read_parquet_documents(path)
    return read_documents(path)


def parquet_files(path: Path, split: str) -> list[Path]:
    """The parquet files of one split of a built dataset directory (``DIR/data/{split}-*.parquet``)."""
    files = sorted((path / "data").glob(f"{split}-*.parquet"))
    if not files:
        found = sorted({p.name.split("-")[0] for p in (path / "data").glob("*.parquet")})
        raise DatasetError(
            f"{path}: no parquet files for split {split!r} under data/; splits found: {', '.join(found) or 'none'}"
        )
    return files


def class_names(meta: dict[bytes, bytes] | None) -> tuple[list[str], list[str]]:
    schema = load_schema()
    span_names, rel_names = list(schema.span_labels), list(schema.relation_labels)
    if meta and b"huggingface" in meta:
        features = json.loads(meta[b"huggingface"]).get("info", {}).get("features", {})
        span_names = features.get("spans", {}).get("feature", {}).get("label", {}).get("names", span_names)
        rel_names = features.get("relations", {}).get("feature", {}).get("label", {}).get("names", rel_names)
    return span_names, rel_names


def read_parquet_documents(path: str | Path) -> list[Document]:
    """Dataset rows ``{id, text, spans, relations, meta}`` back to documents (ClassLabel ints to names).

    The span's ``text`` column must equal ``text[start:end]``; a mismatch is an error naming the row.
    """
    import pyarrow.parquet as pq

    try:
        table = pq.read_table(path)
    except Exception as exc:  # pyarrow raises several unrelated types for a bad file
        raise FormatError(f"{path}: not a readable parquet file: {exc}") from exc
    span_names, rel_names = class_names(table.schema.metadata)
    missing = {"id", "text"} - set(table.column_names)
    if missing:
        raise FormatError(f"{path}: missing columns {sorted(missing)}; expected id, text, spans, relations")
    return [_row_to_document(row, span_names, rel_names, f"{path}: row {i}") for i, row in enumerate(table.to_pylist())]


def _name(value: Any, names: list[str], where: str) -> str:
    if isinstance(value, int):
        if not 0 <= value < len(names):
            raise FormatError(f"{where}: label index {value} is outside {names}")
        return names[value]
    return str(value)


def _row_to_document(row: dict[str, Any], span_names: list[str], rel_names: list[str], where: str) -> Document:
    doc_id, text = str(row["id"]), row["text"]
    spans = []
    for s in row.get("spans") or []:
        span = Span(
            str(s["id"]), int(s["start"]), int(s["end"]), _name(s["label"], span_names, where),
            {k: v for k, v in (s.get("attrs") or {}).items() if v is not None},
        )
        if s.get("text") is not None and s["text"] != span.text_in(text):
            raise FormatError(
                f"{where}: document {doc_id!r}: span {span.id!r} [{span.start}, {span.end}) {span.label} has text "
                f"{s['text']!r} but the document has {span.text_in(text)!r} there"
            )
        spans.append(span)
    relations = [
        Relation(str(r["head"]), str(r["tail"]), _name(r["label"], rel_names, where))
        for r in row.get("relations") or []
    ]
    meta = {k: v for k, v in (row.get("meta") or {}).items() if v is not None}
    return Document(doc_id, text, tuple(spans), tuple(relations), meta)


@dataclass(frozen=True)
class Aligned:
    """Predictions in gold order: an empty prediction stands in for each missing document."""

    docs: list[Document]
    missing: tuple[str, ...]
    extra: tuple[str, ...]


def align_predictions(gold: Sequence[Document], pred: Sequence[Document], where: str) -> Aligned:
    """Pair predictions with gold documents by id. A differing text is an error naming the document."""
    by_id = {d.id: d for d in pred}
    out, missing = [], []
    for g in gold:
        p = by_id.get(g.id)
        if p is None:
            missing.append(g.id)
            out.append(g.with_annotations((), ()))
            continue
        if p.text != g.text:
            at = next((i for i, (a, b) in enumerate(zip(g.text, p.text, strict=False)) if a != b),
                      min(len(g.text), len(p.text)))
            raise FormatError(
                f"{where}: document {g.id!r}: text differs from the gold text at character {at} "
                f"(gold {g.text[at:at + 20]!r}, prediction {p.text[at:at + 20]!r}); predict on the gold text"
            )
        out.append(p)
    gold_ids = {g.id for g in gold}
    extra = tuple(d.id for d in pred if d.id not in gold_ids)
    return Aligned(out, tuple(missing), extra)


@dataclass(frozen=True)
class AlignedCorpus:
    """A prediction corpus renumbered to the gold documents (a missing document has no spans)."""

    corpus: Corpus
    missing: tuple[str, ...]
    extra: tuple[str, ...]


def align_corpus(gold: Corpus, pred: Corpus, where: str) -> AlignedCorpus:
    """:func:`align_predictions` on columns: pair by id, check texts, renumber the prediction's documents."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    from .columns import remap_documents
    from .load import Corpus
    from .texts import to_numpy as _numpy

    found = pc.index_in(gold.ids, value_set=pred.ids)
    present = _numpy(pc.is_valid(found), bool)
    g_rows = np.flatnonzero(present)
    p_rows = _numpy(pc.drop_null(found))
    missing = tuple(gold.ids.filter(pa.array(~present)).to_pylist())
    extra = tuple(pred.ids.filter(pc.invert(pc.is_in(pred.ids, value_set=gold.ids))).to_pylist())
    same_order = len(g_rows) == gold.n_docs == pred.n_docs and np.array_equal(p_rows, g_rows)
    # A prediction read without its texts brings their digests instead: compare those.
    g_texts, p_texts = (gold.texts, pred.texts) if pred.texts is not None else (gold.digests(), pred.digests())
    assert g_texts is not None and p_texts is not None
    if same_order:
        equal = pc.equal(g_texts, p_texts)
    else:
        equal = pc.equal(g_texts.take(pa.array(g_rows)), p_texts.take(pa.array(p_rows)))
    differs = np.flatnonzero(~_numpy(equal, bool))
    if len(differs):
        g = int(g_rows[differs[0]])
        g_text, p_text = gold.text(g), pred.text(int(p_rows[differs[0]]))
        at = next((i for i, (a, b) in enumerate(zip(g_text, p_text, strict=False)) if a != b),
                  min(len(g_text), len(p_text)))
        raise FormatError(
            f"{where}: document {gold.ids[g].as_py()!r}: text differs from the gold text at character {at} "
            f"(gold {g_text[at:at + 20]!r}, prediction {p_text[at:at + 20]!r}); predict on the gold text"
        )
    new_doc = np.full(pred.n_docs, -1, dtype=np.int64)
    new_doc[p_rows] = g_rows
    columns = remap_documents(pred.columns, new_doc, gold.n_docs)
    # The prediction's texts equal the gold's: share the gold's and let the prediction's go.
    return AlignedCorpus(Corpus(gold.ids, gold.texts, pred.span_ids, columns), missing, extra)
