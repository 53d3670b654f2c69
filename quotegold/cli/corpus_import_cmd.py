"""``quotegold corpus import-brat | import-conll | export-conll``: bring existing gold in, and BIO files out."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

import click

from .base import echo_json
from .corpus_cmd import corpus

if TYPE_CHECKING:
    from schemas import Document


def _validate_all(docs: list[Document]) -> None:
    from schemas import validate_document

    for doc in docs:
        validate_document(doc)


def _echo_dropped(title: str, counts: Counter[str]) -> None:
    if counts:
        shown = ", ".join(f"{name} ({n})" for name, n in counts.most_common())
        click.echo(f"{title}: {shown}", err=True)


@corpus.command("import-brat")
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Documents JSONL to write (replaced atomically).")
@click.option("--map", "label_specs", multiple=True, required=True,
              help="BRAT_TYPE=LABEL[:attr=value], comma-separated or repeated, e.g. Source=SPEAKER,Content=QUOTE.")
@click.option("--relation", "relation_specs", multiple=True,
              help="ROLE_A-ROLE_B=RELATION for event (E) arguments, or TYPE=RELATION for R lines; repeatable.")
@click.option("--json", "as_json", is_flag=True, help="Print the import report as JSON.")
def import_brat_cmd(
    directory: Path, output: Path, label_specs: tuple[str, ...], relation_specs: tuple[str, ...], as_json: bool
) -> None:
    """Import brat standoff annotations (.txt with .ann files) under DIRECTORY as documents JSONL.

    Several .ann files for one text (doc_ANNOTATOR.ann) become one row per annotator, for `agreement`.
    Entity types not in --map are dropped and counted.
    """
    from corpus.brat import import_brat, parse_label_map, parse_relation_map
    from schemas import write_documents

    docs, report = import_brat(directory, parse_label_map(label_specs), parse_relation_map(relation_specs))
    _validate_all(docs)
    write_documents(output, docs)
    annotators = sorted({str(d.meta["annotator"]) for d in docs if "annotator" in d.meta})
    if as_json:
        echo_json({
            "output": str(output), "documents": report.documents, "spans": report.spans,
            "relations": report.relations, "annotators": annotators,
            "dropped_entities": dict(report.dropped_entities), "dropped_relations": dict(report.dropped_relations),
            "dropped_attributes": dict(report.dropped_attributes), "trimmed": report.trimmed,
            "texts_without_ann": report.texts_without_ann,
        })
        return
    _echo_dropped("dropped entity types (not in --map)", report.dropped_entities)
    _echo_dropped("dropped relations", report.dropped_relations)
    _echo_dropped("dropped attributes", report.dropped_attributes)
    if report.trimmed:
        click.echo(f"trimmed whitespace at the edges of {report.trimmed} fragment(s)", err=True)
    if report.texts_without_ann:
        click.echo(f"{len(report.texts_without_ann)} text(s) without a .ann file skipped", err=True)
    who = f", annotators {', '.join(annotators)}" if annotators else ""
    click.echo(f"wrote {report.documents} document row(s) with {report.spans} span(s) and {report.relations} "
               f"relation(s) to {output}{who}")


@corpus.command("import-conll")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Documents JSONL to write (replaced atomically).")
@click.option("--map", "label_specs", multiple=True,
              help="CONLL_LABEL=LABEL, comma-separated or repeated, e.g. PER=SPEAKER. Schema labels map to "
                   "themselves; other labels are dropped and counted.")
def import_conll_cmd(path: Path, output: Path, label_specs: tuple[str, ...]) -> None:
    """Import a CoNLL-2003 style BIO file (token ... TAG; -DOCSTART- between documents) as documents JSONL."""
    from corpus.conll import parse_conll_label_map, read_conll
    from schemas import write_documents

    docs, report = read_conll(path, parse_conll_label_map(label_specs))
    _validate_all(docs)
    write_documents(output, docs)
    _echo_dropped("dropped labels (tokens set to O)", report.dropped_labels)
    click.echo(f"wrote {report.documents} document(s), {report.sentences} sentence(s), {report.tokens} token(s), "
               f"{report.spans} span(s) to {output}")


@corpus.command("export-conll")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="CoNLL file to write (replaced atomically).")
@click.option("--labels", default=None, help="Comma-separated span labels to export (default: all).")
def export_conll_cmd(path: Path, output: Path, labels: str | None) -> None:
    """Export documents JSONL as a CoNLL-2003 style BIO file (token TAG), one blank line per line break.

    Attributes and relations are not written: BIO cannot hold them.
    """
    from corpus.conll import write_conll
    from schemas import SchemaError, iter_documents, load_schema

    keep = None
    if labels:
        keep = [x.strip() for x in labels.split(",") if x.strip()]
        unknown = [x for x in keep if x not in load_schema().span_labels]
        if unknown:
            raise SchemaError(f"--labels: unknown label(s) {', '.join(unknown)}; the schema has "
                              f"{', '.join(load_schema().span_labels)}")
    n = write_conll(output, iter_documents(path), keep)
    click.echo(f"wrote {n} document(s) to {output}")
