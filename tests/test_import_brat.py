"""brat standoff import: discontinuous spans, events, several annotators, offsets checked against the text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from corpus.brat import import_brat, parse_ann, parse_label_map, parse_relation_map
from quotegold.cli import cli
from schemas import FormatError, SchemaError, SpanError, validate_document

TEXT = 'Labour MP Ann Coffey said "we are leaving", adding "today".\nShe resigned on Monday.\n'
A = TEXT.index
SPEAKER = (A("Ann"), A("Ann") + len("Ann Coffey"))
PARTY = (0, len("Labour"))
Q1 = (A("we are"), A("we are") + len("we are leaving"))
Q2 = (A("today"), A("today") + len("today"))
SHE = (A("She"), A("She") + len("She"))
RESIGNED = (A("resigned"), A("resigned") + len("resigned"))
CUE = (A("said"), A("said") + len("said"))

ANN = "\n".join([
    f"T1\tSource {SPEAKER[0]} {SPEAKER[1]}\tAnn Coffey",
    f"T2\tParty {PARTY[0]} {PARTY[1]}\tLabour",
    # one quote broken by attribution, annotated in brat as one discontinuous Content
    f"T3\tContent {Q1[0]} {Q1[1]};{Q2[0]} {Q2[1]}\twe are leaving today",
    f"T4\tCue {CUE[0]} {CUE[1]}\tsaid",
    f"T5\tSource {SHE[0]} {SHE[1]}\tShe",
    f"T6\tResign {RESIGNED[0]} {RESIGNED[1]}\tresigned",
    "E1\tAttribution:T4 Source:T1 Content:T3",
    "E2\tResign:T6 Agent:T5",
    "R1\tMember Arg1:T2 Arg2:T1",
    "A1\tKind T3 Direct",
    "#1\tAnnotatorNotes T3\tbroken by 'adding'",
]) + "\n"

MAP = ["Source=SPEAKER,Content=QUOTE,Party=PARTY", "Resign=EVENT:type=resignation"]
RELS = ["Content-Source=said_by", "Trigger-Agent=participant", "Member=member_of"]


def parse(ann: str = ANN, text: str = TEXT):
    return parse_ann(ann, text, parse_label_map(MAP), parse_relation_map(RELS), source="doc.ann")


def test_discontinuous_events_relations_and_attributes() -> None:
    spans, rels, report = parse()
    got = {(s.id, s.start, s.end, s.label, tuple(sorted(s.attrs.items()))) for s in spans}
    assert got == {
        ("T1", *SPEAKER, "SPEAKER", ()),
        ("T2", *PARTY, "PARTY", ()),
        ("T3.1", *Q1, "QUOTE", (("kind", "direct"),)),
        ("T3.2", *Q2, "QUOTE", (("kind", "direct"),)),
        ("T5", *SHE, "SPEAKER", ()),
        ("T6", *RESIGNED, "EVENT", (("type", "resignation"),)),
    }
    assert {(r.head, r.tail, r.label) for r in rels} == {
        ("T3.1", "T1", "said_by"),  # each fragment gets the links of T3
        ("T3.2", "T1", "said_by"),
        ("T6", "T5", "participant"),
        ("T1", "T2", "member_of"),  # R1 was PARTY -> SPEAKER; the schema's direction is SPEAKER -> PARTY
    }
    assert report.dropped_entities == {"Cue": 1}
    assert (report.spans, report.relations) == (6, 4)


def test_offset_past_the_end_names_file_line_and_offsets() -> None:
    ann = f"T1\tSource 0 3\tLab\nT2\tContent {len(TEXT) - 2} {len(TEXT) + 5}\tx\n"
    with pytest.raises(SpanError) as info:
        parse(ann)
    assert str(info.value) == (
        f"doc.ann:2: T2 Content [{len(TEXT) - 2}:{len(TEXT) + 5}]: end {len(TEXT) + 5} is past the end of the "
        f"text ({len(TEXT)} code points); is the .ann file for another version of the text?"
    )


def test_stored_text_that_does_not_match_the_offsets_is_an_error() -> None:
    with pytest.raises(SpanError, match=r"doc.ann:1: T1 Source \[0 6\]: the .ann says 'Coffey' but the text has "
                                        r"'Labour' there"):
        parse("T1\tSource 0 6\tCoffey\n")


@pytest.mark.parametrize(
    ("ann", "error", "message"),
    [
        ("T1\tSource zero 3\tLab\n", FormatError, "doc.ann:1: T1 Source: offsets must be 'START END[;START END]'"),
        ("T1\tSource 3 3\t\n", SpanError, "doc.ann:1: T1 Source [3:3]: the fragment is empty or reversed"),
        ("X1\tfoo\n", FormatError, "doc.ann:1: unknown brat annotation 'X1'"),
        ("R1\tMember Arg1:T9 Arg2:T1\n", FormatError, "doc.ann:1: 'T9' is not a text-bound annotation of doc.ann"),
        ("R1\tMember T1 T2\n", FormatError, "doc.ann:1: relation R1 needs Arg1:ID Arg2:ID"),
    ],
)
def test_malformed_lines(ann: str, error: type[Exception], message: str) -> None:
    with pytest.raises(error) as info:
        parse(ann)
    assert str(info.value).startswith(message)


def test_whitespace_at_fragment_edges_is_trimmed_and_counted() -> None:
    ann = f"T1\tSource {SPEAKER[0] - 1} {SPEAKER[1] + 1}\t Ann Coffey \n"
    [span], _, report = parse(ann)
    assert (span.start, span.end, report.trimmed) == (*SPEAKER, 1)


def test_unmapped_relation_and_impossible_direction_are_dropped_and_counted() -> None:
    ann = ANN + "R2\tCoref Arg1:T5 Arg2:T1\nR3\tMember Arg1:T1 Arg2:T5\n"
    _, rels, report = parse(ann)
    assert len(rels) == 4
    assert report.dropped_relations == {"Coref": 1, "Member (SPEAKER -> SPEAKER cannot be member_of)": 1}


def test_map_errors_name_the_bad_item() -> None:
    with pytest.raises(SchemaError, match="--map 'Source=PERSON': 'PERSON' is not a span label"):
        parse_label_map(["Source=PERSON"])
    with pytest.raises(SchemaError, match="--map 'Content=QUOTE:kind=verbatim': 'kind=verbatim' is not an attribute"):
        parse_label_map(["Content=QUOTE:kind=verbatim"])
    with pytest.raises(SchemaError, match="--relation 'A-B=quoted': 'quoted' is not a relation"):
        parse_relation_map(["A-B=quoted"])


def write_corpus(root: Path) -> None:
    root.mkdir()
    (root / "doc.txt").write_text(TEXT, encoding="utf-8")
    (root / "doc_ann1.ann").write_text(ANN, encoding="utf-8")
    # the second annotator missed the second fragment and the event
    (root / "doc_ann2.ann").write_text(
        f"T1\tSource {SPEAKER[0]} {SPEAKER[1]}\tAnn Coffey\nT3\tContent {Q1[0]} {Q1[1]}\twe are leaving\n"
        "R1\tSaid Arg1:T3 Arg2:T1\n", encoding="utf-8")
    (root / "other.txt").write_text("Nothing.", encoding="utf-8")
    (root / "other.ann").write_text("", encoding="utf-8")


def test_several_annotators_become_rows_of_one_document(tmp_path: Path) -> None:
    write_corpus(tmp_path / "brat")
    docs, report = import_brat(tmp_path / "brat", parse_label_map(MAP), parse_relation_map([*RELS, "Said=said_by"]))
    assert [(d.id, d.meta["annotator"]) for d in docs] == [("doc", "ann1"), ("doc", "ann2"), ("other", "brat")]
    for doc in docs:
        validate_document(doc)
    assert [len(d.spans) for d in docs] == [6, 2, 0]
    assert [(r.head, r.tail) for r in docs[1].relations] == [("T3", "T1")]
    assert report.documents == 3


def test_ann_without_text_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "lost_ann1.ann").write_text("", encoding="utf-8")
    with pytest.raises(FormatError, match="lost_ann1.ann: no text for it; expected lost_ann1.txt"):
        import_brat(tmp_path, parse_label_map(MAP), {})


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ({}, "no .txt/.ann pair"),
        ({"a.txt": "Hi.", "b.txt": "Ho."}, "2 .txt file(s) but no .ann file beside any"),
    ],
)
def test_folder_without_pairs_is_an_error_and_writes_nothing(tmp_path: Path, files: dict, message: str) -> None:
    root = tmp_path / "brat"
    root.mkdir()
    for name, text in files.items():
        (root / name).write_text(text, encoding="utf-8")
    out = tmp_path / "o.jsonl"
    result = CliRunner().invoke(cli, ["corpus", "import-brat", str(root), "-o", str(out), "--map", MAP[0]])
    assert result.exit_code == 1
    assert result.output == f"Error: {root}: {message}; expected brat standoff pairs such as doc.txt + doc.ann\n"
    assert not out.exists()


def test_missing_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(FormatError, match="no such folder"):
        import_brat(tmp_path / "nowhere", parse_label_map(MAP), {})


def test_cli_import_brat(tmp_path: Path) -> None:
    write_corpus(tmp_path / "brat")
    out = tmp_path / "gold.jsonl"
    args = ["corpus", "import-brat", str(tmp_path / "brat"), "-o", str(out), "--map", MAP[0], "--map", MAP[1]]
    for rel in [*RELS, "Said=said_by"]:
        args += ["--relation", rel]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert "dropped entity types (not in --map): Cue (1)" in result.output
    assert result.output.strip().endswith(f"wrote 3 document row(s) with 8 span(s) and 5 relation(s) to {out}, "
                                          "annotators ann1, ann2, brat")
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["meta"]["annotator"] for r in rows] == ["ann1", "ann2", "brat"]
    # the two annotators of doc.txt are compared by the agreement command
    agreement = CliRunner().invoke(cli, ["agreement", str(out), "--json"])
    assert agreement.exit_code == 0, agreement.output
    assert '"ann1"' in agreement.output and '"ann2"' in agreement.output
    # a second run replaces the file: nothing is duplicated
    assert CliRunner().invoke(cli, args).exit_code == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3


def test_cli_import_brat_offset_error_is_one_line(tmp_path: Path) -> None:
    root = tmp_path / "brat"
    root.mkdir()
    (root / "a.txt").write_text("Short.", encoding="utf-8")
    (root / "a.ann").write_text("T1\tSource 0 3\tSho\nT2\tSource 2 40\tort.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["corpus", "import-brat", str(root), "-o", str(tmp_path / "o.jsonl"),
                                      "--map", "Source=SPEAKER"])
    assert result.exit_code == 1
    assert result.output == (f"Error: {root / 'a.ann'}:2: T2 Source [2:40]: end 40 is past the end of the text "
                             "(6 code points); is the .ann file for another version of the text?\n")
    assert not (tmp_path / "o.jsonl").exists()


def test_crlf_text_keeps_brat_offsets(tmp_path: Path) -> None:
    (tmp_path / "w.txt").write_bytes(b"Hi.\r\nAnn said.")
    start = len("Hi.\r\n")
    (tmp_path / "w.ann").write_text(f"T1\tSource {start} {start + 3}\tAnn\n", encoding="utf-8")
    [doc], _ = import_brat(tmp_path, parse_label_map(["Source=SPEAKER"]), {})
    assert doc.spans[0].text_in(doc.text) == "Ann"
