"""`quotegold eval --extractor NAME` runs shipped extractors on the gold texts, `--model` going to `learned`."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from quotegold.cli import cli

GOLD = Path(__file__).resolve().parents[1] / "corpus" / "gold" / "gold.jsonl"


def test_eval_runs_rules_and_a_trained_learned_model(tmp_path: Path) -> None:
    runner = CliRunner()
    trained = runner.invoke(cli, ["train", str(GOLD), "-o", str(tmp_path / "model"), "--epochs", "2"])
    assert trained.exit_code == 0, trained.output
    result = runner.invoke(cli, ["eval", str(GOLD), "--extractor", "rules", "--extractor", "learned",
                                 "--model", str(tmp_path / "model"), "--json"])
    assert result.exit_code == 0, result.output
    systems = json.loads(result.output)["systems"]
    assert set(systems) == {"rules", "learned"}
    for name in systems:
        f1 = systems[name]["overall"]["f1"]
        assert 0.3 < f1 <= 1.0, (name, f1)  # both really predict: an empty prediction would score 0


def test_learned_without_a_model_is_a_clear_error() -> None:
    result = CliRunner().invoke(cli, ["eval", str(GOLD), "--extractor", "learned"])
    assert result.exit_code == 1
    assert result.output.strip() == (
        "Error: extractor learned needs a model folder: --model MODEL_DIR "
        "(train one with `quotegold train GOLD -o MODEL_DIR`)"
    )
