"""Benchmark: build the gold dataset from 10,000 annotated documents (target: <= 10 s with the parquet write).

The documents are generated from the bundled gold: each is a copy of a gold document under a new id, its
annotations perturbed by the seeded simulated annotator (SIMULATED data, for timing only). Timed: the whole
``build_dataset`` (validation, BIO, split hashing, parquet write, card, manifest, privacy scan of every file,
atomic swap). Anchor, measured in the same run on the same machine: writing the same documents as JSONL.

    python benchmarks/bench_dataset.py [--docs 10000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from annotation.dataset import build_dataset
from annotation.simulate import simulate_annotator
from schemas import read_documents, write_documents

GOLD = Path(__file__).resolve().parents[1] / "corpus" / "gold" / "gold.jsonl"
TARGET_S = 10.0


def make_docs(n: int) -> list:
    gold = read_documents(GOLD)
    copies = [replace(gold[i % len(gold)], id=f"{gold[i % len(gold)].id}-{i:05d}") for i in range(n)]
    return simulate_annotator(copies, seed=2024)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    docs = make_docs(args.docs)
    chars = sum(len(d.text) for d in docs)
    spans = sum(len(d.spans) for d in docs)
    builds, anchors = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.repeat):
            t0 = time.perf_counter()
            report = build_dataset(docs, Path(tmp) / "ds", version=f"1.0.{i}", seed=1)
            builds.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            write_documents(Path(tmp) / "anchor.jsonl", docs)
            anchors.append(time.perf_counter() - t0)
        size = sum(p.stat().st_size for p in (Path(tmp) / "ds").rglob("*") if p.is_file())
    build, anchor = statistics.median(builds), statistics.median(anchors)
    print(f"documents: {len(docs)} ({chars / 1e6:.1f} M chars, {spans} spans); splits {report.splits}")
    print(f"dataset build (median of {args.repeat}): {build:.2f} s   target <= {TARGET_S:.0f} s   "
          f"{'OK' if build <= TARGET_S else 'OVER TARGET'}")
    print(f"anchor, JSONL write of the same documents: {anchor:.2f} s   (build = {build / anchor:.1f} x anchor)")
    print(f"dataset size on disk: {size / 1e6:.1f} MB; all runs: {', '.join(f'{b:.2f}' for b in builds)} s")


if __name__ == "__main__":
    main()
