"""The matching engine: worked examples per scheme, nervaluate cross-check, order independence."""

from __future__ import annotations

import random

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eval import Counts, Outcome, Scheme, SpanArrays, match_arrays, match_spans, max_weight_matching
from eval.match import Overlaps, arrays_from_spans
from schemas import Span

TEXT = "Labour MP Mike Gapes said: I am sickened by this."
LABOUR = Span("g1", 0, len("Labour"), "PARTY")
GAPES = Span("g2", len("Labour MP "), len("Labour MP Mike Gapes"), "SPEAKER")
QUOTE = Span("g3", len("Labour MP Mike Gapes said: "), len(TEXT) - 1, "QUOTE")
GOLD = [LABOUR, GAPES, QUOTE]


def _p(span: Span, start: int | None = None, end: int | None = None, label: str | None = None) -> Span:
    return Span("p-" + span.id, span.start if start is None else start, span.end if end is None else end,
                label or span.label)


# One prediction of each kind: exact; "Gapes" only (boundary error); the quote labelled SPEAKER (label error);
# and a spurious span over "said".
PRED = [
    _p(LABOUR),
    _p(GAPES, start=len("Labour MP Mike ")),
    _p(QUOTE, label="SPEAKER"),
    Span("p-x", len("Labour MP Mike Gapes "), len("Labour MP Mike Gapes said"), "EVENT"),
]


@pytest.mark.parametrize(
    ("scheme", "expected"),
    [
        (Scheme.STRICT, Counts(correct=1, incorrect=2, partial=0, missed=0, spurious=1)),
        (Scheme.EXACT, Counts(correct=2, incorrect=1, partial=0, missed=0, spurious=1)),
        (Scheme.PARTIAL, Counts(correct=2, incorrect=0, partial=1, missed=0, spurious=1)),
        (Scheme.TYPE, Counts(correct=2, incorrect=1, partial=0, missed=0, spurious=1)),
    ],
)
def test_worked_example_per_scheme(scheme: Scheme, expected: Counts) -> None:
    assert match_spans(GOLD, PRED, scheme).counts == expected


def test_partial_scheme_gives_half_credit() -> None:
    counts = match_spans(GOLD, PRED, Scheme.PARTIAL).counts
    assert counts.precision == pytest.approx((2 + 0.5) / 4)
    assert counts.recall == pytest.approx((2 + 0.5) / 3)


def test_pairs_name_the_outcome() -> None:
    result = match_spans(GOLD, PRED, Scheme.STRICT)
    assert [(g.id, p.id, o) for g, p, o in result.pairs] == [
        ("g1", "p-g1", Outcome.CORRECT),
        ("g2", "p-g2", Outcome.INCORRECT),
        ("g3", "p-g3", Outcome.INCORRECT),
    ]
    assert [s.id for s in result.spurious] == ["p-x"]
    assert result.missed == ()


def test_min_overlap_is_share_of_the_gold_span() -> None:
    # "Gapes" covers 5 of the 10 characters of "Mike Gapes".
    pred = [_p(GAPES, start=len("Labour MP Mike "))]
    assert match_spans([GAPES], pred, Scheme.TYPE, min_overlap=0.5).counts.correct == 1
    assert match_spans([GAPES], pred, Scheme.TYPE, min_overlap=0.51).counts == Counts(missed=1, spurious=1)


def test_adjacent_spans_do_not_overlap() -> None:
    # End is exclusive: [0, 6) and [6, 9) share no character.
    assert match_spans([Span("g", 0, 6, "PARTY")], [Span("p", 6, 9, "PARTY")], Scheme.PARTIAL).counts == Counts(
        missed=1, spurious=1
    )


def test_optimal_beats_greedy_worked_example() -> None:
    # The docs' example: greedy (nervaluate) pairs P0 with G0 and leaves P1 spurious; optimal pairs P1-G0.
    gold = [Span("G0", 0, 10, "QUOTE"), Span("G1", 10, 20, "QUOTE")]
    pred = [Span("P0", 5, 15, "QUOTE"), Span("P1", 0, 10, "QUOTE")]
    result = match_spans(gold, pred, Scheme.PARTIAL)
    assert result.counts == Counts(correct=1, partial=1)
    assert [(g.id, p.id) for g, p, _ in result.pairs] == [("G0", "P1"), ("G1", "P0")]


def test_general_component_uses_assignment() -> None:
    # A chain G0-P0-G1-P1-G2 (both sides have degree 2): not a star, solved by linear_sum_assignment.
    left, right = np.array([0, 1, 1, 2]), np.array([0, 0, 1, 1])
    g2p, p2g = max_weight_matching(3, 2, left, right, np.array([1.0, 1.0, 1.0, 1.0]))
    assert (g2p >= 0).sum() == 2
    assert sorted(p2g.tolist()) in ([0, 1], [0, 2], [1, 2])
    g2p, _ = max_weight_matching(3, 2, left, right, np.array([1.0, 3.0, 1.0, 3.0]))
    assert g2p.tolist() == [-1, 0, 1]


def test_unknown_scheme_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown scheme 'loose'; choose one of strict, exact, partial, type"):
        match_spans(GOLD, PRED, "loose")


# --- cross-check with nervaluate where its greedy scan is well defined (sorted, non-overlapping spans) ---

LABELS = ["SPEAKER", "QUOTE", "PARTY", "EVENT"]
NERVALUATE = {"strict": Scheme.STRICT, "exact": Scheme.EXACT, "partial": Scheme.PARTIAL, "ent_type": Scheme.TYPE}


def _flat_spans(rng: random.Random, length: int, prefix: str) -> list[Span]:
    spans, pos = [], rng.randint(0, 5)
    while pos < length - 2:
        start = pos
        end = min(length, start + rng.randint(1, 30))
        spans.append(Span(f"{prefix}{len(spans)}", start, end, rng.choice(LABELS)))
        pos = end + rng.randint(0, 12)
    return spans


def _perturb(rng: random.Random, gold: list[Span], length: int) -> list[Span]:
    pred = []
    for s in gold:
        roll = rng.random()
        if roll < 0.15:
            continue
        start, end, label = s.start, s.end, s.label
        if roll < 0.4:
            start, end = max(0, start + rng.randint(-4, 4)), min(length, end + rng.randint(-4, 4))
        if rng.random() < 0.2:
            label = rng.choice(LABELS)
        if start < end:
            pred.append(Span(f"p{len(pred)}", start, end, label))
    pred += _flat_spans(rng, length, "x")[: rng.randint(0, 2)]
    pred.sort(key=lambda s: (s.start, s.end))
    flat: list[Span] = []
    for s in pred:  # keep predictions non-overlapping, as nervaluate needs
        if not flat or s.start >= flat[-1].end:
            flat.append(s)
    return flat


def _nervaluate_dicts(spans: list[Span]) -> list[dict[str, object]]:
    return [{"label": s.label, "start": s.start, "end": s.end - 1} for s in spans]  # nervaluate: inclusive end


def _nervaluate_counts(docs: list[tuple[list[Span], list[Span]]]) -> dict[str, dict[str, Counts]]:
    from nervaluate import Evaluator

    ev = Evaluator(
        [_nervaluate_dicts(g) for g, _ in docs],
        [_nervaluate_dicts(p) for _, p in docs],
        tags=LABELS,
        loader="dict",
        min_overlap_percentage=1.0,
    ).evaluate()
    out = {}
    for name in NERVALUATE:
        t = ev["overall"][name]
        out[name] = {"": Counts(t.correct, t.incorrect, t.partial, t.missed, t.spurious)}
        for label in LABELS:
            t = ev["entities"][label][name]
            out[name][label] = Counts(t.correct, t.incorrect, t.partial, t.missed, t.spurious)
    return out


def _our_counts(docs: list[tuple[list[Span], list[Span]]], scheme: Scheme) -> dict[str, Counts]:
    out = {"": Counts(), **{label: Counts() for label in LABELS}}
    for gold, pred in docs:
        out[""] += match_spans(gold, pred, scheme, min_overlap=0.01).counts
        for label in LABELS:
            g = [s for s in gold if s.label == label]
            p = [s for s in pred if s.label == label]
            out[label] += match_spans(g, p, scheme, min_overlap=0.01).counts
    return out


def _random_docs(seed: int, n: int) -> list[tuple[list[Span], list[Span]]]:
    rng = random.Random(seed)
    docs = []
    for _ in range(n):
        length = rng.randint(20, 400)
        gold = _flat_spans(rng, length, "g")
        docs.append((gold, _perturb(rng, gold, length)))
    return docs


def _no_choice(gold: list[Span], pred: list[Span]) -> bool:
    """Every span overlaps at most one span of the other side: no matching decision to make."""
    def degree(a: Span, others: list[Span]) -> int:
        return sum(a.start < b.end and b.start < a.end for b in others)

    return all(degree(g, pred) <= 1 for g in gold) and all(degree(p, gold) <= 1 for p in pred)


@pytest.mark.parametrize("name", ["strict", "exact", "partial"])
def test_counts_equal_nervaluate_on_non_overlapping_spans(name: str) -> None:
    # With sorted, non-overlapping spans on both sides, a boundary-based greedy scan is optimal too.
    docs = _random_docs(7, 300)
    assert _our_counts(docs, NERVALUATE[name]) == _nervaluate_counts(docs)[name]


def test_type_scheme_equals_nervaluate_without_choices_and_beats_it_with_them() -> None:
    # nervaluate's ent_type picks, per prediction in turn, the same-label gold with the closest boundaries;
    # a prediction across two golds can take the gold that the next prediction needed.
    docs = _random_docs(11, 300)
    simple = [d for d in docs if _no_choice(*d)]
    assert len(simple) > 100
    assert _our_counts(simple, Scheme.TYPE) == _nervaluate_counts(simple)["ent_type"]
    ours, theirs = _our_counts(docs, Scheme.TYPE)[""], _nervaluate_counts(docs)["ent_type"][""]
    assert ours.correct >= theirs.correct and ours.possible == theirs.possible and ours.actual == theirs.actual


# --- properties ---

span_lists = st.lists(
    st.tuples(st.integers(0, 60), st.integers(1, 15), st.sampled_from(LABELS)), max_size=12
).map(lambda xs: [Span(f"s{i}", a, a + n, lab) for i, (a, n, lab) in enumerate(xs)])


@settings(max_examples=200, deadline=None)
@given(gold=span_lists, pred=span_lists, scheme=st.sampled_from(list(Scheme)), seed=st.integers(0, 2**16))
def test_order_of_spans_never_changes_counts(gold: list[Span], pred: list[Span], scheme: Scheme, seed: int) -> None:
    rng = random.Random(seed)
    shuffled_gold, shuffled_pred = gold[:], pred[:]
    rng.shuffle(shuffled_gold)
    rng.shuffle(shuffled_pred)
    assert match_spans(gold, pred, scheme).counts == match_spans(shuffled_gold, shuffled_pred, scheme).counts


@settings(max_examples=200, deadline=None)
@given(gold=span_lists, pred=span_lists, scheme=st.sampled_from(list(Scheme)))
def test_swapping_gold_and_pred_swaps_precision_and_recall(gold: list[Span], pred: list[Span], scheme: Scheme) -> None:
    # min_overlap=0 keeps overlap symmetric, so the matching graph is the same seen from either side.
    forward = match_spans(gold, pred, scheme).counts
    backward = match_spans(pred, gold, scheme).counts
    assert forward.precision == pytest.approx(backward.recall)
    assert forward.recall == pytest.approx(backward.precision)
    assert 0.0 <= forward.precision <= 1.0 and 0.0 <= forward.recall <= 1.0 and 0.0 <= forward.f1 <= 1.0


@settings(max_examples=100, deadline=None)
@given(gold=span_lists, scheme=st.sampled_from(list(Scheme)))
def test_gold_against_itself_is_perfect(gold: list[Span], scheme: Scheme) -> None:
    counts = match_spans(gold, gold, scheme).counts
    assert (counts.precision, counts.recall, counts.f1) == (1.0, 1.0, 1.0)


@settings(max_examples=100, deadline=None)
@given(gold=span_lists, pred=span_lists, scheme=st.sampled_from(list(Scheme)))
def test_batch_matching_equals_per_document(gold: list[Span], pred: list[Span], scheme: Scheme) -> None:
    # The same spans as two documents at once give the sum of the two single-document counts.
    labels = {label: i for i, label in enumerate(LABELS)}

    def cols(a: list[Span], b: list[Span]) -> SpanArrays:
        spans = [(0, s) for s in a] + [(1, s) for s in b]
        return SpanArrays.from_columns(
            [d for d, _ in spans], [s.start for _, s in spans], [s.end for _, s in spans],
            [labels[s.label] for _, s in spans],
        )

    both = match_arrays(cols(gold, pred), cols(pred, gold), scheme).counts()
    assert both == match_spans(gold, pred, scheme).counts + match_spans(pred, gold, scheme).counts


@settings(max_examples=100, deadline=None)
@given(gold=span_lists, pred=span_lists)
def test_shared_overlaps_give_each_scheme_its_own_matching(gold: list[Span], pred: list[Span]) -> None:
    # One Overlaps object serves every scheme, in any order, overall and per label, as separate runs would.
    labels: dict[str, int] = {}
    g, p = arrays_from_spans(gold, labels), arrays_from_spans(pred, labels)
    shared = Overlaps(g, p, min_overlap=0.3)
    for scheme in [Scheme.PARTIAL, Scheme.STRICT, Scheme.TYPE, Scheme.EXACT, Scheme.STRICT]:
        for same_label_only in (True, False):
            alone = match_arrays(g, p, scheme, 0.3, same_label_only=same_label_only)
            got = shared.match(scheme, same_label_only)
            assert got.scheme is scheme
            assert got.counts() == alone.counts()
            assert np.array_equal(got.gold_to_pred, alone.gold_to_pred)
            assert np.array_equal(got.pred_to_gold, alone.pred_to_gold)


def test_exact_and_partial_share_one_matching_but_name_outcomes_apart() -> None:
    labels: dict[str, int] = {}
    shared = Overlaps(arrays_from_spans(GOLD, labels), arrays_from_spans(PRED, labels))
    exact, partial = shared.match(Scheme.EXACT), shared.match(Scheme.PARTIAL)
    assert np.array_equal(exact.gold_to_pred, partial.gold_to_pred)
    assert exact.counts() == match_spans(GOLD, PRED, Scheme.EXACT).counts
    assert partial.counts() == match_spans(GOLD, PRED, Scheme.PARTIAL).counts
    assert exact.counts().incorrect == partial.counts().partial == 1


@settings(max_examples=150, deadline=None)
@given(edges=st.lists(st.tuples(st.integers(0, 5), st.integers(0, 5), st.sampled_from([1.0, 1.5, 3.0])),
                      max_size=14, unique_by=lambda e: (e[0], e[1])),
       spread=st.integers(1, 10_000))
def test_matching_weight_is_optimal_among_many_unused_nodes(edges: list[tuple[int, int, float]], spread: int) -> None:
    # Node numbers spread over a large range (most nodes without an edge), as spans of a big corpus are.
    from scipy.optimize import linear_sum_assignment

    left = np.array([e[0] * spread for e in edges], dtype=np.int64)
    right = np.array([e[1] * spread + 1 for e in edges], dtype=np.int64)
    weight = np.array([e[2] for e in edges])
    g2p, p2g = max_weight_matching(6 * spread, 6 * spread + 1, left, right, weight)
    matched = np.flatnonzero(g2p >= 0)
    assert np.array_equal(p2g[g2p[matched]], matched)  # one to one, both directions agree
    lookup = {(int(a), int(b)): w for a, b, w in zip(left, right, weight, strict=True)}
    total = sum(lookup[(int(g), int(g2p[g]))] for g in matched)  # every pair is an edge
    dense = np.zeros((6, 6))
    for a, b, w in edges:
        dense[a, b] = w
    r, c = linear_sum_assignment(dense, maximize=True)
    assert total == pytest.approx(dense[r, c].sum())
