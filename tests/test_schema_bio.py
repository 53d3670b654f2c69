"""Spans <-> BIO: worked examples, loud failures, and the round-trip property."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from schemas import Span, SpanError, bio_tags, bio_to_spans, spans_to_bio, token_offsets


def test_tag_set_comes_from_the_schema():
    assert bio_tags() == ["O", "B-SPEAKER", "I-SPEAKER", "B-QUOTE", "I-QUOTE", "B-PARTY", "I-PARTY", "B-EVENT",
                          "I-EVENT"]


def test_possessive_and_emoji_tokens():
    text = "Labour's 🇬🇧 vote"
    assert [text[s:e] for s, e in token_offsets(text)] == ["Labour", "'", "s", "🇬", "🇧", "vote"]
    tokens, tags = spans_to_bio(text, [Span("T1", 0, len("Labour"), "PARTY"), Span("T2", 12, 16, "EVENT")])
    assert tags == ["B-PARTY", "O", "O", "O", "O", "B-EVENT"]


def test_span_inside_a_token_is_refused_naming_document_offsets_and_label():
    with pytest.raises(SpanError) as info:
        spans_to_bio("resignations", [Span("T1", 0, len("resign"), "EVENT")], doc_id="d1")
    assert str(info.value) == (
        "document 'd1': span T1 [0:6] EVENT: its end is inside a token ('resign'); "
        "BIO needs spans on token edges (see schemas/bio.py)"
    )


def test_overlapping_spans_are_refused():
    with pytest.raises(SpanError, match=r"span T1 \[0:5\] SPEAKER overlaps span T2 \[0:2\] PARTY"):
        spans_to_bio("ab cd", [Span("T1", 0, 5, "SPEAKER"), Span("T2", 0, 2, "PARTY")], doc_id="d")


def test_lenient_reading_of_I_after_O():
    assert [(s.start, s.end, s.label) for s in bio_to_spans("a b c", ["O", "I-QUOTE", "I-QUOTE"])] == [(2, 5, "QUOTE")]


@st.composite
def aligned_spans(draw):
    words = draw(st.lists(st.text(alphabet="abcé,.“”👍 ", min_size=1, max_size=6), min_size=1, max_size=12))
    text = " ".join(words)
    offsets = token_offsets(text)
    spans, i = [], 0
    while i < len(offsets):
        if draw(st.booleans()):
            j = draw(st.integers(i, min(i + 3, len(offsets) - 1)))
            label = draw(st.sampled_from(["SPEAKER", "QUOTE", "PARTY", "EVENT"]))
            spans.append(Span(f"T{len(spans) + 1}", offsets[i][0], offsets[j][1], label))
            i = j + 2  # leave a gap so adjacent same-label spans stay distinct
        else:
            i += 1
    return text, spans


@given(aligned_spans())
def test_spans_to_bio_to_spans_is_identity_for_token_aligned_spans(case):
    text, spans = case
    _, tags = spans_to_bio(text, spans)
    assert bio_to_spans(text, tags) == spans
