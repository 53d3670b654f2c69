#!/usr/bin/env bash
# The fair leaderboard: score every shipped extractor on the held-out batch of the bundled gold (documents
# 030-041, batch "heldout-1" in corpus/data/MANIFEST.json), the learned extractor trained on the others.
#
#   scripts/heldout.sh [OUT_DIR]        (default out/heldout; quotegold must be on PATH, or set QG)
set -euo pipefail
cd "$(dirname "$0")/.."
QG=${QG:-quotegold}
OUT=${1:-out/heldout}
mkdir -p "$OUT"
PY=$(dirname "$(command -v "$QG")")/python
"$PY" - "$OUT" <<'PY'
import json, sys
from schemas import read_documents, write_documents
out = sys.argv[1]
batch = {m["id"]: m["batch"] for m in json.load(open("corpus/data/MANIFEST.json", encoding="utf-8"))}
gold = read_documents("corpus/gold/gold.jsonl")
write_documents(f"{out}/heldout.jsonl", [d for d in gold if batch[d.id] == "heldout-1"])
write_documents(f"{out}/dev.jsonl", [d for d in gold if batch[d.id] != "heldout-1"])
PY
"$QG" train "$OUT/dev.jsonl" -o "$OUT/model"
"$QG" eval "$OUT/heldout.jsonl" --extractor rules --extractor learned --model "$OUT/model" \
  --bootstrap 1000 --seed 0 --markdown
