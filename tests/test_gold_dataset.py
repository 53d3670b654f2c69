"""The gold dataset: rows, splits, BIO round trip, versions, atomic rebuilds, load_dataset, privacy, publish."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from annotation.dataset import SplitSpec, build_dataset, document_to_row
from annotation.publish import check_dataset_dir, privacy_findings
from annotation.simulate import simulate_annotator
from quotegold.cli import cli
from schemas import (
    DatasetError,
    Document,
    Span,
    bio_tags,
    bio_to_spans,
    read_documents,
    spans_to_bio,
    token_offsets,
    validate_document,
    write_documents,
)

GOLD = Path(__file__).resolve().parents[1] / "corpus" / "gold" / "gold.jsonl"


@pytest.fixture(scope="module")
def gold() -> list[Document]:
    return read_documents(GOLD)


def many(docs: list[Document], copies: int) -> list[Document]:
    return [replace(d, id=f"{d.id}-{i}") for i in range(copies) for d in docs]


def test_row_follows_the_schema_features() -> None:
    text = "Labour MP Stella Creasy tweeted"
    doc = Document("d1", text, (Span("T2", len("Labour MP "), len("Labour MP Stella"), "SPEAKER", {"canonical": "S"}),
                                Span("T1", 0, len("Labour"), "PARTY")), meta={"num_annotators": 2, "agreement": 0.5})
    row = document_to_row(doc)
    assert [s["id"] for s in row["spans"]] == ["T1", "T2"]  # in text order
    assert row["spans"][1] == {"id": "T2", "start": 10, "end": 16, "text": "Stella", "label": 0,
                               "attrs": {"canonical": "S", "kind": None, "type": None}}
    tags = bio_tags()
    assert [tags[i] for i in row["ner_tags"]] == ["B-PARTY", "O", "B-SPEAKER", "O", "O"]
    assert row["meta"] == {"source": "", "num_annotators": 2, "agreement": 0.5}


@st.composite
def aligned_spans(draw: st.DrawFn) -> tuple[str, list[Span]]:
    words = draw(st.lists(st.sampled_from(["Mr", "Gapes", "said", ":", "I", "quit", ".", "Labour's", "é"]),
                          min_size=1, max_size=25))
    text = " ".join(words)
    offsets = token_offsets(text)
    cuts = sorted(draw(st.sets(st.integers(0, len(offsets)), max_size=8)))
    spans = []
    for i, (a, b) in enumerate(zip(cuts, cuts[1:], strict=False)):
        if draw(st.booleans()) and a < b:
            label = draw(st.sampled_from(["SPEAKER", "QUOTE", "PARTY", "EVENT"]))
            spans.append(Span(f"T{i}", offsets[a][0], offsets[b - 1][1], label))
    return text, spans


@settings(max_examples=200, deadline=None)
@given(aligned_spans())
def test_bio_round_trip_through_dataset_rows(case: tuple[str, list[Span]]) -> None:
    text, spans = case
    row = document_to_row(Document("d", text, tuple(spans)))
    tags = bio_tags()
    back = bio_to_spans(text, [tags[i] for i in row["ner_tags"]])
    assert [(s.start, s.end, s.label) for s in back] == sorted((s.start, s.end, s.label) for s in spans)
    assert row["tokens"] == spans_to_bio(text, spans)[0]


def test_split_spec_errors() -> None:
    with pytest.raises(DatasetError) as err:
        SplitSpec.parse("80/10/5")
    assert str(err.value) == "split '80/10/5': the percentages add up to 95, not 100"
    with pytest.raises(DatasetError, match="give 1 to 3 whole percentages"):
        SplitSpec.parse("80-20")
    assert SplitSpec.parse("90/10").names == ("train", "test")


def test_split_is_stable_when_documents_are_added() -> None:
    spec = SplitSpec.parse("80/10/10")
    before = {f"doc-{i}": spec.assign(f"doc-{i}", 7) for i in range(500)}
    after = {f"doc-{i}": spec.assign(f"doc-{i}", 7) for i in range(2000)}
    assert all(after[k] == v for k, v in before.items())
    shares = {name: list(after.values()).count(name) / 2000 for name in spec.names}
    assert shares["train"] == pytest.approx(0.8, abs=0.04) and shares["test"] == pytest.approx(0.1, abs=0.03)
    assert [spec.assign(f"doc-{i}", 8) for i in range(50)] != [spec.assign(f"doc-{i}", 7) for i in range(50)]


def test_built_dirs_keep_splits_when_documents_are_added(tmp_path: Path, gold: list[Document]) -> None:
    docs = many(gold, 4)
    first = build_dataset(docs[:30], tmp_path / "a", seed=3)
    second = build_dataset(docs, tmp_path / "b", seed=3)
    assert sum(second.splits.values()) == len(docs) > sum(first.splits.values())
    import pyarrow.parquet as pq

    def ids(root: Path, split: str) -> set[str]:
        return set(pq.read_table(root / f"data/{split}-00000-of-00001.parquet", columns=["id"])["id"].to_pylist())

    for split in first.splits:
        assert ids(tmp_path / "a", split) <= ids(tmp_path / "b", split)


def test_misaligned_span_stops_the_build(tmp_path: Path) -> None:
    doc = Document("d7", "Labour's leader", (Span("T1", 0, len("Labou"), "PARTY"),))
    with pytest.raises(DatasetError) as err:
        build_dataset([doc], tmp_path / "ds")
    assert "document 'd7': span T1 [0:5] PARTY: its end is inside a token ('Labou')" in str(err.value)
    assert not (tmp_path / "ds").exists()


def test_load_dataset_offline_with_features(tmp_path: Path, gold: list[Document]) -> None:
    out = tmp_path / "ds"
    report = build_dataset(many(gold, 3), out, seed=1)
    script = (
        "import json, sys\nfrom datasets import load_dataset\n"
        "dd = load_dataset(sys.argv[1], cache_dir=sys.argv[2])\n"
        "f = dd['train'].features\n"
        "print(json.dumps({'splits': {k: v.num_rows for k, v in dd.items()},"
        " 'tags': f['ner_tags'].feature.names, 'span_labels': f['spans'].feature['label'].names,"
        " 'rel_labels': f['relations'].feature['label'].names, 'row': dd['train'][0]['spans'][0]}))\n"
    )
    env = {**os.environ, "HF_DATASETS_OFFLINE": "1", "HF_HUB_OFFLINE": "1", "HF_HOME": str(tmp_path / "hf")}
    proc = subprocess.run([sys.executable, "-c", script, str(out), str(tmp_path / "cache")], env=env,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    loaded = json.loads(proc.stdout.strip().splitlines()[-1])
    assert loaded["splits"] == report.splits
    assert loaded["tags"] == bio_tags()
    assert loaded["span_labels"] == ["SPEAKER", "QUOTE", "PARTY", "EVENT"]
    assert loaded["rel_labels"] == ["said_by", "member_of", "participant"]
    assert set(loaded["row"]) == {"id", "start", "end", "text", "label", "attrs"}


def test_card_front_matter_and_sections(tmp_path: Path, gold: list[Document]) -> None:
    build_dataset(gold, tmp_path / "ds", split="100", version="2.0.0", note="First cut")
    card = (tmp_path / "ds/README.md").read_text()
    for needle in ("license: cc-by-4.0", "task_categories:", "pretty_name:", "path: data/train-00000-of-00001",
                   "class_label:", "## Label definitions", "| `said_by` | QUOTE | SPEAKER |",
                   "## Annotators and pseudonymisation", "| 2.0.0 |", f"First cut. {len(gold)} documents"):
        assert needle in card
    plan = check_dataset_dir(tmp_path / "ds", "org/name")
    assert plan.splits == {"train": len(gold)}


def test_existing_dir_needs_overwrite_or_new_version(tmp_path: Path, gold: list[Document]) -> None:
    out = tmp_path / "ds"
    build_dataset(gold, out)
    with pytest.raises(DatasetError) as err:
        build_dataset(gold, out)
    assert str(err.value) == (
        f"{out} already holds version 1.0.0; pass a new --version (e.g. 1.1.0) or --overwrite to rebuild 1.0.0 in place"
    )
    report = build_dataset(gold[:5], out, version="1.1.0", note="Fewer")
    assert [e["version"] for e in report.changelog] == ["1.0.0", "1.1.0"]
    assert report.changelog[-1]["note"] == f"Fewer. 5 documents (was {len(gold)})"
    assert build_dataset(gold, out, overwrite=True).version == "1.1.0"
    (tmp_path / "other").mkdir()
    (tmp_path / "other/x.txt").write_text("x")
    with pytest.raises(DatasetError, match="exists and is not a quotegold dataset; pass --overwrite"):
        build_dataset(gold, tmp_path / "other")


def test_failed_build_leaves_previous_dataset_intact(tmp_path: Path, gold: list[Document]) -> None:
    out = tmp_path / "ds"
    build_dataset(gold, out)
    before = {p.name: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    leaky = replace(gold[0], text=gold[0].text + " Write to press@example.org", spans=gold[0].spans)
    with pytest.raises(DatasetError, match="would leak private data"):
        build_dataset([leaky, *gold[1:]], out, overwrite=True)
    assert {p.name: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ds"]  # no temporary directory left behind


def test_privacy_scan_of_every_built_file(tmp_path: Path, gold: list[Document]) -> None:
    # Annotations as exported (pseudonyms, LS ids in meta) go through adjudication into the dataset.
    from annotation.adjudicate import adjudicate

    exported = [replace(d, meta={**d.meta, "annotator": "annotator-0aa2054d", "annotation_id": 12, "task_id": 3,
                                  "completed_by_email": "ann@example.org"}) for d in gold]
    result = adjudicate(exported + simulate_annotator(exported, seed=2))
    out = tmp_path / "ds"
    build_dataset(result.gold, out)
    files = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert "README.md" in files and any(f.endswith(".parquet") for f in files)
    assert privacy_findings(out) == []
    for path in out.rglob("*"):
        if path.is_file():
            assert b"example.org" not in path.read_bytes() and b"annotator-0aa2054d" not in path.read_bytes()


def test_privacy_scan_finds_what_it_must(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("contact ann@example.org\ntoken hf_" + "a" * 34 + "\n\"completed_by\": 3\n")
    kinds = [(f.file, f.where, f.kind) for f in privacy_findings(tmp_path)]
    assert kinds == [("notes.md", "line 1", "e-mail address"), ("notes.md", "line 2", "Hugging Face token"),
                     ("notes.md", "line 3", "Label Studio user id field")]
    assert "aaaaaaaa" not in " ".join(str(f) for f in privacy_findings(tmp_path))  # tokens are masked


def test_publish_dry_run_and_refusals(tmp_path: Path, gold: list[Document]) -> None:
    out = tmp_path / "ds"
    build_dataset(gold, out)
    runner = CliRunner()
    dry = runner.invoke(cli, ["dataset", "publish", str(out), "--repo", "org/quotegold", "--dry-run"])
    assert dry.exit_code == 0, dry.output
    assert "Would upload dataset 1.0.0 to org/quotegold (private)" in dry.output
    assert "data/train-00000-of-00001.parquet" in dry.output and "ok  privacy:" in dry.output
    bad = runner.invoke(cli, ["dataset", "publish", str(out), "--repo", "quotegold", "--dry-run"])
    assert bad.exit_code == 1 and "repository 'quotegold' must look like ORG/NAME" in bad.output
    no_token = runner.invoke(cli, ["dataset", "publish", str(out), "--repo", "org/q"], env={"HF_TOKEN": ""})
    assert no_token.output == (
        "Error: HF_TOKEN is not set: export a Hugging Face write token as HF_TOKEN, or use --dry-run\n"
    )
    (out / "data/extra.txt").write_text("mail me: someone@example.com")
    leak = runner.invoke(cli, ["dataset", "publish", str(out), "--repo", "org/q", "--dry-run"])
    assert leak.exit_code == 1 and "data/extra.txt: line 1: e-mail address (som" in leak.output


def test_publish_never_shows_the_token(tmp_path: Path, gold: list[Document]) -> None:
    out = tmp_path / "ds"
    build_dataset(gold[:2], out)
    secret = "hf_" + "Z" * 34
    # No hub here: the real push path runs and fails offline; its error must not carry the token.
    env = {**os.environ, "HF_TOKEN": secret, "HF_HUB_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1",
           "HF_HOME": str(tmp_path / "hf")}
    proc = subprocess.run([sys.executable, "-m", "quotegold", "dataset", "publish", str(out), "--repo", "org/q"],
                          env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1
    assert "publishing to org/q failed" in proc.stderr
    assert secret not in proc.stdout + proc.stderr


def test_cli_build(tmp_path: Path, gold: list[Document]) -> None:
    src = tmp_path / "gold.jsonl"
    write_documents(src, many(gold, 2))
    agreement = tmp_path / "agr.json"
    agreement.write_text(json.dumps({"overall": {"strict_f1": 0.81, "overlap_f1": 0.9}, "per_label": {},
                                     "simulated": True}))
    result = CliRunner().invoke(cli, ["dataset", "build", str(src), "-o", str(tmp_path / "ds"), "--seed", "4",
                                      "--agreement", str(agreement)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Built dataset 1.0.0 in")
    card = (tmp_path / "ds/README.md").read_text()
    assert "| span F1, strict (exact boundaries and label) | 0.810 |" in card
    assert "**Some annotations in these figures are simulated**" in card


def test_simulated_annotator_is_valid_marked_and_seeded(gold: list[Document]) -> None:
    sim = simulate_annotator(gold, seed=11, drop=0.2, shift=0.3, relabel=0.2, attr=0.3, relation_drop=0.2)
    assert sim == simulate_annotator(gold, seed=11, drop=0.2, shift=0.3, relabel=0.2, attr=0.3, relation_drop=0.2)
    assert sim != simulate_annotator(gold, seed=12)
    for doc in sim:
        assert doc.meta["annotator"] == "simulated-2" and doc.meta["simulated"] is True
        validate_document(doc)
        spans_to_bio(doc.text, doc.spans, doc.id)
    assert simulate_annotator(gold[3:4], seed=11) == simulate_annotator(gold, seed=11)[3:4]  # per-document
