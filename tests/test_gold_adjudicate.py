"""Adjudication policies, the review list, the CLI, and the --to-studio review project on a real server."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotation.adjudicate import Policy, adjudicate, review_seed
from annotation.simulate import simulate_annotator
from quotegold.cli import cli
from schemas import Document, QuotegoldError, Relation, Span, read_documents, write_documents

GOLD = Path(__file__).resolve().parents[1] / "corpus" / "gold" / "gold.jsonl"

TEXT = 'Mr Gapes said: "I quit." Labour agreed.'
GAPES = (0, len("Mr Gapes"))
SHORT = (len("Mr "), len("Mr Gapes"))
QUOTE = (len('Mr Gapes said: "'), len('Mr Gapes said: "I quit.'))
LABOUR = (len('Mr Gapes said: "I quit." '), len('Mr Gapes said: "I quit." Labour'))


def ann(name: str, speaker: tuple[int, int], kind: str = "direct", link: bool = True, party: bool = False,
        **meta: object) -> Document:
    spans = [Span("T1", *speaker, "SPEAKER", {"canonical": "Mike Gapes"}), Span("T2", *QUOTE, "QUOTE", {"kind": kind})]
    if party:
        spans.append(Span("T3", *LABOUR, "PARTY", {"canonical": "Labour Party"}))
    rels = (Relation("T2", "T1", "said_by"),) if link else ()
    return Document("t1", TEXT, tuple(spans), rels, {"annotator": name, "task_id": 7, **meta})


def keys(doc: Document) -> list[tuple[int, int, str]]:
    return [(s.start, s.end, s.label) for s in doc.spans]


def test_majority_decides_boundaries_attributes_and_links() -> None:
    result = adjudicate(
        [ann("a", GAPES), ann("b", GAPES, kind="mixed", party=True), ann("c", SHORT, link=False)], Policy.MAJORITY
    )
    [gold] = result.gold
    assert keys(gold) == [(*GAPES, "SPEAKER"), (*QUOTE, "QUOTE")]  # 2 of 3 boundaries; PARTY 1 of 3
    assert gold.spans[1].attrs == {"kind": "direct"}  # 2 of 3 say direct
    assert gold.relations == (Relation("T2", "T1", "said_by"),)  # a and b link the kept spans
    assert gold.meta["num_annotators"] == 3 and gold.meta["adjudication"] == "majority"
    assert gold.meta["task_id"] == 7 and "annotator" not in gold.meta
    review = {(i.kind, i.start, i.end, i.label): i for i in result.review}
    assert review["span", *SHORT, "SPEAKER"].resolution == "dropped"
    assert review["span", *SHORT, "SPEAKER"].marked_by == ("c",)
    assert review["span", *GAPES, "SPEAKER"].not_marked_by == ("c",)
    assert review["span", *LABOUR, "PARTY"].text == "Labour"
    assert review["attribute", *QUOTE, "QUOTE"].resolution == "kind='direct'"
    assert review["relation", *QUOTE, "said_by"].not_marked_by == ("c",)
    assert result.disputed == ("t1",)


def test_unanimous_task_has_no_review_items() -> None:
    result = adjudicate([ann("a", GAPES), ann("b", GAPES)], Policy.MAJORITY)
    assert result.review == () and result.gold[0].meta["agreement"] == 1.0


def test_two_annotators_keep_only_what_both_marked() -> None:
    [gold] = adjudicate([ann("a", GAPES), ann("b", SHORT)], Policy.MAJORITY).gold
    assert keys(gold) == [(*QUOTE, "QUOTE")]
    assert gold.relations == ()  # its SPEAKER end was not agreed


def test_ground_truth_wins_and_is_not_reviewed() -> None:
    docs = [ann("a", GAPES), ann("b", GAPES), ann("c", SHORT, ground_truth=True)]
    result = adjudicate(docs, Policy.GROUND_TRUTH)
    assert keys(result.gold[0])[0] == (*SHORT, "SPEAKER")
    assert result.review == () and result.settled_by == {"ground-truth": 1}
    # The majority policy ignores the ground-truth flag.
    assert keys(adjudicate(docs, Policy.MAJORITY).gold[0])[0] == (*GAPES, "SPEAKER")


def test_ground_truth_policy_falls_back_to_majority() -> None:
    result = adjudicate([ann("a", GAPES), ann("b", GAPES), ann("c", SHORT)], "ground-truth")
    assert result.settled_by == {"majority": 1}


def test_single_takes_the_latest_annotation_and_reviews_the_rest() -> None:
    docs = [ann("a", GAPES, updated_at="2024-01-02T00:00:00Z"), ann("b", SHORT, updated_at="2024-03-01T00:00:00Z")]
    result = adjudicate(docs, Policy.SINGLE)
    assert keys(result.gold[0])[0] == (*SHORT, "SPEAKER")
    assert {i.resolution for i in result.review if i.kind == "span"} == {"kept", "dropped"}


def test_unknown_policy_is_an_error() -> None:
    with pytest.raises(QuotegoldError) as err:
        adjudicate([], "vote")
    assert str(err.value) == "unknown adjudication policy 'vote'; choose one of ground-truth, majority, single"


def test_invalid_annotation_names_the_annotator() -> None:
    bad = replace(ann("a", GAPES), spans=(Span("T1", 0, 99, "SPEAKER"),), relations=())
    with pytest.raises(QuotegoldError, match=r"ann.jsonl: annotation by 'a': document 't1': span T1 \[0:99\]"):
        adjudicate([bad], source="ann.jsonl")


def test_bundled_gold_with_simulated_annotator(tmp_path: Path) -> None:
    gold = [replace(d, meta={**d.meta, "annotator": "gold"}) for d in read_documents(GOLD)]
    simulated = simulate_annotator(gold, seed=5)  # SIMULATED second annotator
    result = adjudicate(gold + simulated, Policy.MAJORITY)
    assert len(result.gold) == len(gold)
    for adjudicated, original, sim in zip(result.gold, gold, simulated, strict=True):
        both = {(s.start, s.end, s.label) for s in original.spans} & {(s.start, s.end, s.label) for s in sim.spans}
        assert set(keys(adjudicated)) == both
        assert adjudicated.meta["simulated_annotations"] is True


def test_cli_writes_gold_and_review_and_reruns_identically(tmp_path: Path) -> None:
    src = tmp_path / "ann.jsonl"
    write_documents(src, [ann("a", GAPES), ann("b", GAPES, party=True), ann("c", SHORT)])
    out, review = tmp_path / "gold.jsonl", tmp_path / "review.jsonl"
    args = ["adjudicate", str(src), "-o", str(out), "--policy", "majority", "--review", str(review)]
    first = CliRunner().invoke(cli, args)
    assert first.exit_code == 0, first.output
    assert "Wrote 1 gold documents" in first.output and "5 disagreements in 1 documents" in first.output  # 3 spans, 2 links
    before = out.read_text(), review.read_text()
    assert CliRunner().invoke(cli, args).exit_code == 0
    assert (out.read_text(), review.read_text()) == before  # re-runs never duplicate
    items = [json.loads(line) for line in review.read_text().splitlines()]
    assert [i["kind"] for i in items] == ["span"] * 3 + ["relation"] * 2
    assert read_documents(out)[0].id == "t1"


def test_review_seed_gives_one_prediction_per_annotator() -> None:
    docs = [ann("a", GAPES), ann("b", SHORT), replace(ann("a", GAPES), id="t2")]
    tasks, versions = review_seed(docs, ("t1",))
    assert [t.id for t in tasks] == ["t1"] and tasks[0].spans == () and "annotator" not in tasks[0].meta
    assert sorted(versions) == ["a", "b"] and keys(versions["b"][0])[0] == (*SHORT, "SPEAKER")


@pytest.mark.studio
def test_to_studio_seeds_review_project(studio, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from annotation.studio import connect

    src = tmp_path / "ann.jsonl"
    write_documents(src, [ann("annotator-1", GAPES), ann("annotator-2", SHORT)])
    args = ["adjudicate", str(src), "-o", str(tmp_path / "g.jsonl"), "--to-studio", "--project", "gold review test",
            "--url", studio.url]
    result = CliRunner(env={"LABEL_STUDIO_API_KEY": studio.token}).invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert "1 tasks added" in result.output
    client = connect(studio.url, studio.token)
    project = client.project("gold review test")
    existing = client.existing_tasks(project)
    assert set(existing) == {"t1"}
    assert existing["t1"][0].model_versions == frozenset({"annotator-1", "annotator-2"})
    again = CliRunner(env={"LABEL_STUDIO_API_KEY": studio.token}).invoke(cli, args)
    assert "0 tasks added, 1 already there" in again.output
