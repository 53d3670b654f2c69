"""Speed of the rules extractor: MB/s and documents/s on one core, and how ``--workers 2`` scales.

The bundled documents (the gold texts, else the corpus folder) are repeated until the corpus is at least
``--mb`` megabytes of UTF-8. The anchor printed beside the figure is a plain ``re.finditer`` over the same
texts measured in the same run, so that a busy machine shows up in both numbers. Each figure is given twice:
by the wall clock and by the process's CPU time (which a machine shared with other work disturbs much less);
the load average and the number of usable cores are printed with them. The ``--workers`` scaling can only
be read by the wall clock (the work runs in child processes).

The rules extractor runs compiled (mypyc, built at install) unless its sources changed since the build or
``QUOTEGOLD_PURE_PYTHON=1`` is set; the build that ran is printed first. ``--compare-pure`` also measures the
pure-Python build (the same sources, not compiled) on the same corpus in a child process, for comparison.

    python benchmarks/bench_rules.py [--mb 50] [--workers 2] [--compare-pure]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from annotation.extractors import get_extractor
from annotation.extractors.native import PURE_ENV, select_build
from annotation.preannotate import preannotate
from schemas import Document

ROOT = Path(__file__).resolve().parents[1]


def bundled_texts() -> list[str]:
    gold = ROOT / "corpus" / "gold" / "gold.jsonl"
    if gold.exists():
        return [json.loads(line)["text"] for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus" / "data").glob("*.txt"))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=50.0, help="corpus size in MB of UTF-8 (default 50)")
    parser.add_argument("--workers", type=int, default=2, help="processes for the scaling run (default 2)")
    parser.add_argument("--compare-pure", action="store_true",
                        help="also measure the pure-Python build (the sources, not compiled) in a child process")
    parser.add_argument("--one-core-only", action="store_true", help=argparse.SUPPRESS)  # the child's run
    args = parser.parse_args()

    texts = bundled_texts()
    unit = sum(len(t.encode("utf-8")) for t in texts)
    repeat = max(1, int(args.mb * 1e6 / unit) + 1)
    docs = [Document(f"{r}-{i}", t) for r in range(repeat) for i, t in enumerate(texts)]
    size_mb = unit * repeat / 1e6
    print(f"corpus: {len(texts)} bundled documents x {repeat} = {len(docs)} documents, {size_mb:.1f} MB")

    status = select_build()
    if args.one_core_only:  # the child of --compare-pure: the one-core figure only, as JSON
        wall, cpu, spans = _one_core(docs)
        print(json.dumps({"build": status.build, "mb_s_wall": size_mb / wall, "mb_s_cpu": size_mb / cpu}))
        return
    print(f"rules extractor build: {status.build} ({status.reason})")
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"usable cores: {cores}; load average (1, 5, 15 min) at start: {_load()}")

    anchor_re = re.compile(r"\b[A-Z]\w+")
    w0, c0 = time.perf_counter(), time.process_time()
    for d in docs:
        sum(1 for _ in anchor_re.finditer(d.text))
    anchor_wall = size_mb / (time.perf_counter() - w0)
    anchor_cpu = size_mb / (time.process_time() - c0)

    wall, cpu, spans = _one_core(docs)
    print(f"rules, 1 core, wall clock: {size_mb / wall:.2f} MB/s, {len(docs) / wall:.0f} docs/s, {spans} spans "
          f"(anchor: capitalised-word regex scan {anchor_wall:.1f} MB/s; target >= 5 MB/s)")
    print(f"rules, 1 core, CPU time:   {size_mb / cpu:.2f} MB/s, {len(docs) / cpu:.0f} docs/s "
          f"(anchor {anchor_cpu:.1f} MB/s)")
    if args.compare_pure:
        child = subprocess.run(
            [sys.executable, __file__, "--mb", str(args.mb), "--one-core-only"], env={**os.environ, PURE_ENV: "1"},
            capture_output=True, text=True, check=True,
        )
        pure = json.loads(child.stdout.splitlines()[-1])
        print(f"rules, 1 core, {pure['build']} build ({PURE_ENV}=1, child process): "
              f"{pure['mb_s_wall']:.2f} MB/s wall, {pure['mb_s_cpu']:.2f} MB/s CPU; the build above is "
              f"x{(size_mb / cpu) / pure['mb_s_cpu']:.2f} faster (CPU)")
    print(f"load average after the one-core runs: {_load()}")

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        with src.open("w", encoding="utf-8") as fh:
            for d in docs:
                fh.write(json.dumps({"id": d.id, "text": d.text}, ensure_ascii=False) + "\n")
        timings = {}
        for workers in (1, args.workers):
            self0, kids0 = _cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN)
            t0 = time.perf_counter()
            preannotate(src, Path(tmp) / f"out{workers}.jsonl", "rules", workers=workers)
            timings[workers] = wall = time.perf_counter() - t0
            parent, kids = _cpu(resource.RUSAGE_SELF) - self0, _cpu(resource.RUSAGE_CHILDREN) - kids0
            # Cores used = CPU time of all processes over wall time: below the worker count, either the parent
            # or the machine (other work on the same cores) held the workers back; the parent's share says which.
            print(f"preannotate --workers {workers} (JSONL in and out): {size_mb / wall:.2f} MB/s, "
                  f"{len(docs) / wall:.0f} docs/s; CPU: parent {parent:.1f} s, workers {kids:.1f} s, "
                  f"cores used {(parent + kids) / wall:.2f}")
        print(f"scaling with --workers {args.workers}: x{timings[1] / timings[args.workers]:.2f} "
              f"(load average after: {_load()})")


def _one_core(docs: list[Document]) -> tuple[float, float, int]:
    """Wall and CPU seconds of the rules extractor over ``docs`` in this process, and the spans it found."""
    rules = get_extractor("rules")
    w0, c0 = time.perf_counter(), time.process_time()
    spans = sum(len(rules.extract(d).spans) for d in docs)
    return time.perf_counter() - w0, time.process_time() - c0, spans


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def _load() -> str:
    return ", ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "n/a"


if __name__ == "__main__":
    main()
