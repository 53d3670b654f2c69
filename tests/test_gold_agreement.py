"""Agreement: a small case checked by hand, the bundled gold against a SIMULATED second annotator, errors."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotation.simulate import simulate_annotator
from eval.agreement import compute_agreement, document_agreement, group_by_task
from quotegold.cli import cli
from schemas import Document, FormatError, Relation, Span, read_documents, write_documents

GOLD = Path(__file__).resolve().parents[1] / "corpus" / "gold" / "gold.jsonl"

# Tokens: Ann | Coffey | said | it | .
TEXT = "Ann Coffey said it ."
SPEAKER_END = len("Ann Coffey")
IT = len("Ann Coffey said ")


def annotation(name: str, speaker_start: int) -> Document:
    spans = (Span("T1", speaker_start, SPEAKER_END, "SPEAKER"), Span("T2", IT, IT + len("it"), "QUOTE"))
    return Document("t1", TEXT, spans, (Relation("T2", "T1", "said_by"),), {"annotator": name})


@pytest.fixture
def hand_case() -> list[Document]:
    # A: SPEAKER "Ann Coffey", QUOTE "it"; B: SPEAKER "Coffey" (start one token later), same QUOTE.
    return [annotation("ann-a", 0), annotation("ann-b", len("Ann "))]


def test_span_f1_by_hand(hand_case: list[Document]) -> None:
    r = compute_agreement(hand_case)
    # strict: the QUOTE agrees, the SPEAKER boundaries differ -> 2 * 1 / (2 + 2)
    assert r.strict.f1 == pytest.approx(0.5)
    # overlap: both spans overlap with the same label -> 2 * 2 / 4
    assert r.overlap.f1 == pytest.approx(1.0)
    assert r.per_label_strict["SPEAKER"].f1 == 0.0
    assert r.per_label_strict["QUOTE"].f1 == 1.0
    assert r.per_label_overlap["SPEAKER"].f1 == 1.0


def test_kappa_by_hand(hand_case: list[Document]) -> None:
    # A: SPEAKER SPEAKER O QUOTE O ; B: O SPEAKER O QUOTE O
    # po = 4/5; pe = (2*1 + 2*3 + 1*1) / 25 = 9/25; kappa = (0.8 - 0.36) / 0.64
    assert compute_agreement(hand_case).kappa == pytest.approx((0.8 - 0.36) / 0.64)


def test_alpha_by_hand(hand_case: list[Document]) -> None:
    # Coincidences: S-S 2, O-O 4, Q-Q 2, S-O 1, O-S 1; n_S = 3, n_O = 5, n_Q = 2, n = 10.
    # D_o = 2/10; D_e = 2 * (3*5 + 3*2 + 5*2) / (10 * 9) = 62/90; alpha = 1 - D_o/D_e = 22/31
    assert compute_agreement(hand_case).alpha == pytest.approx(22 / 31)


def test_said_by_by_hand(hand_case: list[Document]) -> None:
    r = compute_agreement(hand_case)
    assert r.said_by_f1 == 1.0  # ends matched under overlap: the SPEAKERs overlap, so the links agree
    assert r.said_by_strict_f1 == 0.0  # strictly the SPEAKERs differ, so the link ends do not match


def test_pair_matrix_and_single_annotator_tasks_excluded(hand_case: list[Document]) -> None:
    lone = Document("t2", "She said no .", (Span("T1", 0, 3, "SPEAKER"),), meta={"annotator": "ann-c"})
    third = replace(hand_case[0], meta={"annotator": "ann-c"})
    r = compute_agreement([*hand_case, third, lone])
    assert (r.tasks, r.documents, r.annotators) == (2, 1, ("ann-a", "ann-b", "ann-c"))
    pairs = {(p.a, p.b): p.strict.f1 for p in r.pairs}
    assert pairs == {("ann-a", "ann-b"): 0.5, ("ann-a", "ann-c"): 1.0, ("ann-b", "ann-c"): 0.5}
    assert r.matrix() == [[1.0, 0.5, 1.0], [0.5, 1.0, 0.5], [1.0, 0.5, 1.0]]


def test_identical_annotations_agree_fully() -> None:
    docs = read_documents(GOLD)[:3]
    twins = [replace(d, meta={"annotator": name}) for d in docs for name in ("x", "y")]
    r = compute_agreement(twins)
    assert (r.strict.f1, r.overlap.f1, r.kappa, r.alpha, r.said_by_f1) == (1.0, 1.0, 1.0, 1.0, 1.0)
    assert document_agreement([twins[0], twins[1]]) == 1.0


def test_bundled_gold_against_simulated_annotator() -> None:
    gold = [replace(d, meta={**d.meta, "annotator": "gold"}) for d in read_documents(GOLD)]
    simulated = simulate_annotator(gold, seed=13)  # SIMULATED second annotator
    r = compute_agreement(gold + simulated)
    assert r.simulated and r.documents == len(gold)
    assert 0.5 < r.strict.f1 < r.overlap.f1 < 1.0  # perturbation costs boundaries more than overlap
    assert 0.5 < r.alpha < 1.0 and 0.5 < r.kappa < 1.0


def test_missing_annotator_is_an_error() -> None:
    doc = Document("t9", "x", meta={"annotation_id": 4})
    with pytest.raises(FormatError) as err:
        group_by_task([doc], "ann.jsonl")
    assert str(err.value) == (
        "ann.jsonl: document 't9' (annotation 4): meta has no 'annotator'; agreement needs the Label Studio "
        "export's one-row-per-annotation format"
    )


def test_different_texts_in_one_task_is_an_error() -> None:
    a = Document("t1", "one", meta={"annotator": "a"})
    b = Document("t1", "two", meta={"annotator": "b"})
    with pytest.raises(FormatError, match="document 't1': annotation by 'b' has another text"):
        group_by_task([a, b])


def test_latest_annotation_of_an_annotator_counts() -> None:
    old = Document("t1", TEXT, meta={"annotator": "a", "updated_at": "2024-01-01T00:00:00Z"})
    new = replace(annotation("a", 0), meta={"annotator": "a", "updated_at": "2024-02-01T00:00:00Z"})
    [task] = group_by_task([new, old])
    assert task.annotations["a"] is new


def test_cli_table_and_json(tmp_path: Path, hand_case: list[Document]) -> None:
    path = tmp_path / "ann.jsonl"
    write_documents(path, hand_case)
    runner = CliRunner()
    out = runner.invoke(cli, ["agreement", str(path), "--json"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert data["overall"]["strict_f1"] == 0.5
    assert data["overall"]["alpha"] == pytest.approx(22 / 31)
    assert data["pairs"][0]["a"] == "ann-a"
    table = runner.invoke(cli, ["agreement", str(path)])
    assert table.exit_code == 0
    assert "span F1 strict                 0.500" in table.output
    assert "ann-a        ann-b" in table.output
