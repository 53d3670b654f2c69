"""Pure converters between quotegold documents and Label Studio ``result`` lists.

Offsets: Python code points, end exclusive, both ways. Label Studio's ``value.start`` / ``value.end`` count
the same way (also in the browser UI, emoji and CRLF-origin text included), so offsets are copied as they are.

A span becomes a ``labels`` region whose ``id`` is the span id; each of its attributes becomes a per-region
``choices`` (choice attribute) or ``textarea`` (free text) result with the *same* ``id``, from the control
named :meth:`schemas.Schema.attr_control_name` (``quote_kind``, ``speaker_canonical``, ...). A relation
becomes a ``relation`` item with ``from_id`` = head, ``to_id`` = tail, ``direction`` = ``"right"``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypedDict

from schemas import Document, ExportError, Relation, Schema, SchemaError, Span, load_schema
from schemas.generate import LABELS_NAME, TEXT_NAME

LsResult = list[dict[str, Any]]


class LsRegion(TypedDict, total=False):
    """One item of a Label Studio ``result`` list (region, per-region attribute or relation)."""

    id: str
    from_name: str
    to_name: str
    type: str
    value: dict[str, Any]
    from_id: str
    to_id: str
    direction: str
    labels: list[str]


def spans_to_ls_result(doc: Document, schema: Schema | None = None) -> LsResult:
    """The Label Studio ``result`` list for ``doc``'s spans, attributes and relations.

    Offsets are code points, end exclusive, copied unchanged (``value.text == doc.text[start:end]``).

    >>> text = 'Mr Gapes said: "I am sickened."'
    >>> q0 = len('Mr Gapes said: "')
    >>> doc = Document("d1", text, (Span("T1", 0, len("Mr Gapes"), "SPEAKER", {"canonical": "Mike Gapes"}),
    ...     Span("T2", q0, q0 + len("I am sickened."), "QUOTE", {"kind": "direct"})),
    ...     (Relation("T2", "T1", "said_by"),))
    >>> result = spans_to_ls_result(doc)
    >>> [(r.get("id"), r["type"]) for r in result]
    [('T1', 'labels'), ('T1', 'textarea'), ('T2', 'labels'), ('T2', 'choices'), (None, 'relation')]
    >>> result[2]["value"]
    {'start': 16, 'end': 30, 'text': 'I am sickened.', 'labels': ['QUOTE']}
    >>> result[4]
    {'type': 'relation', 'from_id': 'T2', 'to_id': 'T1', 'direction': 'right', 'labels': ['said_by']}
    """
    schema = schema or load_schema()
    result: LsResult = []
    for span in doc.spans:
        where = {"start": span.start, "end": span.end}
        result.append(
            {
                "id": span.id,
                "from_name": LABELS_NAME,
                "to_name": TEXT_NAME,
                "type": "labels",
                "value": {**where, "text": doc.text[span.start : span.end], "labels": [span.label]},
            }
        )
        label_def = schema.span_label(span.label)
        for name, value in span.attrs.items():
            attr = label_def.attr(name) if label_def else None
            if attr is None:
                raise SchemaError(
                    f"document {doc.id!r}: span {span.id} [{span.start}:{span.end}] {span.label}: "
                    f"unknown attribute {name!r}"
                )
            control = schema.attr_control_name(span.label, name)
            if attr.type == "choice":
                item = {"type": "choices", "value": {**where, "choices": [value]}}
            else:
                item = {"type": "textarea", "value": {**where, "text": [value]}}
            result.append({"id": span.id, "from_name": control, "to_name": TEXT_NAME, **item})
    for rel in doc.relations:
        result.append(
            {"type": "relation", "from_id": rel.head, "to_id": rel.tail, "direction": "right", "labels": [rel.label]}
        )
    return result


def _attr_controls(schema: Schema) -> dict[str, tuple[str, str]]:
    return {schema.attr_control_name(d.label, a.name): (d.label, a.name) for d in schema.spans for a in d.attrs}


def ls_result_to_spans(
    result: Sequence[Mapping[str, Any]], text: str, where: str = "result", schema: Schema | None = None
) -> tuple[tuple[Span, ...], tuple[Relation, ...]]:
    """Spans and relations from a Label Studio ``result`` list over ``text``; the inverse of
    :func:`spans_to_ls_result`.

    Offsets are code points, end exclusive. Every region is checked against ``text``: offsets inside it,
    and ``value.text`` (when given) equal to ``text[start:end]``. A mismatch, a region with no or several
    labels, an attribute without its region, or a relation without a label raises :class:`ExportError`
    naming ``where`` (e.g. ``"task 12, annotation 40"``), the region and its offsets. Relations drawn
    ``left`` are turned around; ``bi`` relations take the direction the schema allows.

    >>> text = "She said it"
    >>> result = [{"id": "a", "from_name": "label", "to_name": "text", "type": "labels",
    ...            "value": {"start": 0, "end": len("She"), "text": "She", "labels": ["SPEAKER"]}}]
    >>> ls_result_to_spans(result, text)
    ((Span(id='a', start=0, end=3, label='SPEAKER', attrs={}),), ())
    >>> ls_result_to_spans([{**result[0], "value": {"start": 0, "end": 3, "text": "Sh", "labels": ["SPEAKER"]}}],
    ...     text, "task 7")
    Traceback (most recent call last):
    schemas.errors.ExportError: task 7: region a [0:3] SPEAKER: its text 'Sh' differs from the task text 'She'
    """
    schema = schema or load_schema()
    controls = _attr_controls(schema)
    regions: dict[str, dict[str, Any]] = {}
    attrs: list[Mapping[str, Any]] = []
    raw_relations: list[Mapping[str, Any]] = []
    for item in result:
        kind = item.get("type")
        if kind == "relation":
            raw_relations.append(item)
        elif kind == "labels":
            region_id = str(item.get("id", ""))
            value = item.get("value") or {}
            labels = value.get("labels") or []
            start, end = value.get("start"), value.get("end")
            label = labels[0] if len(labels) == 1 else None
            here = f"{where}: region {region_id or '?'} [{start}:{end}] {label or labels}"
            if not region_id:
                raise ExportError(f"{here}: the region has no id")
            if region_id in regions:
                raise ExportError(f"{here}: region id {region_id!r} is used twice")
            if label is None:
                raise ExportError(f"{here}: a region needs exactly one label, it has {len(labels)}")
            if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
                raise ExportError(f"{here}: offsets lie outside the task text (0..{len(text)}) or are empty")
            if "text" in value and value["text"] != text[start:end]:
                raise ExportError(
                    f"{here}: its text {value['text']!r} differs from the task text {text[start:end]!r}"
                )
            regions[region_id] = {"start": start, "end": end, "label": label, "attrs": {}}
        elif kind in ("choices", "textarea"):
            attrs.append(item)
        # Other result types (ratings, per-task notes of a hand-edited config) carry no spans.
    for item in attrs:
        region_id = str(item.get("id", ""))
        control = str(item.get("from_name"))
        region = regions.get(region_id)
        if region is None:
            raise ExportError(f"{where}: attribute {control} belongs to region {region_id!r}, which is not there")
        here = f"{where}: region {region_id} [{region['start']}:{region['end']}] {region['label']}"
        if control not in controls:
            raise ExportError(f"{here}: control {control!r} is not in the schema")
        label, name = controls[control]
        if label != region["label"]:
            raise ExportError(f"{here}: attribute {control} is for {label} regions")
        values = (item.get("value") or {}).get("choices" if item["type"] == "choices" else "text") or []
        values = [v for v in values if isinstance(v, str) and v.strip()]
        if len(values) > 1:
            raise ExportError(f"{here}: {name} has several values {values}; keep one")
        if values:
            region["attrs"][name] = values[0] if item["type"] == "choices" else values[0].strip()
    spans = tuple(Span(rid, r["start"], r["end"], r["label"], r["attrs"]) for rid, r in regions.items())
    relations = tuple(_relation(item, regions, where, schema) for item in raw_relations)
    return spans, relations


def _relation(item: Mapping[str, Any], regions: Mapping[str, Any], where: str, schema: Schema) -> Relation:
    head, tail = str(item.get("from_id")), str(item.get("to_id"))
    labels = item.get("labels") or []
    here = f"{where}: relation {head} -> {tail}"
    for end in (head, tail):
        if end not in regions:
            raise ExportError(f"{here}: region {end!r} is not in the result")
    if len(labels) != 1:
        raise ExportError(f"{here}: a relation needs exactly one label, it has {labels}; pick one in Label Studio")
    label = labels[0]
    direction = item.get("direction", "right")
    if direction == "left":
        head, tail = tail, head
    elif direction == "bi":
        rel_def = schema.relation(label)
        if rel_def and regions[head]["label"] not in rel_def.head and regions[tail]["label"] in rel_def.head:
            head, tail = tail, head
    elif direction != "right":
        raise ExportError(f"{here}: unknown direction {direction!r}")
    return Relation(head, tail, label)


def ls_result_to_document(
    doc_id: str, text: str, result: Sequence[Mapping[str, Any]], meta: Mapping[str, Any], where: str
) -> Document:
    """A :class:`Document` from one annotation or prediction ``result`` (see :func:`ls_result_to_spans`)."""
    spans, relations = ls_result_to_spans(result, text, where)
    return Document(doc_id, text, spans, relations, dict(meta))
