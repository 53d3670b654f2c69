"""CoNLL-2003 style BIO import and export, through the dataset's BIO converter."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from corpus.conll import conll_to_documents, documents_to_conll, read_conll, write_conll
from quotegold.cli import cli
from schemas import Document, FormatError, Span, SpanError, write_documents

CONLL = """-DOCSTART- -X- -X- O

Labour NNP B-NP B-ORG
MP NN I-NP O
Ann NNP I-NP I-PER
Coffey NNP I-NP I-PER
quit VBD B-VP O
. . O O

-DOCSTART- -X- -X- O

Tories NNS B-NP B-ORG
' POS O O
s NN O O
Berger's NNP O B-PER
view NN O O
"""


def test_import_maps_labels_splits_tokens_and_reads_iob1() -> None:
    docs, report = conll_to_documents(CONLL.splitlines(), source="news.conll",
                                      label_map={"PER": "SPEAKER", "ORG": "PARTY"})
    a, b = docs
    assert (a.id, b.id) == ("news-0001", "news-0002")
    assert a.text == "Labour MP Ann Coffey quit ."
    # IOB1: "I-PER" after "O" starts a span
    assert [(s.text_in(a.text), s.label) for s in a.spans] == [("Labour", "PARTY"), ("Ann Coffey", "SPEAKER")]
    # "Berger's" is three project tokens; the span covers all of them
    assert b.text == "Tories ' s Berger's view"
    start = len("Tories ' s ")
    assert [(s.start, s.end, s.label) for s in b.spans] == [
        (0, len("Tories"), "PARTY"), (start, start + len("Berger's"), "SPEAKER")]
    assert (report.documents, report.sentences, report.tokens, report.spans) == (2, 2, 11, 4)


def test_unmapped_labels_are_dropped_and_counted() -> None:
    docs, report = conll_to_documents(CONLL.splitlines(), source="x.conll", label_map={"PER": "SPEAKER"})
    assert report.dropped_labels == {"ORG": 2}
    assert [s.label for d in docs for s in d.spans] == ["SPEAKER", "SPEAKER"]


def test_sentences_become_lines_and_spans_do_not_cross_them() -> None:
    [doc], _ = conll_to_documents(["Ann B-SPEAKER", "", "Lee I-SPEAKER"], source="s.conll")
    assert doc.text == "Ann\nLee"
    assert [s.text_in(doc.text) for s in doc.spans] == ["Ann", "Lee"]


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        (["Ann X-PER"], "t.conll:1: tag 'X-PER' is not O, B-LABEL, I-LABEL, S-LABEL or E-LABEL"),
        (["", "lonely"], "t.conll:2: expected 'TOKEN ... TAG', got 'lonely'"),
    ],
)
def test_bad_lines_name_file_and_line(lines: list[str], message: str) -> None:
    with pytest.raises(FormatError) as info:
        conll_to_documents(lines, source="t.conll")
    assert str(info.value) == message


def test_export_breaks_sentences_at_line_breaks() -> None:
    text = "Ann said:\n\"We quit.\""
    start = len("Ann said:\n\"")
    doc = Document("d", text, (Span("S", 0, 3, "SPEAKER"), Span("Q", start, start + len("We quit."), "QUOTE")))
    assert documents_to_conll([doc]) == [
        "-DOCSTART- -X- -X- O", "", "Ann B-SPEAKER", "said O", ": O", "",
        '" O', "We B-QUOTE", "quit I-QUOTE", ". I-QUOTE", '" O', "",
    ]


def test_export_refuses_spans_off_token_edges() -> None:
    doc = Document("d", "Labourites", (Span("P", 0, len("Labour"), "PARTY"),))
    with pytest.raises(SpanError, match=r"document 'd': span P \[0:6\] PARTY: its end is inside a token"):
        documents_to_conll([doc])


WORDS = st.text(alphabet="abcXYZ'.\"é", min_size=1, max_size=6).filter(lambda w: w.strip() == w and w)
LABELS = ["SPEAKER", "QUOTE", "PARTY", "EVENT"]


@st.composite
def spaced_documents(draw: st.DrawFn) -> Document:
    """Texts of project tokens joined by one space or one newline, with random non-overlapping spans."""
    from schemas import token_offsets, tokenize

    words = draw(st.lists(WORDS, min_size=1, max_size=12))
    tokens = tokenize(" ".join(words))
    seps = draw(st.lists(st.sampled_from([" ", "\n"]), min_size=len(tokens), max_size=len(tokens)))
    text = tokens[0] + "".join(sep + tok for sep, tok in zip(seps[1:], tokens[1:], strict=True))
    offsets = token_offsets(text)
    spans, i = [], 0
    while i < len(offsets):
        length = draw(st.integers(0, 3))
        if length:
            j = min(len(offsets), i + length) - 1
            # spans never run across a line break (CoNLL sentences)
            while j > i and "\n" in text[offsets[i][0]: offsets[j][1]]:
                j -= 1
            spans.append(Span(f"T{len(spans) + 1}", offsets[i][0], offsets[j][1], draw(st.sampled_from(LABELS))))
            i = j + 1
        else:
            i += 1
    return Document("gen-0001", text, tuple(spans))


@given(st.lists(spaced_documents(), min_size=1, max_size=3))
def test_export_then_import_gives_back_the_spans(docs: list[Document]) -> None:
    back, _ = conll_to_documents(documents_to_conll(docs), source="gen.conll")
    assert [d.text for d in back] == [d.text for d in docs]
    assert [[(s.start, s.end, s.label) for s in d.spans] for d in back] == [
        [(s.start, s.end, s.label) for s in d.spans] for d in docs]


def test_cli_export_then_import(tmp_path: Path) -> None:
    text = "Labour MP Ann Coffey quit ."
    doc = Document("x", text, (Span("T1", 0, 6, "PARTY"), Span("T2", 10, 20, "SPEAKER")))
    write_documents(tmp_path / "in.jsonl", [doc])
    runner = CliRunner()
    out = runner.invoke(cli, ["corpus", "export-conll", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "x.conll"),
                              "--labels", "SPEAKER"])
    assert out.exit_code == 0, out.output
    assert "Labour O\nMP O\nAnn B-SPEAKER\nCoffey I-SPEAKER\n" in (tmp_path / "x.conll").read_text(encoding="utf-8")
    back = runner.invoke(cli, ["corpus", "import-conll", str(tmp_path / "x.conll"), "-o", str(tmp_path / "b.jsonl")])
    assert back.exit_code == 0, back.output
    assert back.output == f"wrote 1 document(s), 1 sentence(s), 6 token(s), 1 span(s) to {tmp_path / 'b.jsonl'}\n"
    [got], _ = read_conll(tmp_path / "x.conll")
    assert [(s.start, s.end) for s in got.spans] == [(10, 20)]
    bad = runner.invoke(cli, ["corpus", "export-conll", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "y"),
                              "--labels", "PERSON"])
    assert bad.exit_code == 1
    assert bad.output.startswith("Error: --labels: unknown label(s) PERSON; the schema has SPEAKER")


def test_write_conll_is_atomic_on_error(tmp_path: Path) -> None:
    good = Document("a", "Ann", (Span("T1", 0, 3, "SPEAKER"),))
    bad = Document("b", "Labourites", (Span("P", 0, 6, "PARTY"),))
    target = tmp_path / "out.conll"
    target.write_text("old\n", encoding="utf-8")
    with pytest.raises(SpanError):
        write_conll(target, [good, bad])
    assert target.read_text(encoding="utf-8") == "old\n"


def test_export_refuses_a_label_outside_the_schema(tmp_path: Path) -> None:
    from corpus.conll import write_conll
    from schemas import Document, SchemaError, Span

    doc = Document("d1", "Mr X spoke.", (Span("T1", 0, 4, "PERSON"),))
    with pytest.raises(SchemaError, match=r"^document 'd1': span T1 \[0:4\] PERSON: unknown label"):
        write_conll(tmp_path / "x.conll", [doc])
    assert not (tmp_path / "x.conll").exists()
