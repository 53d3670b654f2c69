"""Getting text in: ingest of text, Markdown, HTML and JSONL files, normalisation, corpus statistics."""

from .ingest import AddReport, add_to_corpus, content_hash, doc_id_for, html_to_text, read_source
from .normalise import normalise_document, normalise_text, normalise_with_map
from .stats import CorpusStats, corpus_stats

__all__ = [
    "AddReport",
    "CorpusStats",
    "add_to_corpus",
    "content_hash",
    "corpus_stats",
    "doc_id_for",
    "html_to_text",
    "normalise_document",
    "normalise_text",
    "normalise_with_map",
    "read_source",
]
