"""A simulated second annotator: a seeded, reproducible perturbation of a gold annotation.

SIMULATED DATA. Nothing made here was annotated by a person. It exists so that agreement, adjudication and
the dataset build can be tested and demonstrated on the one bundled gold corpus, which has one annotator.
Every document it returns says so in its meta: ``annotator="simulated-2"`` and ``simulated=True``.

The perturbations are the disagreements real annotators have, each applied to a span with its own rate:

- ``drop``: the span is missed (its relations go with it);
- ``shift``: one boundary moves by one token, inward or outward (still on token edges, never onto another
  span, never over a paragraph break);
- ``relabel``: another span label (relations that no longer fit the schema are dropped; attributes are
  reset to what the new label allows);
- ``attr``: a choice attribute takes another value, a free-text one loses its last word;
- ``relation_drop``: a relation is missed.

Offsets stay Python code points, end exclusive, on token edges of :func:`schemas.tokenize`, so the output
passes :func:`schemas.validate_document` and :func:`schemas.spans_to_bio` whenever the input does.

>>> from schemas import Document, Span
>>> text = "Mr Gapes said: \\"I am sickened.\\""
>>> q = len("Mr Gapes said: \\"")
>>> gold = Document("d1", text, (Span("T1", 0, len("Mr Gapes"), "SPEAKER", {"canonical": "Mike Gapes"}),
...                              Span("T2", q, q + len("I am sickened."), "QUOTE", {"kind": "direct"})))
>>> [sim] = simulate_annotator([gold], seed=1, drop=1.0)
>>> sim.spans, sim.meta["annotator"], sim.meta["simulated"]
((), 'simulated-2', True)
>>> simulate_annotator([gold], seed=7) == simulate_annotator([gold], seed=7)
True
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterable, Sequence
from dataclasses import replace

from schemas import Document, Relation, Schema, Span, load_schema, token_offsets

SIMULATED_ANNOTATOR = "simulated-2"


def simulate_annotator(
    docs: Iterable[Document],
    seed: int,
    *,
    drop: float = 0.08,
    shift: float = 0.10,
    relabel: float = 0.04,
    attr: float = 0.05,
    relation_drop: float = 0.08,
    annotator: str = SIMULATED_ANNOTATOR,
    schema: Schema | None = None,
) -> list[Document]:
    """Perturbed copies of ``docs`` as if a second annotator had labelled them (see the module docstring).

    Each document gets its own random stream from ``seed`` and its id, so the result for a document does
    not depend on which other documents are passed. Rates are probabilities per span (per relation for
    ``relation_drop``) between 0 and 1.
    """
    for name, rate in (("drop", drop), ("shift", shift), ("relabel", relabel), ("attr", attr),
                       ("relation_drop", relation_drop)):
        if not 0.0 <= rate <= 1.0:
            raise ValueError(f"rate {name}={rate!r} must be between 0 and 1")
    schema = schema or load_schema()
    out = []
    for doc in docs:
        rng = random.Random(_doc_seed(seed, doc.id))
        out.append(_perturb(doc, rng, schema, drop, shift, relabel, attr, relation_drop, annotator, seed))
    return out


def _doc_seed(seed: int, doc_id: str) -> int:
    digest = hashlib.sha256(f"{seed}\x00{doc_id}".encode()).digest()
    return int.from_bytes(digest[:8], "big")


def _perturb(
    doc: Document,
    rng: random.Random,
    schema: Schema,
    drop: float,
    shift: float,
    relabel: float,
    attr: float,
    relation_drop: float,
    annotator: str,
    seed: int,
) -> Document:
    offsets = token_offsets(doc.text)
    starts = [s for s, _ in offsets]
    ends = [e for _, e in offsets]
    ordered = sorted(doc.spans, key=lambda s: (s.start, s.end))
    kept: list[Span] = []
    for i, span in enumerate(ordered):
        if rng.random() < drop:
            continue
        if rng.random() < shift:
            prev_end = kept[-1].end if kept else 0
            next_start = ordered[i + 1].start if i + 1 < len(ordered) else len(doc.text)
            span = _shift(doc.text, span, rng, starts, ends, prev_end, next_start)
        if rng.random() < relabel:
            span = _relabel(span, rng, schema, doc.text)
        if rng.random() < attr:
            span = _change_attr(span, rng, schema)
        kept.append(span)
    by_id = {s.id: s for s in kept}
    relations: list[Relation] = []
    for rel in doc.relations:
        head, tail = by_id.get(rel.head), by_id.get(rel.tail)
        if head is None or tail is None or rng.random() < relation_drop:
            continue
        rel_def = schema.relation(rel.label)
        if rel_def is None or head.label not in rel_def.head or tail.label not in rel_def.tail:
            continue
        relations.append(rel)
    meta = {
        **{k: v for k, v in doc.meta.items() if k not in {"annotation_id", "ground_truth", "annotator"}},
        "annotator": annotator,
        "annotation_id": f"sim-{seed}-{doc.id}",
        "ground_truth": False,
        "simulated": True,
    }
    return replace(doc, spans=tuple(kept), relations=tuple(relations), meta=meta)


def _shift(
    text: str,
    span: Span,
    rng: random.Random,
    starts: Sequence[int],
    ends: Sequence[int],
    lower: int,
    upper: int,
) -> Span:
    """Move one edge of ``span`` by one token, staying in ``[lower, upper)`` and inside its paragraph."""
    import bisect

    choices: list[tuple[int, int]] = []
    i = bisect.bisect_left(starts, span.start)  # index of the first token of the span
    j = bisect.bisect_left(ends, span.end)  # index of its last token
    if i > 0 and starts[i - 1] >= lower and "\n" not in text[starts[i - 1] : span.start]:
        choices.append((starts[i - 1], span.end))  # start one token earlier
    if j + 1 < len(ends) and ends[j + 1] <= upper and "\n" not in text[span.end : ends[j + 1]]:
        choices.append((span.start, ends[j + 1]))  # end one token later
    if j > i:
        choices.append((starts[i + 1], span.end))  # drop the first token
        choices.append((span.start, ends[j - 1]))  # drop the last token
    if not choices:
        return span
    start, end = rng.choice(choices)
    return replace(span, start=start, end=end)


def _relabel(span: Span, rng: random.Random, schema: Schema, text: str) -> Span:
    others = [label for label in schema.span_labels if label != span.label]
    if not others:
        return span
    label = rng.choice(others)
    label_def = schema.span_label(label)
    attrs: dict[str, str] = {}
    for a in label_def.attrs if label_def else ():
        attrs[a.name] = a.values[0] if a.type == "choice" else text[span.start : span.end]
    return replace(span, label=label, attrs=attrs)


def _change_attr(span: Span, rng: random.Random, schema: Schema) -> Span:
    label_def = schema.span_label(span.label)
    if label_def is None or not label_def.attrs:
        return span
    a = rng.choice(label_def.attrs)
    attrs = dict(span.attrs)
    if a.type == "choice":
        values = [v for v in a.values if v != attrs.get(a.name)]
        attrs[a.name] = rng.choice(values) if values else attrs.get(a.name, a.values[0])
    else:
        words = attrs.get(a.name, "").split()
        attrs[a.name] = " ".join(words[:-1]) if len(words) > 1 else attrs.get(a.name, "")
    return replace(span, attrs=attrs)
