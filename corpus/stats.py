"""Counts over a documents JSONL file: documents, characters, spans and relations per label."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from schemas import iter_documents


@dataclass
class CorpusStats:
    documents: int = 0
    characters: int = 0
    annotated_documents: int = 0
    spans: Counter[str] = field(default_factory=Counter)
    relations: Counter[str] = field(default_factory=Counter)

    def to_dict(self) -> dict[str, object]:
        return {
            "documents": self.documents,
            "characters": self.characters,
            "annotated_documents": self.annotated_documents,
            "spans": dict(sorted(self.spans.items())),
            "relations": dict(sorted(self.relations.items())),
        }


def corpus_stats(path: str | Path) -> CorpusStats:
    """Stream ``path`` once and count."""
    stats = CorpusStats()
    for doc in iter_documents(path):
        stats.documents += 1
        stats.characters += len(doc.text)
        stats.annotated_documents += bool(doc.spans)
        stats.spans.update(s.label for s in doc.spans)
        stats.relations.update(r.label for r in doc.relations)
    return stats
