"""Benchmark ``quotegold eval`` against nervaluate on the same synthetic data, in the same run.

100,000 documents (about 1M gold spans) with realistically perturbed predictions: shifted boundaries,
swapped labels, deleted spans, split spans and spurious spans. Predictions are kept sorted and
non-overlapping, where nervaluate's greedy scan is well defined, so the strict and partial counts must be
identical. Prints both times, the ratio (target >= 50x), peak memory (target <= 1 GB) and the time of 1,000
bootstrap resamples on 10,000 documents (target <= 10 s).

    python benchmarks/bench_eval.py [--docs 100000] [--seed 0]
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time

import numpy as np

from eval.evaluate import evaluate
from eval.match import Scheme
from schemas import Document, Relation, Span

LABELS = ("SPEAKER", "QUOTE", "PARTY", "EVENT")
WORD = "lorem ipsum dolor sit amet consectetur adipiscing elit "


def make_docs(n_docs: int, seed: int) -> tuple[list[Document], list[Document]]:
    rng = random.Random(seed)
    text = WORD * 40  # 2,240 characters, shared: the texts are the same object for gold and prediction
    gold_docs, pred_docs = [], []
    for d in range(n_docs):
        gold: list[Span] = []
        pos = rng.randint(0, 20)
        for i in range(rng.randint(6, 14)):
            label = LABELS[rng.choice((0, 0, 1, 1, 2, 3))]
            length = rng.randint(40, 160) if label == "QUOTE" else rng.randint(3, 16)
            gold.append(Span(f"T{i}", pos, pos + length, label))
            pos += length + rng.randint(1, 60)
        rels = tuple(
            Relation(q.id, s.id, "said_by")
            for q, s in zip(gold[1:], gold, strict=False)
            if q.label == "QUOTE" and s.label == "SPEAKER"
        )
        pred: list[Span] = []
        for s in gold:
            roll = rng.random()
            start, end, label = s.start, s.end, s.label
            if roll < 0.10:  # deleted
                continue
            if roll < 0.25:  # shifted boundaries
                start, end = max(0, start + rng.randint(-3, 3)), end + rng.randint(-3, 3)
            elif roll < 0.30 and end - start > 8:  # split in two
                mid = (start + end) // 2
                pred.append(Span(f"P{len(pred)}", start, mid - 1, label))
                start = mid
            if rng.random() < 0.08:  # label swapped
                label = rng.choice(LABELS)
            if start < end:
                pred.append(Span(f"P{len(pred)}", start, end, label))
        for _ in range(rng.choice((0, 0, 1, 2))):  # spurious
            start = rng.randint(0, pos)
            pred.append(Span(f"P{len(pred)}", start, start + rng.randint(2, 12), rng.choice(LABELS)))
        pred.sort(key=lambda s: (s.start, s.end))
        flat: list[Span] = []
        for s in pred:  # nervaluate needs non-overlapping predictions
            if not flat or s.start >= flat[-1].end:
                flat.append(s)
        ids = {s.id for s in flat}
        pred_rels = tuple(
            Relation(q.id, s.id, "said_by")
            for q, s in zip(flat[1:], flat, strict=False)
            if q.label == "QUOTE" and s.label == "SPEAKER" and {q.id, s.id} <= ids
        )
        gold_docs.append(Document(f"d{d}", text, tuple(gold), rels))
        pred_docs.append(Document(f"d{d}", text, tuple(flat), pred_rels))
    return gold_docs, pred_docs


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def nervaluate_counts(gold: list[Document], pred: list[Document], strategy_names: tuple[str, ...]) -> dict:
    """nervaluate's own loop (Evaluator.evaluate) restricted to the given strategies: overall and per tag."""
    from nervaluate.entities import Entity
    from nervaluate.evaluator import Evaluator
    from nervaluate.strategies import PartialEvaluation, StrictEvaluation

    classes = {"strict": StrictEvaluation, "partial": PartialEvaluation}
    true = [[{"label": s.label, "start": s.start, "end": s.end - 1} for s in d.spans] for d in gold]
    predicted = [[{"label": s.label, "start": s.start, "end": s.end - 1} for s in d.spans] for d in pred]
    ev = Evaluator(true, predicted, tags=list(LABELS), loader="dict", min_overlap_percentage=1.0)
    results: dict = {}
    for name in strategy_names:
        strategy = classes[name](1.0)
        total = [0] * 5
        per_tag = {t: [0] * 5 for t in LABELS}
        for i, (t_doc, p_doc) in enumerate(zip(ev.true, ev.pred, strict=True)):
            r, _ = strategy.evaluate(t_doc, p_doc, list(LABELS), i)
            for k, v in enumerate((r.correct, r.incorrect, r.partial, r.missed, r.spurious)):
                total[k] += v
            for tag in LABELS:
                tt: list[Entity] = [e for e in t_doc if e.label == tag]
                pp: list[Entity] = [e for e in p_doc if e.label == tag]
                r, _ = strategy.evaluate(tt, pp, [tag], i)
                for k, v in enumerate((r.correct, r.incorrect, r.partial, r.missed, r.spurious)):
                    per_tag[tag][k] += v
        results[name] = {"overall": total, **per_tag}
    return results


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()

    t = time.perf_counter()
    gold, pred = make_docs(args.docs, args.seed)
    n_gold = sum(len(d.spans) for d in gold)
    n_pred = sum(len(d.spans) for d in pred)
    print(f"data: {args.docs:,} documents, {n_gold:,} gold spans, {n_pred:,} predicted spans "
          f"(generated in {time.perf_counter() - t:.1f} s)")
    base_mb = peak_mb()

    ours: dict = {}
    t = time.perf_counter()
    for scheme in (Scheme.STRICT, Scheme.PARTIAL):
        ev = evaluate(gold, [("pred", pred)], scheme, min_overlap=0.01)
        s = ev.systems[0]
        ours[scheme.value] = {
            "overall": list(s.overall.as_array()),
            **{lab: list(s.per_label[lab].as_array()) for lab in LABELS},
        }
    ours_s = time.perf_counter() - t
    ours_peak = peak_mb()
    print(f"quotegold eval (strict + partial, overall + per label + attribution): {ours_s:.2f} s")
    print(f"peak memory: {ours_peak:.0f} MB for the process, {ours_peak - base_mb:.0f} MB above the loaded "
          f"documents (target <= 1024 MB)")

    # The engine alone: documents converted to columns once, then both schemes matched and counted.
    from eval.columns import to_columns
    from eval.score import count_system

    codes, vocab = {lab: i for i, lab in enumerate(LABELS)}, {}
    t = time.perf_counter()
    gcols, pcols = to_columns(gold, codes, vocab), to_columns(pred, codes, vocab)
    convert_s = time.perf_counter() - t
    t = time.perf_counter()
    for scheme in (Scheme.STRICT, Scheme.PARTIAL):
        count_system("pred", gcols, pcols, LABELS, scheme, 0.01)
    engine_s = time.perf_counter() - t
    print(f"  of which: documents -> columns once {convert_s:.2f} s; matching + counting both schemes {engine_s:.2f} s")

    t = time.perf_counter()
    theirs = nervaluate_counts(gold, pred, ("strict", "partial"))
    theirs_s = time.perf_counter() - t
    print(f"nervaluate 1.2.1 (strict + partial, overall + per label): {theirs_s:.2f} s")
    print(f"ratio end to end (documents in, all scores out): {theirs_s / ours_s:.1f}x faster (target >= 50x)")
    print(f"ratio of the engine (columns in, counts out): {theirs_s / engine_s:.1f}x faster")
    same = all(
        [int(x) for x in ours[sch][key]] == theirs[sch][key] for sch in ("strict", "partial") for key in ours[sch]
    )
    print(f"counts identical to nervaluate (strict, partial; overall and per label): {same}")
    for sch in ("strict", "partial"):
        print(f"  {sch}: ours {[int(x) for x in ours[sch]['overall']]}  nervaluate {theirs[sch]['overall']}"
              "  (correct, incorrect, partial, missed, spurious)")

    sub_gold, sub_pred = gold[:10_000], pred[:10_000]
    t = time.perf_counter()
    evaluate(sub_gold, [("pred", sub_pred)], Scheme.STRICT)
    plain = time.perf_counter() - t
    t = time.perf_counter()
    ev = evaluate(sub_gold, [("pred", sub_pred)], Scheme.STRICT, n_bootstrap=1000, seed=1)
    boot = time.perf_counter() - t
    low, high = ev.systems[0].ci[("overall", "f1")] or (np.nan, np.nan)
    print(f"bootstrap: 1,000 resamples on 10,000 documents: {boot - plain:.2f} s on top of {plain:.2f} s scoring "
          f"(target <= 10 s); F1 {ev.systems[0].scores[('overall', 'f1')]:.4f} [{low:.4f}, {high:.4f}]")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
