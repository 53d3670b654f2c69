"""``quotegold preannotate`` and :func:`annotation.preannotate.preannotate`: fields kept, failures skipped by id,
atomic output, parallel runs equal to the serial one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotation.extractors import Extractor, register_extractor
from annotation.preannotate import preannotate
from quotegold.cli import cli
from schemas import Document, QuotegoldError, read_documents

TEXT = 'Labour MP Stella Creasy said: "I have resigned."'


@register_extractor("test-fails-on-boom")
class _FailsOnBoom(Extractor):
    """An extractor that raises on documents whose text contains 'boom' (to test per-document failures)."""

    name = "test-fails-on-boom"
    version = "1"

    def extract(self, doc: Document) -> Document:
        if "boom" in doc.text:
            raise ValueError("cannot parse")
        return doc.with_annotations((), ())


def write_jsonl(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    rows = [{"id": f"d{i}", "text": TEXT if i % 2 else f"Mr Gapes said: \"No {i}.\"", "source": "x", "n": i}
            for i in range(70)]
    return write_jsonl(tmp_path / "in.jsonl", rows)


def test_every_input_field_is_kept_and_spans_are_predicted(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    report = preannotate(corpus, out, "rules")
    assert (report.documents, report.written, report.failures) == (70, 70, ())
    first = json.loads(out.read_text(encoding="utf-8").splitlines()[1])
    assert (first["id"], first["text"], first["source"], first["n"]) == ("d1", TEXT, "x", 1)
    assert first["meta"] == {"model_version": "rules@1"}
    quote = next(s for s in first["spans"] if s["label"] == "QUOTE")
    start = len('Labour MP Stella Creasy said: "')
    assert (quote["start"], quote["end"]) == (start, start + len("I have resigned."))
    assert len(read_documents(out)) == 70  # the output is valid documents JSONL


@pytest.mark.parametrize("backend", ["processes", "datasets"])
def test_two_workers_give_the_serial_output(corpus: Path, tmp_path: Path, backend: str) -> None:
    preannotate(corpus, tmp_path / "serial.jsonl", "rules")
    preannotate(corpus, tmp_path / "parallel.jsonl", "rules", workers=2, backend=backend)
    assert (tmp_path / "parallel.jsonl").read_bytes() == (tmp_path / "serial.jsonl").read_bytes()


def test_a_failing_document_is_reported_by_id_and_skipped(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": "fine"}, {"id": "b", "text": "boom"},
                                               {"id": "c", "text": "fine too"}])
    out = tmp_path / "out.jsonl"
    report = preannotate(src, out, "test-fails-on-boom")
    assert [str(f) for f in report.failures] == ["line 2: document 'b': ValueError: cannot parse"]
    assert [d.id for d in read_documents(out)] == ["a", "c"]


def test_cli_reports_skipped_documents_and_a_summary(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": TEXT}, {"id": "b", "text": "boom"}])
    result = CliRunner().invoke(cli, ["preannotate", str(src), "-o", str(tmp_path / "o.jsonl"),
                                      "--extractor", "test-fails-on-boom", "--no-progress"])
    assert result.exit_code == 0, result.output
    assert f"skipped: {src}:line 2: document 'b': ValueError: cannot parse" in result.output
    assert "1 of 2 document(s) pre-annotated by test-fails-on-boom@1" in result.output


def test_cli_json_summary(corpus: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["preannotate", str(corpus), "-o", str(tmp_path / "o.jsonl"), "--json",
                                      "--workers", "2", "--no-progress"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output[result.output.index("{"):])
    assert (summary["documents"], summary["written"], summary["failed"]) == (70, 70, 0)


def test_malformed_line_stops_the_run_naming_file_and_line_and_leaves_no_output(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "text": "x"}\n{"id": "b"}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(cli, ["preannotate", str(src), "-o", str(out), "--no-progress"])
    assert result.exit_code == 1
    assert f"Error: {src}:2: document 'b': field 'text' must be a string" in result.output
    assert not out.exists() and list(tmp_path.iterdir()) == [src]


def test_unknown_extractor_is_a_one_line_error(corpus: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["preannotate", str(corpus), "-o", str(tmp_path / "o.jsonl"),
                                      "--extractor", "nope"])
    assert result.exit_code == 1
    assert result.output.startswith("Error: unknown extractor 'nope'; available: ")


def test_output_must_not_be_the_input(corpus: Path) -> None:
    with pytest.raises(QuotegoldError, match="the output must not be the input file"):
        preannotate(corpus, corpus, "rules")


def test_progress_is_reported_per_document(corpus: Path, tmp_path: Path) -> None:
    seen: list[int] = []
    preannotate(corpus, tmp_path / "o.jsonl", "rules", on_progress=lambda n, chars: seen.append(n))
    assert sum(seen) == 70


@pytest.mark.parametrize("workers", [1, 2])
def test_small_batches_keep_the_input_order(corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            workers: int) -> None:
    import annotation.preannotate as pre

    preannotate(corpus, tmp_path / "one_batch.jsonl", "rules")
    monkeypatch.setattr(pre, "BATCH_DOCS", 3)  # 70 documents: 24 batches, several in flight at once
    report = preannotate(corpus, tmp_path / "batches.jsonl", "rules", workers=workers)
    assert report.written == 70
    assert (tmp_path / "batches.jsonl").read_bytes() == (tmp_path / "one_batch.jsonl").read_bytes()


@pytest.mark.parametrize("workers", [1, 2])
def test_invalid_json_line_names_file_and_line_from_a_worker_too(tmp_path: Path, workers: int) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "text": "x"}\n\n{"id": "b", "text": \n', encoding="utf-8")
    with pytest.raises(QuotegoldError, match=rf"^{src}:3: not valid JSON \(Expecting value\): "):
        preannotate(src, tmp_path / "out.jsonl", "rules", workers=workers)
    assert not (tmp_path / "out.jsonl").exists()
