#!/usr/bin/env bash
# The fair leaderboard: score every shipped extractor on a held-out batch of the bundled gold (batches in
# corpus/data/MANIFEST.json), the learned extractor trained on the documents before it: the development
# batches and the held-out batches that came earlier (once a new held-out batch exists, the old one is
# development data). QUOTE and EVENT boundaries are often debatable, so the type scheme (overlap and same
# label) is printed after the strict one. The tables on stdout are Markdown; progress goes to stderr.
#
#   scripts/heldout.sh [BATCH] [OUT_DIR]
#     BATCH    a held-out batch (default: the newest, heldout-N with the largest N)
#     OUT_DIR  where the batch, the training documents and the model go (default out/BATCH)
#   quotegold must be on PATH (e.g. after `make test`: PATH=.venv/bin:$PATH), or set QG=.venv/bin/quotegold.
set -euo pipefail
cd "$(dirname "$0")/.."
case "${1:-}" in -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;; esac
QG=${QG:-quotegold}
QG_PATH=$(command -v "$QG") || {
  echo "heldout.sh: $QG not found; put the venv on PATH (PATH=.venv/bin:\$PATH) or set QG=.venv/bin/quotegold" >&2
  exit 1
}
# The interpreter quotegold runs under (its console script's #! line), so a venv install needs no activation.
PY=$(sed -n '1s/^#!//p' "$QG_PATH")
PY=${PY:-python3}
BATCH=$($PY - "${1:-}" <<'PY'
import json, sys
wanted = sys.argv[1]
held = {m["batch"] for m in json.load(open("corpus/data/MANIFEST.json", encoding="utf-8"))
        if m["batch"].startswith("heldout-")}
if not wanted:
    wanted = max(held, key=lambda b: int(b.rsplit("-", 1)[1]))
if wanted not in held:
    sys.exit(f"heldout.sh: {wanted!r} is not a held-out batch of corpus/data/MANIFEST.json (have: {', '.join(sorted(held))})")
print(wanted)
PY
)
OUT=${2:-out/$BATCH}
mkdir -p "$OUT"
$PY - "$OUT" "$BATCH" <<'PY'
import json, sys
from schemas import read_documents, write_documents
out, wanted = sys.argv[1], sys.argv[2]
batch = {m["id"]: m["batch"] for m in json.load(open("corpus/data/MANIFEST.json", encoding="utf-8"))}
def rank(name):  # development batches 0, held-out batches in the order they were written
    return int(name.rsplit("-", 1)[1]) if name.startswith("heldout-") else 0
gold = read_documents("corpus/gold/gold.jsonl")
write_documents(f"{out}/heldout.jsonl", [d for d in gold if batch[d.id] == wanted])
write_documents(f"{out}/dev.jsonl", [d for d in gold if rank(batch[d.id]) < rank(wanted)])
PY
"$QG" train "$OUT/dev.jsonl" -o "$OUT/model" >&2
"$QG" eval "$OUT/heldout.jsonl" --extractor rules --extractor learned --model "$OUT/model" \
  --scheme strict --scheme type --bootstrap 1000 --seed 0 --markdown
