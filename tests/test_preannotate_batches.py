"""preannotate sends whole batches through extract_many (an outside program starts once per batch), and a
batch that fails is retried one document at a time, so only the failing document is lost."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from annotation.preannotate import preannotate

PROGRAM = """
import json, sys
with open(sys.argv[1], "a") as log:
    log.write("start\\n")
for line in sys.stdin:
    doc = json.loads(line)
    if "BOOM" in doc["text"]:
        sys.exit("cannot handle " + doc["id"])
    start = doc["text"].index("Labour")
    span = {"id": "T1", "start": start, "end": start + len("Labour"), "label": "PARTY", "attrs": {}}
    print(json.dumps({"id": doc["id"], "text": doc["text"], "spans": [span], "relations": []}))
"""


def run(tmp_path: Path, texts: list[str]) -> tuple[object, list[dict], int]:
    program = tmp_path / "system.py"
    program.write_text(PROGRAM)
    log = tmp_path / "starts.log"
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": f"d{i}", "text": t}) + "\n" for i, t in enumerate(texts)))
    report = preannotate(src, tmp_path / "out.jsonl", f"cmd:{sys.executable} {program} {log}")
    out = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    return report, out, log.read_text().count("start")


def test_one_program_start_for_a_batch(tmp_path: Path) -> None:
    report, out, starts = run(tmp_path, [f"Labour MP number {i} said hello." for i in range(20)])
    assert starts == 1
    assert report.written == 20 and not report.failures
    assert all(d["spans"][0]["end"] == len("Labour") for d in out)


def test_a_failing_document_is_isolated(tmp_path: Path) -> None:
    texts = ["Labour one.", "Labour BOOM two.", "Labour three."]
    report, out, starts = run(tmp_path, texts)
    assert [d["id"] for d in out] == ["d0", "d2"]
    assert [(f.doc_id, f.line) for f in report.failures] == [("d1", 2)]
    assert "cannot handle d1" in report.failures[0].message
    assert starts == 1 + len(texts)  # the batch once, then each document alone


def test_when_every_document_fails_the_previous_output_is_kept_and_the_cli_says_so(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from quotegold.cli import cli

    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": f"d{i}", "text": "Labour"}) + "\n" for i in range(5)))
    out = tmp_path / "out.jsonl"
    out.write_text("previous run\n")
    result = CliRunner().invoke(cli, ["preannotate", str(src), "-o", str(out), "--no-progress",
                                      "--extractor", "cmd:quotegold-no-such-program"])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len([x for x in lines if x.startswith("skipped: ") and "line " in x]) == 3  # the same error: 3 shown
    assert lines[-2].startswith("skipped: 2 more document(s) with the same error: ")
    assert lines[-1] == "Error: no document was pre-annotated: all 5 failed; the output was not written"
    assert out.read_text() == "previous run\n"


def test_cmd_without_a_program_is_a_clear_error(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from quotegold.cli import cli

    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "d", "text": "x"}\n')
    result = CliRunner().invoke(cli, ["preannotate", str(src), "-o", str(tmp_path / "o.jsonl"), "--extractor", "cmd"])
    assert result.exit_code == 1
    assert result.output.strip() == 'Error: the cmd extractor needs the program to run: --extractor cmd:"COMMAND"'
