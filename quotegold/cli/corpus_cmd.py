"""``quotegold corpus``: ingest files into a corpus JSONL and count what it holds."""

from __future__ import annotations

from pathlib import Path

import click

from .base import cli, echo_json, echo_table


@cli.group()
def corpus() -> None:
    """Getting text in: ingest files, corpus statistics, imports and exports."""


@corpus.command("add")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Corpus JSONL to append to (created if absent).")
@click.option("--encoding", default=None, help="Encoding of .txt/.md/.html inputs (default UTF-8).")
def corpus_add(paths: tuple[Path, ...], output: Path, encoding: str | None) -> None:
    """Ingest .txt, .md, .html and documents .jsonl files (or folders of them) into OUTPUT."""
    from corpus import add_to_corpus

    report = add_to_corpus(paths, output, encoding=encoding)
    for source, existing in report.duplicates[:3]:
        click.echo(f"skipped duplicate: {source} (same text as document {existing})", err=True)
    if len(report.duplicates) > 3:  # a re-run over the same folder skips everything: no need to list it all
        click.echo(f"skipped {len(report.duplicates) - 3} more duplicate(s)", err=True)
    for source, doc_id in report.conflicts:
        click.echo(f"skipped: {source}: id {doc_id} is already used by a different text", err=True)
    click.echo(
        f"added {len(report.added)} document(s) to {output} "
        f"({len(report.duplicates)} duplicate(s), {len(report.conflicts)} id conflict(s) skipped)"
    )


@corpus.command("stats")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the numbers as JSON.")
def corpus_stats_cmd(path: Path, as_json: bool) -> None:
    """Documents, characters, and spans and relations per label in a documents JSONL file."""
    from corpus import corpus_stats

    stats = corpus_stats(path)
    if as_json:
        echo_json(stats.to_dict())
        return
    click.echo(f"{path}: {stats.documents} documents, {stats.characters} characters, "
               f"{stats.annotated_documents} with spans")
    if stats.spans:
        echo_table(["label", "spans"], sorted(stats.spans.items()))
    if stats.relations:
        echo_table(["relation", "count"], sorted(stats.relations.items()))
