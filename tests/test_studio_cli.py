"""`quotegold studio status` on the session's real server: running, login shown, secrets only when asked."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from quotegold.cli import cli

pytestmark = pytest.mark.studio


def test_status_shows_url_and_login_but_no_secret(studio) -> None:
    result = CliRunner().invoke(cli, ["studio", "status", "--workdir", str(studio.workdir)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == f"Label Studio running: {studio.url} (pid {studio.pid})"
    assert f"login: {studio.username}" in result.output
    assert studio.token not in result.output and studio.password not in result.output


def test_show_token_prints_the_secrets(studio) -> None:
    result = CliRunner().invoke(cli, ["studio", "status", "--workdir", str(studio.workdir), "--show-token"])
    assert f"password: {studio.password}" in result.output
    assert f"token: {studio.token}" in result.output


def test_status_of_an_empty_workdir(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["studio", "status", "--workdir", str(tmp_path)])
    assert result.exit_code == 0
    assert result.output.strip() == f"No Label Studio set up in {tmp_path}; run: quotegold studio start"


def test_stop_when_nothing_runs(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["studio", "stop", "--workdir", str(tmp_path)])
    assert result.exit_code == 0
    assert result.output.strip() == f"No Label Studio was running for {tmp_path}."
