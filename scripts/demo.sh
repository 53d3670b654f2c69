#!/usr/bin/env bash
# The whole quotegold loop on the bundled corpus, one real command per step (run any of them yourself).
#
#   scripts/demo.sh [--no-serve]        (make demo; make demo NO_SERVE=1)
#
# Outputs go to $QUOTEGOLD_OUT (default out/); Label Studio keeps its data in $QUOTEGOLD_HOME
# (default .quotegold/). Running it again adds nothing twice. By default the server stays up so you can
# look around; --no-serve (or QUOTEGOLD_NO_SERVE=1) stops it at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

NO_SERVE=${QUOTEGOLD_NO_SERVE:-0}
for arg in "$@"; do
  case "$arg" in
    --no-serve) NO_SERVE=1 ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "scripts/demo.sh: unknown option $arg (try --help)" >&2; exit 2 ;;
  esac
done
[ "$NO_SERVE" = 0 ] || [ "$NO_SERVE" = 1 ] || NO_SERVE=1

QG=${QG:-quotegold}
OUT=${QUOTEGOLD_OUT:-out}
export QUOTEGOLD_HOME=${QUOTEGOLD_HOME:-.quotegold}
PROJECT="quotegold demo"
SPLIT=60/10/30   # the bundled gold is small (86 documents): a 30% test split keeps about a quarter of them to score
mkdir -p "$OUT/pred"

step() { printf '\n\033[1m==> %s\033[0m\n' "$*" >&2; }
run() { printf '$ %s\n' "$*" >&2; "$@"; }

if [ "$NO_SERVE" = 1 ]; then
  # Stop the server even when a step fails, so CI and scripts never leave it behind.
  trap '$QG studio stop >/dev/null 2>&1 || true' EXIT
fi

step "1/11 Ingest the bundled corpus (corpus/data/) into a corpus JSONL"
run "$QG" corpus add corpus/data -o "$OUT/corpus.jsonl"
run "$QG" corpus stats "$OUT/corpus.jsonl"

step "2/11 Pre-annotate with the rules extractor"
run "$QG" preannotate "$OUT/corpus.jsonl" -o "$OUT/pred/rules.jsonl" --extractor rules --no-progress

step "3/11 Start a local Label Studio (127.0.0.1, SQLite under $QUOTEGOLD_HOME)"
run "$QG" studio start

step "4/11 Seed the project with the documents and the rules predictions"
run "$QG" seed "$OUT/corpus.jsonl" --predictions "$OUT/pred/rules.jsonl" --project "$PROJECT"

step "5/11 Load the bundled gold as two annotators: the gold (ground truth) and a SIMULATED perturbed copy"
run "$QG" simulate corpus/gold/gold.jsonl -o "$OUT/simulated-annotator.jsonl" --seed 13
run "$QG" gold-import corpus/gold/gold.jsonl --project "$PROJECT"
run "$QG" gold-import "$OUT/simulated-annotator.jsonl" --project "$PROJECT" --no-ground-truth \
  --annotator simulated-2@quotegold.invalid

step "6/11 Export every annotation (one row per annotation, annotators pseudonymised)"
run "$QG" export --project "$PROJECT" -o "$OUT/annotations.jsonl"

step "7/11 Inter-annotator agreement"
run "$QG" agreement "$OUT/annotations.jsonl"
"$QG" agreement "$OUT/annotations.jsonl" --json > "$OUT/agreement.json"

step "8/11 Adjudicate: the ground-truth annotation wins (with --policy majority, disagreements go to the review list)"
run "$QG" adjudicate "$OUT/annotations.jsonl" -o "$OUT/gold.jsonl" --policy ground-truth --review "$OUT/review.jsonl"

step "9/11 Build the Hugging Face dataset (parquet + card)"
run "$QG" dataset build "$OUT/gold.jsonl" -o "$OUT/dataset" --split "$SPLIT" --agreement "$OUT/agreement.json" \
  --overwrite
run "$QG" dataset publish "$OUT/dataset" --repo quotegold/quotegold-demo --dry-run

step "10/11 Train the learned extractor on the train split, pre-annotate with it, add its predictions"
run "$QG" train "$OUT/dataset" --split train -o "$OUT/model"
run "$QG" preannotate "$OUT/corpus.jsonl" -o "$OUT/pred/learned.jsonl" --extractor learned --model "$OUT/model" \
  --no-progress
run "$QG" seed "$OUT/corpus.jsonl" --predictions "$OUT/pred/learned.jsonl" --project "$PROJECT"

step "11/11 Evaluate every extractor on the test split, with 95% bootstrap intervals and an HTML report"
run "$QG" eval "$OUT/dataset" --split test "$OUT/pred/rules.jsonl" "$OUT/pred/learned.jsonl" \
  --bootstrap 1000 --seed 0 --report "$OUT/report.html" --errors "$OUT/errors"
"$QG" eval "$OUT/dataset" --split test "$OUT/pred/rules.jsonl" "$OUT/pred/learned.jsonl" \
  --bootstrap 1000 --seed 0 --json > "$OUT/eval.json" 2>/dev/null

printf '\n\033[1mDone.\033[0m Outputs:\n'
printf '  corpus           %s\n' "$OUT/corpus.jsonl"
printf '  predictions      %s\n' "$OUT/pred/rules.jsonl $OUT/pred/learned.jsonl"
printf '  annotations      %s (export: one row per annotation)\n' "$OUT/annotations.jsonl"
printf '  agreement        %s\n' "$OUT/agreement.json"
printf '  adjudicated gold %s (disagreements: %s)\n' "$OUT/gold.jsonl" "$OUT/review.jsonl"
printf '  dataset          %s (load: datasets.load_dataset("%s"))\n' "$OUT/dataset" "$OUT/dataset"
printf '  learned model    %s\n' "$OUT/model"
printf '  eval             %s, %s, %s/\n' "$OUT/report.html" "$OUT/eval.json" "$OUT/errors"
if [ "$NO_SERVE" = 1 ]; then
  run "$QG" studio stop
else
  printf '\nLabel Studio is still running (project "%s"):\n' "$PROJECT"
  "$QG" studio status
  printf 'password and API token: quotegold studio status --show-token\n'
  printf 'stop it with:           make stop   (or: quotegold studio stop)\n'
  printf '(quotegold is in %s)\n' "$(dirname "$QG")"
fi
