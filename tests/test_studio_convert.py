"""Pure converters between documents and Label Studio results, payload checks and export parsing."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotation.studio.convert import ls_result_to_spans, spans_to_ls_result
from annotation.studio.export import annotator_pseudonym, documents_from_export
from annotation.studio.tasks import PayloadChecker, config_version, task_payload
from schemas import Document, ExportError, Relation, SchemaError, Span, load_schema
from schemas.generate import labeling_config

SCHEMA = load_schema()
TEXT = 'Labour MP Mike Gapes said: "I am sickened 😷."\r\nHe quit.'
Q0 = len('Labour MP Mike Gapes said: "')
SP0 = len("Labour MP ")
EV0 = len('Labour MP Mike Gapes said: "I am sickened 😷."\r\nHe ')
DOC = Document(
    "d1",
    TEXT,
    (
        Span("P1", 0, len("Labour"), "PARTY", {"canonical": "Labour Party"}),
        Span("S1", SP0, SP0 + len("Mike Gapes"), "SPEAKER", {"canonical": "Mike Gapes"}),
        Span("Q1", Q0, Q0 + len("I am sickened 😷."), "QUOTE", {"kind": "direct"}),
        Span("E1", EV0, EV0 + len("quit"), "EVENT", {"type": "resignation"}),
    ),
    (Relation("Q1", "S1", "said_by"), Relation("S1", "P1", "member_of"), Relation("E1", "S1", "participant")),
)


def test_worked_example_round_trip() -> None:
    result = spans_to_ls_result(DOC)
    quote = next(r for r in result if r.get("id") == "Q1" and r["type"] == "labels")
    assert quote["value"] == {"start": Q0, "end": Q0 + len("I am sickened 😷."), "text": "I am sickened 😷.",
                              "labels": ["QUOTE"]}
    kind = next(r for r in result if r.get("id") == "Q1" and r["type"] == "choices")
    assert (kind["from_name"], kind["value"]["choices"]) == ("quote_kind", ["direct"])
    assert ls_result_to_spans(result, TEXT) == (DOC.spans, DOC.relations)


def test_left_and_bi_relations_are_turned_to_head_tail() -> None:
    result = [r for r in spans_to_ls_result(DOC) if r["type"] != "relation"]
    left = {"type": "relation", "from_id": "S1", "to_id": "Q1", "direction": "left", "labels": ["said_by"]}
    bi = {"type": "relation", "from_id": "S1", "to_id": "Q1", "direction": "bi", "labels": ["said_by"]}
    assert ls_result_to_spans([*result, left], TEXT)[1] == (Relation("Q1", "S1", "said_by"),)
    assert ls_result_to_spans([*result, bi], TEXT)[1] == (Relation("Q1", "S1", "said_by"),)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda r: r[0]["value"].update(end=999), "task 3: region P1 [0:999] PARTY: offsets lie outside the task text"),
        (lambda r: r[0]["value"].update(text="Labor"),
         "task 3: region P1 [0:6] PARTY: its text 'Labor' differs from the task text 'Labour'"),
        (lambda r: r[0]["value"].update(labels=["PARTY", "SPEAKER"]), "a region needs exactly one label, it has 2"),
        (lambda r: r.append({"type": "relation", "from_id": "Q1", "to_id": "S1", "direction": "right",
                             "labels": []}),
         "task 3: relation Q1 -> S1: a relation needs exactly one label, it has []; pick one in Label Studio"),
        (lambda r: r.append({"id": "zz", "from_name": "quote_kind", "to_name": "text", "type": "choices",
                             "value": {"choices": ["direct"]}}),
         "task 3: attribute quote_kind belongs to region 'zz', which is not there"),
    ],
)
def test_bad_results_fail_loudly(change, message) -> None:
    result = spans_to_ls_result(DOC)
    change(result)
    with pytest.raises(ExportError) as err:
        ls_result_to_spans(result, TEXT, "task 3")
    assert message in str(err.value)


def _docs() -> st.SearchStrategy[Document]:
    # Multi-code-point graphemes (family emoji, flags, combining accents) and CRLF: offsets stay code points.
    pieces = st.sampled_from(list("ab c\r\n\t.,\"'") + ["😷", "👩\u200d👩\u200d👧", "🇬🇧", "e\u0301", "\u00a0", "\r\n"])

    @st.composite
    def build(draw: st.DrawFn) -> Document:
        text = "".join(draw(st.lists(pieces, min_size=1, max_size=40)))
        n = draw(st.integers(0, 5))
        spans = []
        for i in range(n):
            start = draw(st.integers(0, len(text) - 1))
            end = draw(st.integers(start + 1, len(text)))
            label_def = draw(st.sampled_from(SCHEMA.spans))
            attrs = {}
            for a in label_def.attrs:
                if draw(st.booleans()):
                    attrs[a.name] = draw(st.sampled_from(a.values)) if a.type == "choice" else draw(
                        st.text("xyz Ab", min_size=1, max_size=8).filter(lambda s: s.strip() == s and s))
            spans.append(Span(f"r{i}", start, end, label_def.label, attrs))
        relations = []
        for rel in SCHEMA.relations:
            heads = [s for s in spans if s.label in rel.head]
            tails = [s for s in spans if s.label in rel.tail]
            if heads and tails and draw(st.booleans()):
                relations.append(Relation(draw(st.sampled_from(heads)).id, draw(st.sampled_from(tails)).id, rel.label))
        return Document("h", text, tuple(spans), tuple(dict.fromkeys(relations)))

    return build()


@settings(max_examples=200, deadline=None)
@given(_docs())
def test_round_trip_property(doc: Document) -> None:
    assert ls_result_to_spans(spans_to_ls_result(doc), doc.text) == (doc.spans, doc.relations)


def test_payload_checker_refuses_unknown_label_with_document_and_offsets() -> None:
    checker = PayloadChecker.for_config(labeling_config())
    bad = Document("d9", "Mr X spoke", (Span("a", 0, len("Mr X"), "PERSON"),))
    with pytest.raises(SchemaError) as err:
        task_payload(Document("d9", bad.text), {"rules@1": bad}, checker)
    assert str(err.value).startswith("prediction rules@1: document 'd9': span a [0:4] PERSON: unknown label")


def test_payload_checker_uses_the_project_config() -> None:
    # An older project config without EVENT: an EVENT prediction must be refused before sending.
    old = labeling_config().replace('<Label value="EVENT"', '<Label value="EVENT_OLD"')
    checker = PayloadChecker.for_config(old)
    pred = Document("d2", "He quit", (Span("e", len("He "), len("He quit"), "EVENT"),))
    with pytest.raises(SchemaError, match="does not fit the project's labeling config"):
        checker.result_for(pred, "prediction rules@1")


def test_prediction_with_other_text_is_refused() -> None:
    checker = PayloadChecker.for_config(labeling_config())
    with pytest.raises(SchemaError, match="its text differs from the corpus text"):
        task_payload(Document("d1", "abc"), {"m@1": Document("d1", "abcd")}, checker)


def test_config_version_is_read_from_the_generated_config() -> None:
    assert config_version(labeling_config()) == SCHEMA.version
    assert config_version("<View/>") is None


def _export_task(annotations, predictions=(), drafts=()):
    return {"id": 7, "data": {"text": TEXT, "doc_id": "d1"}, "meta": {"doc_id": "d1"},
            "annotations": list(annotations), "predictions": list(predictions), "drafts": list(drafts)}


def test_export_rows_carry_provenance_and_pseudonyms() -> None:
    pred = {"id": 11, "model_version": "rules@1", "result": spans_to_ls_result(DOC)}
    unchanged = {"id": 21, "completed_by": 1, "result": spans_to_ls_result(DOC), "parent_prediction": 11,
                 "lead_time": 3.5, "ground_truth": False, "created_at": "c", "updated_at": "u"}
    fewer = DOC.with_annotations(DOC.spans[:2], DOC.relations[1:2])
    edited = {"id": 22, "completed_by": 2, "result": spans_to_ls_result(fewer), "parent_prediction": 11}
    cancelled = {"id": 23, "completed_by": 3, "result": [], "was_cancelled": True}
    draft = {"id": 5, "user": 3, "result": spans_to_ls_result(fewer)}
    result = documents_from_export([_export_task([unchanged, edited, cancelled], [pred], [draft])], b"key")
    assert (result.cancelled, result.drafts_skipped, len(result.documents)) == (1, 1, 2)
    first, second = result.documents
    assert first.meta["annotator"] == annotator_pseudonym(1, b"key")
    assert "@" not in first.meta["annotator"]
    assert (first.meta["task_id"], first.meta["annotation_id"], first.meta["lead_time"]) == (7, 21, 3.5)
    assert (first.meta["parent_prediction"], first.meta["parent_model_version"]) == (11, "rules@1")
    assert (first.meta["accepted_unchanged"], second.meta["accepted_unchanged"]) == (True, False)
    assert (first.spans, first.relations) == (DOC.spans, DOC.relations)
    with_drafts = documents_from_export([_export_task([edited], [pred], [draft])], b"key", drafts=True)
    assert [d.meta["draft"] for d in with_drafts.documents] == [False, True]


def test_export_names_task_region_and_offsets_on_mismatch() -> None:
    result = spans_to_ls_result(DOC)
    result[0]["value"]["end"] = len(TEXT) + 5
    with pytest.raises(ExportError) as err:
        documents_from_export([_export_task([{"id": 30, "completed_by": 1, "result": result}])], b"k")
    assert str(err.value).startswith(f"task 7 (document 'd1'), annotation 30: region P1 [0:{len(TEXT) + 5}] PARTY")
