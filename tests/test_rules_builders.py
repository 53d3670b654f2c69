"""The rules extractor builds its spans and relations without the dataclass ``__init__`` (for speed): the
objects must be the very same values, still frozen, still hashable alike."""

from __future__ import annotations

import dataclasses

import pytest

from annotation.extractors.rules import _relation, _span
from schemas import Relation, Span


def test_span_built_fast_equals_constructed() -> None:
    fast = _span("T3", len("Mr "), len("Mr Gapes"), "SPEAKER", {"canonical": "Mike Gapes"})
    slow = Span("T3", len("Mr "), len("Mr Gapes"), "SPEAKER", {"canonical": "Mike Gapes"})
    assert type(fast) is Span
    assert fast == slow and repr(fast) == repr(slow) and fast.to_dict() == slow.to_dict()
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.start = 0  # type: ignore[misc]


def test_relation_built_fast_equals_constructed() -> None:
    fast, slow = _relation("T1", "T2", "said_by"), Relation("T1", "T2", "said_by")
    assert type(fast) is Relation
    assert fast == slow and hash(fast) == hash(slow) and fast.to_dict() == slow.to_dict()
    assert _relation("T1", "T2", "said_by") != Relation("T2", "T1", "said_by")
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.head = "T9"  # type: ignore[misc]
