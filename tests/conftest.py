"""Shared pytest fixtures.

``studio`` (session scope): a real Label Studio server for the whole test session, started on a free port of
127.0.0.1 with a temporary work dir (SQLite data dir, credentials), stray ``USERNAME``/``PASSWORD``/``PORT``/
``HOST``/``DEBUG`` variables cleared, telemetry off; the fixture waits for ``/health`` and stops the server
with SIGTERM at the end. It yields an :class:`annotation.studio.StudioServer`:

- ``studio.url``, ``studio.token``: connect with ``annotation.studio.connect(studio.url, studio.token)``;
- ``studio.username``, ``studio.password``: the admin login (for a browser);
- ``studio.workdir``, ``studio.data_dir``, ``studio.pid`` (read from the pid file: a test may kill and
  restart the server with ``start_server(studio.workdir)``; URL and token stay the same).

The first start takes about 25 s; use one project per test (``studio_project``), never a server per test.

``studio_client`` (session): a connected :class:`annotation.studio.Studio`.
``studio_project`` (function): a fresh project with the schema's config, titled after the test.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture(scope="session")
def studio(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from annotation.studio.server import free_port, start_server, stop_server

    workdir: Path = tmp_path_factory.mktemp("studio")
    # start_server clears the stray bare variables itself (see annotation.studio.server.server_env).
    server = start_server(workdir, port=free_port(), timeout=240)
    try:
        yield server
    finally:
        stop_server(workdir)


@pytest.fixture(scope="session")
def studio_client(studio: Any) -> Any:
    from annotation.studio import connect

    return connect(studio.url, studio.token)


_counter = iter(range(1, 1_000_000))


@pytest.fixture
def studio_project(studio_client: Any, request: pytest.FixtureRequest) -> Any:
    name = re.sub(r"[^A-Za-z0-9_-]+", "-", request.node.name)[:40]
    return studio_client.ensure_project(f"t{next(_counter)}-{name}")
