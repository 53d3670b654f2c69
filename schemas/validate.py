"""Check documents against their text and the schema.

Rules: every span lies inside the text, is non-empty and has no leading or trailing whitespace; its label
is known; its attributes are known for that label and choice values are allowed; span ids are unique;
every relation's label is known, both ends exist and have the labels the relation allows; no relation is
given twice.
"""

from __future__ import annotations

from .errors import QuotegoldError, SchemaError, SpanError
from .model import Document, Span
from .schema import Schema, load_schema


def span_where(doc: Document, span: Span) -> str:
    """The prefix every span message starts with: document, span id, offsets, label."""
    return f"document {doc.id!r}: span {span.id} [{span.start}:{span.end}] {span.label}"


def document_problems(doc: Document, schema: Schema | None = None) -> list[QuotegoldError]:
    """Every rule ``doc`` breaks, in document order; an empty list means the document is valid."""
    schema = schema or load_schema()
    problems: list[QuotegoldError] = []
    seen: dict[str, Span] = {}
    n = len(doc.text)
    for span in doc.spans:
        where = span_where(doc, span)
        if span.id in seen:
            problems.append(SpanError(f"{where}: span id {span.id!r} is used twice; give each span its own id"))
        seen[span.id] = span
        if not 0 <= span.start < span.end <= n:
            if span.start >= span.end:
                rule = "is empty or reversed (start must be < end)"
            else:
                rule = f"lies outside the text (0..{n})"
            problems.append(SpanError(f"{where}: {rule}"))
            continue
        covered = doc.text[span.start : span.end]
        if covered != covered.strip():
            problems.append(
                SpanError(f"{where}: {covered!r} has leading or trailing whitespace; trim the span to its words")
            )
        label_def = schema.span_label(span.label)
        if label_def is None:
            problems.append(
                SchemaError(f"{where}: unknown label; the schema has {', '.join(schema.span_labels)}")
            )
            continue
        for name, value in span.attrs.items():
            attr = label_def.attr(name)
            if attr is None:
                known = ", ".join(a.name for a in label_def.attrs) or "none"
                problems.append(SchemaError(f"{where}: unknown attribute {name!r} (allowed: {known})"))
            elif attr.type == "choice" and value not in attr.values:
                problems.append(
                    SchemaError(f"{where}: {name}={value!r} is not one of {', '.join(attr.values)}")
                )
    pairs: set[tuple[str, str, str]] = set()
    for rel in doc.relations:
        where = f"document {doc.id!r}: relation {rel.label} {rel.head} -> {rel.tail}"
        rel_def = schema.relation(rel.label)
        if rel_def is None:
            problems.append(
                SchemaError(f"{where}: unknown relation; the schema has {', '.join(schema.relation_labels)}")
            )
            continue
        key = (rel.head, rel.tail, rel.label)
        if key in pairs:
            problems.append(SchemaError(f"{where}: the same relation is given twice"))
        pairs.add(key)
        for end_name, span_id, allowed in (("head", rel.head, rel_def.head), ("tail", rel.tail, rel_def.tail)):
            target = seen.get(span_id)
            if target is None:
                problems.append(SchemaError(f"{where}: {end_name} {span_id!r} is not a span of this document"))
            elif target.label not in allowed:
                problems.append(
                    SchemaError(
                        f"{where}: {end_name} {span_id!r} is a {target.label}; "
                        f"{rel.label} needs a {' or '.join(allowed)} there"
                    )
                )
    return problems


def validate_document(doc: Document, schema: Schema | None = None) -> Document:
    """Return ``doc`` unchanged if it is valid, else raise the first problem found."""
    problems = document_problems(doc, schema)
    if problems:
        raise problems[0]
    return doc
