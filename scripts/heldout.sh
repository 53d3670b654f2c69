#!/usr/bin/env bash
# The fair leaderboard: score every shipped extractor on a held-out batch of the bundled gold (batches in
# corpus/data/MANIFEST.json), the learned extractor trained on the documents before it: the development
# batches and the held-out batches that came earlier (once a new held-out batch exists, the old one is
# development data). The overlap scheme is printed too, since the issue targets for QUOTE and EVENT use it.
#
#   scripts/heldout.sh [BATCH] [OUT_DIR]   (default heldout-2 and out/BATCH; quotegold on PATH, or set QG)
set -euo pipefail
cd "$(dirname "$0")/.."
QG=${QG:-quotegold}
BATCH=${1:-heldout-2}
OUT=${2:-out/$BATCH}
mkdir -p "$OUT"
# The interpreter quotegold runs under (its console script's #! line), so a venv install needs no activation.
QG_PATH=$(command -v "$QG") || { echo "heldout.sh: $QG not found; install quotegold or set QG" >&2; exit 1; }
PY=$(sed -n '1s/^#!//p' "$QG_PATH")
PY=${PY:-python3}
$PY - "$OUT" "$BATCH" <<'PY'
import json, sys
from schemas import read_documents, write_documents
out, wanted = sys.argv[1], sys.argv[2]
batch = {m["id"]: m["batch"] for m in json.load(open("corpus/data/MANIFEST.json", encoding="utf-8"))}
if not wanted.startswith("heldout-") or wanted not in set(batch.values()):
    have = ", ".join(sorted(b for b in set(batch.values()) if b.startswith("heldout-")))
    sys.exit(f"heldout.sh: {wanted!r} is not a held-out batch of corpus/data/MANIFEST.json (have: {have})")
def rank(name):  # development batches 0, held-out batches in the order they were written
    return int(name.rsplit("-", 1)[1]) if name.startswith("heldout-") else 0
gold = read_documents("corpus/gold/gold.jsonl")
write_documents(f"{out}/heldout.jsonl", [d for d in gold if batch[d.id] == wanted])
write_documents(f"{out}/dev.jsonl", [d for d in gold if rank(batch[d.id]) < rank(wanted)])
PY
"$QG" train "$OUT/dev.jsonl" -o "$OUT/model"
for scheme in strict type; do
  "$QG" eval "$OUT/heldout.jsonl" --extractor rules --extractor learned --model "$OUT/model" \
    --scheme "$scheme" --bootstrap 1000 --seed 0 --markdown
done
