"""The README's first command, end to end: scripts/demo.sh --no-serve on a clean copy of the project.

It starts its own Label Studio (own work dir, port 8080 if free, else another), runs the whole loop and stops
the server. Every output must exist and be valid, and the leaderboard it wrote must equal a direct
``quotegold eval`` call on the same files.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
QUOTEGOLD = Path(sys.executable).with_name("quotegold")

pytestmark = [pytest.mark.slow, pytest.mark.studio]


def clean_copy(dest: Path) -> Path:
    """The tracked files of the project, as a fresh clone would have them (no venv, no outputs)."""
    try:
        files = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, check=True, capture_output=True).stdout
        names = [n for n in files.decode().split("\0") if n]
    except (OSError, subprocess.CalledProcessError):
        names = [str(p.relative_to(ROOT)) for p in ROOT.rglob("*") if p.is_file()
                 and not {".git", ".venv", "out", ".quotegold"} & set(p.relative_to(ROOT).parts)]
    for name in names:
        if (ROOT / name).is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, dest / name)
    return dest


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = clean_copy(tmp_path_factory.mktemp("clone"))
    env = {k: v for k, v in os.environ.items() if k not in {"QUOTEGOLD_HOME", "QUOTEGOLD_OUT", "QUOTEGOLD_NO_SERVE"}}
    env["QG"] = str(QUOTEGOLD)
    proc = subprocess.run(["bash", "scripts/demo.sh", "--no-serve"], cwd=project, env=env, capture_output=True,
                          text=True, timeout=1200)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert "Done." in proc.stdout
    assert "Label Studio stopped." in proc.stdout
    return project


def test_every_output_exists_and_is_valid(demo: Path) -> None:
    from schemas import document_problems, iter_documents, read_documents

    out = demo / "out"
    corpus = read_documents(out / "corpus.jsonl")
    gold = read_documents(demo / "corpus" / "gold" / "gold.jsonl")
    assert len(corpus) == len(gold)
    for name in ("rules", "learned"):
        preds = read_documents(out / "pred" / f"{name}.jsonl")
        assert [d.id for d in preds] == [d.id for d in corpus]
        assert all(not document_problems(d) for d in preds)
    annotations = list(iter_documents(out / "annotations.jsonl"))  # one row per annotation: ids repeat
    assert len(annotations) == 2 * len(gold)  # the gold and the simulated annotator
    annotators = {a.meta["annotator"] for a in annotations}
    assert len(annotators) == 2
    assert all(name.startswith("annotator-") and "@" not in name for name in annotators)  # pseudonyms only
    # the ground-truth annotation wins, so the adjudicated gold is the bundled gold
    adjudicated = {d.id: d for d in read_documents(out / "gold.jsonl")}
    for g in gold:
        key = sorted((s.start, s.end, s.label, tuple(sorted(s.attrs.items()))) for s in g.spans)
        assert sorted((s.start, s.end, s.label, tuple(sorted(s.attrs.items())))
                      for s in adjudicated[g.id].spans) == key
    agreement = json.loads((out / "agreement.json").read_text())
    assert agreement  # written by `quotegold agreement --json`
    assert (out / "report.html").stat().st_size > 1000
    assert "<svg" in (out / "report.html").read_text()
    assert (out / "model" / "manifest.json").exists()


def test_dataset_loads_with_load_dataset(demo: Path) -> None:
    path = str(demo / "out" / "dataset")
    code = f"import json, datasets; d = datasets.load_dataset({path!r}); print(json.dumps({{s: d[s].num_rows for s in d}}))"
    env = {**os.environ, "HF_DATASETS_OFFLINE": "1", "HF_HUB_OFFLINE": "1"}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    rows = json.loads(proc.stdout.strip().splitlines()[-1])
    n_gold = sum(1 for line in (demo / "corpus" / "gold" / "gold.jsonl").read_text().splitlines() if line.strip())
    assert set(rows) == {"train", "validation", "test"} and sum(rows.values()) == n_gold
    assert (demo / "out" / "dataset" / "README.md").read_text().startswith("---\n")


def test_leaderboard_equals_a_direct_eval_call(demo: Path) -> None:
    out = demo / "out"
    proc = subprocess.run(
        [str(QUOTEGOLD), "eval", "out/dataset", "--split", "test", "out/pred/rules.jsonl", "out/pred/learned.jsonl",
         "--bootstrap", "1000", "--seed", "0", "--json"],
        cwd=demo, capture_output=True, text=True, timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    direct = json.loads(proc.stdout)
    written = json.loads((out / "eval.json").read_text())
    assert written == direct
    assert set(written["systems"]) == {"rules", "learned"}
