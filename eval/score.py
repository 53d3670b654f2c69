"""Score one system against the gold: span counts per label, attribution, all as per-document count columns.

Every score is a function of column sums of one ``(documents x columns)`` integer matrix, so the bootstrap
(:mod:`eval.stats`) resamples documents by summing rows, never by re-matching.

Attribution, under the chosen scheme (a predicted span is *aligned* to the gold span it is matched to when the
pair is credited: correct, or partial under the partial scheme):

* ``said_by`` / ``member_of`` / ``participant`` pairs: a predicted pair is correct when its head and tail are
  aligned to a gold head and tail that the gold links with the same relation; precision over predicted
  pairs, recall over gold pairs.
* ``speaker_accuracy``: of the gold quotes with a speaker and an aligned prediction, the share whose
  prediction is linked (``said_by``) to a span aligned to one of the quote's gold speakers.
* ``canonical_accuracy``: the same, but it suffices that the predicted speaker's ``canonical`` (or its text)
  equals a gold speaker's canonical, ignoring case and spacing.
* ``event_type_accuracy``: of the gold EVENT triggers aligned to a predicted EVENT, the share with the same
  ``type``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

import numpy as np
from numpy.typing import NDArray

from .columns import RELATIONS, Columns
from .counts import prf, ratio_f1
from .match import CORRECT, NONE, ArrayMatch, Overlaps, Scheme

IntArray = NDArray[np.int64]
ACCURACIES = ("speaker_accuracy", "canonical_accuracy", "event_type_accuracy")
MetricKey = tuple[str, ...]


@dataclass(frozen=True)
class Layout:
    """Which columns of the per-document matrix hold what."""

    labels: tuple[str, ...]

    @property
    def width(self) -> int:
        return 5 + 5 * len(self.labels) + 3 * len(RELATIONS) + 2 * len(ACCURACIES)

    def label_cols(self, i: int) -> slice:
        return slice(5 + 5 * i, 10 + 5 * i)

    def relation_cols(self, i: int) -> slice:
        start = 5 + 5 * len(self.labels) + 3 * i
        return slice(start, start + 3)

    def accuracy_cols(self, i: int) -> slice:
        start = 5 + 5 * len(self.labels) + 3 * len(RELATIONS) + 2 * i
        return slice(start, start + 2)


@dataclass(frozen=True)
class SystemCounts:
    """One system's counts plus the matching (for the error listing).

    ``totals`` are the column sums; the per-document matrix (what the bootstrap resamples) is counted only
    when asked for, from the same matchings.
    """

    name: str
    scheme: Scheme
    layout: Layout
    totals: NDArray[np.int64]
    match: ArrayMatch
    per_label_match: ArrayMatch
    gold: Columns
    pred: Columns

    @cached_property
    def per_doc(self) -> NDArray[np.int64]:
        """``(documents, layout.width)`` counts; ``per_doc.sum(axis=0) == totals``."""
        return _count(self.layout, self.gold, self.pred, self.match, self.per_label_match, by_document=True)


def _outcome_matrix(
    m: ArrayMatch, gold_key: IntArray | None, pred_key: IntArray | None, n_rows: int
) -> NDArray[np.int64]:
    """``(n_rows, 5)`` outcome counts; ``gold_key`` / ``pred_key`` give each span's row (a document, a label,
    or a document and label); ``None``: every span in one row."""
    # One bincount over (row, outcome column) keys: by gold code NONE -> missed, CORRECT -> correct, OTHER ->
    # incorrect or partial; every unmatched prediction -> spurious.
    column = np.array([3, 0, 2 if m.scheme is Scheme.PARTIAL else 1], dtype=np.int64)
    spurious = m.pred_code == NONE
    if gold_key is None or pred_key is None:
        out = np.bincount(column[m.gold_code], minlength=5)
        out[4] += int(np.count_nonzero(spurious))
        return out.reshape(1, 5)
    keys = np.concatenate([gold_key * 5 + column[m.gold_code], pred_key[spurious] * 5 + 4])
    return np.bincount(keys, minlength=n_rows * 5).reshape(n_rows, 5)


def count_system(
    name: str,
    gold: Columns,
    pred: Columns,
    labels: Sequence[str],
    scheme: Scheme,
    min_overlap: float = 0.0,
    overlaps: Overlaps | None = None,
) -> SystemCounts:
    """Match ``pred`` against ``gold`` (label codes = positions in ``labels``) and count.

    ``overlaps`` (of these gold and pred spans, with this ``min_overlap``) shares the overlapping pairs and the
    matchings between schemes.
    """
    layout = Layout(tuple(labels))
    if overlaps is None:
        overlaps = Overlaps(gold.spans, pred.spans, min_overlap)
    overall, per_label = overlaps.match(scheme), overlaps.match(scheme, same_label_only=True)
    totals = _count(layout, gold, pred, overall, per_label, by_document=False)[0]
    return SystemCounts(name, scheme, layout, totals, overall, per_label, gold, pred)


def _count(layout: Layout, gold: Columns, pred: Columns, overall: ArrayMatch, per_label: ArrayMatch,
           by_document: bool) -> NDArray[np.int64]:
    """The counts of every column of ``layout``, one row per document or one row in all."""
    n_labels = len(layout.labels)
    g, p = gold.spans, pred.spans
    n_rows = gold.n_docs if by_document else 1
    out = np.zeros((n_rows, layout.width), dtype=np.int64)
    if by_document:
        out[:, 0:5] = _outcome_matrix(overall, g.doc, p.doc, n_rows)
        # Same-label matching never pairs across labels: one (document, label) row per span gives every
        # label's counts in one pass; columns 5 .. 5 + 5 * n_labels are label-major, five outcomes each.
        by_label = _outcome_matrix(per_label, g.doc * n_labels + g.label, p.doc * n_labels + p.label,
                                   n_rows * n_labels)
    else:
        out[:, 0:5] = _outcome_matrix(overall, None, None, 1)
        by_label = _outcome_matrix(per_label, g.label, p.label, n_labels)
    out[:, 5 : 5 + 5 * n_labels] = by_label.reshape(n_rows, 5 * n_labels)
    _attribution(out, layout, gold, pred, overall, g.doc if by_document else None,
                 p.doc if by_document else None)
    return out


def _per_row(rows: IntArray | None, n_rows: int, index: IntArray) -> IntArray:
    """How many of the spans ``index`` fall in each row (``rows[span]``; ``None``: one row)."""
    if rows is None:
        return np.array([len(index)], dtype=np.int64)
    return np.bincount(rows[index], minlength=n_rows)


def _aligned(m: ArrayMatch) -> tuple[IntArray, IntArray]:
    """Credited partner of each pred and each gold span, or -1."""
    credited_pred = m.pred_code == CORRECT if m.scheme is not Scheme.PARTIAL else m.pred_code != NONE
    credited_gold = m.gold_code == CORRECT if m.scheme is not Scheme.PARTIAL else m.gold_code != NONE
    return np.where(credited_pred, m.pred_to_gold, -1), np.where(credited_gold, m.gold_to_pred, -1)


def _attribution(
    out: NDArray[np.int64], layout: Layout, gold: Columns, pred: Columns, m: ArrayMatch,
    gdoc: IntArray | None, pdoc: IntArray | None,
) -> None:
    """Relation and accuracy columns of ``out``, one row per ``gdoc`` / ``pdoc`` value (``None``: one row)."""
    n_rows, n_gold, labels = len(out), len(gold.spans), layout.labels
    pred_to_gold, gold_to_pred = _aligned(m)
    mapped_head = pred_to_gold[pred.rel_head] if len(pred.rel_head) else pred.rel_head
    mapped_tail = pred_to_gold[pred.rel_tail] if len(pred.rel_tail) else pred.rel_tail
    stride = np.int64(max(n_gold, 1))
    tp_heads: list[IntArray] = []
    for r in range(len(RELATIONS)):
        gsel = gold.rel_label == r
        gold_keys = _unique((gold.rel_head[gsel] * stride + gold.rel_tail[gsel]) * 4 + r)
        psel = pred.rel_label == r
        pred_keys = pred.rel_head[psel] * np.int64(max(len(pred.spans), 1)) + pred.rel_tail[psel]
        idx = np.flatnonzero(psel)[_first_of_each(pred_keys)]  # a pair predicted twice counts once
        ok = (mapped_head[idx] >= 0) & (mapped_tail[idx] >= 0)
        keys = np.where(ok, (mapped_head[idx] * stride + mapped_tail[idx]) * 4 + r, -1)
        hit = ok & _in_sorted(keys, gold_keys)
        heads = pred.rel_head[idx]
        out[:, layout.relation_cols(r)] = np.stack(
            [_per_row(pdoc, n_rows, heads[hit]), _per_row(pdoc, n_rows, heads),
             _per_row(gdoc, n_rows, gold_keys // 4 // stride)],
            axis=1,
        )
        tp_heads.append(mapped_head[idx][hit])

    said = RELATIONS.index("said_by")
    gsel = gold.rel_label == said
    quotes = _unique(gold.rel_head[gsel])
    quotes = quotes[gold_to_pred[quotes] >= 0]  # gold quotes with a speaker and an aligned prediction
    right = _marked(n_gold, tp_heads[said])[quotes]
    out[:, layout.accuracy_cols(0)] = np.stack(
        [_per_row(gdoc, n_rows, quotes[right]), _per_row(gdoc, n_rows, quotes)], axis=1
    )
    # Canonical: (gold quote, canonical name) keys on both sides.
    n_names = np.int64(max(int(gold.canonical.max(initial=0)), int(pred.canonical.max(initial=0))) + 2)
    gold_names = _unique(gold.rel_head[gsel] * n_names + gold.canonical[gold.rel_tail[gsel]] + 1)
    psel = pred.rel_label == said
    heads = mapped_head[psel]
    pred_names = heads * n_names + pred.canonical[pred.rel_tail[psel]] + 1
    named = heads[(heads >= 0) & _in_sorted(pred_names, gold_names)]
    right = _marked(n_gold, named)[quotes]
    out[:, layout.accuracy_cols(1)] = np.stack(
        [_per_row(gdoc, n_rows, quotes[right]), _per_row(gdoc, n_rows, quotes)], axis=1
    )
    if "EVENT" in labels:
        event = labels.index("EVENT")
        triggers = np.flatnonzero((gold.spans.label == event) & (gold_to_pred >= 0) & (gold.event_type >= 0))
        partner = gold_to_pred[triggers]
        triggers = triggers[pred.spans.label[partner] == event]
        same = gold.event_type[triggers] == pred.event_type[gold_to_pred[triggers]]
        out[:, layout.accuracy_cols(2)] = np.stack(
            [_per_row(gdoc, n_rows, triggers[same]), _per_row(gdoc, n_rows, triggers)], axis=1
        )


def _increasing(values: IntArray) -> bool:
    """Whether ``values`` increase strictly (relations in file order): then they are their own ``np.unique``."""
    return len(values) < 2 or bool(np.all(values[1:] > values[:-1]))


def _unique(values: IntArray) -> IntArray:
    """``np.unique(values)``, without the sort when they already increase strictly."""
    return values if _increasing(values) else np.unique(values)


def _first_of_each(values: IntArray) -> IntArray:
    """The index of the first occurrence of each distinct value (``np.unique``'s ``return_index``)."""
    if _increasing(values):
        return np.arange(len(values), dtype=np.int64)
    return np.asarray(np.unique(values, return_index=True)[1], dtype=np.int64)


def _in_sorted(values: IntArray, sorted_unique: IntArray) -> NDArray[np.bool_]:
    """``np.isin(values, sorted_unique)`` by binary search (``sorted_unique`` sorted, no repeats)."""
    if not len(sorted_unique):
        return np.zeros(len(values), dtype=bool)
    at = np.minimum(np.searchsorted(sorted_unique, values), len(sorted_unique) - 1)
    return np.asarray(sorted_unique[at] == values)


def _marked(n: int, rows: IntArray) -> NDArray[np.bool_]:
    """A mask of ``n`` rows, true at ``rows``."""
    mark = np.zeros(n, dtype=bool)
    mark[rows] = True
    return mark


def _undefined_when_empty(scores: tuple[NDArray[np.float64], ...], empty: NDArray[np.bool_]
                          ) -> tuple[NDArray[np.float64], ...]:
    return tuple(np.where(empty, np.nan, v) for v in scores)


def metrics(totals: NDArray[np.int64], layout: Layout, present: Sequence[bool]) -> dict[MetricKey, NDArray[np.float64]]:
    """Every score from column sums ``totals[..., width]`` (one row per bootstrap resample, or one row).

    A score with nothing to score (no gold and no predicted spans or pairs) is NaN, reported as undefined
    (null, "–"), as is an accuracy with an empty denominator: a perfect score would claim agreement on
    nothing. ``present`` marks the labels seen in gold or predictions; only they enter the macro average (in
    a bootstrap resample that draws none of a present label, that label counts as agreed).
    """
    out: dict[MetricKey, NDArray[np.float64]] = {}
    overall = totals[..., 0:5]
    for key, value in zip(("precision", "recall", "f1"),
                          _undefined_when_empty(prf(overall), overall.sum(axis=-1) == 0), strict=True):
        out[("overall", key)] = value
    label_scores = [prf(totals[..., layout.label_cols(i)]) for i in range(len(layout.labels))]
    for i, label in enumerate(layout.labels):
        empty = totals[..., layout.label_cols(i)].sum(axis=-1) == 0
        for key, value in zip(("precision", "recall", "f1"), _undefined_when_empty(label_scores[i], empty),
                              strict=True):
            out[("per_label", label, key)] = value
    used = [s for s, keep in zip(label_scores, present, strict=True) if keep]
    for k, key in enumerate(("precision", "recall", "f1")):
        out[("macro", key)] = (
            np.mean([s[k] for s in used], axis=0) if used else np.full(totals.shape[:-1], np.nan)
        )
    for r, rel in enumerate(RELATIONS):
        cols = totals[..., layout.relation_cols(r)]
        empty = (cols[..., 1] == 0) & (cols[..., 2] == 0)
        scores = _undefined_when_empty(ratio_f1(cols[..., 0], cols[..., 1], cols[..., 2]), empty)
        for key, value in zip(("precision", "recall", "f1"), scores, strict=True):
            out[("attribution", rel, key)] = value
    for a, name in enumerate(ACCURACIES):
        cols = totals[..., layout.accuracy_cols(a)].astype(np.float64)
        with np.errstate(divide="ignore", invalid="ignore"):
            out[("attribution", name)] = np.where(cols[..., 1] > 0, cols[..., 0] / cols[..., 1], np.nan)
    return out


def present_labels(totals: NDArray[np.int64], layout: Layout) -> list[bool]:
    """Labels with at least one gold or predicted span (the nervaluate rule for which labels are reported)."""
    out = []
    for i in range(len(layout.labels)):
        c = totals[layout.label_cols(i)]
        out.append(bool(c.sum() > 0))
    return out
