"""Scoring: span matching, precision/recall/F1, attribution, agreement and reports.

What other packages may import (the one matching engine; ``gold agreement`` reuses it):

* :func:`match_spans` — match the spans of one document under a :class:`Scheme`, get a :class:`MatchResult`
  (pairs with their :class:`Outcome`, missed, spurious, :class:`Counts`).
* :func:`match_arrays` with :class:`SpanArrays` — the same for many documents at once, vectorised.
* :func:`max_weight_matching` — the one-to-one assignment underneath.
"""

from .assign import max_weight_matching
from .counts import Counts, prf
from .match import ArrayMatch, MatchResult, Outcome, Scheme, SpanArrays, match_arrays, match_spans, overlapping_pairs

__all__ = [
    "ArrayMatch",
    "Counts",
    "MatchResult",
    "Outcome",
    "Scheme",
    "SpanArrays",
    "match_arrays",
    "match_spans",
    "max_weight_matching",
    "overlapping_pairs",
    "prf",
]
