"""Corpus ingest: formats, normalisation, ids, duplicates, encodings; and the normalisation properties."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from corpus import add_to_corpus, corpus_stats, doc_id_for, html_to_text, normalise_text, normalise_with_map
from corpus.normalise import normalise_document
from schemas import Document, FormatError, Span, SpanError, read_documents


def test_text_is_normalised_once_bom_crlf_nfc(tmp_path: Path):
    (tmp_path / "a.txt").write_bytes("\ufeffHeadline\r\n\r\nShe said: \u201cCafe\u0301\u201d\r\n".encode())
    report = add_to_corpus([tmp_path / "a.txt"], tmp_path / "c.jsonl")
    (doc,) = read_documents(tmp_path / "c.jsonl")
    assert doc.text == "Headline\n\nShe said: \u201cCaf\u00e9\u201d\n"
    assert report.added == [doc.id] == [doc_id_for(doc.text)]
    assert doc.meta["title"] == "Headline"
    assert doc.meta["source"].endswith("a.txt")
    assert "ingested_at" in doc.meta


def test_html_keeps_visible_text_only():
    html = (
        "<html><head><title>Seven MPs quit</title><style>p{color:red}</style></head>"
        "<body><script>var x = 'hidden';</script><h1>Seven MPs quit</h1><p>She said:\n  &ldquo;Hello&rdquo;</p>"
        "<p>Second <b>paragraph</b>.</p></body></html>"
    )
    assert html_to_text(html) == ("Seven MPs quit\n\nShe said: \u201cHello\u201d\n\nSecond paragraph.", "Seven MPs quit")


def test_duplicates_and_reruns_add_nothing(tmp_path: Path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Same text.", encoding="utf-8")
    (tmp_path / "in" / "b.md").write_text("Same text.", encoding="utf-8")
    (tmp_path / "in" / "c.txt").write_text("Other text.", encoding="utf-8")
    out = tmp_path / "c.jsonl"
    first = add_to_corpus([tmp_path / "in"], out)
    assert len(first.added) == 2 and [s for s, _ in first.duplicates] == [str(tmp_path / "in" / "b.md")]
    second = add_to_corpus([tmp_path / "in"], out)
    assert second.added == [] and len(second.duplicates) == 3
    assert len(read_documents(out)) == 2


def test_jsonl_input_keeps_ids_and_moves_spans_with_normalisation(tmp_path: Path):
    raw = "x\r\nMr Gapes said: \"Cafe\u0301 ok\""
    start = raw.index("Mr")
    src = tmp_path / "pre.jsonl"
    src.write_text(json.dumps({"id": "given-id", "text": raw, "spans": [
        {"id": "T1", "start": start, "end": start + len("Mr Gapes"), "label": "SPEAKER"},
        {"id": "T2", "start": raw.index("Cafe"), "end": raw.index(" ok\""), "label": "QUOTE"},
    ]}) + "\n", encoding="utf-8")
    add_to_corpus([src], tmp_path / "c.jsonl")
    (doc,) = read_documents(tmp_path / "c.jsonl")
    assert doc.id == "given-id"
    assert [s.text_in(doc.text) for s in doc.spans] == ["Mr Gapes", "Caf\u00e9"]


def test_non_utf8_input_names_the_file_and_suggests_encoding(tmp_path: Path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Caf\xe9 politics".encode("latin-1"))
    with pytest.raises(FormatError) as info:
        add_to_corpus([path], tmp_path / "c.jsonl")
    assert str(info.value) == (
        f"{path}: not valid UTF-8 at byte 3; pass --encoding with the file's encoding (for example --encoding cp1252)"
    )
    add_to_corpus([path], tmp_path / "c.jsonl", encoding="latin-1")
    assert read_documents(tmp_path / "c.jsonl")[0].text == "Caf\u00e9 politics"


def test_unsupported_and_missing_paths(tmp_path: Path):
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    with pytest.raises(FormatError, match=r"x.pdf: cannot ingest .pdf; use .txt, .md, .html, .htm, .jsonl"):
        add_to_corpus([tmp_path / "x.pdf"], tmp_path / "c.jsonl")
    with pytest.raises(FormatError, match=r"nope: no such file or folder"):
        add_to_corpus([tmp_path / "nope"], tmp_path / "c.jsonl")


def test_bundled_corpus_ingests_and_matches_the_gold(tmp_path: Path):
    root = Path(__file__).resolve().parents[1]
    out = tmp_path / "c.jsonl"
    add_to_corpus([root / "corpus" / "data"], out)
    docs = {d.id: d for d in read_documents(out)}
    assert len(docs) >= 13
    stats = corpus_stats(out)
    assert stats.documents == len(docs) and stats.spans == {}
    gold = read_documents(root / "corpus" / "gold" / "gold.jsonl")
    assert {g.id for g in gold} == set(docs)
    for g in gold:
        assert g.text == docs[g.id].text, f"gold text of {g.id} differs from the ingested text"


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=40))
def test_normalisation_is_idempotent(text):
    once = normalise_text(text)
    assert normalise_text(once) == once
    assert "\r" not in once and "\ufeff" not in once[:1]


@given(st.text(alphabet="ab \r\n\ufeff\u0301e\u00e9👍", max_size=30), st.data())
def test_normalisation_never_moves_a_valid_span_out_of_its_text(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    doc = Document("d", text, (Span("T1", start, end, "QUOTE"),))
    norm = normalise_document(doc)
    (span,) = norm.spans
    assert 0 <= span.start <= span.end <= len(norm.text)
    _, mapping = normalise_with_map(text)
    assert mapping == sorted(mapping)  # offsets keep their order

    def splits(p: int) -> bool:  # a boundary inside a CRLF pair or before a combining accent
        return 0 < p < len(text) and ((text[p - 1] == "\r" and text[p] == "\n") or text[p] == "\u0301")

    if not (splits(start) or splits(end)) and (start == 0 or text[start:start + 1] != "\ufeff"):
        # the span covers exactly the normalised form of the words it covered
        assert norm.text[span.start : span.end] == normalise_text(text[start:end])


def test_jsonl_input_with_an_invalid_span_is_refused_naming_file_and_line(tmp_path: Path):
    src = tmp_path / "pre.jsonl"
    src.write_text('{"id": "a", "text": "Mr X said hi."}\n'
                   '{"id": "b", "text": "Mr X said hi.", "spans": [{"id": "T1", "start": 0, "end": 40, "label": "SPEAKER"}]}\n')
    with pytest.raises(SpanError) as info:
        add_to_corpus([src], tmp_path / "c.jsonl")
    assert str(info.value) == f"{src}:2: document 'b': span T1 [0:40] SPEAKER: lies outside the text (0..13)"
    assert not (tmp_path / "c.jsonl").exists()  # nothing half-written
