"""The ``cmd:COMMAND`` extractor against small real programs written by the tests."""

from __future__ import annotations

import json
import shlex
import sys
import textwrap
from pathlib import Path

import pytest

from annotation.extractors import ExtractorError, get_extractor
from annotation.extractors.command import CommandExtractor
from schemas import Document, Span

# A tiny outside system: every "..." becomes a direct QUOTE (marks excluded); the word before ' said'
# becomes a SPEAKER linked to the quotes. It refuses inputs that carry gold spans, so the tests also check
# that gold is never sent.
QUOTER = r'''
import json, re, sys
for line in sys.stdin:
    doc = json.loads(line)
    assert "spans" not in doc and "relations" not in doc, "gold was sent"
    spans, rels = [], []
    m = re.search(r"(\w+) said", doc["text"])
    if m:
        spans.append({"id": "s1", "start": m.start(1), "end": m.end(1), "label": "SPEAKER", "attrs": {}})
    for i, q in enumerate(re.finditer(r'"([^"]+)"', doc["text"])):
        spans.append({"id": f"q{i}", "start": q.start(1), "end": q.end(1), "label": "QUOTE",
                      "attrs": {"kind": "direct"}})
        if m:
            rels.append({"head": f"q{i}", "tail": "s1", "label": "said_by"})
    out = {"id": doc["id"], "text": doc["text"], "spans": spans, "relations": rels}
    print(json.dumps(out), flush=True)
'''

TEXT_A = 'Corbyn said "We will win."'
TEXT_B = 'No quotes here.'


def script(tmp_path: Path, body: str, name: str = "system.py") -> str:
    path = tmp_path / name
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return f"{shlex.quote(sys.executable)} {shlex.quote(str(path))}"


def docs() -> list[Document]:
    gold = Span("g1", 0, len("Corbyn"), "SPEAKER")
    return [Document("a", TEXT_A, (gold,), (), {"source": "x"}), Document("b", TEXT_B)]


def test_predictions_come_back_checked_and_in_order(tmp_path: Path) -> None:
    ext = get_extractor(f"cmd:{script(tmp_path, QUOTER)}")
    assert isinstance(ext, CommandExtractor)
    a, b = list(ext.extract_many(docs()))
    start = len('Corbyn said "')
    assert [(s.start, s.end, s.label) for s in a.spans] == [
        (0, len("Corbyn"), "SPEAKER"),
        (start, start + len("We will win."), "QUOTE"),
    ]
    assert [(r.head, r.tail, r.label) for r in a.relations] == [("q0", "s1", "said_by")]
    assert a.meta == {"source": "x"}  # the input's meta is kept
    assert (b.id, b.spans) == ("b", ())


def test_one_process_per_batch(tmp_path: Path) -> None:
    counter = tmp_path / "runs.txt"
    body = QUOTER + f"\nopen({str(counter)!r}, 'a').write('run\\n')\n"
    ext = get_extractor(f"cmd:{script(tmp_path, body)}", batch_size=2)
    many = [Document(f"d{i}", f'Ann said "hello {i}"') for i in range(5)]
    out = list(ext.extract_many(many))
    assert [d.id for d in out] == [d.id for d in many]
    assert counter.read_text().count("run") == 3  # batches of 2, 2, 1


def test_output_in_another_order_is_put_back_in_input_order(tmp_path: Path) -> None:
    body = """
    import json, sys
    docs = [json.loads(l) for l in sys.stdin]
    for d in reversed(docs):
        print(json.dumps({"id": d["id"], "text": d["text"]}))
    """
    out = list(get_extractor(f"cmd:{script(tmp_path, body)}").extract_many(docs()))
    assert [d.id for d in out] == ["a", "b"]


def test_failure_shows_exit_status_and_stderr(tmp_path: Path) -> None:
    body = """
    import sys
    sys.stdin.read()
    print("model file weights.bin not found", file=sys.stderr)
    sys.exit(3)
    """
    with pytest.raises(ExtractorError) as info:
        get_extractor(f"cmd:{script(tmp_path, body)}").extract(docs()[0])
    msg = str(info.value)
    assert "exited with status 3 on a batch of 1 document(s) (first 'a')" in msg
    assert "  | model file weights.bin not found" in msg


def test_timeout_kills_the_program(tmp_path: Path) -> None:
    body = """
    import sys, time
    print("loading", file=sys.stderr, flush=True)
    time.sleep(30)
    """
    ext = get_extractor(f"cmd:{script(tmp_path, body)}", timeout=1)
    with pytest.raises(ExtractorError, match=r"did not finish within 1 s on a batch of 2 document\(s\)") as info:
        list(ext.extract_many(docs()))
    assert "  | loading" in str(info.value)


@pytest.mark.parametrize(
    ("output", "message"),
    [
        ("not json", "output line 1: not valid JSON"),
        ('{"id": "zzz", "text": "x"}', "output line 1: document id 'zzz' was not in the input"),
        ('{"id": "a", "text": "changed"}', "output line 1: document 'a': the text was changed (first difference "
                                           "at offset 0)"),
        ('{"id": "a", "text": TEXT, "spans": [{"id": "x", "start": 0, "end": 6, "label": "PERSON"}]}',
         "output line 1: document 'a': span x [0:6] PERSON: unknown label"),
        ('{"id": "a", "text": TEXT, "spans": [{"id": "x", "start": 0, "end": 99, "label": "SPEAKER"}]}',
         "output line 1: document 'a': span x [0:99] SPEAKER: lies outside the text (0..26)"),
        ('{"id": "a", "text": TEXT}\n{"id": "a", "text": TEXT}', "output line 2: document 'a' is output twice"),
        ("", "no prediction for 1 of 1 input document(s): 'a'"),
    ],
)
def test_bad_output_is_refused_with_a_clear_message(tmp_path: Path, output: str, message: str) -> None:
    canned = tmp_path / "canned.jsonl"
    canned.write_text(output.replace("TEXT", json.dumps(TEXT_A)) + "\n", encoding="utf-8")
    body = f"""
    import sys
    sys.stdin.read()
    sys.stdout.write(open({str(canned)!r}, encoding="utf-8").read())
    """
    with pytest.raises(ExtractorError) as info:
        get_extractor(f"cmd:{script(tmp_path, body)}").extract(docs()[0])
    assert message in str(info.value)


def test_missing_program_and_bad_options() -> None:
    with pytest.raises(ExtractorError, match="cannot start 'no-such-program-qg': program not found"):
        get_extractor("cmd:no-such-program-qg --x").extract(docs()[1])
    with pytest.raises(ExtractorError, match="the command is empty"):
        get_extractor("cmd:")
    with pytest.raises(ExtractorError, match="unknown option\\(s\\) model"):
        get_extractor("cmd:cat", model="m")
    with pytest.raises(ExtractorError, match="cannot parse the command"):
        get_extractor("cmd:echo 'unclosed")
