"""`quotegold studio status` on the session's real server: running, login shown, secrets only when asked."""

from __future__ import annotations

import json
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
    assert result.exit_code == 4
    assert result.output.strip() == f"No Label Studio set up in {tmp_path}; run: quotegold studio start"


def test_status_json_of_an_empty_workdir_exits_4(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["studio", "status", "--workdir", str(tmp_path), "--json"])
    assert result.exit_code == 4
    assert json.loads(result.output)["running"] is False


def test_status_of_a_stopped_server_exits_3(tmp_path: Path) -> None:
    # A work dir whose server was set up and then stopped: credentials kept, no pid file, nothing listening.
    from annotation.studio.server import free_port

    port = free_port()
    creds = {"url": f"http://127.0.0.1:{port}", "username": "admin@example.org", "password": "pw",
             "token": "tok", "port": port}
    (tmp_path / "credentials.json").write_text(json.dumps(creds), encoding="utf-8")
    result = CliRunner().invoke(cli, ["studio", "status", "--workdir", str(tmp_path)])
    assert result.exit_code == 3, result.output
    assert result.output.splitlines() == [f"Label Studio stopped: http://127.0.0.1:{port}", "login: admin@example.org"]


def test_stop_when_nothing_runs(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["studio", "stop", "--workdir", str(tmp_path)])
    assert result.exit_code == 0
    assert result.output.strip() == f"No Label Studio was running for {tmp_path}."


def test_failed_export_leaves_the_work_dir_untouched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LABEL_STUDIO_API_KEY", raising=False)
    monkeypatch.delenv("QUOTEGOLD_PSEUDONYM_KEY", raising=False)
    workdir = tmp_path / "work"
    result = CliRunner().invoke(cli, ["export", "-o", str(tmp_path / "out.jsonl"), "--workdir", str(workdir)])
    assert result.exit_code == 1
    assert f"no Label Studio server in {workdir}" in result.output
    assert not workdir.exists()  # no pseudonym key made for an export that never happened
