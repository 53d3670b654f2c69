"""Adjudication: one gold document per task from its annotations, and a review list of every disagreement.

Policies (:class:`Policy`):

- ``ground-truth``: an annotation marked ground truth in Label Studio wins; a task without one falls back
  to ``majority``.
- ``majority``: a span is kept when a strict majority of the task's annotators marked exactly it (same
  start, end and label; so boundaries are decided by majority too); a relation when a majority linked the
  same two kept spans with the same label; an attribute takes the majority value among the annotators of
  its span (a tie goes to review, and the smallest value is kept meanwhile).
- ``single``: one annotation per task is taken as it is: the ground truth if there is one, else the most
  recently updated.

Whatever the policy, every span, relation or attribute on which the annotators of a task were not
unanimous becomes a :class:`ReviewItem` (except in tasks settled by a ground truth), naming the task, the
offsets, the label, who marked it, who did not, and what the gold kept. Offsets are Python code points, end
exclusive.

>>> from schemas import Document, Span
>>> text = "Mr Gapes said"
>>> def ann(name, end):
...     return Document("t1", text, (Span("T1", 0, end, "SPEAKER"),), meta={"annotator": name})
>>> result = adjudicate([ann("a", 8), ann("b", 8), ann("c", 2)], Policy.MAJORITY)
>>> [(s.start, s.end) for s in result.gold[0].spans], len(result.review)
([(0, 8)], 2)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any, TypedDict

from eval.agreement import Task, document_agreement, group_by_task
from schemas import Document, Relation, Schema, Span, document_problems, load_schema
from schemas.enums import parse_enum

# Keys that describe one annotation, not the task: they do not reach the gold document.
ANNOTATION_KEYS = frozenset(
    {
        "annotation_id", "annotator", "ground_truth", "created_at", "updated_at", "created", "updated", "lead_time",
        "simulated", "parent_prediction", "parent_model_version", "accepted_unchanged", "draft",
    }
)

SpanKey = tuple[int, int, str]
RelationKey = tuple[SpanKey, SpanKey, str]


class Policy(Enum):
    GROUND_TRUTH = "ground-truth"
    MAJORITY = "majority"
    SINGLE = "single"

    @classmethod
    def parse(cls, value: str | Policy) -> Policy:
        return parse_enum(cls, value, "adjudication policy")


class ReviewDict(TypedDict):
    """One line of the ``--review`` JSONL file."""

    doc_id: str
    kind: str
    start: int
    end: int
    label: str
    text: str
    detail: str
    marked_by: list[str]
    not_marked_by: list[str]
    resolution: str


@dataclass(frozen=True)
class ReviewItem:
    """A disagreement for a curator: what (``kind`` span / relation / attribute), where, who, and the outcome."""

    doc_id: str
    kind: str
    start: int
    end: int
    label: str
    text: str
    detail: str
    marked_by: tuple[str, ...]
    not_marked_by: tuple[str, ...]
    resolution: str

    def to_dict(self) -> ReviewDict:
        return {
            "doc_id": self.doc_id,
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "label": self.label,
            "text": self.text,
            "detail": self.detail,
            "marked_by": list(self.marked_by),
            "not_marked_by": list(self.not_marked_by),
            "resolution": self.resolution,
        }


@dataclass(frozen=True)
class Adjudication:
    """The gold (one document per task, in input order), the review list, and how each task was settled."""

    gold: tuple[Document, ...]
    review: tuple[ReviewItem, ...]
    settled_by: Mapping[str, int]

    @property
    def disputed(self) -> tuple[str, ...]:
        """Ids of the tasks with at least one review item, in gold order."""
        ids = {item.doc_id for item in self.review}
        return tuple(d.id for d in self.gold if d.id in ids)


def adjudicate(
    docs: Iterable[Document], policy: Policy | str = Policy.GROUND_TRUTH, schema: Schema | None = None,
    source: str = "annotations",
) -> Adjudication:
    """Adjudicate every task of ``docs`` (one row per annotation, as exported) under ``policy``."""
    policy = Policy.parse(policy)
    schema = schema or load_schema()
    gold: list[Document] = []
    review: list[ReviewItem] = []
    settled: Counter[str] = Counter()
    for task in group_by_task(docs, source):
        for name, doc in task.annotations.items():
            problems = document_problems(doc, schema)
            if problems:
                raise type(problems[0])(f"{source}: annotation by {name!r}: {problems[0]}")
        doc, items, how = adjudicate_task(task, policy)
        gold.append(doc)
        review.extend(items)
        settled[how] += 1
    return Adjudication(tuple(gold), tuple(review), dict(settled))


def adjudicate_task(task: Task, policy: Policy) -> tuple[Document, list[ReviewItem], str]:
    """The gold document of one task, its review items, and how it was settled."""
    names = task.annotators
    anns = [task.annotations[n] for n in names]
    truths = [n for n in names if task.annotations[n].meta.get("ground_truth") is True]
    chosen: str | None = None
    if len(names) == 1:
        chosen, how = names[0], "only-annotation"
    elif policy is Policy.GROUND_TRUTH and truths:
        chosen, how = max(truths, key=lambda n: _stamp(task.annotations[n])), "ground-truth"
    elif policy is Policy.SINGLE:
        pool = truths or list(names)
        chosen, how = max(pool, key=lambda n: _stamp(task.annotations[n])), "single"
    else:
        how = "majority"
    span_votes, rel_votes = _votes(task)
    if chosen is not None:
        base = task.annotations[chosen]
        spans = {_key(s): s for s in base.spans}
        relations = {_rel_key(r, base.span_by_id()) for r in base.relations}
        attrs = {k: dict(s.attrs) for k, s in spans.items()}
    else:
        need = len(names) // 2 + 1
        spans = {k: v[0][1] for k, v in span_votes.items() if len(v) >= need}
        relations = {k for k, v in rel_votes.items() if len(v) >= need and k[0] in spans and k[1] in spans}
        attrs = {k: _majority_attrs(span_votes[k]) for k in spans}
    items = [] if how in ("ground-truth", "only-annotation") else _review_items(
        task, span_votes, rel_votes, spans, relations, attrs
    )
    ordered = sorted(spans, key=lambda k: (k[0], k[1], k[2]))
    ids = {k: f"T{i}" for i, k in enumerate(ordered, 1)}
    gold_spans = tuple(Span(ids[k], k[0], k[1], k[2], attrs[k]) for k in ordered)
    gold_rels = tuple(
        Relation(ids[h], ids[t], label) for h, t, label in sorted(relations, key=lambda r: (ids[r[0]], ids[r[1]], r[2]))
    )
    meta: dict[str, Any] = {k: v for k, v in anns[0].meta.items() if k not in ANNOTATION_KEYS}
    meta.update(
        task_id=anns[0].meta.get("task_id", task.doc_id),
        annotators=list(names),
        num_annotators=len(names),
        agreement=document_agreement(anns),
        adjudication=how,
        disputed=bool(items),
    )
    if any(a.meta.get("simulated") for a in anns):
        meta["simulated_annotations"] = True
    return Document(task.doc_id, task.text, gold_spans, gold_rels, meta), items, how


def _stamp(doc: Document) -> str:
    meta = doc.meta
    return str(meta.get("updated_at") or meta.get("updated") or meta.get("created_at") or meta.get("created") or "")


def _key(span: Span) -> SpanKey:
    return (span.start, span.end, span.label)


def _rel_key(rel: Relation, by_id: Mapping[str, Span]) -> RelationKey:
    return (_key(by_id[rel.head]), _key(by_id[rel.tail]), rel.label)


def _votes(task: Task) -> tuple[dict[SpanKey, list[tuple[str, Span]]], dict[RelationKey, list[str]]]:
    spans: dict[SpanKey, list[tuple[str, Span]]] = {}
    rels: dict[RelationKey, list[str]] = {}
    for name in task.annotators:
        doc = task.annotations[name]
        for s in doc.spans:
            voters = spans.setdefault(_key(s), [])
            if all(n != name for n, _ in voters):
                voters.append((name, s))
        by_id = doc.span_by_id()
        for r in doc.relations:
            linkers = rels.setdefault(_rel_key(r, by_id), [])
            if name not in linkers:
                linkers.append(name)
    return spans, rels


def _majority_attrs(voters: Sequence[tuple[str, Span]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for name in sorted({a for _, s in voters for a in s.attrs}):
        counts = Counter(s.attrs[name] for _, s in voters if name in s.attrs)
        top = max(counts.values())
        out[name] = min(v for v, c in counts.items() if c == top)
    return out


def _review_items(
    task: Task,
    span_votes: Mapping[SpanKey, list[tuple[str, Span]]],
    rel_votes: Mapping[RelationKey, list[str]],
    kept: Mapping[SpanKey, Span],
    kept_rels: set[RelationKey],
    attrs: Mapping[SpanKey, Mapping[str, str]],
) -> list[ReviewItem]:
    names = task.annotators
    text = task.text
    items: list[ReviewItem] = []
    for key in sorted(span_votes):
        start, end, label = key
        voters = span_votes[key]
        marked = tuple(n for n, _ in voters)
        if len(marked) < len(names):
            items.append(ReviewItem(
                task.doc_id, "span", start, end, label, text[start:end], f"{len(marked)} of {len(names)} annotators",
                marked, tuple(n for n in names if n not in marked), "kept" if key in kept else "dropped",
            ))
        if key not in kept:
            continue
        for attr in sorted({a for _, s in voters for a in s.attrs}):
            values = {n: s.attrs.get(attr, "") for n, s in voters}
            if len(set(values.values())) > 1:
                final = attrs[key].get(attr, "")
                detail = f"{attr}: " + ", ".join(f"{n}={v!r}" for n, v in values.items())
                items.append(ReviewItem(
                    task.doc_id, "attribute", start, end, label, text[start:end], detail,
                    tuple(n for n, v in values.items() if v == final),
                    tuple(n for n, v in values.items() if v != final), f"{attr}={final!r}",
                ))
    for rel_key in sorted(rel_votes):
        (hs, he, hl), (ts, te, tl), label = rel_key
        marked = tuple(rel_votes[rel_key])
        if len(marked) < len(names):
            items.append(ReviewItem(
                task.doc_id, "relation", hs, he, label, f"{text[hs:he]} -> {text[ts:te]}",
                f"{hl} [{hs}:{he}] -> {tl} [{ts}:{te}]; {len(marked)} of {len(names)} annotators",
                marked, tuple(n for n in names if n not in marked), "kept" if rel_key in kept_rels else "dropped",
            ))
    return items


def review_seed(
    docs: Iterable[Document], disputed: Sequence[str]
) -> tuple[list[Document], dict[str, list[Document]]]:
    """What a Label Studio review project needs: the disputed tasks (text only) and, per annotator
    pseudonym, that annotator's version of each, to be seeded as predictions with ``model_version`` = the
    pseudonym. A curator accepts or edits one; exporting the project gives the adjudicated gold."""
    wanted = set(disputed)
    tasks: dict[str, Document] = {}
    versions: dict[str, list[Document]] = {}
    for task in group_by_task(d for d in docs if d.id in wanted):
        first = task.annotations[task.annotators[0]]
        meta = {k: v for k, v in first.meta.items() if k not in ANNOTATION_KEYS}
        tasks[task.doc_id] = Document(task.doc_id, task.text, meta=meta)
        for name in task.annotators:
            versions.setdefault(name, []).append(task.annotations[name])
    return [tasks[i] for i in disputed if i in tasks], versions
