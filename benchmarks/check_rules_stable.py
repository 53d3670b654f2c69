"""Guard for speed work on the rules extractor: its output must stay byte-identical.

``save SNAPSHOT`` runs the rules extractor over a fixed set of texts and writes each text with its prediction
(spans and relations as sorted-key JSON) to ``SNAPSHOT``; ``check SNAPSHOT`` runs the current code over the
texts stored in the snapshot and fails on the first document whose prediction differs. The texts travel
with the snapshot, so a gold file that grows in the meantime does not disturb the check.

The texts: the bundled gold texts and corpus files; the first ``--bench-docs`` documents of the benchmark
corpus (the same texts repeated); and ``--mixed`` seeded recombinations of their paragraphs and sentences
with the quotation-mark style, case and line breaks varied, plus seeded random strings built from the
pieces the patterns look at, so that far more code paths run than the handful of bundled documents reach.

    python benchmarks/check_rules_stable.py save before.jsonl
    python benchmarks/check_rules_stable.py check before.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from pathlib import Path

from annotation.extractors import get_extractor
from schemas import Document

ROOT = Path(__file__).resolve().parents[1]
_PIECES = ['"', "“", "”", "‘", "’", "'", ":", ",", ".", " ", "\n", "\n\n", "Mr ", "Ms ", "Labour", "Tories",
           "MP ", "MPs ", " said", " told", " that ", "he ", "she ", "He said", "Jeremy Corbyn", "Ann Coffey",
           " and ", "resigned", "step down", "left", "the party", "According to ", ", according to ", "would ",
           "Prime Minister", "Labour MP ", ", the Conservative MP", "Lib Dems", "(", ")", "É", "Ł", "é", "—"]


def bundled_texts() -> list[str]:
    texts: list[str] = []
    gold = ROOT / "corpus" / "gold" / "gold.jsonl"
    if gold.exists():
        texts += [json.loads(line)["text"] for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    for p in sorted((ROOT / "corpus" / "data").iterdir()):
        if p.suffix in (".txt", ".md", ".html"):
            texts.append(p.read_text(encoding="utf-8"))
    return texts


def _vary(rng: random.Random, text: str) -> str:
    roll = rng.random()
    if roll < 0.2:
        text = re.sub(r'"([^"\n]*)"', "“\\1”", text)
    elif roll < 0.35:
        text = re.sub(r'"([^"\n]*)"', "‘\\1’", text)
    elif roll < 0.45:
        text = text.upper()
    elif roll < 0.55:
        text = text.lower()
    elif roll < 0.65:
        text = text.replace("\n\n", "\n")
    return text


def mixed_texts(texts: list[str], n: int, seed: int = 13) -> list[str]:
    rng = random.Random(seed)
    paras = [p for t in texts for p in t.split("\n") if p.strip()]
    sents = [s for p in paras for s in re.split(r"(?<=[.!?])\s+", p) if s]
    out = []
    for k in range(n):
        kind = k % 4
        if kind == 0:
            doc = "\n\n".join(rng.sample(paras, rng.randint(2, 12)))
        elif kind == 1:
            doc = " ".join(rng.sample(sents, rng.randint(2, 20)))
        elif kind == 2:
            doc = "\n\n".join(_vary(rng, p) for p in rng.sample(paras, rng.randint(2, 8)))
        else:
            doc = "".join(rng.choice(_PIECES) if rng.random() < 0.8 else chr(rng.randint(32, 0x2FF))
                          for _ in range(rng.randint(0, 120)))
        out.append(doc)
    return out


def predictions(texts: list[str]) -> list[str]:
    rules = get_extractor("rules")
    out = []
    for i, text in enumerate(texts):
        pred = rules.extract(Document(f"d{i}", text))
        out.append(json.dumps({"spans": [s.to_dict() for s in pred.spans],
                               "relations": [r.to_dict() for r in pred.relations]},
                              ensure_ascii=False, sort_keys=True))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=["save", "check"])
    parser.add_argument("snapshot", type=Path)
    parser.add_argument("--bench-docs", type=int, default=2000, help="benchmark corpus documents (default 2000)")
    parser.add_argument("--mixed", type=int, default=4000, help="recombined and random texts (default 4000)")
    args = parser.parse_args()
    if args.mode == "save":
        base = bundled_texts()
        bench = [base[i % len(base)] for i in range(args.bench_docs)]
        texts = base + bench + mixed_texts(base, args.mixed)
        t0 = time.perf_counter()
        preds = predictions(texts)
        with args.snapshot.open("w", encoding="utf-8") as fh:
            for text, pred in zip(texts, preds, strict=True):
                fh.write(json.dumps({"text": text, "pred": pred}, ensure_ascii=False) + "\n")
        print(f"saved {len(texts)} predictions to {args.snapshot} ({time.perf_counter() - t0:.1f} s)")
        return 0
    rows = [json.loads(line) for line in args.snapshot.read_text(encoding="utf-8").split("\n") if line]
    t0 = time.perf_counter()
    preds = predictions([r["text"] for r in rows])
    bad = [i for i, (r, p) in enumerate(zip(rows, preds, strict=True)) if r["pred"] != p]
    took = time.perf_counter() - t0
    if bad:
        i = bad[0]
        print(f"CHANGED: {len(bad)} of {len(rows)} predictions differ; first: document {i}\n"
              f"text: {rows[i]['text'][:300]!r}\nbefore: {rows[i]['pred'][:600]}\nnow:    {preds[i][:600]}")
        return 1
    print(f"identical: {len(rows)} predictions byte for byte ({took:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
