"""``quotegold studio start|stop|status``, ``seed``, ``export`` and ``gold-import``: the Label Studio round trip.

Connection: the work dir's own server (``--workdir``, else ``$QUOTEGOLD_HOME``, else ``./.quotegold``), or
your own server with ``--url`` and the API token in ``$LABEL_STUDIO_API_KEY``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from .base import cli, echo_json, extractor_from_options

DEFAULT_PROJECT = "quotegold"

workdir_option = click.option(
    "--workdir", type=click.Path(file_okay=False, path_type=Path), default=None,
    help="Work dir holding the server's data and credentials (default: $QUOTEGOLD_HOME or ./.quotegold).",
)
url_option = click.option(
    "--url", envvar="LABEL_STUDIO_URL", default=None,
    help="Your own Label Studio server (token in $LABEL_STUDIO_API_KEY) instead of the work dir's.",
)
project_option = click.option("--project", "title", default=DEFAULT_PROJECT, show_default=True,
                              help="Project title.")


def _connect(url: str | None, workdir: Path | None) -> Any:
    from annotation.studio import connect, resolve_connection

    return connect(*resolve_connection(url, workdir))


def _progress(total: int, unit: str) -> tuple[Any, Callable[[int], None]]:
    import sys

    from tqdm import tqdm

    bar = tqdm(total=total, unit=unit, file=sys.stderr, disable=None)
    return bar, bar.update


@cli.group()
def studio() -> None:
    """Run a local Label Studio server (127.0.0.1 only, SQLite in the work dir, no telemetry)."""


@studio.command("start")
@workdir_option
@click.option("--port", type=int, default=None, help="Port (first start: 8080 if free, else any free port).")
@click.option("--postgres", metavar="URL", default=None,
              help="Use PostgreSQL (postgresql://USER:PASSWORD@HOST:PORT/DB) instead of SQLite.")
@click.option("--timeout", type=float, default=180.0, show_default=True, help="Seconds to wait for the server.")
def studio_start(workdir: Path | None, port: int | None, postgres: str | None, timeout: float) -> None:
    """Start Label Studio and wait until it answers; prints the URL and the login (not the password)."""
    from annotation.studio import start_server

    server = start_server(workdir, port=port, postgres=postgres, timeout=timeout)
    click.echo(f"Label Studio runs at {server.url} (pid {server.pid})")
    click.echo(f"login: {server.username}  (password and API token: quotegold studio status --show-token)")


@studio.command("stop")
@workdir_option
def studio_stop(workdir: Path | None) -> None:
    """Stop the work dir's Label Studio (SIGTERM)."""
    from annotation.studio import stop_server, workdir_path

    if stop_server(workdir):
        click.echo("Label Studio stopped.")
    else:
        click.echo(f"No Label Studio was running for {workdir_path(workdir)}.")


STATUS_RUNNING, STATUS_NOT_RUNNING, STATUS_NOT_SET_UP = 0, 3, 4


@studio.command("status")
@workdir_option
@click.option("--show-token", is_flag=True, help="Also print the password and API token.")
@click.option("--json", "as_json", is_flag=True, help="Print the status as JSON.")
def studio_status(workdir: Path | None, show_token: bool, as_json: bool) -> None:
    """Whether the work dir's Label Studio runs, where, and its login.

    Exits 0 when the server answers, 3 when it is not running (or not answering), 4 when the work dir has no
    Label Studio set up (the LSB status codes, as ``systemctl status`` and ``pg_ctl status`` use them), so
    scripts can test ``quotegold studio status`` directly.
    """
    from annotation.studio import server_status

    st = server_status(workdir)
    creds = st.credentials
    info: dict[str, Any] = {
        "workdir": str(st.workdir), "running": st.running, "healthy": st.healthy, "pid": st.pid,
        "url": creds.url if creds else None, "username": creds.username if creds else None,
    }
    if show_token and creds:
        info |= {"password": creds.password, "token": creds.token}
    code = STATUS_RUNNING if st.healthy else (STATUS_NOT_RUNNING if creds else STATUS_NOT_SET_UP)
    if as_json:
        echo_json(info)
    elif not creds:
        click.echo(f"No Label Studio set up in {st.workdir}; run: quotegold studio start")
    else:
        state = "running" if st.healthy else ("starting or not answering" if st.running else "stopped")
        click.echo(f"Label Studio {state}: {creds.url}" + (f" (pid {st.pid})" if st.pid else ""))
        click.echo(f"login: {creds.username}")
        if show_token:
            click.echo(f"password: {creds.password}")
            click.echo(f"token: {creds.token}")
    if code != STATUS_RUNNING:
        click.get_current_context().exit(code)


def _read_predictions(path: Path, default_version: str | None) -> dict[str, list[Any]]:
    from schemas import iter_documents

    grouped: dict[str, list[Any]] = {}
    for doc in iter_documents(path):
        version = default_version or doc.meta.get("model_version") or path.stem
        grouped.setdefault(str(version), []).append(doc)
    return grouped


@cli.command("seed")
@click.argument("corpus", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--extractor", default=None, help="Pre-annotate with this extractor (e.g. rules).")
@click.option("--model", type=click.Path(exists=True, file_okay=False, path_type=Path), default=None,
              help="Model folder for --extractor learned (from quotegold train).")
@click.option("--predictions", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="Documents JSONL of predictions (model version: --model-version, else meta.model_version).")
@click.option("--model-version", default=None, help="Model version of --predictions rows.")
@project_option
@click.option("--batch-size", type=int, default=1000, show_default=True, help="Tasks per import request.")
@url_option
@workdir_option
def seed_cmd(corpus: Path, extractor: str | None, model: Path | None, predictions: Path | None,
             model_version: str | None, title: str, batch_size: int, url: str | None, workdir: Path | None) -> None:
    """Import CORPUS documents as tasks (with predictions); documents already there are skipped."""
    from schemas import read_documents

    if extractor and predictions:
        raise click.UsageError("give --extractor or --predictions, not both")
    docs = read_documents(corpus)
    preds: dict[str, list[Any]] = {}
    if extractor:
        ext = extractor_from_options(extractor, model)
        bar, update = _progress(len(docs), "doc")
        with bar:
            bar.set_description(f"predicting ({ext.model_version})")
            out = []
            for pred in ext.extract_many(docs):
                out.append(pred)
                update(1)
        preds[ext.model_version] = out
    elif predictions:
        preds = _read_predictions(predictions, model_version)
    studio = _connect(url, workdir)
    project = studio.ensure_project(title)
    bar, update = _progress(len(docs), "task")
    with bar:
        bar.set_description("seeding")
        report = studio.seed(project, docs, preds, batch_size=batch_size, progress=update)
    for doc_id in report.changed:
        click.echo(f"changed: document {doc_id!r} has a different text than its task in {title!r}; "
                   "not sent (give it a new id, or fix the corpus)", err=True)
    for doc_id in report.duplicates:
        click.echo(f"duplicate: document {doc_id!r} has several tasks in {title!r}", err=True)
    versions = ", ".join(preds) or "none"
    click.echo(f"project {title!r} (id {project.id}) at {studio.url}: {report.added} task(s) added, "
               f"{report.skipped} already there, {report.predictions_added} prediction(s) added to existing "
               f"tasks, {len(report.changed)} changed; model versions: {versions}")


@cli.command("export")
@project_option
@click.option("--from-file", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="Read a Label Studio JSON export file instead of asking the server.")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Documents JSONL to write (one row per annotation; written atomically).")
@click.option("--drafts", is_flag=True, help="Also export drafts (meta.draft = true).")
@url_option
@workdir_option
def export_cmd(title: str, from_file: Path | None, output: Path, drafts: bool, url: str | None,
               workdir: Path | None) -> None:
    """Write every non-cancelled annotation as a documents JSONL row with provenance in meta."""
    from annotation.studio import documents_from_export, pseudonym_key, read_export_file
    from schemas import write_documents

    # The pseudonym key is created on first use: only once the input is known to be there, so that a failed
    # export (no server, unreadable file) leaves the work dir as it was.
    if from_file:
        tasks = read_export_file(from_file)
        result = documents_from_export(tasks, pseudonym_key(workdir), drafts=drafts)
    else:
        studio = _connect(url, workdir)
        project = studio.project(title)
        result = studio.export(project, pseudonym_key(workdir), drafts=drafts)
    n = write_documents(output, result.documents)
    click.echo(f"wrote {n} annotation(s) of {result.tasks} task(s) to {output} "
               f"({result.cancelled} cancelled/skipped and {result.drafts_skipped} draft(s) left out, "
               f"{result.unannotated_tasks} task(s) without annotations)")


@cli.command("gold-import")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@project_option
@click.option("--ground-truth/--no-ground-truth", default=True, show_default=True,
              help="Mark the imported annotations as ground truth.")
@click.option("--annotator", metavar="EMAIL", default=None,
              help="Import as this Label Studio user (created in your organisation if absent); "
                   "default: the token's user.")
@url_option
@workdir_option
def gold_import_cmd(
    gold: Path, title: str, ground_truth: bool, annotator: str | None, url: str | None, workdir: Path | None
) -> None:
    """Load gold documents into the project as annotations (tasks created if absent; re-runs add nothing).

    Each --annotator gets its own annotation per task, so several files can be loaded as several annotators.
    """
    from schemas import read_documents

    docs = read_documents(gold)
    studio = _connect(url, workdir)
    project = studio.ensure_project(title)
    user = studio.create_user(annotator) if annotator else None
    bar, update = _progress(len(docs), "doc")
    with bar:
        report = studio.import_annotations(project, docs, user=user, ground_truth=ground_truth, progress=update)
    for doc_id in report.changed:
        click.echo(f"changed: document {doc_id!r} has a different text than its task in {title!r}; not sent",
                   err=True)
    click.echo(f"project {title!r}: {report.added} annotation(s) added, {report.skipped} already there, "
               f"{report.tasks_created} task(s) created")
