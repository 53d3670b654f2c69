"""Each validation rule, with its exact message."""

from __future__ import annotations

import pytest

from schemas import Document, Relation, SchemaError, Span, SpanError, document_problems, validate_document

TEXT = 'Labour MP Stella Creasy tweeted: "Politics is about values."'
PARTY = Span("T1", 0, len("Labour"), "PARTY", {"canonical": "Labour Party"})
SPEAKER_START = len("Labour MP ")
SPEAKER = Span("T2", SPEAKER_START, SPEAKER_START + len("Stella Creasy"), "SPEAKER", {"canonical": "Stella Creasy"})
QUOTE_START = len('Labour MP Stella Creasy tweeted: "')
QUOTE = Span("T3", QUOTE_START, QUOTE_START + len("Politics is about values."), "QUOTE", {"kind": "direct"})
GOOD_RELATIONS = (Relation("T3", "T2", "said_by"), Relation("T2", "T1", "member_of"))


def doc(spans=(PARTY, SPEAKER, QUOTE), relations=GOOD_RELATIONS) -> Document:
    return Document("d1", TEXT, tuple(spans), tuple(relations))


def test_a_valid_document_passes():
    assert validate_document(doc()) == doc()
    assert QUOTE.text_in(TEXT) == "Politics is about values."


@pytest.mark.parametrize(
    "span, error, message",
    [
        (Span("T9", 50, 70, "QUOTE"), SpanError, "document 'd1': span T9 [50:70] QUOTE: lies outside the text (0..60)"),
        (Span("T9", -1, 3, "PARTY"), SpanError, "document 'd1': span T9 [-1:3] PARTY: lies outside the text (0..60)"),
        (Span("T9", 5, 5, "PARTY"), SpanError,
         "document 'd1': span T9 [5:5] PARTY: is empty or reversed (start must be < end)"),
        (Span("T9", 0, 7, "PARTY"), SpanError,
         "document 'd1': span T9 [0:7] PARTY: 'Labour ' has leading or trailing whitespace; trim the span to its words"),
        (Span("T9", 0, 6, "ORG"), SchemaError,
         "document 'd1': span T9 [0:6] ORG: unknown label; the schema has SPEAKER, QUOTE, PARTY, EVENT"),
        (Span("T9", 0, 6, "PARTY", {"kind": "direct"}), SchemaError,
         "document 'd1': span T9 [0:6] PARTY: unknown attribute 'kind' (allowed: canonical)"),
        (Span("T9", 0, 6, "EVENT", {"type": "party"}), SchemaError,
         "document 'd1': span T9 [0:6] EVENT: type='party' is not one of resignation, defection, formation, "
         "election, appointment, vote, protest, other"),
        (Span("T1", 7, 9, "SPEAKER"), SpanError,
         "document 'd1': span T1 [7:9] SPEAKER: span id 'T1' is used twice; give each span its own id"),
    ],
)
def test_span_rules(span, error, message):
    bad = doc(spans=(PARTY, SPEAKER, QUOTE, span))
    with pytest.raises(error) as info:
        validate_document(bad)
    assert str(info.value) == message


@pytest.mark.parametrize(
    "relation, message",
    [
        (Relation("T3", "T2", "quoted"),
         "document 'd1': relation quoted T3 -> T2: unknown relation; the schema has said_by, member_of, participant"),
        (Relation("T3", "T8", "said_by"),
         "document 'd1': relation said_by T3 -> T8: tail 'T8' is not a span of this document"),
        (Relation("T2", "T3", "said_by"),
         "document 'd1': relation said_by T2 -> T3: head 'T2' is a SPEAKER; said_by needs a QUOTE there"),
        (Relation("T2", "T3", "member_of"),
         "document 'd1': relation member_of T2 -> T3: tail 'T3' is a QUOTE; member_of needs a PARTY there"),
        (Relation("T3", "T2", "said_by"), "document 'd1': relation said_by T3 -> T2: the same relation is given twice"),
    ],
)
def test_relation_rules(relation, message):
    with pytest.raises(SchemaError) as info:
        validate_document(doc(relations=(*GOOD_RELATIONS, relation)))
    assert str(info.value) == message


def test_all_problems_are_listed_in_document_order():
    bad = doc(spans=(Span("T1", 0, 99, "PARTY"), Span("T2", 0, 6, "ORG")), relations=())
    assert [type(p).__name__ for p in document_problems(bad)] == ["SpanError", "SchemaError"]
