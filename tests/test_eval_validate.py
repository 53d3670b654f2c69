"""`quotegold eval` refuses documents that break the schema (the message of `schema check`, with file and
line), and shows scores with nothing to score as undefined ("–", JSON null)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any
from unittest import mock

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from hypothesis import event, given, settings
from hypothesis import strategies as st

from eval.evaluate import evaluate, evaluate_files
from eval.load import Corpus, read_corpus
from eval.validate import SPACES, first_problem
from quotegold.cli import cli
from schemas import Document, QuotegoldError, Relation, Span, document_problems, write_documents

TEXT = "Labour MP Stella Creasy said: I quit."
SPEAKER = Span("s1", len("Labour MP "), len("Labour MP Stella Creasy"), "SPEAKER")
PARTY = Span("p1", 0, len("Labour"), "PARTY")
QUOTE = Span("q1", len("Labour MP Stella Creasy said: "), len(TEXT) - 1, "QUOTE", {"kind": "direct"})
GOOD = Document("d1", TEXT, (PARTY, SPEAKER, QUOTE), (Relation("q1", "s1", "said_by"), Relation("s1", "p1", "member_of")))
FIRST = Document("d0", "Mr X quit.", (Span("x", 0, len("Mr X"), "SPEAKER"),))

# (spans, relations) of document d1 on line 2, and the message `schema check` gives for it.
BAD = {
    "out of bounds": (
        [{"id": "s1", "start": len("Labour MP "), "end": 40, "label": "SPEAKER"}], [],
        f"document 'd1': span s1 [10:40] SPEAKER: lies outside the text (0..{len(TEXT)})",
    ),
    "unknown label": (
        [{"id": "s1", "start": SPEAKER.start, "end": SPEAKER.end, "label": "PERSON"}], [],
        "document 'd1': span s1 [10:23] PERSON: unknown label; the schema has SPEAKER, QUOTE, PARTY, EVENT",
    ),
    "whitespace edge": (
        [{"id": "s1", "start": SPEAKER.start - 1, "end": SPEAKER.end, "label": "SPEAKER"}], [],
        "document 'd1': span s1 [9:23] SPEAKER: ' Stella Creasy' has leading or trailing whitespace; "
        "trim the span to its words",
    ),
    "relation to a missing span": (
        [QUOTE.to_dict()], [{"head": "q1", "tail": "s9", "label": "said_by"}],
        "document 'd1': relation said_by q1 -> s9: tail 's9' is not a span of this document",
    ),
    "relation end of the wrong label": (
        [QUOTE.to_dict(), PARTY.to_dict()], [{"head": "q1", "tail": "p1", "label": "said_by"}],
        "document 'd1': relation said_by q1 -> p1: tail 'p1' is a PARTY; said_by needs a SPEAKER there",
    ),
    "unknown relation": (
        [QUOTE.to_dict(), SPEAKER.to_dict()], [{"head": "q1", "tail": "s1", "label": "quoted"}],
        "document 'd1': relation quoted q1 -> s1: unknown relation; the schema has said_by, member_of, participant",
    ),
    "span id twice": (
        [SPEAKER.to_dict(), {**PARTY.to_dict(), "id": "s1"}], [],
        "document 'd1': span s1 [0:6] PARTY: span id 's1' is used twice; give each span its own id",
    ),
    "choice value": (
        [{**QUOTE.to_dict(), "attrs": {"kind": "verbatim"}}], [],
        "document 'd1': span q1 [30:36] QUOTE: kind='verbatim' is not one of direct, indirect, mixed",
    ),
    "attribute of another label": (
        [{**QUOTE.to_dict(), "attrs": {"type": "vote"}}], [],
        "document 'd1': span q1 [30:36] QUOTE: unknown attribute 'type' (allowed: kind)",
    ),
}


def _write(path: Path, spans: list[dict[str, Any]], relations: list[dict[str, str]]) -> Path:
    bad = {"id": "d1", "text": TEXT, "spans": spans, "relations": relations}
    path.write_text(json.dumps(FIRST.to_dict()) + "\n" + json.dumps(bad) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("side", ["gold", "pred"])
@pytest.mark.parametrize("case", sorted(BAD))
def test_eval_refuses_an_invalid_document_with_the_schema_check_message(tmp_path: Path, case: str, side: str) -> None:
    spans, relations, message = BAD[case]
    good = tmp_path / "good.jsonl"
    write_documents(good, [FIRST, GOOD])
    bad = _write(tmp_path / "bad.jsonl", spans, relations)
    check = CliRunner().invoke(cli, ["schema", "check", str(bad)])
    assert f"{bad}:2: {message}\n" in check.output  # the same line
    files = [str(bad), str(good)] if side == "gold" else [str(good), str(bad)]
    result = CliRunner().invoke(cli, ["eval", *files])
    assert result.exit_code == 1, result.output
    assert result.output == f"Error: {bad}:2: {message}\n"


def test_the_line_number_counts_blank_lines(tmp_path: Path) -> None:
    spans, relations, message = BAD["out of bounds"]
    bad = _write(tmp_path / "bad.jsonl", spans, relations)
    bad.write_text("\n" + bad.read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(QuotegoldError) as raised:
        read_corpus(bad, {"SPEAKER": 0}, {})
    assert str(raised.value) == f"{bad}:3: {message}"


def test_parquet_names_the_row(tmp_path: Path) -> None:
    spans, _, message = BAD["whitespace edge"]
    pq.write_table(pa.Table.from_pylist([{"id": "d1", "text": TEXT, "spans": spans}]), tmp_path / "gold.parquet")
    with pytest.raises(QuotegoldError) as raised:
        evaluate_files(tmp_path / "gold.parquet", [])
    assert str(raised.value) == f"{tmp_path / 'gold.parquet'}: row 0: {message}"


def test_documents_in_memory_are_checked_too() -> None:
    bad = Document("d1", TEXT, (Span("s1", SPEAKER.start - 1, SPEAKER.end, "SPEAKER"),))
    with pytest.raises(QuotegoldError, match=r"^rules: document 'd1': span s1 \[9:23\] SPEAKER: ' Stella"):
        evaluate([GOOD], [("rules", [bad])])


def test_spaces_are_exactly_what_isspace_accepts() -> None:
    assert "".join(c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace()) == SPACES


WORDS = st.sampled_from(["Mr", "X", "said", "é", "“Non”", "\u00a0", " ", "\u2003", "\n"])
LABELS = st.sampled_from(["SPEAKER", "QUOTE", "PARTY", "EVENT", "PERSON"])
span_st = st.tuples(st.integers(0, 3), st.integers(-1, 30), st.integers(1, 8), LABELS,
                    st.sampled_from([{}, {"canonical": "X"}, {"type": "vote"}, {"kind": "direct"}]))
rel_st = st.tuples(st.integers(0, 4), st.integers(0, 4), st.sampled_from(["said_by", "member_of", "participant"]))


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.lists(WORDS, min_size=1, max_size=12), min_size=1, max_size=3),
       spans=st.lists(span_st, max_size=8), rels=st.lists(rel_st, max_size=3))
def test_columnar_checks_agree_with_document_problems(
    tmp_path_factory: pytest.TempPathFactory, words: list[list[str]], spans: list[tuple[Any, ...]],
    rels: list[tuple[int, int, str]],
) -> None:
    """Valid files are read without the object reader; invalid ones raise exactly the first problem."""
    docs = []
    for d, ws in enumerate(words):
        mine = [(f"T{i % 5}", s, s + n, lab, attrs) for i, (doc, s, n, lab, attrs) in enumerate(spans) if doc == d]
        made = tuple(Span(i, s, e, lab, attrs) for i, s, e, lab, attrs in mine)
        links = tuple(Relation(f"T{h}", f"T{t}", lab) for h, t, lab in rels if d == 0)
        docs.append(Document(f"d{d}", " ".join(ws), made, links))
    path = tmp_path_factory.mktemp("v") / "docs.jsonl"
    path.write_text("".join(json.dumps(doc.to_dict()) + "\n" for doc in docs), encoding="utf-8")
    labels = {"SPEAKER": 0, "QUOTE": 1, "PARTY": 2, "EVENT": 3}
    expected = first_problem(docs, lambda i: f"{path}:{i + 1}")
    event(("valid" if expected is None else expected.__class__.__name__) + (" with spans" if spans else ""))
    if expected is None:
        assert not any(document_problems(doc) for doc in docs)
        with mock.patch("eval.load.read_documents", side_effect=AssertionError("fell back")):
            corpus = read_corpus(path, labels, {})
        assert corpus.columns.spans.start.tolist() == Corpus.from_documents(docs, labels, {}, "x").columns.spans.start.tolist()
    else:
        with pytest.raises(type(expected)) as raised:
            read_corpus(path, labels, {})
        assert str(raised.value) == str(expected)


def _scores(tmp_path: Path, gold: list[Document], pred: list[Document], *args: str) -> dict[str, Any]:
    write_documents(tmp_path / "gold.jsonl", gold)
    write_documents(tmp_path / "pred.jsonl", pred)
    result = CliRunner().invoke(cli, ["eval", str(tmp_path / "gold.jsonl"), str(tmp_path / "pred.jsonl"),
                                      str(tmp_path / "pred.jsonl"), "--name", "a", "--name", "b", "--json", *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_relations_excluded_by_labels_are_undefined_not_perfect(tmp_path: Path) -> None:
    out = _scores(tmp_path, [GOOD], [GOOD], "--labels", "QUOTE,SPEAKER", "--bootstrap", "50")
    a = out["systems"]["a"]
    assert a["attribution"]["said_by"]["f1"] == 1.0  # QUOTE and SPEAKER are both scored
    for rel in ("member_of", "participant"):
        assert a["attribution"][rel] == {"precision": None, "recall": None, "f1": None}
        assert a["ci"]["attribution"][rel]["f1"] is None
        assert out["comparisons"][0]["p_values"][f"attribution.{rel}.f1"] is None
    table = CliRunner().invoke(cli, ["eval", str(tmp_path / "gold.jsonl"), str(tmp_path / "pred.jsonl"),
                                     "--labels", "QUOTE,SPEAKER"])
    header, _, row = table.output.splitlines()[1:4]
    cells = dict(zip([h.strip() for h in header.split("  ") if h.strip()],
                     [c.strip() for c in row.split("  ") if c.strip()], strict=True))
    assert cells["said_by F1"] == "1.000" and cells["member_of F1"] == "–" and cells["participant F1"] == "–"


def test_a_file_without_relations_has_undefined_attribution(tmp_path: Path) -> None:
    plain = Document("d1", TEXT, (PARTY, SPEAKER))
    a = _scores(tmp_path, [plain], [plain])["systems"]["a"]
    assert a["overall"]["f1"] == 1.0
    assert [a["attribution"][r]["f1"] for r in ("said_by", "member_of", "participant")] == [None, None, None]


def test_one_sided_pairs_still_score_zero(tmp_path: Path) -> None:
    """Gold pairs but no predicted pair: recall 0, F1 0 (defined); only 'nothing on either side' is undefined."""
    a = _scores(tmp_path, [GOOD], [GOOD.with_annotations(GOOD.spans, ())])["systems"]["a"]
    assert a["attribution"]["said_by"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0}


def test_no_spans_at_all_is_undefined(tmp_path: Path) -> None:
    empty = Document("d1", TEXT, ())
    a = _scores(tmp_path, [empty], [empty])["systems"]["a"]
    assert a["overall"]["f1"] is None and a["overall"]["macro"]["f1"] is None and a["per_label"] == {}


@pytest.mark.parametrize("accents", [False, True])
def test_a_problem_in_a_later_text_chunk_is_found(tmp_path: Path, accents: bool) -> None:
    """Over 1 MB of lines, pyarrow hands the texts over in several chunks: the checks walk every chunk."""
    filler = ("é" if accents else "e") * 4000
    docs = [Document(f"d{i}", f"Mr X said: {filler}.", (Span("s", 0, len("Mr X"), "SPEAKER"),)) for i in range(400)]
    path = tmp_path / "big.jsonl"
    write_documents(path, docs)
    with mock.patch("eval.load.read_documents", side_effect=AssertionError("fell back")):
        corpus = read_corpus(path, {"SPEAKER": 0}, {})
    assert corpus.texts is not None and corpus.texts.num_chunks > 1  # the case under test
    docs[-1] = Document("d399", docs[-1].text, (Span("s", 0, len("Mr X "), "SPEAKER"),))
    write_documents(path, docs)
    with pytest.raises(QuotegoldError) as raised:
        read_corpus(path, {"SPEAKER": 0}, {})
    assert str(raised.value) == (f"{path}:400: document 'd399': span s [0:5] SPEAKER: 'Mr X ' has leading or "
                                 "trailing whitespace; trim the span to its words")
