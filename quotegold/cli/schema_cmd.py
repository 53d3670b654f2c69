"""``quotegold schema``: print the Label Studio config, check documents against the schema."""

from __future__ import annotations

from pathlib import Path

import click

from schemas import Document, document_problems, load_schema
from schemas.io import iter_json_lines

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
@click.option("--allow-repeated-ids", is_flag=True,
              help="The file has one row per annotation (an export), so a document id may repeat.")
def schema_check(files: tuple[Path, ...], max_errors: int, allow_repeated_ids: bool) -> None:
    """Validate documents JSONL FILES against their texts and the schema.

    Prints every problem (file, line, document, span, offsets, label, rule) and exits 1 if there is any.
    Ids must be unique within a file, except with --allow-repeated-ids (an annotation export).
    """
    sch = load_schema()
    n_docs = n_problems = 0
    for path in files:
        first_line: dict[str, int] = {}
        for lineno, obj in iter_json_lines(path):
            doc = Document.from_dict(obj, where=f"{path}:{lineno}")
            n_docs += 1
            problems = [str(p) for p in document_problems(doc, sch)]
            # One document per id: eval, seed and the dataset rely on it.
            if doc.id in first_line and not allow_repeated_ids:
                problems.insert(0, f"document id {doc.id!r} already used on line {first_line[doc.id]}")
            first_line.setdefault(doc.id, lineno)
            for problem in problems:
                n_problems += 1
                if n_problems <= max_errors:
                    click.echo(f"{path}:{lineno}: {problem}", err=True)
    if n_problems:
        raise click.ClickException(f"{n_problems} problem(s) in {n_docs} document(s)")
    click.echo(f"{n_docs} document(s) valid against schema version {sch.version}")
