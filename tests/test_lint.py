"""The repository is ruff-clean and mypy-clean, with the settings of ``pyproject.toml``.

Both tools run as the CI would: from the project root, as modules of the running interpreter, with no
arguments beyond the configuration (``[tool.ruff]``, ``[tool.mypy]``). A failure shows the tool's own report.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def run_tool(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=600, check=False
    )


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(("ruff", "check", "."), id="ruff"),
        pytest.param(("mypy",), id="mypy"),
    ],
)
def test_tool_is_clean(args: tuple[str, ...]) -> None:
    result = run_tool(*args)
    report = f"$ {' '.join(args)} (exit {result.returncode})\n{result.stdout}{result.stderr}"
    assert result.returncode == 0, report


def test_mypy_checks_every_library_package() -> None:
    """The configuration names the four library packages, so a clean run covers them all."""
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert set(config["tool"]["mypy"]["packages"]) >= {"schemas", "corpus", "eval", "annotation"}
