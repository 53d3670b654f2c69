"""Author the gold annotation of the bundled corpus (``corpus/data/``) and write ``corpus/gold/gold.jsonl``.

Run from the repository root::

    python corpus/gold/build_gold.py          # writes corpus/gold/gold.jsonl
    python corpus/gold/build_gold.py --check  # builds and checks, writes nothing
    python corpus/gold/build_gold.py --show   # prints every span and relation as text, for review

The annotation follows ``schemas/GUIDELINES.md`` (schema version 1). It lives in ``corpus/gold/tables/``, one
module per document (``d000.py`` ... ``d041.py``, each defining ``GOLD``; ``tables/common.py`` holds the records
and helpers). No offset is typed by hand: every span is given by its surface text inside a unique context, and
located in the text exactly as the ingester produces it (``corpus.read_source``):

* ``S(key, LABEL, "left [[surface]] right", **attrs)`` -- the context, without the brackets, must occur exactly
  once in the text; the span is the bracketed part.
* ``Q(key, kind, "left [[first words", "last words]] right")`` -- a QUOTE; the first context (without the
  brackets) must occur exactly once, the span starts at ``[[``; the second context is searched from there
  and the span ends at ``]]``. A QUOTE never crosses a paragraph break.

Relations name spans by key: ``(head, label, tail)``. Span ids ``T1, T2, ...`` are assigned in offset order.
The script is deterministic (no ingest time in ``meta``) and writes atomically via ``schemas.write_documents``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from corpus import read_source  # noqa: E402
from corpus.gold.tables import GOLD_TABLES, Gold, Q, S  # noqa: E402
from schemas import Document, Relation, Span, spans_to_bio, validate_document, write_documents  # noqa: E402

DATA = ROOT / "corpus" / "data"
GOLD = ROOT / "corpus" / "gold" / "gold.jsonl"
MANIFEST = DATA / "MANIFEST.json"


# --------------------------------------------------------------------------------------------------
# Building and checking
# --------------------------------------------------------------------------------------------------
def _unique(text: str, needle: str, where: str) -> int:
    first = text.find(needle)
    if first < 0:
        raise AssertionError(f"{where}: context {needle!r} not found")
    if text.find(needle, first + 1) >= 0:
        raise AssertionError(f"{where}: context {needle!r} occurs more than once; give more context")
    return first


def _locate(text: str, item: S | Q, where: str) -> tuple[int, int]:
    where = f"{where}: {item.key}"
    if isinstance(item, S):
        assert item.ctx.count("[[") == 1 and item.ctx.count("]]") == 1, f"{where}: ctx needs one [[...]]"
        left, rest = item.ctx.split("[[")
        surface, right = rest.split("]]")
        at = _unique(text, left + surface + right, where)
        start = at + len(left)
        return start, start + len(surface)
    assert item.first.count("[[") == 1 and item.last.count("]]") == 1, f"{where}: quote contexts need [[ and ]]"
    left, first = item.first.split("[[")
    at = _unique(text, left + first, where)
    start = at + len(left)
    last, right = item.last.split("]]")
    pos = text.find(last + right, start)
    if pos < 0:
        raise AssertionError(f"{where}: end context {item.last!r} not found after the start")
    end = pos + len(last)
    if "\n\n" in text[start:end]:
        raise AssertionError(f"{where}: the quote crosses a paragraph break; use one QUOTE per paragraph")
    return start, end


def build_document(gold: Gold) -> Document:
    path = DATA / gold.file
    ingested = next(read_source(path))
    text = ingested.text
    located = []
    for item in gold.spans:
        start, end = _locate(text, item, gold.file)
        if isinstance(item, Q):
            label, attrs = "QUOTE", {"kind": item.kind}
        else:
            label, attrs = item.label, item.attrs()
        located.append((start, end, item.key, label, attrs))
    keys = [k for _, _, k, _, _ in located]
    dupes = {k for k in keys if keys.count(k) > 1}
    assert not dupes, f"{gold.file}: keys used twice: {sorted(dupes)}"
    located.sort(key=lambda x: (x[0], x[1]))
    ids = {key: f"T{i}" for i, (_, _, key, _, _) in enumerate(located, 1)}
    spans = tuple(Span(ids[key], s, e, label, attrs) for s, e, key, label, attrs in located)
    relations = []
    for head, label, tail in gold.relations:
        assert head in ids and tail in ids, f"{gold.file}: relation {head} {label} {tail}: unknown key"
        relations.append(Relation(ids[head], ids[tail], label))
    meta = {"source": f"corpus/data/{gold.file}", "annotator": "gold", "title": ingested.meta.get("title", "")}
    doc = Document(ingested.id, text, spans, tuple(relations), meta)
    check_document(doc)
    return doc


def check_document(doc: Document) -> None:
    """Schema validity, no overlap (BIO), and the flat-annotation and linking rules of the guidelines."""
    validate_document(doc)
    spans_to_bio(doc.text, doc.spans, doc.id)
    by_id = doc.span_by_id()
    quotes = [s for s in doc.spans if s.label == "QUOTE"]
    for q in quotes:
        covered = doc.text[q.start : q.end]
        assert covered == covered.strip(), f"{doc.id}: {q.id} not trimmed"
    said_by: dict[str, list[str]] = {}
    for r in doc.relations:
        if r.label == "said_by":
            said_by.setdefault(r.head, []).append(r.tail)
    for q_id, tails in said_by.items():
        assert len(tails) == 1, f"{doc.id}: QUOTE {q_id} has {len(tails)} speakers"
    for s in doc.spans:
        if s.label == "SPEAKER" and doc.text[s.start : s.end].lower() in {"he", "she", "they"}:
            assert s.attrs.get("canonical"), f"{doc.id}: pronoun speaker {s.id} needs a canonical name"
        if s.label == "PARTY":
            assert s.attrs.get("canonical"), f"{doc.id}: PARTY {s.id} needs a canonical name"
    for q_id, (sp_id,) in said_by.items():
        assert by_id[sp_id].label == "SPEAKER" and by_id[q_id].label == "QUOTE"
        assert by_id[sp_id].attrs.get("canonical") or doc.text[by_id[sp_id].start : by_id[sp_id].end][0].isupper()


def build_all() -> list[Document]:
    docs = [build_document(g) for g in GOLD_TABLES]
    files = sorted(p.name for p in DATA.iterdir() if p.suffix.lower() in {".txt", ".md", ".html", ".htm", ".jsonl"})
    covered = sorted(g.file for g in GOLD_TABLES)
    assert files == covered, f"gold and corpus/data differ: {sorted(set(files) ^ set(covered))}"
    if MANIFEST.exists():
        manifest = {e["file"]: e["id"] for e in json.loads(MANIFEST.read_text(encoding="utf-8"))}
        for g, d in zip(GOLD_TABLES, docs, strict=True):
            stale = f"MANIFEST.json id of {g.file} is stale ({manifest.get(g.file)} != {d.id})"
            assert manifest.get(g.file) == d.id, stale
    ids = [d.id for d in docs]
    assert len(set(ids)) == len(ids), "two documents have the same id"
    return docs


def show(doc: Document) -> None:
    by_id = doc.span_by_id()
    print(f"=== {doc.meta['source']} ({doc.id})")
    for s in doc.spans:
        print(f"  {s.id:>4} {s.label:<8} {doc.text[s.start:s.end]!r} {dict(s.attrs)}")
    for r in doc.relations:
        h, t = by_id[r.head], by_id[r.tail]
        print(f"  {r.label:<11} {doc.text[h.start:h.end][:50]!r} -> {doc.text[t.start:t.end]!r}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="build_gold.py",
        description="Build corpus/gold/gold.jsonl from the gold tables (see corpus/gold/README.md).",
    )
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="check the tables against the corpus; write nothing")
    mode.add_argument("--show", action="store_true", help="also print every span and relation as text, for review")
    args = parser.parse_args(argv)
    docs = build_all()
    if args.show:
        try:
            for d in docs:
                show(d)
        except BrokenPipeError:  # `--show | head`: the reader has seen enough; silence the final flush
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 0
    counts: dict[str, int] = {}
    for d in docs:
        for s in d.spans:
            counts[s.label] = counts.get(s.label, 0) + 1
        for r in d.relations:
            counts[r.label] = counts.get(r.label, 0) + 1
    if not args.check:
        write_documents(GOLD, docs)
        print(f"wrote {len(docs)} documents to {GOLD.relative_to(ROOT)}")
    print(json.dumps(counts, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
