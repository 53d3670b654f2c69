"""Inter-annotator agreement over the annotations of the same tasks, with the one matching engine of eval.

Input: annotated documents, one per annotation, the same ``id`` and ``text`` for every annotation of a
task, ``meta["annotator"]`` a pseudonym (the Label Studio export's format). Only tasks with two or more
annotators count. Offsets are Python code points, end exclusive.

Measures, for every pair of annotators over the tasks they share, then pooled over all pairs:

- span F1, *strict* (same boundaries and label) and *overlap* (same label, at least one shared character),
  per label and overall, from :func:`eval.match_spans` (``Scheme.STRICT`` and ``Scheme.TYPE``). Between two
  annotators F1 is symmetric: ``2 * agreed / (spans of A + spans of B)``.
- Cohen's kappa (scikit-learn) on token labels: the BIO tags of :func:`schemas.spans_to_bio` without their
  ``B-``/``I-`` prefix (``O``, ``SPEAKER``, ...).
- Krippendorff's alpha (the ``krippendorff`` package, nominal) on the same token labels, tokens x annotators,
  missing where an annotator did not label the task.
- ``said_by`` pair agreement: a link of A agrees with one of B when B links the spans matched to both its
  ends (matched under overlap; ``said_by_strict_f1`` matches them strictly).

>>> from schemas import Document, Span
>>> text = "Mr Gapes said: I quit."
>>> q = len("Mr Gapes said: ")
>>> quote = Span("T2", q, len(text), "QUOTE")
>>> a = Document("t1", text, (Span("T1", 0, 8, "SPEAKER"), quote), meta={"annotator": "ann-a"})
>>> b = Document("t1", text, (Span("T1", 3, 8, "SPEAKER"), quote), meta={"annotator": "ann-b"})
>>> r = compute_agreement([a, b])
>>> r.strict.f1, r.overlap.f1
(0.5, 1.0)
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypedDict

from schemas import Document, FormatError, Schema, Span, load_schema, spans_to_bio

from .counts import Counts
from .match import Outcome, Scheme, match_spans


@dataclass(frozen=True)
class Task:
    """The annotations of one task, one per annotator (pseudonym), in annotator order."""

    doc_id: str
    text: str
    annotations: Mapping[str, Document]

    @property
    def annotators(self) -> tuple[str, ...]:
        return tuple(sorted(self.annotations))


def group_by_task(docs: Iterable[Document], source: str = "annotations") -> list[Task]:
    """Gather annotations by document id. Every annotation needs ``meta["annotator"]``; all annotations of a
    task must carry the same text. When an annotator has several annotations of one task, the most recently
    updated one counts (Label Studio keeps a user's earlier annotations after a redo)."""
    texts: dict[str, str] = {}
    by_task: dict[str, dict[str, Document]] = {}
    for doc in docs:
        annotator = doc.meta.get("annotator")
        if not isinstance(annotator, str) or not annotator:
            raise FormatError(
                f"{source}: document {doc.id!r} (annotation {doc.meta.get('annotation_id', '?')}): meta has no "
                "'annotator'; agreement needs the Label Studio export's one-row-per-annotation format"
            )
        if doc.id in texts and texts[doc.id] != doc.text:
            raise FormatError(
                f"{source}: document {doc.id!r}: annotation by {annotator!r} has another text than the earlier "
                "annotations of this task; all annotations of a task must share its text"
            )
        texts[doc.id] = doc.text
        current = by_task.setdefault(doc.id, {}).get(annotator)
        if current is None or _stamp(doc) >= _stamp(current):
            by_task[doc.id][annotator] = doc
    return [Task(doc_id, texts[doc_id], by_task[doc_id]) for doc_id in by_task]


def _stamp(doc: Document) -> str:
    meta = doc.meta
    return str(meta.get("updated_at") or meta.get("updated") or meta.get("created_at") or meta.get("created") or "")


@dataclass(frozen=True)
class PairScores:
    """Agreement of annotators ``a`` and ``b`` over the ``documents`` tasks they both labelled."""

    a: str
    b: str
    documents: int
    strict: Counts
    overlap: Counts
    per_label_strict: Mapping[str, Counts]
    per_label_overlap: Mapping[str, Counts]
    said_by: tuple[int, int, int]  # (agreed under overlap, links of a, links of b)
    said_by_strict: tuple[int, int, int]
    kappa: float | None
    tokens: int


@dataclass(frozen=True)
class AgreementReport:
    """Pooled agreement over every annotator pair, with the pairs themselves."""

    tasks: int
    documents: int
    annotators: tuple[str, ...]
    pairs: tuple[PairScores, ...]
    strict: Counts
    overlap: Counts
    per_label_strict: Mapping[str, Counts]
    per_label_overlap: Mapping[str, Counts]
    said_by_f1: float | None
    said_by_strict_f1: float | None
    kappa: float | None
    alpha: float | None
    simulated: bool = False
    labels: tuple[str, ...] = field(default_factory=tuple)

    def to_dict(self) -> AgreementDict:
        return {
            "tasks": self.tasks,
            "documents": self.documents,
            "annotators": list(self.annotators),
            "simulated": self.simulated,
            "overall": {
                "strict_f1": self.strict.f1 if self.documents else None,
                "overlap_f1": self.overlap.f1 if self.documents else None,
                "kappa": self.kappa,
                "alpha": self.alpha,
                "said_by_f1": self.said_by_f1,
                "said_by_strict_f1": self.said_by_strict_f1,
            },
            "per_label": {
                label: {
                    "strict_f1": self.per_label_strict[label].f1 if self.documents else None,
                    "overlap_f1": self.per_label_overlap[label].f1 if self.documents else None,
                    "spans": self.per_label_strict[label].possible + self.per_label_strict[label].actual,
                }
                for label in self.labels
            },
            "pairs": [
                {
                    "a": p.a,
                    "b": p.b,
                    "documents": p.documents,
                    "strict_f1": p.strict.f1,
                    "overlap_f1": p.overlap.f1,
                    "kappa": p.kappa,
                    "said_by_f1": _f1(*p.said_by),
                    "tokens": p.tokens,
                }
                for p in self.pairs
            ],
            "matrix": {"annotators": list(self.annotators), "strict_f1": self.matrix()},
        }

    def matrix(self) -> list[list[float | None]]:
        """Strict span F1 of every annotator pair, annotators x annotators (1.0 on the diagonal)."""
        index = {name: i for i, name in enumerate(self.annotators)}
        n = len(self.annotators)
        rows: list[list[float | None]] = [[1.0 if i == j else None for j in range(n)] for i in range(n)]
        for p in self.pairs:
            rows[index[p.a]][index[p.b]] = rows[index[p.b]][index[p.a]] = p.strict.f1
        return rows


class AgreementDict(TypedDict):
    """``quotegold agreement --json``."""

    tasks: int
    documents: int
    annotators: list[str]
    simulated: bool
    overall: dict[str, float | None]
    per_label: dict[str, dict[str, Any]]
    pairs: list[dict[str, Any]]
    matrix: dict[str, Any]


def _f1(agreed: int, n_a: int, n_b: int) -> float | None:
    return None if n_a + n_b == 0 else 2 * agreed / (n_a + n_b)


def token_labels(doc: Document, annotator: str = "?") -> list[str]:
    """One label per token (``O`` or a span label; BIO prefixes stripped).

    >>> from schemas import Span
    >>> token_labels(Document("d", "Mr Gapes said", (Span("T1", 0, 8, "SPEAKER"),)))
    ['SPEAKER', 'SPEAKER', 'O']
    """
    _, tags = spans_to_bio(doc.text, doc.spans, doc_id=f"{doc.id} (annotator {annotator})")
    return [t.partition("-")[2] or "O" for t in tags]


def _said_by_agreement(a: Document, b: Document, scheme: Scheme) -> tuple[int, int, int]:
    """Links of ``a`` whose two ends are matched to the ends of a link of ``b`` (endpoints matched under
    ``scheme`` by the eval engine, one-to-one)."""
    links_a = {(r.head, r.tail) for r in a.relations if r.label == "said_by"}
    links_b = {(r.head, r.tail) for r in b.relations if r.label == "said_by"}
    ends = ("QUOTE", "SPEAKER")
    spans_a = [s for s in a.spans if s.label in ends]
    spans_b = [s for s in b.spans if s.label in ends]
    result = match_spans(spans_a, spans_b, scheme)
    partner = {g.id: p.id for g, p, outcome in result.pairs if outcome is Outcome.CORRECT}
    agreed = sum((partner.get(h), partner.get(t)) in links_b for h, t in links_a)
    return agreed, len(links_a), len(links_b)


def _kappa(x: Sequence[str], y: Sequence[str]) -> float | None:
    from sklearn.metrics import cohen_kappa_score

    if not x:
        return None
    if len(set(x) | set(y)) == 1:  # one category for everything: kappa is undefined (0/0)
        return None
    value = float(cohen_kappa_score(x, y))
    return None if math.isnan(value) else value


def _by_label(spans: Sequence[Span], label: str) -> list[Span]:
    return [s for s in spans if s.label == label]


def compare_pair(a: Document, b: Document, labels: Sequence[str]) -> tuple[Counts, Counts, dict[str, Counts],
                                                                             dict[str, Counts]]:
    """Strict and overlap counts of one task between two annotations, overall and per label."""
    strict = match_spans(a.spans, b.spans, Scheme.STRICT).counts
    overlap = match_spans(a.spans, b.spans, Scheme.TYPE).counts
    per_strict = {lab: match_spans(_by_label(a.spans, lab), _by_label(b.spans, lab), Scheme.STRICT).counts
                  for lab in labels}
    per_overlap = {lab: match_spans(_by_label(a.spans, lab), _by_label(b.spans, lab), Scheme.TYPE).counts
                   for lab in labels}
    return strict, overlap, per_strict, per_overlap


def document_agreement(annotations: Sequence[Document]) -> float | None:
    """Mean pairwise strict span F1 of the annotations of one task; ``None`` with fewer than two."""
    if len(annotations) < 2:
        return None
    scores = [match_spans(a.spans, b.spans, Scheme.STRICT).counts.f1
              for a, b in itertools.combinations(annotations, 2)]
    return sum(scores) / len(scores)


def compute_agreement(docs: Iterable[Document], schema: Schema | None = None,
                      source: str = "annotations") -> AgreementReport:
    """Agreement of every annotator pair over the tasks they share, and pooled over all pairs."""
    import numpy as np

    schema = schema or load_schema()
    labels = schema.span_labels
    grouped = group_by_task(docs, source)
    tasks = [t for t in grouped if len(t.annotations) >= 2]
    annotators = tuple(sorted({a for t in tasks for a in t.annotations}))
    simulated = any(bool(d.meta.get("simulated")) for t in tasks for d in t.annotations.values())
    pair_data: dict[tuple[str, str], dict[str, Any]] = {}
    # Krippendorff's reliability data: one row per annotator, one column per token of every shared task.
    code = {label: i for i, label in enumerate(("O", *labels))}
    units: list[list[float]] = [[] for _ in annotators]
    for task in tasks:
        tokens = {name: token_labels(doc, name) for name, doc in task.annotations.items()}
        width = len(next(iter(tokens.values())))
        for row, name in zip(units, annotators, strict=True):
            row.extend([code[t] for t in tokens[name]] if name in tokens else [math.nan] * width)
        for x, y in itertools.combinations(task.annotators, 2):
            a, b = task.annotations[x], task.annotations[y]
            d = pair_data.setdefault((x, y), {"docs": 0, "strict": Counts(), "overlap": Counts(),
                                              "ps": {lab: Counts() for lab in labels},
                                              "po": {lab: Counts() for lab in labels},
                                              "sb": (0, 0, 0), "sbs": (0, 0, 0), "ta": [], "tb": []})
            strict, overlap, ps, po = compare_pair(a, b, labels)
            d["docs"] += 1
            d["strict"] += strict
            d["overlap"] += overlap
            for lab in labels:
                d["ps"][lab] += ps[lab]
                d["po"][lab] += po[lab]
            d["sb"] = tuple(map(sum, zip(d["sb"], _said_by_agreement(a, b, Scheme.TYPE), strict=True)))
            d["sbs"] = tuple(map(sum, zip(d["sbs"], _said_by_agreement(a, b, Scheme.STRICT), strict=True)))
            d["ta"].extend(tokens[x])
            d["tb"].extend(tokens[y])
    pairs = tuple(
        PairScores(x, y, d["docs"], d["strict"], d["overlap"], d["ps"], d["po"], d["sb"], d["sbs"],
                   _kappa(d["ta"], d["tb"]), len(d["ta"]))
        for (x, y), d in sorted(pair_data.items())
    )
    total = sum((p.strict for p in pairs), Counts())
    total_overlap = sum((p.overlap for p in pairs), Counts())
    per_strict = {lab: sum((p.per_label_strict[lab] for p in pairs), Counts()) for lab in labels}
    per_overlap = {lab: sum((p.per_label_overlap[lab] for p in pairs), Counts()) for lab in labels}
    sb = [sum(v) for v in zip(*(p.said_by for p in pairs), strict=True)] if pairs else [0, 0, 0]
    sbs = [sum(v) for v in zip(*(p.said_by_strict for p in pairs), strict=True)] if pairs else [0, 0, 0]
    ta = [t for p in pair_data.values() for t in p["ta"]]
    tb = [t for p in pair_data.values() for t in p["tb"]]
    return AgreementReport(
        tasks=len(grouped),
        documents=len(tasks),
        annotators=annotators,
        pairs=pairs,
        strict=total,
        overlap=total_overlap,
        per_label_strict=per_strict,
        per_label_overlap=per_overlap,
        said_by_f1=_f1(*sb),
        said_by_strict_f1=_f1(*sbs),
        kappa=_kappa(ta, tb),
        alpha=_alpha(np.array(units, dtype=float)) if tasks else None,
        simulated=simulated,
        labels=tuple(labels),
    )


def _alpha(data: Any) -> float | None:
    import krippendorff
    import numpy as np

    values = data[~np.isnan(data)]
    if data.shape[0] < 2 or values.size == 0 or len(np.unique(values)) < 2:
        return None  # one category everywhere: alpha is undefined
    return float(krippendorff.alpha(reliability_data=data, level_of_measurement="nominal"))
