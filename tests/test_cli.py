"""The command line: help everywhere, one-line errors, the foundation commands."""

from __future__ import annotations

from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from label_studio_sdk.label_interface import LabelInterface

from quotegold.cli import cli

ROOT = Path(__file__).resolve().parents[1]


def all_commands(group: click.Group, prefix: tuple[str, ...] = ()):
    for name, cmd in group.commands.items():
        yield (*prefix, name)
        if isinstance(cmd, click.Group):
            yield from all_commands(cmd, (*prefix, name))


@pytest.mark.parametrize("path", list(all_commands(cli)), ids=" ".join)
def test_every_command_has_help(path):
    result = CliRunner().invoke(cli, [*path, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output and len(result.output.splitlines()) > 3


def test_schema_config_is_accepted_by_label_interface():
    result = CliRunner().invoke(cli, ["schema", "config"])
    assert result.exit_code == 0
    LabelInterface(result.output).validate()


def test_schema_check_accepts_the_gold_and_reports_problems(tmp_path: Path):
    ok = CliRunner().invoke(cli, ["schema", "check", str(ROOT / "corpus" / "gold" / "gold.jsonl")])
    assert ok.exit_code == 0, ok.output
    assert "valid against schema version 1" in ok.output
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "d1", "text": "Labour", "spans": [{"id": "T1", "start": 0, "end": 9, "label": "PARTY"}]}\n')
    result = CliRunner().invoke(cli, ["schema", "check", str(bad)])
    assert result.exit_code == 1
    assert f"{bad}:1: document 'd1': span T1 [0:9] PARTY: lies outside the text (0..6)" in result.output
    assert "Error: 1 problem(s) in 1 document(s)" in result.output


def test_malformed_input_is_one_line_and_no_traceback(tmp_path: Path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "text": "x"}\n{oops\n')
    result = CliRunner().invoke(cli, ["corpus", "stats", str(bad)])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        f"Error: {bad}:2: not valid JSON (Expecting property name enclosed in double quotes): '{{oops'"
    ]
    assert "Traceback" not in result.output


def test_corpus_add_and_stats(tmp_path: Path):
    out = tmp_path / "c.jsonl"
    runner = CliRunner()
    result = runner.invoke(cli, ["corpus", "add", str(ROOT / "corpus" / "data"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    n = int(result.output.split("added ")[1].split()[0])
    assert n >= 13
    again = runner.invoke(cli, ["corpus", "add", str(ROOT / "corpus" / "data"), "-o", str(out)])
    assert f"added 0 document(s) to {out} ({n} duplicate(s)" in again.output
    stats = runner.invoke(cli, ["corpus", "stats", str(ROOT / "corpus" / "gold" / "gold.jsonl"), "--json"])
    assert stats.exit_code == 0 and '"QUOTE"' in stats.output


def test_schema_check_reports_repeated_ids_unless_rows_are_annotations(tmp_path: Path):
    rows = tmp_path / "rows.jsonl"
    rows.write_text('{"id": "d1", "text": "Labour"}\n{"id": "d2", "text": "x"}\n{"id": "d1", "text": "Labour"}\n')
    result = CliRunner().invoke(cli, ["schema", "check", str(rows)])
    assert result.exit_code == 1
    assert f"{rows}:3: document id 'd1' already used on line 1" in result.output
    ok = CliRunner().invoke(cli, ["schema", "check", str(rows), "--allow-repeated-ids"])
    assert ok.exit_code == 0, ok.output
