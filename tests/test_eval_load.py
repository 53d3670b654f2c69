"""The columnar reader gives the same columns as the object reader, and bad input the same errors."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eval.evaluate import evaluate, evaluate_files
from eval.load import Corpus, read_corpus
from schemas import Document, FormatError, Relation, SchemaError, Span, SpanError, read_documents, write_documents

LABELS = {"SPEAKER": 0, "QUOTE": 1, "PARTY": 2, "EVENT": 3}
TEXT = "“Enough,” said Mr  Gapes. Labour MP Stella Creasy resigned."  # non-ASCII: code points != bytes
SPEAKER = Span("s1", len("“Enough,” said "), len("“Enough,” said Mr  Gapes"), "SPEAKER")
QUOTE = Span("q1", len("“"), len("“Enough"), "QUOTE", {"kind": "direct"})
PARTY = Span("p1", len("“Enough,” said Mr  Gapes. "), len("“Enough,” said Mr  Gapes. Labour"), "PARTY",
             {"canonical": "Labour Party"})
EVENT = Span("e1", TEXT.index("resigned"), TEXT.index("resigned") + len("resigned"), "EVENT", {"type": "resignation"})
DOC = Document("d1", TEXT, (EVENT, SPEAKER, QUOTE, PARTY),
               (Relation("q1", "s1", "said_by"), Relation("e1", "s1", "participant")))


def _same(a: Corpus, b: Corpus, vocabs: tuple[dict[str, int], dict[str, int]] | None = None) -> None:
    """Same columns. With ``vocabs``, canonical names and event types are compared as the names their codes
    stand for (a file read in blocks numbers them in another order)."""
    for name in ("doc", "start", "end", "label"):
        assert np.array_equal(getattr(a.columns.spans, name), getattr(b.columns.spans, name)), name
    for name in ("rel_head", "rel_tail", "rel_label", "canonical", "event_type"):
        x, y = getattr(a.columns, name), getattr(b.columns, name)
        if vocabs and name in ("canonical", "event_type"):
            names = [{code: key for key, code in v.items()} for v in vocabs]
            x, y = ([n.get(int(c)) for c in codes] for n, codes in zip(names, (x, y), strict=True))
        assert np.array_equal(x, y), name
    assert a.ids.to_pylist() == b.ids.to_pylist()
    rows_a, rows_b = (c.span_ids.take(pa.array(c.columns.source)).to_pylist() for c in (a, b))
    assert rows_a == rows_b  # each row still names its span


def _columnar_only(monkeypatch: pytest.MonkeyPatch, path: Path, vocab: dict[str, int]) -> Corpus:
    """Read ``path`` with the object reader switched off: the columnar path must handle it alone."""
    with monkeypatch.context() as m:
        m.setattr("eval.load.read_documents", lambda *_: pytest.fail("fell back to the object reader"))
        m.setattr("eval.io.load_gold", lambda *_: pytest.fail("fell back to the object reader"))
        return read_corpus(path, LABELS, vocab)


def test_jsonl_columns_equal_object_columns(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ascii_doc = Document("d2", "Mr Gapes quit.", (Span("a", 0, len("Mr Gapes"), "SPEAKER"),))
    path = tmp_path / "docs.jsonl"
    write_documents(path, [DOC, ascii_doc])
    vocab_a: dict[str, int] = {}
    vocab_b: dict[str, int] = {}
    reference = Corpus.from_documents(read_documents(path), LABELS, vocab_b, "x")
    _same(_columnar_only(monkeypatch, path, vocab_a), reference)
    assert vocab_a == vocab_b and "canonical:mrgapes" in vocab_a  # spacing and case ignored, from the text


NAMED = ("SPEAKER", "PARTY")  # the labels with a canonical attribute
LINKS = {("QUOTE", "SPEAKER"): "said_by", ("SPEAKER", "PARTY"): "member_of", ("EVENT", "SPEAKER"): "participant",
         ("EVENT", "PARTY"): "participant"}  # valid documents only: eval refuses the others
spans_st = st.lists(
    st.tuples(st.integers(0, 30), st.integers(1, 8), st.sampled_from(sorted(LABELS)), st.booleans()),
    max_size=8,
)


@settings(max_examples=40, deadline=None)
@given(docs=st.lists(spans_st, min_size=1, max_size=4), accents=st.booleans())
def test_columnar_reader_equals_object_reader(tmp_path_factory: pytest.TempPathFactory,
                                              docs: list[list[tuple[int, int, str, bool]]], accents: bool) -> None:
    text = ("é" if accents else "e") * 40
    out = []
    for d, spans in enumerate(docs):
        made = tuple(Span(f"T{i}", s, s + n, lab, {"canonical": " X y"} if named and lab in NAMED else {})
                     for i, (s, n, lab, named) in enumerate(spans))
        rels = tuple(Relation(a.id, b.id, LINKS[a.label, b.label])
                     for a, b in zip(made, made[1:], strict=False) if (a.label, b.label) in LINKS)
        out.append(Document(f"doc{d}", text, made, rels))
    path = tmp_path_factory.mktemp("docs") / "docs.jsonl"
    write_documents(path, out)
    va: dict[str, int] = {}
    vb: dict[str, int] = {}
    _same(read_corpus(path, LABELS, va), Corpus.from_documents(out, LABELS, vb, "x"))
    assert va == vb


def test_parquet_with_class_label_ints_equals_jsonl(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from annotation.dataset import document_to_row

    pq.write_table(pa.Table.from_pylist([document_to_row(DOC)]), tmp_path / "gold.parquet")
    write_documents(tmp_path / "gold.jsonl", [DOC])
    _same(_columnar_only(monkeypatch, tmp_path / "gold.parquet", {}), read_corpus(tmp_path / "gold.jsonl", LABELS, {}))


def test_parquet_span_text_mismatch_names_the_row(tmp_path: Path) -> None:
    from annotation.dataset import document_to_row

    row = document_to_row(DOC)
    row["spans"][0]["text"] = "something else"
    pq.write_table(pa.Table.from_pylist([row]), tmp_path / "gold.parquet")
    with pytest.raises(FormatError, match=r"gold.parquet: row 0: document 'd1': span .* has text 'something else'"):
        read_corpus(tmp_path / "gold.parquet", LABELS, {})


@pytest.mark.parametrize(
    ("line", "error", "message"),
    [
        ({"id": "d1", "text": "abc", "spans": [{"id": "T1", "start": 2, "end": 2, "label": "QUOTE"}]}, SpanError,
         "bad.jsonl:2: document 'd1': span T1 [2:2] QUOTE: is empty or reversed (start must be < end)"),
        ({"id": "d1", "text": "abc", "spans": [], "relations": [{"head": "T1", "tail": "T2", "label": "said_by"}]},
         SchemaError, "bad.jsonl:2: document 'd1': relation said_by T1 -> T2: head 'T1' is not a span of this document"),
        ({"id": "d1", "text": "abc", "spans": [{"id": "T1", "start": 0.5, "end": 2, "label": "QUOTE"}]},
         FormatError, "start and end must be integers, got 0.5 and 2"),
        ({"id": "", "text": "abc"}, FormatError, "field 'id' must be a non-empty string"),
    ],
)
def test_bad_input_keeps_the_object_readers_message(tmp_path: Path, line: dict, error: type, message: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps({"id": "d0", "text": "ok"}) + "\n" + json.dumps(line) + "\n")
    with pytest.raises(error, match=message.replace("[", r"\[").replace("(", r"\(").replace(")", r"\)")):
        read_corpus(path, LABELS, {})


def test_duplicate_ids_name_both_lines(tmp_path: Path) -> None:
    path = tmp_path / "dup.jsonl"
    path.write_text(json.dumps({"id": "d1", "text": "a"}) + "\n" + json.dumps({"id": "d1", "text": "b"}) + "\n")
    with pytest.raises(FormatError, match=r"dup.jsonl:2: document id 'd1' already used on line 1"):
        read_corpus(path, LABELS, {})


def test_files_and_documents_score_the_same(tmp_path: Path) -> None:
    pred = Document("d1", TEXT, (Span("x", SPEAKER.start + len("Mr  "), SPEAKER.end, "SPEAKER"), QUOTE, EVENT),
                    (Relation("q1", "x", "said_by"),))
    other = Document("d9", "not in the gold", ())
    write_documents(tmp_path / "gold.jsonl", [DOC])
    write_documents(tmp_path / "sys.jsonl", [other, pred])  # other order, one extra document
    for scheme in ("strict", "partial"):
        a = evaluate_files(tmp_path / "gold.jsonl", [("sys", tmp_path / "sys.jsonl")], scheme).systems[0]
        b = evaluate([DOC], [("sys", [other, pred])], scheme).systems[0]
        assert a.scores == pytest.approx(b.scores, nan_ok=True) and a.extra == ("d9",) == b.extra


def test_text_mismatch_from_files_names_the_document(tmp_path: Path) -> None:
    write_documents(tmp_path / "gold.jsonl", [DOC])
    write_documents(tmp_path / "sys.jsonl", [Document("d1", TEXT.replace("Gapes", "Gapez"), ())])
    with pytest.raises(FormatError, match=r"sys: document 'd1': text differs from the gold text at character 23"):
        evaluate_files(tmp_path / "gold.jsonl", [("sys", tmp_path / "sys.jsonl")])


def _many_docs(n: int) -> list[Document]:
    docs = [DOC]
    for i in range(n):
        text = "Mr  Gapes quit, said Labour." + f" Then{' ' * (i % 3)} more." * (1 + i % 9) + " é" * (i % 5 == 0)
        spans = (Span("a", 0, len("Mr  Gapes"), "SPEAKER", {"canonical": "Mike Gapes"} if i % 3 else {}),
                 Span("b", len("Mr  Gapes quit, said "), len("Mr  Gapes quit, said Labour"), "QUOTE"))
        docs.append(Document(f"m{i}", text, spans, (Relation("b", "a", "said_by"),) if i % 2 else ()))
    return docs


def test_jsonl_read_in_many_blocks_equals_object_reader(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "docs.jsonl"
    docs = _many_docs(40)
    write_documents(path, docs)
    monkeypatch.setattr("eval.load.JSONL_BLOCK", 300)  # a few lines per block, and lines longer than a block
    for keep in (True, False):
        va: dict[str, int] = {}
        vb: dict[str, int] = {}
        corpus = _columnar_only(monkeypatch, path, va) if keep else read_corpus(path, LABELS, va, keep_texts=False)
        _same(corpus, Corpus.from_documents(docs, LABELS, vb, "x"), (va, vb))
        assert set(va) == set(vb) and "canonical:mikegapes" in va and "canonical:mrgapes" in va
        if keep:
            assert corpus.texts is not None and corpus.texts.to_pylist() == [d.text for d in docs]
        else:
            assert corpus.texts is None and corpus.text(3) == docs[3].text  # read again on demand


def test_parquet_read_in_many_batches_equals_jsonl(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from annotation.dataset import document_to_row

    docs = _many_docs(30)
    pq.write_table(pa.Table.from_pylist([document_to_row(d) for d in docs]), tmp_path / "gold.parquet")
    write_documents(tmp_path / "gold.jsonl", docs)
    monkeypatch.setattr("eval.load.PARQUET_ROWS", 7)
    _same(_columnar_only(monkeypatch, tmp_path / "gold.parquet", {}), read_corpus(tmp_path / "gold.jsonl", LABELS, {}))


def test_duplicate_ids_in_different_blocks_name_both_lines(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "dup.jsonl"
    lines = [json.dumps({"id": f"d{i}", "text": "some text " * 5}) for i in range(20)] + [json.dumps({"id": "d3", "text": "b"})]
    path.write_text("\n".join(lines) + "\n")
    monkeypatch.setattr("eval.load.JSONL_BLOCK", 200)
    with pytest.raises(FormatError, match=r"dup.jsonl:21: document id 'd3' already used on line 4"):
        read_corpus(path, LABELS, {})


def test_prediction_texts_are_compared_by_digest(tmp_path: Path) -> None:
    """Prediction files keep digests, not texts; a text that differs in one character is still caught, and
    the message quotes both texts."""
    docs = _many_docs(5)
    changed = [*docs[:4], Document(docs[4].id, docs[4].text[:-3] + "X" + docs[4].text[-2:], docs[4].spans,
                                   docs[4].relations), *docs[5:]]
    write_documents(tmp_path / "gold.jsonl", docs)
    write_documents(tmp_path / "same.jsonl", docs[::-1])
    write_documents(tmp_path / "changed.jsonl", changed)
    ev = evaluate_files(tmp_path / "gold.jsonl", [("same", tmp_path / "same.jsonl")])
    assert ev.systems[0].pred.texts is not None  # paired with the gold's texts
    assert ev.systems[0].scores[("overall", "f1")] == 1.0
    at = len(docs[4].text) - 3
    with pytest.raises(FormatError, match=rf"changed: document 'm3': text differs from the gold text at character {at} "
                                          r"\(gold '.*', prediction 'X"):
        evaluate_files(tmp_path / "gold.jsonl", [("changed", tmp_path / "changed.jsonl")])


@pytest.mark.parametrize("size", [1, 7, 64, 1 << 20])
def test_line_blocks_are_the_file_cut_at_line_ends(tmp_path: Path, size: int) -> None:
    from eval.blocks import line_blocks

    lines = [b'{"id": "a"}', b"", b"   ", b'{"id": "' + b"x" * 100 + b'"}', b'{"id": "\xc3\xa9"}']
    path = tmp_path / "x.jsonl"
    path.write_bytes(b"\n".join(lines))  # no newline after the last line
    blocks = [bytes(b) for b in line_blocks(path, size)]
    # Every line that is not blank, in order, each whole in one block; blank blocks are skipped.
    assert [x for b in blocks for x in b.split(b"\n") if x.strip()] == [x for x in lines if x.strip()]
    assert all(b.endswith(b"\n") for b in blocks[:-1]) and not any(b.isspace() for b in blocks)
    if size >= len(path.read_bytes()):
        assert b"".join(blocks) == path.read_bytes()


def test_ascii_texts_per_text_and_on_a_slice() -> None:
    from eval.texts import ascii_texts

    texts = pa.array(["Mr Gapes", "“Enough”", "", "quit."])
    assert ascii_texts(texts).tolist() == [True, False, True, True]
    assert ascii_texts(texts.slice(2)).tolist() == [True, True]  # the non-ASCII bytes lie before the slice
    assert ascii_texts(pa.array([], pa.string())).tolist() == []


def test_canonical_keys_equal_canonical_key_for_every_ascii_character() -> None:
    from eval.columns import canonical_key
    from eval.texts import canonical_keys

    names = [f"Mr{chr(c)}X  {chr(c)}y" for c in range(128)] + ["Zoë  Quist", "", " Mike\tGAPES ", "ＡＢ c"]
    array = pa.array(["padding", *names])
    assert canonical_keys(array.slice(1)).to_pylist() == [canonical_key(n) for n in names]


@pytest.mark.parametrize("broken", ['{"id": "d30", "text": "unfinished', '{"id": "d30", "text": "x", "spans": 7}',
                                    "[1, 2]"])
def test_a_bad_line_in_a_later_block_is_named_by_its_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          broken: str) -> None:
    # Blocks of a few lines: the bad line is in neither the first block nor the last; blank lines count.
    lines = [json.dumps({"id": f"d{i}", "text": "some text " * 3}) for i in range(30)]
    lines[12] = ""
    path = tmp_path / "bad.jsonl"
    path.write_text("\n".join([*lines, broken, json.dumps({"id": "d31", "text": "t"})]) + "\n")
    monkeypatch.setattr("eval.load.JSONL_BLOCK", 150)
    with pytest.raises(FormatError, match=r"bad.jsonl:31: ") as caught:
        read_corpus(path, LABELS, {})
    assert str(caught.value).startswith(str(path))
