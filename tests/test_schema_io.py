"""The documents JSONL format: round trip, malformed lines named by file and line, atomic writes."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from schemas import Document, FormatError, Relation, Span, read_documents, write_documents
from schemas.io import iter_documents

DOC = Document(
    "d1",
    "Mr Gapes said: \"I am sickened.\" 👩‍👩‍👧",
    (Span("T1", 0, 8, "SPEAKER", {"canonical": "Mike Gapes"}), Span("T2", 16, 30, "QUOTE", {"kind": "direct"})),
    (Relation("T2", "T1", "said_by"),),
    {"source": "test"},
)


def test_round_trip(tmp_path: Path):
    path = tmp_path / "docs.jsonl"
    assert write_documents(path, [DOC]) == 1
    assert read_documents(path) == [DOC]
    line = path.read_text(encoding="utf-8").splitlines()[0]
    assert "👩" in line  # written as UTF-8, not \u escapes


@given(st.text(), st.text(min_size=1), st.dictionaries(st.text(), st.text() | st.integers()))
def test_any_unicode_text_round_trips(tmp_path_factory, text, doc_id, meta):
    path = tmp_path_factory.mktemp("rt") / "d.jsonl"
    doc = Document(doc_id, text, meta=meta)
    write_documents(path, [doc])
    assert read_documents(path) == [doc]


def test_only_id_and_text_are_required_and_other_fields_are_kept(tmp_path: Path):
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": 7, "text": "Hi", "url": "https://example.org"}\n', encoding="utf-8")
    (doc,) = read_documents(path)
    assert (doc.id, doc.text, doc.spans, doc.meta) == ("7", "Hi", (), {"url": "https://example.org"})


@pytest.mark.parametrize(
    "lines, message",
    [
        (['{"id": "a", "text": "x"}', "{not json"], "bad.jsonl:2: not valid JSON (Expecting property name enclosed in double quotes): '{not json'"),
        (['["a"]'], "bad.jsonl:1: expected a JSON object, got list"),
        (['{"text": "x"}'], "bad.jsonl:1: field 'id' must be a non-empty string, got None"),
        (['{"id": "a"}'], "bad.jsonl:1: document 'a': field 'text' must be a string"),
        (['{"id": "a", "text": "x", "spans": [{"id": "T1", "start": "0", "end": 1, "label": "QUOTE"}]}'],
         "bad.jsonl:1: document 'a': spans[0]: start and end must be integers, got '0' and 1"),
        (['{"id": "a", "text": "x", "spans": [{"id": "T1", "start": 0, "label": "QUOTE"}]}'],
         "bad.jsonl:1: document 'a': spans[0]: span is missing 'end'"),
        (['{"id": "a", "text": "x", "relations": [{"head": "T1"}]}'],
         "bad.jsonl:1: document 'a': relations[0]: a relation must be an object with head, tail, label"),
        (['{"id": "a", "text": "x"}', '', '{"id": "a", "text": "y"}'],
         "bad.jsonl:3: document id 'a' already used on line 1"),
    ],
)
def test_malformed_lines_name_file_and_line(tmp_path: Path, monkeypatch, lines, message):
    monkeypatch.chdir(tmp_path)
    Path("bad.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(FormatError) as info:
        read_documents("bad.jsonl")
    assert str(info.value) == message


def test_non_utf8_file_is_a_clear_error(tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("latin.jsonl").write_bytes('{"id": "a", "text": "caf\xe9"}\n'.encode("latin-1"))
    with pytest.raises(FormatError, match=r"^latin.jsonl: not UTF-8 near line 1"):
        list(iter_documents("latin.jsonl"))


def test_a_failed_write_leaves_the_previous_file_intact(tmp_path: Path):
    path = tmp_path / "docs.jsonl"
    write_documents(path, [DOC])
    before = path.read_bytes()

    def broken():
        yield DOC
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        write_documents(path, broken())
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["docs.jsonl"]  # no temporary file left behind
    assert json.loads(before)["id"] == "d1"


def test_written_files_get_the_usual_mode_not_a_private_one(tmp_path: Path):
    old = os.umask(0o022)
    try:
        write_documents(tmp_path / "docs.jsonl", [DOC])
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "docs.jsonl").stat().st_mode) == 0o644
