"""The one data type that flows through quotegold: :class:`Document` with its :class:`Span` s and :class:`Relation` s.

Offsets are Python code points (``len(str)``), end exclusive, exactly like slicing: ``text[span.start:span.end]``
is the span's text. This is also how Label Studio counts ``value.start`` / ``value.end``.

>>> text = "Mr Gapes said: \\"I am sickened.\\""
>>> start = len("Mr Gapes said: \\"")
>>> q = Span("T1", start, start + len("I am sickened."), "QUOTE", {"kind": "direct"})
>>> q.text_in(text)
'I am sickened.'
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any, TypedDict

from .errors import FormatError


class SpanDict(TypedDict, total=False):
    id: str
    start: int
    end: int
    label: str
    attrs: dict[str, str]


class RelationDict(TypedDict):
    head: str
    tail: str
    label: str


class DocumentDict(TypedDict, total=False):
    id: str
    text: str
    spans: list[SpanDict]
    relations: list[RelationDict]
    meta: dict[str, Any]


@dataclass(frozen=True)
class Span:
    """A labelled stretch ``[start, end)`` of a document's text, in code points."""

    id: str
    start: int
    end: int
    label: str
    attrs: Mapping[str, str] = field(default_factory=dict)

    def text_in(self, text: str) -> str:
        return text[self.start : self.end]

    def to_dict(self) -> SpanDict:
        return {"id": self.id, "start": self.start, "end": self.end, "label": self.label, "attrs": dict(self.attrs)}


@dataclass(frozen=True)
class Relation:
    """A directed link ``head -> tail`` between two span ids of the same document."""

    head: str
    tail: str
    label: str

    def to_dict(self) -> RelationDict:
        return {"head": self.head, "tail": self.tail, "label": self.label}


@dataclass(frozen=True)
class Document:
    """A text with its spans, relations and free-form ``meta`` (source, annotator, task id, ...)."""

    id: str
    text: str
    spans: tuple[Span, ...] = ()
    relations: tuple[Relation, ...] = ()
    meta: Mapping[str, Any] = field(default_factory=dict)

    def span_by_id(self) -> dict[str, Span]:
        return {s.id: s for s in self.spans}

    def with_annotations(self, spans: tuple[Span, ...], relations: tuple[Relation, ...]) -> Document:
        """A copy with other spans and relations, same id, text and meta."""
        return replace(self, spans=tuple(spans), relations=tuple(relations))

    def to_dict(self) -> DocumentDict:
        return {
            "id": self.id,
            "text": self.text,
            "spans": [s.to_dict() for s in self.spans],
            "relations": [r.to_dict() for r in self.relations],
            "meta": dict(self.meta),
        }

    @classmethod
    def from_dict(cls, obj: Any, where: str = "document") -> Document:
        """Parse one JSON object; ``where`` (e.g. ``"docs.jsonl:3"``) prefixes every error message.

        Only ``id`` and ``text`` are required. Types are checked here; the rules that need the schema
        (labels, attributes, offsets) are checked by :func:`schemas.validate_document`.
        """
        if not isinstance(obj, dict):
            raise FormatError(f"{where}: expected a JSON object, got {type(obj).__name__}")
        doc_id = obj.get("id")
        if isinstance(doc_id, int) and not isinstance(doc_id, bool):
            doc_id = str(doc_id)
        if not isinstance(doc_id, str) or not doc_id:
            raise FormatError(f"{where}: field 'id' must be a non-empty string, got {doc_id!r}")
        text = obj.get("text")
        if not isinstance(text, str):
            raise FormatError(f"{where}: document {doc_id!r}: field 'text' must be a string")
        here = f"{where}: document {doc_id!r}"
        spans = tuple(_span_from(s, f"{here}: spans[{i}]") for i, s in enumerate(_list(obj, "spans", here)))
        relations = tuple(
            _relation_from(r, f"{here}: relations[{i}]") for i, r in enumerate(_list(obj, "relations", here))
        )
        meta = obj.get("meta") or {}
        if not isinstance(meta, dict):
            raise FormatError(f"{here}: field 'meta' must be an object")
        extra = {k: v for k, v in obj.items() if k not in {"id", "text", "spans", "relations", "meta"}}
        if extra:
            # Unknown top-level fields are kept, not lost: they move into meta.
            meta = {**extra, **meta}
        return cls(doc_id, text, spans, relations, meta)


def _list(obj: dict[str, Any], key: str, where: str) -> list[Any]:
    value = obj.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise FormatError(f"{where}: field {key!r} must be a list")
    return value


def _span_from(obj: Any, where: str) -> Span:
    if not isinstance(obj, dict):
        raise FormatError(f"{where}: a span must be an object with id, start, end, label")
    for key in ("id", "start", "end", "label"):
        if key not in obj:
            raise FormatError(f"{where}: span is missing {key!r}")
    start, end = obj["start"], obj["end"]
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (start, end)):
        raise FormatError(f"{where}: start and end must be integers, got {start!r} and {end!r}")
    attrs = obj.get("attrs") or {}
    if not isinstance(attrs, dict) or not all(isinstance(v, str) for v in attrs.values()):
        raise FormatError(f"{where}: attrs must be an object of strings, got {attrs!r}")
    return Span(str(obj["id"]), start, end, str(obj["label"]), dict(attrs))


def _relation_from(obj: Any, where: str) -> Relation:
    if not isinstance(obj, dict) or not all(k in obj for k in ("head", "tail", "label")):
        raise FormatError(f"{where}: a relation must be an object with head, tail, label")
    return Relation(str(obj["head"]), str(obj["tail"]), str(obj["label"]))
