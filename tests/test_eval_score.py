"""Attribution scores, bootstrap statistics, gold reading and the ``quotegold eval`` command."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from eval.evaluate import evaluate
from eval.io import load_gold
from eval.stats import paired_p_value
from quotegold.cli import cli
from schemas import Document, Relation, Span, write_documents

TEXT = 'Labour MP Mike Gapes said: "I am sickened." He resigned.'
PARTY = Span("g1", 0, len("Labour"), "PARTY", {"canonical": "Labour Party"})
SPEAKER = Span("g2", len("Labour MP "), len("Labour MP Mike Gapes"), "SPEAKER", {"canonical": "Mike Gapes"})
Q0 = len('Labour MP Mike Gapes said: "')
QUOTE = Span("g3", Q0, Q0 + len("I am sickened."), "QUOTE", {"kind": "direct"})
E0 = len('Labour MP Mike Gapes said: "I am sickened." He ')
EVENT = Span("g4", E0, E0 + len("resigned"), "EVENT", {"type": "resignation"})
GOLD = Document(
    "d1",
    TEXT,
    (PARTY, SPEAKER, QUOTE, EVENT),
    (Relation("g3", "g2", "said_by"), Relation("g2", "g1", "member_of"), Relation("g4", "g2", "participant")),
)


def _pred(spans: tuple[Span, ...], relations: tuple[Relation, ...]) -> Document:
    return Document("d1", TEXT, spans, relations)


def _score(pred: Document, scheme: str = "strict") -> dict[tuple[str, ...], float]:
    return evaluate([GOLD], [("sys", [pred])], scheme).systems[0].scores


def test_said_by_needs_both_ends_matched_under_the_scheme() -> None:
    # The speaker is predicted as "Gapes" only: strict does not match it, so the said_by pair is wrong ...
    short = Span("p2", len("Labour MP Mike "), SPEAKER.end, "SPEAKER", {"canonical": "mike  GAPES"})
    pred = _pred((PARTY, short, QUOTE, EVENT), (Relation("g3", "p2", "said_by"),))
    strict = _score(pred, "strict")
    assert strict[("attribution", "said_by", "precision")] == 0.0
    assert strict[("attribution", "said_by", "recall")] == 0.0
    assert strict[("attribution", "speaker_accuracy")] == 0.0
    # ... but the canonical name is the same ignoring case and spacing.
    assert strict[("attribution", "canonical_accuracy")] == 1.0
    # Under partial the overlapping speaker is aligned, so the pair counts.
    partial = _score(pred, "partial")
    assert partial[("attribution", "said_by", "f1")] == 1.0
    assert partial[("attribution", "speaker_accuracy")] == 1.0


def test_relation_pair_f1_counts_pairs_not_spans() -> None:
    # member_of right, participant missing, one extra participant pair to the party.
    pred = _pred(
        (PARTY, SPEAKER, QUOTE, EVENT),
        (Relation("g2", "g1", "member_of"), Relation("g4", "g1", "participant")),
    )
    s = _score(pred)
    assert s[("attribution", "member_of", "f1")] == 1.0
    assert (s[("attribution", "participant", "precision")], s[("attribution", "participant", "recall")]) == (0.0, 0.0)
    assert (s[("attribution", "said_by", "precision")], s[("attribution", "said_by", "recall")]) == (0.0, 0.0)
    # the quote is matched but has no predicted speaker: speaker accuracy 0 of 1
    assert s[("attribution", "speaker_accuracy")] == 0.0


def test_event_type_accuracy_on_matched_triggers() -> None:
    wrong = Span("p4", EVENT.start, EVENT.end, "EVENT", {"type": "defection"})
    assert _score(_pred((PARTY, SPEAKER, QUOTE, wrong), ()))[("attribution", "event_type_accuracy")] == 0.0
    assert _score(_pred((PARTY, SPEAKER, QUOTE, EVENT), ()))[("attribution", "event_type_accuracy")] == 1.0
    # no matched trigger: undefined, not 0
    assert np.isnan(_score(_pred((PARTY,), ()))[("attribution", "event_type_accuracy")])


def test_missing_prediction_counts_as_empty() -> None:
    other = Document("d2", "Nothing.", ())
    ev = evaluate([GOLD, other], [("sys", [other])], "strict")
    s = ev.systems[0]
    assert s.missing == ("d1",)
    assert (s.overall.missed, s.overall.actual) == (4, 0)


def test_text_mismatch_names_the_document() -> None:
    from schemas import FormatError

    bad = Document("d1", TEXT.replace("sickened", "saddened"), ())
    with pytest.raises(FormatError, match=r"^preds.jsonl: document 'd1': text differs from the gold text at char"):
        evaluate([GOLD], [("preds.jsonl", [bad])])


spans_st = st.lists(st.tuples(st.integers(0, 40), st.integers(1, 10), st.sampled_from(["SPEAKER", "QUOTE"])),
                    max_size=8)


@settings(max_examples=60, deadline=None)
@given(spans=spans_st, scheme=st.sampled_from(["strict", "exact", "partial", "type"]))
def test_gold_against_itself_scores_one_everywhere(spans: list[tuple[int, int, str]], scheme: str) -> None:
    text = "x" * 60
    span_objs = tuple(Span(f"s{i}", a, a + n, lab) for i, (a, n, lab) in enumerate(spans))
    quotes = [s for s in span_objs if s.label == "QUOTE"]
    speakers = [s for s in span_objs if s.label == "SPEAKER"]
    rels = tuple(Relation(q.id, speakers[0].id, "said_by") for q in quotes) if speakers else ()
    doc = Document("d", text, span_objs, rels)
    ev = evaluate([doc], [("self", [doc])], scheme, n_bootstrap=20, seed=3)
    for key, value in ev.systems[0].scores.items():
        assert np.isnan(value) or value == 1.0, key
    for key, ci in ev.systems[0].ci.items():
        assert ci is None or ci == (1.0, 1.0), key


def test_bootstrap_interval_contains_the_score_and_is_seeded() -> None:
    docs = [Document(f"d{i}", TEXT, (PARTY, SPEAKER, QUOTE, EVENT)) for i in range(30)]
    preds = [Document(f"d{i}", TEXT, (PARTY, SPEAKER) if i % 3 else (QUOTE,)) for i in range(30)]
    a = evaluate(docs, [("a", preds)], n_bootstrap=300, seed=5).systems[0]
    b = evaluate(docs, [("a", preds)], n_bootstrap=300, seed=5).systems[0]
    low, high = a.ci[("overall", "f1")]  # type: ignore[misc]
    assert low <= a.scores[("overall", "f1")] <= high and low < high
    assert a.ci == b.ci


def test_paired_p_value_small_for_a_clear_winner() -> None:
    docs = [Document(f"d{i}", TEXT, (PARTY, SPEAKER, QUOTE, EVENT)) for i in range(40)]
    good = [Document(f"d{i}", TEXT, (PARTY, SPEAKER, QUOTE)) for i in range(40)]
    bad = [Document(f"d{i}", TEXT, (PARTY,) if i % 2 else (QUOTE,)) for i in range(40)]
    ev = evaluate(docs, [("good", good), ("bad", bad)], n_bootstrap=500, seed=0)
    assert ev.p_values[("good", "bad")][("overall", "f1")] == pytest.approx(1 / 501)
    assert paired_p_value(np.array([0.5, 0.6]), np.array([0.5, 0.6]), 0.0) == 1.0


def test_parquet_gold_round_trip(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from annotation.dataset import document_to_row

    (tmp_path / "data").mkdir()
    pq.write_table(pa.Table.from_pylist([document_to_row(GOLD)]), tmp_path / "data" / "test-00000-of-00001.parquet")
    [doc] = load_gold(tmp_path, "test")
    assert doc.spans == GOLD.spans and set(doc.relations) == set(GOLD.relations)
    with pytest.raises(Exception, match=r"no parquet files for split 'train' under data/; splits found: test"):
        load_gold(tmp_path, "train")


def test_cli_json_markdown_errors_report(tmp_path: Path) -> None:
    gold, pred = tmp_path / "gold.jsonl", tmp_path / "rules.jsonl"
    write_documents(gold, [GOLD])
    short = Span("p2", len("Labour MP Mike "), SPEAKER.end, "SPEAKER")
    write_documents(pred, [_pred((PARTY, short, QUOTE), ())])
    runner = CliRunner()
    out = runner.invoke(cli, ["eval", str(gold), str(pred), "--json", "--errors", str(tmp_path / "err"),
                              "--report", str(tmp_path / "r.html")])
    assert out.exit_code == 0, out.output
    data = json.loads(out.stdout)
    system = data["systems"]["rules"]
    assert set(system) >= {"overall", "per_label", "attribution", "ci"}
    assert system["overall"]["correct"] == 2 and system["per_label"]["SPEAKER"]["incorrect"] == 1
    errors = [json.loads(x) for x in (tmp_path / "err" / "rules.errors.jsonl").read_text().splitlines()]
    fn = {e["text"] for e in errors[0]["false_negatives"]}
    assert fn == {"Mike Gapes", "resigned"}
    html = (tmp_path / "r.html").read_text()
    assert "<svg" in html and "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")
    md = runner.invoke(cli, ["eval", str(gold), str(pred), "--markdown"])
    assert md.stdout.splitlines()[2].startswith("| system | P | R | F1 |")


def test_cli_unknown_label_is_one_line_error(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    write_documents(gold, [GOLD])
    out = CliRunner().invoke(cli, ["eval", str(gold), str(gold), "--labels", "QUOTE,PERSON"])
    assert out.exit_code == 1
    assert "Error: --labels: unknown label 'PERSON'; the schema defines SPEAKER, QUOTE, PARTY, EVENT" in out.output


def test_scoring_several_schemes_at_once_equals_one_run_each() -> None:
    from eval.evaluate import evaluate_corpora, evaluate_schemes, resolve_labels
    from eval.load import Corpus

    labels = resolve_labels(None)
    codes = {label: i for i, label in enumerate(labels)}
    vocab: dict[str, int] = {}
    q = len("Labour MP Mike Gapes said: ")
    pred = _pred((Span("p1", len("Labour MP Mike "), SPEAKER.end, "SPEAKER"), Span("p2", q, QUOTE.end, "QUOTE")),
                 (Relation("p2", "p1", "said_by"),))
    gold_corpus = Corpus.from_documents([GOLD], codes, vocab, "gold")
    systems = [("sys", Corpus.from_documents([pred], codes, vocab, "sys"))]
    schemes = ["partial", "strict", "type", "exact"]
    together = evaluate_schemes(gold_corpus, systems, labels, schemes)
    for scheme, ev in zip(schemes, together, strict=True):
        alone = evaluate_corpora(gold_corpus, systems, labels, scheme)
        assert ev.scheme.value == scheme
        assert np.array_equal(ev.systems[0].counts.per_doc, alone.systems[0].counts.per_doc)
        assert ev.systems[0].scores.keys() == alone.systems[0].scores.keys()
    assert together[0].systems[0].overall != together[1].systems[0].overall  # partial credits what strict does not


def test_attribution_does_not_depend_on_the_order_relations_are_listed() -> None:
    text = 'Mr Gapes said: "No." Ms Creasy said: "Yes." Mr Umunna said: "Maybe."'
    spans = []
    for i, (name, quote) in enumerate((("Mr Gapes", "No."), ("Ms Creasy", "Yes."), ("Mr Umunna", "Maybe."))):
        at = text.index(name)
        spans.append(Span(f"s{i}", at, at + len(name), "SPEAKER"))
        at = text.index(quote)
        spans.append(Span(f"q{i}", at, at + len(quote), "QUOTE"))
    said = [Relation("q0", "s0", "said_by"), Relation("q1", "s1", "said_by"), Relation("q2", "s2", "said_by")]
    gold = Document("d1", text, tuple(spans), tuple(said))
    # The prediction gets q1 wrong (linked to s0) and lists its relations in reverse.
    wrong = [said[0], Relation("q1", "s0", "said_by"), said[2]]
    scores = [evaluate([g], [("sys", [Document("d1", text, tuple(spans), tuple(rels))])]).systems[0].scores
              for g, rels in ((gold, wrong), (gold, wrong[::-1]),
                              (Document("d1", text, tuple(spans), tuple(said[::-1])), wrong[::-1]))]
    defined = [{k: v for k, v in s.items() if v == v} for s in scores]  # NaN (undefined) is never equal
    assert defined[0] == defined[1] == defined[2] and scores[0].keys() == scores[2].keys()
    assert scores[0][("attribution", "said_by", "precision")] == pytest.approx(2 / 3)
    assert scores[0][("attribution", "speaker_accuracy")] == pytest.approx(2 / 3)


@pytest.mark.parametrize("scheme", ["strict", "exact", "partial", "type"])
def test_totals_are_the_sums_of_the_per_document_counts(scheme: str) -> None:
    # Totals are counted in one row without the per-document matrix; both must agree in every column.
    q = len("Labour MP Mike Gapes said: ")
    preds = [
        _pred((PARTY, SPEAKER, QUOTE, EVENT), GOLD.relations),
        _pred((Span("p1", len("Labour MP Mike "), SPEAKER.end, "SPEAKER"), Span("p2", q, QUOTE.end, "QUOTE"),
               Span("p3", EVENT.start, EVENT.end, "EVENT", {"type": "defection"})),
              (Relation("p2", "p1", "said_by"), Relation("p3", "p1", "participant"))),
        _pred((), ()),
    ]
    gold = [Document(f"d{i}", TEXT, GOLD.spans, GOLD.relations) for i in range(len(preds))]
    pred = [Document(f"d{i}", TEXT, p.spans, p.relations) for i, p in enumerate(preds)]
    counts = evaluate(gold, [("sys", pred)], scheme).systems[0].counts
    assert counts.per_doc.shape[0] == len(gold)
    assert np.array_equal(counts.per_doc.sum(axis=0), counts.totals)
    assert counts.totals.sum() > 0 and len(set(map(tuple, counts.per_doc.tolist()))) == len(gold)  # rows differ


def test_cli_several_schemes_print_what_one_run_each_prints(tmp_path: Path) -> None:
    gold, pred = tmp_path / "gold.jsonl", tmp_path / "rules.jsonl"
    write_documents(gold, [GOLD])
    short = Span("p2", len("Labour MP Mike "), SPEAKER.end, "SPEAKER")
    write_documents(pred, [_pred((PARTY, short, QUOTE), ())])
    runner = CliRunner()

    def run(*args: str) -> str:
        result = runner.invoke(cli, ["eval", str(gold), str(pred), *args])
        assert result.exit_code == 0, result.output
        return result.stdout

    for fmt in ([], ["--markdown"]):
        both = run("--scheme", "strict", "--scheme", "type", *fmt)
        assert both == run("--scheme", "strict", *fmt) + "\n" + run("--scheme", "type", *fmt)
    data = json.loads(run("--scheme", "strict", "--scheme", "type", "--scheme", "strict", "--json"))
    assert list(data["schemes"]) == ["strict", "type"]  # a repeated scheme is scored once
    assert data["schemes"]["type"] == json.loads(run("--scheme", "type", "--json"))
    strict, typed = (data["schemes"][k]["systems"]["rules"]["per_label"]["SPEAKER"] for k in ("strict", "type"))
    assert (strict["correct"], strict["incorrect"]) == (0, 1)  # the shortened name: other boundaries
    assert (typed["correct"], typed["incorrect"]) == (1, 0)  # but it overlaps with the same label
    assert json.loads(run("--json"))["scheme"] == "strict"  # one scheme: the JSON keeps its shape
