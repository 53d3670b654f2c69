"""``quotegold preannotate``: run an extractor over a documents JSONL file."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import click

from .base import cli, echo_json

if TYPE_CHECKING:
    from annotation.preannotate import Failure


@cli.command("preannotate")
@click.argument("input_path", metavar="IN.jsonl", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Documents JSONL to write (atomically) with the predicted spans and relations.")
@click.option("--extractor", "extractor", default="rules", show_default=True,
              help='rules, learned (with --model), or cmd:"COMMAND" for an outside program.')
@click.option("--workers", default=1, show_default=True, type=click.IntRange(min=1),
              help="Processes to run in parallel.")
@click.option("--backend", type=click.Choice(["processes", "datasets"]), default="processes", show_default=True,
              help="processes: a streaming process pool; datasets: datasets.map(num_proc=WORKERS).")
@click.option("--model", "model", default=None, type=click.Path(path_type=Path),
              help="Model folder, for extractors that load one (learned).")
@click.option("--data-dir", default=None, type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Folder of extra word lists for the rules extractor (see annotation/extractors/data).")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.option("--no-progress", is_flag=True, help="Do not draw the progress bar.")
def preannotate_cmd(input_path: Path, output: Path, extractor: str, workers: int, backend: str,
                    model: Path | None, data_dir: Path | None, as_json: bool, no_progress: bool) -> None:
    """Predict SPEAKER, QUOTE, PARTY, EVENT spans and their relations for every document of IN.jsonl.

    Every input field is kept; a document the extractor fails on is reported by id and skipped.
    """
    from tqdm import tqdm

    from annotation.preannotate import NothingPreannotated, preannotate

    options = {"model": str(model) if model else None, "data_dir": str(data_dir) if data_dir else None}
    with tqdm(desc="preannotate", unit=" docs", disable=no_progress or None, file=sys.stderr,
              dynamic_ncols=True) as bar:
        try:
            report = preannotate(input_path, output, extractor, workers=workers, options=options,
                                 backend=backend, on_progress=lambda n, _chars: bar.update(n))
        except NothingPreannotated as exc:
            _echo_failures(input_path, exc.report.failures)
            raise
    _echo_failures(input_path, report.failures)
    summary = {
        "model_version": report.model_version, "documents": report.documents, "written": report.written,
        "failed": len(report.failures), "spans": report.spans, "relations": report.relations,
        "output": str(output),
    }
    if as_json:
        echo_json(summary)
    else:
        click.echo(f"{report.written} of {report.documents} document(s) pre-annotated by {report.model_version} "
                   f"into {output}: {report.spans} spans, {report.relations} relations"
                   + (f"; {len(report.failures)} skipped (see above)" if report.failures else ""))



def _echo_failures(input_path: Path, failures: Sequence[Failure]) -> None:
    shown: dict[str, int] = {}
    for failure in failures:
        # One broken outside program fails every document the same way: say it three times, then count.
        seen = shown[failure.message] = shown.get(failure.message, 0) + 1
        if seen <= 3:
            click.echo(f"skipped: {input_path}:{failure}", err=True)
    for message, count in shown.items():
        if count > 3:
            click.echo(f"skipped: {count - 3} more document(s) with the same error: {message}", err=True)
