"""The data contract of quotegold: the label schema, the document model, validation, BIO and JSONL I/O.

Everything else imports from here; nothing here imports from the other packages.
"""

from .bio import bio_tags, bio_to_spans, spans_to_bio, token_offsets, tokenize
from .errors import (
    DatasetError,
    ExportError,
    FormatError,
    QuotegoldError,
    SchemaError,
    SpanError,
    StudioError,
)
from .io import atomic_writer, iter_documents, read_documents, write_documents
from .model import Document, Relation, Span
from .schema import AttrDef, LabelDef, RelationDef, Schema, load_schema
from .validate import document_problems, validate_document

__all__ = [
    "AttrDef",
    "DatasetError",
    "Document",
    "ExportError",
    "FormatError",
    "LabelDef",
    "QuotegoldError",
    "Relation",
    "RelationDef",
    "Schema",
    "SchemaError",
    "Span",
    "SpanError",
    "StudioError",
    "atomic_writer",
    "bio_tags",
    "bio_to_spans",
    "document_problems",
    "iter_documents",
    "load_schema",
    "read_documents",
    "spans_to_bio",
    "token_offsets",
    "tokenize",
    "validate_document",
    "write_documents",
]
