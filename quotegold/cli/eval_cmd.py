"""``quotegold eval``: score extractors against the gold."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from .base import cli, echo_json, echo_table, extractor_from_options

if TYPE_CHECKING:
    from eval.evaluate import Evaluation
    from schemas import Document


@cli.command("eval")
@click.argument("gold", type=click.Path(exists=True, path_type=Path))
@click.argument("preds", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--split", default="test", show_default=True, help="Split to score when GOLD is a dataset directory.")
@click.option("--name", "names", multiple=True, help="Name of each PRED, in order (default: the file stem).")
@click.option(
    "--extractor", "extractors", multiple=True, help="Run a shipped extractor on the gold texts and score it."
)
@click.option("--model", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Model folder for --extractor learned (from quotegold train).")
@click.option(
    "--scheme",
    "schemes",
    type=click.Choice(["strict", "exact", "partial", "type"]),
    multiple=True,
    help="strict (default): same boundaries and label; exact: same boundaries; partial: overlap, half credit; "
    "type: overlap and same label. Repeat to score several schemes from one reading (and one extractor run); "
    "--errors and --report use the first.",
)
@click.option("--min-overlap", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Share of the gold span an overlapping prediction must cover (0 = one character).")
@click.option("--labels", help="Comma-separated labels to score (default: all schema labels).")
@click.option("--bootstrap", "n_bootstrap", type=click.IntRange(0), default=0, show_default=True,
              help="Bootstrap resamples for 95% intervals and paired p-values (e.g. 1000).")
@click.option("--seed", type=int, default=0, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print the results as nested JSON.")
@click.option("--markdown", is_flag=True, help="Print the results as Markdown tables.")
@click.option("--errors", "errors_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Write <system>.errors.jsonl (false positives/negatives with context) into this directory.")
@click.option("--report", type=click.Path(dir_okay=False, path_type=Path), help="Write a self-contained HTML report.")
def eval_command(
    gold: Path,
    preds: tuple[Path, ...],
    split: str,
    names: tuple[str, ...],
    extractors: tuple[str, ...],
    model: Path | None,
    schemes: tuple[str, ...],
    min_overlap: float,
    labels: str | None,
    n_bootstrap: int,
    seed: int,
    as_json: bool,
    markdown: bool,
    errors_dir: Path | None,
    report: Path | None,
) -> None:
    """Score extractors against the gold.

    GOLD is a built dataset directory (see --split), a parquet file, or documents JSONL. Each PRED is a
    documents JSONL (or dataset parquet) file of one extractor; documents are matched to the gold by id.
    """
    from eval.evaluate import evaluate_files_schemes

    if as_json and markdown:
        raise click.UsageError("choose one of --json and --markdown")
    if len(names) > len(preds):
        raise click.UsageError(f"{len(names)} --name given for {len(preds)} PRED files")
    if not preds and not extractors:
        raise click.UsageError("give at least one PRED file or --extractor NAME")
    pred_files = [(names[i] if i < len(names) else path.stem, path) for i, path in enumerate(preds)]
    seen = [n for n, _ in pred_files] + list(extractors)
    dup = next((n for n in seen if seen.count(n) > 1), None)
    if dup:
        raise click.UsageError(f"two systems are named {dup!r}; tell them apart with --name")
    extracted = []
    if extractors:
        from eval.io import load_gold

        gold_docs = load_gold(gold, split)  # extractors need the texts as documents
        extracted = [(name, _run_extractor(name, gold_docs, model)) for name in extractors]
    label_list = [x.strip() for x in labels.split(",") if x.strip()] if labels else None
    chosen = list(dict.fromkeys(schemes)) or ["strict"]
    evs = evaluate_files_schemes(
        gold, pred_files, chosen, min_overlap, label_list, n_bootstrap, seed, split, extracted
    )
    ev = evs[0]
    for s in ev.systems:
        if s.missing:
            shown = ", ".join(s.missing[:5]) + (" ..." if len(s.missing) > 5 else "")
            click.echo(f"Warning: {s.name}: {len(s.missing)} gold documents have no prediction and count as empty: "
                       f"{shown}", err=True)
        if s.extra:
            click.echo(f"Warning: {s.name}: {len(s.extra)} predicted documents are not in the gold and are ignored",
                       err=True)
    _print(evs, as_json, markdown)
    if errors_dir is not None:
        from eval.report import write_errors

        for path in write_errors(ev, errors_dir):
            click.echo(f"Wrote {path}", err=True)
    if report is not None:
        from eval.html import write_html

        click.echo(f"Wrote {write_html(ev, report)}", err=True)


def _run_extractor(name: str, gold_docs: list[Document], model: Path | None) -> list[Document]:
    from tqdm import tqdm

    extractor = extractor_from_options(name, model)
    blank = (d.with_annotations((), ()) for d in gold_docs)
    return list(tqdm(extractor.extract_many(blank), total=len(gold_docs), desc=name, unit="doc", disable=None))


def _print(evs: list[Evaluation], as_json: bool, markdown: bool) -> None:
    """One scheme prints as before; several print one after the other (JSON: nested under ``schemes``)."""
    from eval.report import to_json, to_markdown

    if as_json:
        echo_json(to_json(evs[0]) if len(evs) == 1 else {"schemes": {ev.scheme.value: to_json(ev) for ev in evs}})
        return
    for i, ev in enumerate(evs):
        if i:
            click.echo("")
        if markdown:
            click.echo(to_markdown(ev), nl=False)
        else:
            _print_tables(ev)


def _print_tables(ev: Evaluation) -> None:
    from eval.report import comparison_table, leaderboard, per_label_table

    click.echo(f"Scheme {ev.scheme.value}, {ev.n_docs} gold documents"
               + (f", 95% CIs from {ev.bootstrap} bootstrap resamples" if ev.bootstrap else ""))
    echo_table(*leaderboard(ev))
    click.echo("")
    echo_table(*per_label_table(ev))
    if ev.p_values:
        click.echo("\nPaired bootstrap p-values:")
        echo_table(*comparison_table(ev))
