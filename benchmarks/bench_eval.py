"""Benchmark ``quotegold eval`` against nervaluate on the same synthetic data, from the same files, in one run.

100,000 documents (about 1M gold spans) with realistically perturbed predictions: shifted boundaries,
swapped labels, deleted spans, split spans and spurious spans. Predictions are kept sorted and
non-overlapping, where nervaluate's greedy scan is well defined, so the strict and partial counts must be
identical. Gold and predictions are written to documents JSONL (and to parquet); each system then runs in a
fresh subprocess, which reports its time and its peak memory (``ru_maxrss``):

* quotegold: read both files into columns (``eval.evaluate.read_inputs``, the reading half of
  ``evaluate_files``), pair documents by id and check the texts, then match and count strict and partial
  (overall, per label, attribution) with ``eval.evaluate.evaluate_schemes``, which pairs the documents and
  finds the overlapping spans once for both schemes. Reading includes the schema checks ``quotegold eval``
  makes (offsets inside the text, no whitespace at span edges, known labels, relation ends). Spans are
  trimmed to their words so that the data passes them. Imports are not timed.
* nervaluate: ``json.loads`` of every line of both files, conversion of the spans to nervaluate's dicts
  (inclusive ends), then its Evaluator loop for strict and partial (overall and per tag). The read and the
  conversion + evaluation are timed apart.

The ratio is nervaluate's time over quotegold's, both from the files on disk, in the same run; it is printed
against nervaluate's whole run (from the JSONL files) and against its conversion + evaluation alone (from
dicts already loaded), in wall-clock time, and in CPU time against the whole run. A parse-only anchor times
pyarrow parsing both JSONL files the way ``eval.load`` does and nothing else: no reader built on it can beat
that. Wall times on a shared machine are noisy: quotegold and the anchor run ``--repeat`` times, interleaved,
and the median is compared (the wall ratios use the run with the median wall time, the CPU ratio the median
CPU time); the load average is printed with them.

Also prints the time of 1,000 bootstrap resamples on 10,000 documents (target <= 10 s).

    python benchmarks/bench_eval.py [--docs 100000] [--seed 0] [--data DIR] [--repeat 3]

``--data DIR`` writes the generated files to DIR and reuses them when DIR already holds them.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from eval.evaluate import evaluate
from eval.match import Scheme
from schemas import Document, Relation, Span, write_documents

LABELS = ("SPEAKER", "QUOTE", "PARTY", "EVENT")
WORD = "lorem ipsum dolor sit amet consectetur adipiscing elit "


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The span inside the text without whitespace at its edges (``quotegold eval`` refuses any other)."""
    start, end = max(0, start), min(end, len(text))
    while start < end and text[start].isspace():
        start += 1
    while start < end and text[end - 1].isspace():
        end -= 1
    return start, end


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
            start, end = _trim(text, pos, pos + length)
            if start < end:
                gold.append(Span(f"T{i}", start, end, label))
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
                left = _trim(text, start, mid - 1)
                if left[0] < left[1]:
                    pred.append(Span(f"P{len(pred)}", *left, label))
                start = mid
            if rng.random() < 0.08:  # label swapped
                label = rng.choice(LABELS)
            start, end = _trim(text, start, end)
            if start < end:
                pred.append(Span(f"P{len(pred)}", start, end, label))
        for _ in range(rng.choice((0, 0, 1, 2))):  # spurious
            start, end = _trim(text, *(lambda a: (a, a + rng.randint(2, 12)))(rng.randint(0, pos)))
            if start < end:
                pred.append(Span(f"P{len(pred)}", start, end, rng.choice(LABELS)))
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


def child_quotegold(gold: str, pred: str) -> dict:
    """What ``quotegold eval`` does from the files (read once, then strict and partial), timed from the files."""
    import eval.load
    from eval.evaluate import evaluate_schemes, read_inputs, resolve_labels

    check_s: list[float] = []

    def timer(check: Callable[..., bool]) -> Callable[..., bool]:
        def timed(*args: object) -> bool:
            start = time.perf_counter()
            try:
                return check(*args)
            finally:
                check_s.append(time.perf_counter() - start)
        return timed

    for name in ("columns_suspect", "attrs_suspect"):  # the vectorised schema checks, timed where they run
        setattr(eval.load, name, timer(getattr(eval.load, name)))
    import pyarrow as pa  # imports are not timed, on either side
    import pyarrow.json  # noqa: F401
    import pyarrow.parquet  # noqa: F401

    pa.array([0])  # pyarrow imports pandas (when installed) the first time it converts Python values

    t, cpu = time.perf_counter(), time.process_time()
    labels = resolve_labels(None)
    gold_corpus, systems = read_inputs(gold, [("pred", pred)], labels)  # what evaluate_files reads
    read_s, read_cpu = time.perf_counter() - t, time.process_time() - cpu
    out: dict = {}
    schemes = (Scheme.STRICT, Scheme.PARTIAL)
    for scheme, ev in zip(schemes, evaluate_schemes(gold_corpus, systems, labels, schemes, min_overlap=0.01),
                          strict=True):
        s = ev.systems[0]
        out[scheme.value] = {"overall": [int(x) for x in s.overall.as_array()],
                             **{lab: [int(x) for x in s.per_label[lab].as_array()] for lab in LABELS}}
    return {"seconds": time.perf_counter() - t, "cpu_seconds": time.process_time() - cpu, "read_seconds": read_s,
            "read_cpu_seconds": read_cpu, "check_seconds": sum(check_s), "peak_mb": peak_mb(), "counts": out}


def child_parse(gold: str, pred: str) -> dict:
    """The floor of reading JSONL with pyarrow: both files parsed into Arrow tables as ``eval.load`` parses
    them (same blocks, schema and threads, one thread per file), the tables dropped, nothing else."""
    from concurrent.futures import ThreadPoolExecutor

    import pyarrow.json  # noqa: F401  (imports are not timed)

    from eval.blocks import line_blocks
    from eval.load import JSONL_BLOCK, parse_jsonl_block

    def parse(path: str) -> int:
        return sum(parse_jsonl_block(b).num_rows for b in line_blocks(Path(path), JSONL_BLOCK))

    t, cpu = time.perf_counter(), time.process_time()
    with ThreadPoolExecutor(2) as pool:
        rows = list(pool.map(parse, (gold, pred)))
    return {"seconds": time.perf_counter() - t, "cpu_seconds": time.process_time() - cpu, "rows": rows,
            "peak_mb": peak_mb()}


def child_nervaluate(gold: str, pred: str) -> dict:
    import json

    import nervaluate.evaluator  # noqa: F401  (imports are not timed, on either side)

    t, cpu = time.perf_counter(), time.process_time()
    docs = []
    for path in (gold, pred):
        with open(path, encoding="utf-8") as fh:
            docs.append([json.loads(line) for line in fh if line.strip()])
    read_s = time.perf_counter() - t
    t = time.perf_counter()
    counts = nervaluate_counts(*docs, ("strict", "partial"))
    eval_s = time.perf_counter() - t
    return {"seconds": read_s + eval_s, "cpu_seconds": time.process_time() - cpu, "read_seconds": read_s,
            "eval_seconds": eval_s, "peak_mb": peak_mb(), "counts": counts}


def child_generate(directory: str, n_docs: int, seed: int) -> dict:
    gold, pred = make_docs(n_docs, seed)
    base = Path(directory)
    write_documents(base / "gold.jsonl", gold)
    write_documents(base / "pred.jsonl", pred)
    write_parquet(base / "gold.parquet", gold)
    write_parquet(base / "pred.parquet", pred)
    return {"gold": sum(len(d.spans) for d in gold), "pred": sum(len(d.spans) for d in pred)}


def child_bootstrap(n_docs: int, seed: int) -> dict:
    gold, pred = make_docs(n_docs, seed)
    evaluate(gold[:10], [("pred", pred[:10])], Scheme.STRICT, n_bootstrap=10)  # warm up (lazy imports)
    t = time.perf_counter()
    evaluate(gold, [("pred", pred)], Scheme.STRICT)
    plain = time.perf_counter() - t
    t = time.perf_counter()
    ev = evaluate(gold, [("pred", pred)], Scheme.STRICT, n_bootstrap=1000, seed=1)
    boot = time.perf_counter() - t
    low, high = ev.systems[0].ci[("overall", "f1")] or (np.nan, np.nan)
    return {"plain": plain, "boot": boot, "f1": ev.systems[0].scores[("overall", "f1")], "ci": [low, high]}


def median_run(runs: list[dict], key: str = "seconds") -> dict:
    return sorted(runs, key=lambda r: r[key])[len(runs) // 2]


def run_child(*args: str) -> dict:
    """A fresh interpreter per measurement: the parent stays small, so ``ru_maxrss`` (kept across exec on
    Linux) is the child's own peak."""
    out = subprocess.run([sys.executable, __file__, "--child", *args], check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


def write_parquet(path: Path, docs: list[Document]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [{"id": d.id, "text": d.text,
             "spans": [{"id": s.id, "start": s.start, "end": s.end, "label": s.label} for s in d.spans],
             "relations": [r.to_dict() for r in d.relations]} for d in docs]
    pq.write_table(pa.Table.from_pylist(rows), path)


def nervaluate_counts(gold: list[dict], pred: list[dict], strategy_names: tuple[str, ...]) -> dict:
    """nervaluate's own loop (Evaluator.evaluate) restricted to the given strategies: overall and per tag.

    ``gold`` / ``pred`` are the loaded JSON objects of the documents; converting them is part of the timing.
    """
    from nervaluate.entities import Entity
    from nervaluate.evaluator import Evaluator
    from nervaluate.strategies import PartialEvaluation, StrictEvaluation

    classes = {"strict": StrictEvaluation, "partial": PartialEvaluation}
    by_id = {d["id"]: d for d in pred}
    true = [[{"label": s["label"], "start": s["start"], "end": s["end"] - 1} for s in d["spans"]] for d in gold]
    predicted = [
        [{"label": s["label"], "start": s["start"], "end": s["end"] - 1} for s in spans]
        for spans in (by_id.get(d["id"], {}).get("spans", []) for d in gold)
    ]
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
    ap.add_argument("--data", help="folder for the generated files, reused when it holds them")
    ap.add_argument("--repeat", type=int, default=3, help="runs of quotegold and of the parse-only anchor")
    ap.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        kind, *rest = args.child
        if kind == "generate":
            result = child_generate(rest[0], args.docs, args.seed)
        elif kind == "bootstrap":
            result = child_bootstrap(10_000, args.seed)
        elif kind == "idle":
            result = {"peak_mb": peak_mb()}
        else:
            result = {"quotegold": child_quotegold, "parse": child_parse, "nervaluate": child_nervaluate}[kind](*rest)
        print(json.dumps(result))
        return 0

    with tempfile.TemporaryDirectory() as scratch:
        tmp = args.data or scratch
        t = time.perf_counter()
        stamp = Path(tmp) / "generated.json"
        if args.data and stamp.exists() and json.loads(stamp.read_text())["args"] == [args.docs, args.seed]:
            n = json.loads(stamp.read_text())
        else:
            Path(tmp).mkdir(parents=True, exist_ok=True)
            n = run_child("generate", tmp, "--docs", str(args.docs), "--seed", str(args.seed))
            stamp.write_text(json.dumps({**n, "args": [args.docs, args.seed]}))
        files = {name: str(Path(tmp) / name) for name in ("gold.jsonl", "pred.jsonl", "gold.parquet", "pred.parquet")}
        mb = sum(Path(files[f]).stat().st_size for f in ("gold.jsonl", "pred.jsonl")) / 2**20
        print(f"data: {args.docs:,} documents, {n['gold']:,} gold spans, {n['pred']:,} predicted spans, "
              f"{mb:.0f} MB of JSONL (generated and written, or found, in {time.perf_counter() - t:.1f} s)")
        idle = run_child("idle")
        loads = [os.getloadavg()[0]]
        runs: dict[str, list[dict]] = {"jsonl": [], "parquet": [], "parse": []}
        for _ in range(args.repeat):  # interleaved, so that a burst of load hits all three alike
            runs["jsonl"].append(run_child("quotegold", files["gold.jsonl"], files["pred.jsonl"]))
            runs["parquet"].append(run_child("quotegold", files["gold.parquet"], files["pred.parquet"]))
            runs["parse"].append(run_child("parse", files["gold.jsonl"], files["pred.jsonl"]))
        loads.append(os.getloadavg()[0])
        theirs = run_child("nervaluate", files["gold.jsonl"], files["pred.jsonl"])
        loads.append(os.getloadavg()[0])
    ours, ours_pq, parse = (median_run(runs[k]) for k in ("jsonl", "parquet", "parse"))

    print(f"load average (1 min) before, between and after the runs: {', '.join(f'{x:.2f}' for x in loads)} "
          f"on {os.cpu_count()} cores")
    print(f"(a fresh interpreter with the benchmark's imports peaks at {idle['peak_mb']:.0f} MB)")
    print(f"quotegold and the parse-only anchor ran {args.repeat} times each, interleaved; shown: the run with the "
          "median wall time, and the range of wall times")
    for name, key in (("JSONL", "jsonl"), ("parquet", "parquet"), ("parse-only", "parse")):
        walls = sorted(r["seconds"] for r in runs[key])
        cpus = sorted(r["cpu_seconds"] for r in runs[key])
        print(f"  {name}: wall {', '.join(f'{x:.2f}' for x in walls)} s; CPU {', '.join(f'{x:.2f}' for x in cpus)} s")
    for name, r in (("JSONL", ours), ("parquet", ours_pq)):
        print(f"quotegold, {name} files -> strict + partial (overall, per label, attribution): {r['seconds']:.2f} s "
              f"wall, {r['cpu_seconds']:.2f} s CPU (reading both files {r['read_seconds']:.2f} s wall, "
              f"{r['read_cpu_seconds']:.2f} s CPU, of which schema checks {r['check_seconds']:.2f} s summed over "
              f"the reading threads; scoring {r['seconds'] - r['read_seconds']:.2f} s), peak {r['peak_mb']:.0f} MB")
    print(f"nervaluate (strict + partial, overall + per tag): json.loads of the JSONL {theirs['read_seconds']:.2f} s; "
          f"conversion + evaluation {theirs['eval_seconds']:.2f} s; {theirs['cpu_seconds']:.2f} s CPU in all; "
          f"peak {theirs['peak_mb']:.0f} MB")
    print("ratio = nervaluate's time / quotegold's time (median run), both from the files on disk, in this run "
          "(target >= 50x):")
    for name, key, r in (("JSONL", "jsonl", ours), ("parquet", "parquet", ours_pq)):
        best = min(x["seconds"] for x in runs[key])
        cpu = median_run(runs[key], "cpu_seconds")["cpu_seconds"]
        print(f"  quotegold from {name}: {theirs['seconds'] / r['seconds']:.1f}x vs nervaluate from the JSONL files, "
              f"{theirs['eval_seconds'] / r['seconds']:.1f}x vs nervaluate from loaded dicts "
              f"(best run: {theirs['seconds'] / best:.1f}x vs the files); "
              f"CPU time (median): {theirs['cpu_seconds'] / cpu:.1f}x vs nervaluate from the files")
    parse_cpu = median_run(runs["parse"], "cpu_seconds")["cpu_seconds"]
    print(f"parse-only anchor: pyarrow parsing both JSONL files into Arrow tables and nothing else takes "
          f"{parse['seconds']:.2f} s wall, {parse_cpu:.2f} s CPU (medians): "
          f"{theirs['seconds'] / parse['seconds']:.1f}x nervaluate from the files in wall time, "
          f"{theirs['cpu_seconds'] / parse_cpu:.1f}x in CPU time. 50x from JSONL would need everything in "
          f"{theirs['seconds'] / 50:.2f} s wall, {theirs['cpu_seconds'] / 50:.2f} s CPU")
    print("peak memory target <= 1024 MB per system")
    same = all(
        r["counts"][sch][key] == theirs["counts"][sch][key]
        for r in runs["jsonl"] + runs["parquet"] for sch in ("strict", "partial") for key in r["counts"][sch]
    )
    print(f"counts identical to nervaluate (strict, partial; overall and per label; JSONL and parquet): {same}")
    for sch in ("strict", "partial"):
        print(f"  {sch}: ours {ours['counts'][sch]['overall']}  nervaluate {theirs['counts'][sch]['overall']}"
              "  (correct, incorrect, partial, missed, spurious)")
    b = run_child("bootstrap", "--seed", str(args.seed))
    print(f"bootstrap: scoring 10,000 documents with 1,000 resamples {b['boot']:.2f} s, without {b['plain']:.2f} s "
          f"(target <= 10 s); F1 {b['f1']:.4f} [{b['ci'][0]:.4f}, {b['ci'][1]:.4f}]")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
