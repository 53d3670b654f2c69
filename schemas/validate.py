"""Check documents against their text and the schema.

Rules: every span lies inside the text, is non-empty and has no leading or trailing whitespace; its label
is known; its attributes are known for that label and choice values are allowed; span ids are unique;
every relation's label is known, both ends exist and have the labels the relation allows; no relation is
given twice.
"""

from __future__ import annotations

from .errors import QuotegoldError, SchemaError, SpanError
from .model import Document, Relation, Span
from .schema import AttrDef, LabelDef, RelationDef, Schema, load_schema


def span_where(doc: Document, span: Span) -> str:
    """The prefix every span message starts with: document, span id, offsets, label."""
    return f"document {doc.id!r}: span {span.id} [{span.start}:{span.end}] {span.label}"


def _relation_where(doc: Document, rel: Relation) -> str:
    """The prefix every relation message starts with: document, label, head and tail ids."""
    return f"document {doc.id!r}: relation {rel.label} {rel.head} -> {rel.tail}"


def document_problems(doc: Document, schema: Schema | None = None) -> list[QuotegoldError]:
    """Every rule ``doc`` breaks, in document order; an empty list means the document is valid."""
    schema = schema or load_schema()
    # Looked up once per document rather than searched per span (the first definition of a label wins,
    # as in Schema.span_label / Schema.relation); each message's prefix is built only when it is needed.
    label_defs: dict[str, LabelDef] = {}
    for d in schema.spans:
        label_defs.setdefault(d.label, d)
    # label -> attribute name -> definition (the first of a name wins, as in LabelDef.attr)
    attr_defs: dict[str, dict[str, AttrDef]] = {}
    for label, d in label_defs.items():
        by_name = attr_defs[label] = {}
        for a in d.attrs:
            by_name.setdefault(a.name, a)
    rel_defs: dict[str, RelationDef] = {}
    for r in schema.relations:
        rel_defs.setdefault(r.label, r)
    problems: list[QuotegoldError] = []
    seen: dict[str, Span] = {}
    text = doc.text
    n = len(text)
    for span in doc.spans:
        if span.id in seen:
            problems.append(
                SpanError(f"{span_where(doc, span)}: span id {span.id!r} is used twice; give each span its own id")
            )
        seen[span.id] = span
        if not 0 <= span.start < span.end <= n:
            if span.start >= span.end:
                rule = "is empty or reversed (start must be < end)"
            else:
                rule = f"lies outside the text (0..{n})"
            problems.append(SpanError(f"{span_where(doc, span)}: {rule}"))
            continue
        if text[span.start].isspace() or text[span.end - 1].isspace():  # as covered != covered.strip()
            covered = text[span.start : span.end]
            problems.append(
                SpanError(f"{span_where(doc, span)}: {covered!r} has leading or trailing whitespace; "
                          "trim the span to its words")
            )
        label_def = label_defs.get(span.label)
        if label_def is None:
            problems.append(SchemaError(
                f"{span_where(doc, span)}: unknown label; the schema has {', '.join(schema.span_labels)}"
            ))
            continue
        by_name = attr_defs[span.label]
        for name, value in span.attrs.items():
            attr = by_name.get(name)
            if attr is None:
                known = ", ".join(a.name for a in label_def.attrs) or "none"
                problems.append(
                    SchemaError(f"{span_where(doc, span)}: unknown attribute {name!r} (allowed: {known})")
                )
            elif attr.type == "choice" and value not in attr.values:
                problems.append(SchemaError(
                    f"{span_where(doc, span)}: {name}={value!r} is not one of {', '.join(attr.values)}"
                ))
    pairs: set[tuple[str, str, str]] = set()
    for rel in doc.relations:
        rel_def = rel_defs.get(rel.label)
        if rel_def is None:
            problems.append(SchemaError(
                f"{_relation_where(doc, rel)}: unknown relation; the schema has {', '.join(schema.relation_labels)}"
            ))
            continue
        key = (rel.head, rel.tail, rel.label)
        if key in pairs:
            problems.append(SchemaError(f"{_relation_where(doc, rel)}: the same relation is given twice"))
        pairs.add(key)
        for end_name, span_id, allowed in (("head", rel.head, rel_def.head), ("tail", rel.tail, rel_def.tail)):
            target = seen.get(span_id)
            if target is None:
                problems.append(SchemaError(
                    f"{_relation_where(doc, rel)}: {end_name} {span_id!r} is not a span of this document"
                ))
            elif target.label not in allowed:
                problems.append(
                    SchemaError(
                        f"{_relation_where(doc, rel)}: {end_name} {span_id!r} is a {target.label}; "
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
