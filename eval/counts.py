"""Outcome counts and the precision / recall / F1 computed from them.

``actual = correct + incorrect + partial + spurious`` (what the system predicted) and ``possible = correct +
incorrect + partial + missed`` (what the gold holds); ``precision = (correct + 0.5 * partial) / actual``,
``recall = (correct + 0.5 * partial) / possible`` (``partial`` is 0 except under the partial scheme). When
both are 0 there was nothing to find and nothing was found: precision, recall and F1 are 1.0. When only one
is 0 the undefined ratio is 0.0.

>>> c = Counts(correct=6, incorrect=1, partial=2, missed=1, spurious=2)
>>> c.actual, c.possible, c.precision, c.recall
(11, 10, 0.6363636363636364, 0.7)
"""

from __future__ import annotations

from dataclasses import astuple, dataclass
from typing import TYPE_CHECKING, Any, TypedDict

import numpy as np
from numpy.typing import NDArray

if TYPE_CHECKING:
    from .match import Scheme

FIELDS = ("correct", "incorrect", "partial", "missed", "spurious")


class CountsDict(TypedDict):
    correct: int
    incorrect: int
    partial: int
    missed: int
    spurious: int
    possible: int
    actual: int
    precision: float
    recall: float
    f1: float


@dataclass(frozen=True)
class Counts:
    correct: int = 0
    incorrect: int = 0
    partial: int = 0
    missed: int = 0
    spurious: int = 0

    @classmethod
    def from_codes(cls, scheme: Scheme, gold_code: NDArray[np.int8], pred_code: NDArray[np.int8]) -> Counts:
        """Counts from the outcome codes of :class:`eval.match.ArrayMatch` (0 none, 1 correct, 2 other)."""
        from .match import Scheme

        g = np.bincount(gold_code, minlength=3)
        p = np.bincount(pred_code, minlength=3)
        other = int(g[2])
        if scheme is Scheme.PARTIAL:
            return cls(int(g[1]), 0, other, int(g[0]), int(p[0]))
        return cls(int(g[1]), other, 0, int(g[0]), int(p[0]))

    @classmethod
    def from_array(cls, values: NDArray[np.int64]) -> Counts:
        return cls(*(int(v) for v in values))

    def as_array(self) -> NDArray[np.int64]:
        return np.array(astuple(self), dtype=np.int64)

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(a + b for a, b in zip(astuple(self), astuple(other), strict=True)))

    @property
    def actual(self) -> int:
        return self.correct + self.incorrect + self.partial + self.spurious

    @property
    def possible(self) -> int:
        return self.correct + self.incorrect + self.partial + self.missed

    @property
    def precision(self) -> float:
        return float(prf(self.as_array())[0])

    @property
    def recall(self) -> float:
        return float(prf(self.as_array())[1])

    @property
    def f1(self) -> float:
        return float(prf(self.as_array())[2])

    def to_dict(self) -> CountsDict:
        p, r, f = (float(x) for x in prf(self.as_array()))
        return {
            "correct": self.correct,
            "incorrect": self.incorrect,
            "partial": self.partial,
            "missed": self.missed,
            "spurious": self.spurious,
            "possible": self.possible,
            "actual": self.actual,
            "precision": p,
            "recall": r,
            "f1": f,
        }


def prf(counts: NDArray[np.int64]) -> tuple[NDArray[np.float64], NDArray[np.float64], NDArray[np.float64]]:
    """Precision, recall, F1 of count vectors ``[..., 5]`` in :data:`FIELDS` order (vectorised for bootstrap)."""
    c = np.asarray(counts, dtype=np.float64)
    correct, incorrect, partial, missed, spurious = (c[..., i] for i in range(5))
    credit = correct + 0.5 * partial
    actual = correct + incorrect + partial + spurious
    possible = correct + incorrect + partial + missed
    return ratio_f1(credit, actual, possible)


def ratio_f1(
    credit: NDArray[np.number[Any]], actual: NDArray[np.number[Any]], possible: NDArray[np.number[Any]]
) -> tuple[NDArray[np.float64], NDArray[np.float64], NDArray[np.float64]]:
    """Precision ``credit/actual``, recall ``credit/possible`` and F1, with the empty-case rule above.

    Integer counts are welcome: every input is taken as float64 first.
    """
    credit, actual, possible = (np.asarray(x, dtype=np.float64) for x in (credit, actual, possible))
    both_empty = (actual == 0) & (possible == 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        precision = np.where(actual > 0, credit / np.where(actual > 0, actual, 1), 0.0)
        recall = np.where(possible > 0, credit / np.where(possible > 0, possible, 1), 0.0)
        denom = precision + recall
        f1 = np.where(denom > 0, 2 * precision * recall / np.where(denom > 0, denom, 1), 0.0)
    precision = np.where(both_empty, 1.0, precision)
    recall = np.where(both_empty, 1.0, recall)
    f1 = np.where(both_empty, 1.0, f1)
    return precision, recall, f1
