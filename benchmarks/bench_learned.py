"""Benchmark of the learned extractor: training on ~1M tokens (target <= 10 min on 2 cores) and prediction
speed (target >= 1 MB/s on one core).

The corpus is the bundled gold replicated with perturbations (speaker and party mentions swapped for others
of the gold, so texts and offsets differ between copies). Each figure is printed beside anchors measured in
the same run on the same text: tokenising it (the cheapest pass over the text) and the rules extractor.

    python benchmarks/bench_learned.py [--tokens 1000000] [--gold corpus/gold/gold.jsonl]
"""

from __future__ import annotations

import argparse
import gc
import random
import tempfile
import time
from pathlib import Path

from annotation.extractors import get_extractor
from annotation.learn.model import load_model, save_model, train_model
from schemas import Document, Span, read_documents, tokenize, validate_document

ROOT = Path(__file__).resolve().parent.parent


def perturb(doc: Document, copy: int, rng: random.Random, names: list[str], parties: list[str]) -> Document:
    """A copy of ``doc`` whose name-like SPEAKER and PARTY mentions are swapped for others (offsets rebuilt)."""
    out, spans, pos, shift = [], [], 0, 0
    for s in sorted(doc.spans, key=lambda s: s.start):
        covered = doc.text[s.start : s.end]
        new = covered
        if s.label == "SPEAKER" and covered[:1].isupper() and " " in covered:
            new = rng.choice(names)
        elif s.label == "PARTY":
            new = rng.choice(parties)
        out.append(doc.text[pos : s.start])
        out.append(new)
        start = s.start + shift
        shift += len(new) - len(covered)
        spans.append(Span(s.id, start, start + len(new), s.label, dict(s.attrs)))
        pos = s.end
    out.append(doc.text[pos:])
    return validate_document(Document(f"{doc.id}~{copy}", "".join(out), tuple(spans), doc.relations, {}))


def build_corpus(gold: list[Document], n_tokens: int, seed: int = 0) -> list[Document]:
    rng = random.Random(seed)
    names = sorted({d.text[s.start:s.end] for d in gold for s in d.spans
                    if s.label == "SPEAKER" and " " in d.text[s.start:s.end]})
    parties = sorted({d.text[s.start:s.end] for d in gold for s in d.spans if s.label == "PARTY"})
    docs: list[Document] = []
    total, copy = 0, 0
    while total < n_tokens:
        for doc in gold:
            new = perturb(doc, copy, rng, names, parties)
            docs.append(new)
            total += len(tokenize(new.text))
        copy += 1
    return docs


def mb(docs: list[Document]) -> float:
    return sum(len(d.text.encode("utf-8")) for d in docs) / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tokens", type=int, default=1_000_000)
    parser.add_argument("--gold", type=Path, default=ROOT / "corpus" / "gold" / "gold.jsonl")
    parser.add_argument("--predict-mb", type=float, default=2.0, help="MB of text to predict on")
    args = parser.parse_args()

    gold = read_documents(args.gold)
    corpus = build_corpus(gold, args.tokens)
    n_tok = sum(len(tokenize(d.text)) for d in corpus)
    print(f"corpus: {len(corpus)} documents, {n_tok} tokens, {mb(corpus):.2f} MB (gold x{len(corpus) // len(gold)})")

    t = time.perf_counter()
    for d in corpus:
        tokenize(d.text)
    anchor_tok = time.perf_counter() - t

    t = time.perf_counter()
    model = train_model(corpus, n_jobs=2)
    train_s = time.perf_counter() - t
    print(f"train: {train_s:.1f} s for {n_tok} tokens on 2 cores (target <= 600 s); "
          f"anchor: tokenising the same corpus {anchor_tok:.2f} s")

    rng = random.Random(1)
    texts, size_mb = [], 0.0
    for d in rng.sample(corpus, len(corpus)):
        texts.append(Document(d.id, d.text))
        size_mb += len(d.text.encode("utf-8")) / 1e6
        if size_mb >= args.predict_mb:
            break
    with tempfile.TemporaryDirectory() as tmp:
        save_model(model, tmp)
        size = sum(p.stat().st_size for p in Path(tmp).iterdir()) / 1e6
        # Prediction streams documents: drop the training corpus and model so that the garbage collector
        # does not walk a million training tokens' objects while we time prediction.
        del corpus, model, gold
        gc.collect()
        t = time.perf_counter()
        model = load_model(tmp)
        load_s = time.perf_counter() - t
    print(f"model folder: {size:.1f} MB, loaded in {load_s:.2f} s")

    list(model.predict_many(texts[:20]))  # warm the per-word cache as a long run would have it
    t = time.perf_counter()
    n_spans = sum(len(p.spans) for p in model.predict_many(texts))
    pred_s = time.perf_counter() - t
    t = time.perf_counter()
    for d in texts:
        tokenize(d.text)
    tok_s = time.perf_counter() - t
    rules = get_extractor("rules")
    t = time.perf_counter()
    for _ in rules.extract_many(texts):
        pass
    rules_s = time.perf_counter() - t
    print(f"predict: {size_mb / pred_s:.2f} MB/s on one core ({size_mb:.2f} MB, {n_spans} spans, target >= 1 MB/s); "
          f"anchors: tokenise {size_mb / tok_s:.2f} MB/s, rules extractor {size_mb / rules_s:.2f} MB/s")


if __name__ == "__main__":
    main()
