"""Run a local Label Studio server: start, stop, status, and the credentials file of a work dir.

The work dir (``--workdir``, else ``$QUOTEGOLD_HOME``, else ``.quotegold/`` in the current directory) holds:
``label-studio/`` (SQLite database, media, exports, secret key), ``credentials.json`` (URL, login, password,
API token; mode 0600, readable by its owner only), ``label-studio.pid`` and ``label-studio.log``.

The server binds 127.0.0.1 only, sends no telemetry and checks no version over the network; the admin user
and its API token are created at the first start without any UI step. Starting again on the same work dir
keeps every project, user and token.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import asdict, dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from schemas import StudioError

DEFAULT_WORKDIR = ".quotegold"
DEFAULT_PORT = 8080
ADMIN_EMAIL = "admin@quotegold.local"
# The launcher also reads these bare names: a stray one in the environment would be picked up.
STRAY_VARS = ("USERNAME", "PASSWORD", "PORT", "HOST", "DEBUG")


def workdir_path(workdir: str | Path | None = None) -> Path:
    """The work dir: ``workdir`` if given, else ``$QUOTEGOLD_HOME``, else ``./.quotegold``."""
    return Path(workdir or os.environ.get("QUOTEGOLD_HOME") or DEFAULT_WORKDIR).absolute()


@dataclass(frozen=True)
class Credentials:
    """What ``credentials.json`` holds. ``postgres`` is Label Studio's PostgreSQL settings, if any."""

    url: str
    username: str
    password: str
    token: str
    port: int
    postgres: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class StudioServer:
    """A local server of a work dir. ``pid`` is read from the pid file (it changes on restart)."""

    workdir: Path
    credentials: Credentials

    @property
    def url(self) -> str:
        return self.credentials.url

    @property
    def token(self) -> str:
        return self.credentials.token

    @property
    def username(self) -> str:
        return self.credentials.username

    @property
    def password(self) -> str:
        return self.credentials.password

    @property
    def data_dir(self) -> Path:
        return self.workdir / "label-studio"

    @property
    def pid(self) -> int | None:
        return read_pid(self.workdir)


def credentials_path(workdir: Path) -> Path:
    return workdir / "credentials.json"


def read_credentials(workdir: str | Path | None = None) -> Credentials | None:
    path = credentials_path(workdir_path(workdir))
    if not path.exists():
        return None
    try:
        return Credentials(**json.loads(path.read_text(encoding="utf-8")))
    except (ValueError, TypeError) as exc:
        raise StudioError(f"{path}: unreadable credentials file ({exc}); delete it to start afresh") from exc


def _write_credentials(workdir: Path, creds: Credentials) -> None:
    path = credentials_path(workdir)
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(asdict(creds), fh, indent=2)
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)


def postgres_settings(url: str) -> dict[str, str]:
    """Label Studio's PostgreSQL environment from a ``postgresql://user:password@host:port/name`` URL.

    >>> postgres_settings("postgresql://ls:pw@db:5433/labels")["POSTGRE_PORT"]
    '5433'
    """
    parts = urlsplit(url)
    if parts.scheme not in ("postgres", "postgresql") or not parts.hostname or not parts.path.strip("/"):
        raise StudioError(f"--postgres {url!r}: expected postgresql://USER:PASSWORD@HOST:PORT/DATABASE")
    return {
        "DJANGO_DB": "default",
        "POSTGRE_NAME": parts.path.strip("/"),
        "POSTGRE_USER": parts.username or "",
        "POSTGRE_PASSWORD": parts.password or "",
        "POSTGRE_HOST": parts.hostname,
        "POSTGRE_PORT": str(parts.port or 5432),
    }


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _port_is_free(port: int) -> bool:
    with socket.socket() as s:
        # As the server does: connections of a killed server left in TIME_WAIT do not block the port.
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


def read_pid(workdir: Path) -> int | None:
    try:
        return int((workdir / "label-studio.pid").read_text().strip())
    except (OSError, ValueError):
        return None


def _alive(pid: int | None) -> bool:
    if pid is None:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie child (killed but not reaped by us) still answers kill(0); reap it if it is ours.
    try:
        done, _ = os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return True
    return done == 0


def is_healthy(url: str, timeout: float = 2.0) -> bool:
    try:
        with urllib.request.urlopen(f"{url.rstrip('/')}/health", timeout=timeout) as resp:
            return bool(resp.status == 200)
    except (urllib.error.URLError, OSError):
        return False


def accepts_token(url: str, token: str, timeout: float = 5.0) -> bool:
    """Whether the server at ``url`` knows ``token``: the server of *this* work dir, not another one that
    answers on the same port (two starts racing for a free port, a server left from an older work dir)."""
    request = urllib.request.Request(
        f"{url.rstrip('/')}/api/current-user/whoami", headers={"Authorization": f"Token {token}"}
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as resp:
            return bool(resp.status == 200)
    except (urllib.error.URLError, OSError):
        return False


def _launcher() -> list[str]:
    sibling = Path(sys.executable).with_name("label-studio")
    exe = str(sibling) if sibling.exists() else shutil.which("label-studio")
    if not exe:
        raise StudioError("label-studio is not installed; install it with: pip install 'quotegold[studio]'")
    return [exe]


def server_env(creds: Credentials, data_dir: Path, base: dict[str, str] | None = None) -> dict[str, str]:
    """The environment Label Studio starts with: stray variables cleared, telemetry off, admin and token set."""
    env = {k: v for k, v in (os.environ if base is None else base).items() if k not in STRAY_VARS}
    env.update(
        {
            "LABEL_STUDIO_BASE_DATA_DIR": str(data_dir),
            "LABEL_STUDIO_USERNAME": creds.username,
            "LABEL_STUDIO_PASSWORD": creds.password,
            "LABEL_STUDIO_USER_TOKEN": creds.token,
            "LABEL_STUDIO_ENABLE_LEGACY_API_TOKEN": "true",
            "LABEL_STUDIO_DISABLE_SIGNUP_WITHOUT_LINK": "true",
            "SENTRY_DSN": "",
            "FRONTEND_SENTRY_DSN": "",
            "LATEST_VERSION_CHECK": "false",
            "COLLECT_ANALYTICS": "false",
        }
    )
    env.update(creds.postgres)
    return env


def start_server(
    workdir: str | Path | None = None,
    port: int | None = None,
    postgres: str | None = None,
    timeout: float = 180.0,
) -> StudioServer:
    """Start Label Studio for ``workdir`` (or find it running) and wait until ``/health`` answers.

    The first start creates the admin user, a random password and an API token, saved in
    ``credentials.json`` (mode 0600); later starts reuse them and the same port unless ``port`` is given.
    """
    wd = workdir_path(workdir)
    wd.mkdir(parents=True, exist_ok=True)
    creds = read_credentials(wd)
    if creds and _alive(read_pid(wd)) and is_healthy(creds.url) and accepts_token(creds.url, creds.token):
        return StudioServer(wd, creds)
    if creds is None:
        chosen = port or (DEFAULT_PORT if _port_is_free(DEFAULT_PORT) else free_port())
        creds = Credentials(
            url=f"http://127.0.0.1:{chosen}",
            username=ADMIN_EMAIL,
            password=secrets.token_urlsafe(12),
            token=secrets.token_hex(20),
            port=chosen,
            postgres=postgres_settings(postgres) if postgres else {},
        )
    elif port or postgres:
        chosen = port or creds.port
        pg = postgres_settings(postgres) if postgres else creds.postgres
        creds = Credentials(f"http://127.0.0.1:{chosen}", creds.username, creds.password, creds.token, chosen, pg)
    if not _port_is_free(creds.port):  # checked before anything is written: a failed start leaves no trace
        raise StudioError(f"port {creds.port} is taken by another program; start with --port N")
    _write_credentials(wd, creds)
    data_dir = wd / "label-studio"
    data_dir.mkdir(exist_ok=True)
    log = (wd / "label-studio.log").open("ab")
    cmd = [*_launcher(), "start", "--no-browser", "--internal-host", "127.0.0.1", "--port", str(creds.port)]
    proc = subprocess.Popen(
        cmd, env=server_env(creds, data_dir), stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
        start_new_session=True, cwd=wd,
    )
    log.close()
    (wd / "label-studio.pid").write_text(f"{proc.pid}\n")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            if is_healthy(creds.url):
                raise StudioError(
                    f"port {creds.port} is served by another Label Studio, not the one of {wd} (it took the port "
                    "while this one was starting); stop that one, or start with --port N"
                )
            raise StudioError(
                f"Label Studio exited with code {proc.returncode} while starting; last lines of "
                f"{wd / 'label-studio.log'}:\n{_tail(wd / 'label-studio.log')}"
            )
        # Healthy is not enough: another server may answer on our port (it bound it first). Ours then fails
        # to bind and exits, reported above; until then keep waiting rather than hand out a server not ours.
        if is_healthy(creds.url) and accepts_token(creds.url, creds.token):
            return StudioServer(wd, creds)
        time.sleep(0.5)
    stop_server(wd)
    raise StudioError(
        f"Label Studio did not answer at {creds.url} within {timeout:.0f} s; see {wd / 'label-studio.log'}"
    )


def _tail(path: Path, lines: int = 15) -> str:
    try:
        return "\n".join(path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def stop_server(workdir: str | Path | None = None, timeout: float = 20.0) -> bool:
    """Stop the server of ``workdir`` with SIGTERM (SIGKILL after ``timeout``); ``False`` if none ran."""
    wd = workdir_path(workdir)
    pid = read_pid(wd)
    running = _alive(pid)
    if pid is not None and running:
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while _alive(pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        if _alive(pid):
            os.kill(pid, signal.SIGKILL)
    (wd / "label-studio.pid").unlink(missing_ok=True)
    return running


def kill_server(workdir: str | Path) -> None:
    """SIGKILL the server of ``workdir`` (for crash tests); the data dir is left as the crash leaves it."""
    wd = workdir_path(workdir)
    pid = read_pid(wd)
    if pid is not None and _alive(pid):
        os.kill(pid, signal.SIGKILL)
        while _alive(pid):
            time.sleep(0.05)


@dataclass(frozen=True)
class ServerStatus:
    workdir: Path
    running: bool
    healthy: bool
    pid: int | None
    credentials: Credentials | None


def server_status(workdir: str | Path | None = None) -> ServerStatus:
    wd = workdir_path(workdir)
    creds = read_credentials(wd)
    pid = read_pid(wd)
    running = _alive(pid)
    return ServerStatus(wd, running, bool(creds and running and is_healthy(creds.url)), pid if running else None, creds)


def resolve_connection(url: str | None, workdir: str | Path | None = None) -> tuple[str, str]:
    """``(url, token)``: ``url`` with ``$LABEL_STUDIO_API_KEY``, else the work dir's own server."""
    if url:
        token = os.environ.get("LABEL_STUDIO_API_KEY", "")
        if not token:
            raise StudioError(f"--url {url}: give the API token in the LABEL_STUDIO_API_KEY environment variable")
        return url, token
    creds = read_credentials(workdir)
    if creds is None:
        raise StudioError(
            f"no Label Studio server in {workdir_path(workdir)}; run `quotegold studio start`, "
            "or give --url with LABEL_STUDIO_API_KEY"
        )
    return creds.url, creds.token


def pseudonym_key(workdir: str | Path | None = None) -> bytes:
    """The secret key of annotator pseudonyms: ``$QUOTEGOLD_PSEUDONYM_KEY``, else ``pseudonym.key`` of the
    work dir (created once, mode 0600). Keep it to keep pseudonyms stable across exports."""
    env = os.environ.get("QUOTEGOLD_PSEUDONYM_KEY")
    if env:
        return env.encode("utf-8")
    wd = workdir_path(workdir)
    path = wd / "pseudonym.key"
    if not path.exists():
        wd.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(secrets.token_hex(32))
    return path.read_text().strip().encode("utf-8")
