"""``quotegold schema``: print the Label Studio config, check documents against the schema."""

from __future__ import annotations

from pathlib import Path

import click

from schemas import document_problems, iter_documents, load_schema

from .base import cli, echo_json


@cli.group()
def schema() -> None:
    """The label schema: generated Label Studio config, document validation."""


@schema.command("config")
def schema_config() -> None:
    """Print the Label Studio labeling config (XML) generated from the schema."""
    from schemas.generate import labeling_config

    click.echo(labeling_config(), nl=False)


@schema.command("features")
def schema_features() -> None:
    """Print the Hugging Face `datasets` features of the gold dataset (JSON)."""
    from schemas.generate import hf_features_dict

    echo_json(hf_features_dict())


@schema.command("check")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--max-errors", default=20, show_default=True, help="Stop listing problems after this many.")
def schema_check(files: tuple[Path, ...], max_errors: int) -> None:
    """Validate documents JSONL FILES against their texts and the schema.

    Prints every problem (document, span, offsets, label, rule) and exits 1 if there is any.
    """
    sch = load_schema()
    n_docs = n_problems = 0
    for path in files:
        for doc in iter_documents(path):
            n_docs += 1
            for problem in document_problems(doc, sch):
                n_problems += 1
                if n_problems <= max_errors:
                    click.echo(f"{path}: {problem}", err=True)
    if n_problems:
        raise click.ClickException(f"{n_problems} problem(s) in {n_docs} document(s)")
    click.echo(f"{n_docs} document(s) valid against schema version {sch.version}")
