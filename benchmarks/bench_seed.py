"""Seed 10,000 documents with predictions; print the time beside raw ``import_tasks`` of the same payload.

Targets: seed <= 1.5x the raw import (the checks, look-ups and batching cost at most half again); a second
seed adds 0 tasks in <= 10 s.

    python benchmarks/bench_seed.py [--docs 10000] [--url URL]   # token in LABEL_STUDIO_API_KEY with --url

Without ``--url`` a fresh Label Studio is started in a temporary work dir and stopped at the end.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from annotation.studio import connect, start_server, stop_server
from annotation.studio.tasks import PayloadChecker, task_payload
from schemas import Document, Relation, Span


def synthetic(n: int) -> tuple[list[Document], list[Document]]:
    """``n`` short news paragraphs (~250 characters) with 5 predicted spans and 3 relations each."""
    docs, preds = [], []
    for i in range(n):
        head = f"Labour MP Anna Smith{i} said: \""
        quote = f"We have resigned from the party after {i % 50} years, and we will sit as an independent group."
        tail = "\" She quit on Monday. The Conservative Party said nothing about the move."
        text = head + quote + tail
        q0 = len(head)
        ev = text.index("quit")
        spans = (
            Span("p", 0, len("Labour"), "PARTY", {"canonical": "Labour Party"}),
            Span("s", len("Labour MP "), len(f"Labour MP Anna Smith{i}"), "SPEAKER", {"canonical": f"Anna Smith{i}"}),
            Span("q", q0, q0 + len(quote), "QUOTE", {"kind": "direct"}),
            Span("s2", text.index("She"), text.index("She") + 3, "SPEAKER", {"canonical": f"Anna Smith{i}"}),
            Span("e", ev, ev + len("quit"), "EVENT", {"type": "resignation"}),
        )
        rels = (Relation("q", "s", "said_by"), Relation("s", "p", "member_of"), Relation("e", "s2", "participant"))
        docs.append(Document(f"bench-{i:06d}", text))
        preds.append(Document(f"bench-{i:06d}", text, spans, rels))
    return docs, preds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--url", default=None)
    parser.add_argument("--batch-size", type=int, default=1000)
    args = parser.parse_args()
    tmp = None
    if args.url:
        url, token = args.url, os.environ["LABEL_STUDIO_API_KEY"]
    else:
        tmp = Path(tempfile.mkdtemp(prefix="bench-seed-"))
        t0 = time.perf_counter()
        server = start_server(tmp, port=None, timeout=300)
        url, token = server.url, server.token
        print(f"server started in {time.perf_counter() - t0:.1f} s")
    try:
        studio = connect(url, token)
        docs, preds = synthetic(args.docs)
        stamp = time.strftime("%H%M%S")
        raw_project = studio.ensure_project(f"bench-raw-{stamp}")
        project = studio.ensure_project(f"bench-seed-{stamp}")

        checker = PayloadChecker.for_config(raw_project.label_config)
        payload = [task_payload(d, {"bench@1": p}, checker) for d, p in zip(docs, preds, strict=True)]
        t0 = time.perf_counter()
        studio.ls.projects.import_tasks(id=raw_project.id, request=payload, return_task_ids=True)
        raw = time.perf_counter() - t0

        t0 = time.perf_counter()
        first = studio.seed(project, docs, {"bench@1": preds}, batch_size=args.batch_size)
        seeded = time.perf_counter() - t0

        t0 = time.perf_counter()
        again = studio.seed(project, docs, {"bench@1": preds}, batch_size=args.batch_size)
        reseeded = time.perf_counter() - t0

        print(f"documents: {len(docs)} with {sum(len(p.spans) for p in preds)} predicted spans")
        print(f"raw import_tasks (one call, same payload): {raw:7.2f} s")
        print(f"quotegold seed (checks + look-up + batches of {args.batch_size}): {seeded:7.2f} s  "
              f"= {seeded / raw:.2f}x raw (target <= 1.5x); added {first.added}")
        print(f"second seed: {reseeded:7.2f} s (target <= 10 s); added {again.added}, skipped {again.skipped}")
    finally:
        if tmp is not None:
            stop_server(tmp)


if __name__ == "__main__":
    main()
