"""Span matching: pair gold and predicted spans one-to-one under a scheme and count the outcomes.

The one matching engine of quotegold: ``eval`` (system vs gold) and ``gold agreement`` (annotator vs
annotator) both call it. Offsets are Python code points, end exclusive (``text[start:end]``); two spans
overlap when they share at least one character, and ``min_overlap`` is the share of the *gold* span the
prediction must cover (nervaluate's rule; 0 = any shared character).

The outcomes are nervaluate's (after MUC-5):

=========  ======================================  ==========================================
scheme     correct                                 incorrect (partial for ``partial``)
=========  ======================================  ==========================================
strict     same boundaries and same label          overlap, otherwise different
exact      same boundaries, any label              overlap, different boundaries
partial    same boundaries, any label              overlap, different boundaries (half credit)
type       overlap and same label                  overlap, different label
=========  ======================================  ==========================================

An unmatched gold span is *missed*, an unmatched prediction *spurious*. Unlike nervaluate, the pairs are a
maximum-weight one-to-one matching per document (see :mod:`eval.assign`): first as many correct pairs as
possible, then as many pairs as possible, then the largest total overlap (IoU). The counts never depend on
the order of the spans.

>>> from schemas import Span
>>> text = "Mr Gapes said: I am sickened."
>>> gold = [Span("g1", 0, len("Mr Gapes"), "SPEAKER"), Span("g2", len("Mr Gapes said: "), len(text), "QUOTE")]
>>> pred = [Span("p1", len("Mr "), len("Mr Gapes"), "SPEAKER"), Span("p2", gold[1].start, gold[1].end, "QUOTE")]
>>> result = match_spans(gold, pred, Scheme.STRICT)
>>> result.counts
Counts(correct=1, incorrect=1, partial=0, missed=0, spurious=0)
>>> [(g.id, p.id, o.value) for g, p, o in result.pairs]
[('g1', 'p1', 'incorrect'), ('g2', 'p2', 'correct')]
>>> match_spans(gold, pred, Scheme.PARTIAL).counts.f1
0.75
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import Enum

import numpy as np
from numpy.typing import NDArray

from schemas import Span
from schemas.enums import parse_enum

from .assign import max_weight_matching
from .counts import Counts

IntArray = NDArray[np.int64]
BoolArray = NDArray[np.bool_]

CORRECT_WEIGHT = 3.0  # > 2 x OTHER_WEIGHT: one more correct pair always beats two more overlapping pairs
OTHER_WEIGHT = 1.0
TIE_WEIGHT = 1e-3  # x IoU: among equal matchings prefer the closer boundaries (< 1 / largest component)


class Scheme(Enum):
    STRICT = "strict"
    EXACT = "exact"
    PARTIAL = "partial"
    TYPE = "type"

    @classmethod
    def parse(cls, value: str | Scheme) -> Scheme:
        return parse_enum(cls, value, "scheme")


class Outcome(Enum):
    CORRECT = "correct"
    INCORRECT = "incorrect"
    PARTIAL = "partial"
    MISSED = "missed"
    SPURIOUS = "spurious"


# Outcome codes in the arrays of :class:`ArrayMatch`.
NONE, CORRECT, OTHER = 0, 1, 2


@dataclass(frozen=True)
class SpanArrays:
    """Spans of many documents as columns: document index, start, end (exclusive), label code."""

    doc: IntArray
    start: IntArray
    end: IntArray
    label: IntArray

    def __len__(self) -> int:
        return len(self.start)

    @classmethod
    def from_columns(
        cls, doc: Sequence[int], start: Sequence[int], end: Sequence[int], label: Sequence[int]
    ) -> SpanArrays:
        cols = [np.asarray(c, dtype=np.int64) for c in (doc, start, end, label)]
        if len({len(c) for c in cols}) != 1:
            raise ValueError("doc, start, end and label must have the same length")
        return cls(*cols)

    def take(self, index: IntArray | BoolArray) -> SpanArrays:
        return SpanArrays(self.doc[index], self.start[index], self.end[index], self.label[index])


@dataclass(frozen=True)
class ArrayMatch:
    """The matching of two :class:`SpanArrays`: partner index (or -1) and outcome code of every span.

    ``gold_code`` / ``pred_code`` are ``NONE`` (missed / spurious), ``CORRECT`` or ``OTHER`` (incorrect, or
    partial under the partial scheme).
    """

    scheme: Scheme
    gold_to_pred: IntArray
    pred_to_gold: IntArray
    gold_code: NDArray[np.int8]
    pred_code: NDArray[np.int8]

    def counts(self) -> Counts:
        return Counts.from_codes(self.scheme, self.gold_code, self.pred_code)


@dataclass(frozen=True)
class MatchResult:
    """The matching of two span lists: matched pairs with their outcome, and the unmatched spans."""

    pairs: tuple[tuple[Span, Span, Outcome], ...]
    missed: tuple[Span, ...]
    spurious: tuple[Span, ...]
    counts: Counts


def overlapping_pairs(gold: SpanArrays, pred: SpanArrays) -> tuple[IntArray, IntArray]:
    """All ``(gold index, pred index)`` pairs of the same document that share at least one character.

    Vectorised sweep: documents are laid end to end on one line, golds sorted by start; for each prediction
    the candidate golds are a contiguous run found with two binary searches (exact for flat annotation,
    filtered afterwards when gold spans nest or overlap).
    """
    if not len(gold) or not len(pred):
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    stride = int(max(gold.end.max(), pred.end.max())) + 1
    g_start = gold.doc * stride + gold.start
    g_end = gold.doc * stride + gold.end
    order = None  # gold already in canonical order (as Columns hold it): no sort, no mapping back
    if not np.all(g_start[1:] >= g_start[:-1]):
        order = np.argsort(g_start, kind="stable")
        g_start, g_end = g_start[order], g_end[order]
    p_start = pred.doc * stride + pred.start
    p_end = pred.doc * stride + pred.end
    hi = np.searchsorted(g_start, p_end, side="left")  # golds starting before the prediction ends
    lo = np.searchsorted(np.maximum.accumulate(g_end), p_start, side="right")  # first that may end after
    n = np.maximum(hi - lo, 0)
    total = int(n.sum())
    pi = np.repeat(np.arange(len(pred), dtype=np.int64), n)
    offsets = np.arange(total, dtype=np.int64) - np.repeat(np.cumsum(n) - n, n)
    gi_sorted = np.repeat(lo, n) + offsets
    keep = g_end[gi_sorted] > p_start[pi]
    gi = gi_sorted[keep]
    return (gi if order is None else order[gi]), pi[keep]


def match_arrays(
    gold: SpanArrays,
    pred: SpanArrays,
    scheme: Scheme | str,
    min_overlap: float = 0.0,
    *,
    same_label_only: bool = False,
    pairs: tuple[IntArray, IntArray] | None = None,
) -> ArrayMatch:
    """Match many documents at once. ``same_label_only`` scores each label on its own (per-label scores).

    ``pairs`` may pass precomputed :func:`overlapping_pairs`; :class:`Overlaps` shares more between schemes.
    """
    return Overlaps(gold, pred, min_overlap, pairs).match(scheme, same_label_only)


def match_arrays_by_label(
    gold: SpanArrays, pred: SpanArrays, scheme: Scheme | str, min_overlap: float = 0.0
) -> tuple[ArrayMatch, ArrayMatch]:
    """``(match_arrays(...), match_arrays(..., same_label_only=True))`` from one pass over the overlaps."""
    overlaps = Overlaps(gold, pred, min_overlap)
    return overlaps.match(scheme), overlaps.match(scheme, same_label_only=True)


class Overlaps:
    """The candidate pairs of two span sets (overlap >= ``min_overlap`` of the gold span), found once and
    matched under any scheme.

    A matching depends only on which candidate pairs count as correct, so equal matchings are computed once:
    ``exact`` and ``partial`` share theirs (same boundaries), and on same-label pairs (per-label scores)
    ``strict``, ``exact`` and ``partial`` all mean same boundaries. Scoring strict and partial, overall and
    per label, takes three matchings instead of four and one search for overlapping pairs instead of two.
    """

    def __init__(self, gold: SpanArrays, pred: SpanArrays, min_overlap: float = 0.0,
                 pairs: tuple[IntArray, IntArray] | None = None) -> None:
        if not 0.0 <= min_overlap <= 1.0:
            raise ValueError(f"min_overlap must be between 0 and 1, got {min_overlap}")
        self.n_gold, self.n_pred = len(gold), len(pred)
        gi, pi = overlapping_pairs(gold, pred) if pairs is None else pairs
        gs, ge, ps, pe = gold.start[gi], gold.end[gi], pred.start[pi], pred.end[pi]
        overlap = np.minimum(ge, pe) - np.maximum(gs, ps)
        edge = overlap >= min_overlap * (ge - gs)
        if not edge.all():
            gi, pi, gs, ge, ps, pe, overlap = (x[edge] for x in (gi, pi, gs, ge, ps, pe, overlap))
        self.gi, self.pi = gi, pi
        self.same_label: BoolArray = gold.label[gi] == pred.label[pi]
        self.same_bounds: BoolArray = (gs == ps) & (ge == pe)
        self.iou = overlap / (np.maximum(ge, pe) - np.minimum(gs, ps))
        self._matchings: dict[tuple[str, bool], ArrayMatch] = {}

    def match(self, scheme: Scheme | str, same_label_only: bool = False) -> ArrayMatch:
        """The matching under ``scheme`` over all pairs, or over same-label pairs only."""
        scheme = Scheme.parse(scheme)
        if scheme is Scheme.TYPE:
            rule = "label"
        elif scheme is Scheme.STRICT and not same_label_only:
            rule = "bounds and label"
        else:
            rule = "bounds"
        key = (rule, same_label_only)
        if key not in self._matchings:
            self._matchings[key] = self._match(rule, same_label_only)
        return replace(self._matchings[key], scheme=scheme)

    def _match(self, rule: str, same_label_only: bool) -> ArrayMatch:
        gi, pi, iou = self.gi, self.pi, self.iou
        correct = {"label": self.same_label, "bounds": self.same_bounds,
                   "bounds and label": self.same_bounds & self.same_label}[rule]
        if same_label_only and not self.same_label.all():
            only = np.flatnonzero(self.same_label)
            gi, pi, iou, correct = gi[only], pi[only], iou[only], correct[only]
        weight = np.where(correct, CORRECT_WEIGHT, OTHER_WEIGHT) + TIE_WEIGHT * iou
        gold_to_pred, pred_to_gold = max_weight_matching(self.n_gold, self.n_pred, gi, pi, weight)
        is_correct = np.zeros(self.n_gold, dtype=bool)
        is_correct[gi[correct & (gold_to_pred[gi] == pi)]] = True
        gold_code = np.where(gold_to_pred >= 0, np.where(is_correct, CORRECT, OTHER), NONE).astype(np.int8)
        pred_code = np.zeros(self.n_pred, dtype=np.int8)
        matched = pred_to_gold >= 0
        pred_code[matched] = gold_code[pred_to_gold[matched]]
        return ArrayMatch(Scheme.STRICT, gold_to_pred, pred_to_gold, gold_code, pred_code)


def arrays_from_spans(spans: Sequence[Span], labels: dict[str, int], doc: int = 0) -> SpanArrays:
    """Columns of one document's spans; ``labels`` maps label names to codes (new names are added)."""
    codes = [labels.setdefault(s.label, len(labels)) for s in spans]
    return SpanArrays.from_columns([doc] * len(spans), [s.start for s in spans], [s.end for s in spans], codes)


def match_spans(
    gold: Sequence[Span], pred: Sequence[Span], scheme: Scheme | str, min_overlap: float = 0.0
) -> MatchResult:
    """Match the spans of one document (see the module docstring). Pairs are listed in gold order."""
    scheme = Scheme.parse(scheme)
    labels: dict[str, int] = {}
    m = match_arrays(arrays_from_spans(gold, labels), arrays_from_spans(pred, labels), scheme, min_overlap)
    other = Outcome.PARTIAL if scheme is Scheme.PARTIAL else Outcome.INCORRECT
    pairs = tuple(
        (g, pred[int(m.gold_to_pred[i])], Outcome.CORRECT if m.gold_code[i] == CORRECT else other)
        for i, g in enumerate(gold)
        if m.gold_to_pred[i] >= 0
    )
    missed = tuple(g for i, g in enumerate(gold) if m.gold_to_pred[i] < 0)
    spurious = tuple(p for i, p in enumerate(pred) if m.pred_to_gold[i] < 0)
    return MatchResult(pairs, missed, spurious, m.counts())
