"""``quotegold agreement``, ``quotegold adjudicate`` and ``quotegold dataset build|publish``: the gold dataset."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from .base import cli, echo_json, echo_table

if TYPE_CHECKING:
    from eval.agreement import AgreementDict
    from schemas import Document


def _read_annotations(path: str) -> list[Document]:
    from schemas import iter_documents

    return list(iter_documents(path))


@cli.command("agreement")
@click.argument("annotations", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def agreement_command(annotations: str, as_json: bool) -> None:
    """Inter-annotator agreement of ANNOTATIONS.jsonl (one row per annotation, as exported).

    Over the documents with two or more annotators: span F1 strict and overlap per label and overall,
    Cohen's kappa and Krippendorff's alpha on token labels, said_by pair agreement, and every annotator pair.
    """
    from eval.agreement import compute_agreement

    report = compute_agreement(_read_annotations(annotations), source=Path(annotations).name).to_dict()
    if as_json:
        echo_json(report)
        return
    echo_agreement(report)


def _v(value: Any) -> Any:
    return "n/a" if value is None else value


def echo_agreement(report: AgreementDict) -> None:
    """The agreement report as tables (the same numbers as ``--json``)."""
    click.echo(
        f"{report['documents']} of {report['tasks']} documents have two or more annotators; "
        f"annotators: {', '.join(report['annotators']) or 'none'}"
        + (" (SIMULATED annotations included)" if report["simulated"] else "")
    )
    if not report["documents"]:
        return
    o = report["overall"]
    click.echo()
    rows = [
        ["span F1 strict", _v(o["strict_f1"])],
        ["span F1 overlap", _v(o["overlap_f1"])],
        ["Cohen's kappa (tokens)", _v(o["kappa"])],
        ["Krippendorff's alpha (tokens)", _v(o["alpha"])],
        ["said_by F1 (overlap ends)", _v(o["said_by_f1"])],
        ["said_by F1 (strict ends)", _v(o["said_by_strict_f1"])],
    ]
    echo_table(["measure", "value"], rows)
    click.echo()
    echo_table(
        ["label", "spans", "strict F1", "overlap F1"],
        [[lab, r["spans"], _v(r["strict_f1"]), _v(r["overlap_f1"])] for lab, r in report["per_label"].items()],
    )
    click.echo()
    echo_table(
        ["annotator A", "annotator B", "docs", "strict F1", "overlap F1", "kappa", "said_by F1"],
        [[p["a"], p["b"], p["documents"], p["strict_f1"], p["overlap_f1"], _v(p["kappa"]), _v(p["said_by_f1"])]
         for p in report["pairs"]],
    )
    names = report["matrix"]["annotators"]
    if len(names) > 2:
        click.echo()
        echo_table(["strict F1", *names], [[n, *(_v(v) for v in row)]
                                           for n, row in zip(names, report["matrix"]["strict_f1"], strict=True)])


@cli.command("adjudicate")
@click.argument("annotations", type=click.Path(exists=True, dir_okay=False))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="The gold JSONL to write.")
@click.option("--policy", default="ground-truth", show_default=True,
              type=click.Choice(["ground-truth", "majority", "single"]), help="How a task's annotations become gold.")
@click.option("--review", type=click.Path(dir_okay=False), help="Write every disagreement to this JSONL file.")
@click.option("--to-studio", is_flag=True, help="Seed a Label Studio review project with the disputed tasks.")
@click.option("--project", default="quotegold review", show_default=True, help="Title of the review project.")
@click.option("--url", help="Label Studio URL (token in $LABEL_STUDIO_API_KEY); default: the work dir's server.")
@click.option("--workdir", type=click.Path(file_okay=False), help="quotegold work dir (default $QUOTEGOLD_HOME).")
def adjudicate_command(
    annotations: str, output: str, policy: str, review: str | None, to_studio: bool, project: str,
    url: str | None, workdir: str | None,
) -> None:
    """Adjudicate ANNOTATIONS.jsonl into one gold document per task."""
    from annotation.adjudicate import adjudicate, review_seed
    from schemas import atomic_writer, write_documents

    docs = _read_annotations(annotations)
    result = adjudicate(docs, policy, source=Path(annotations).name)
    write_documents(output, result.gold)
    if review:
        with atomic_writer(review) as fh:
            for item in result.review:
                fh.write(json.dumps(item.to_dict(), ensure_ascii=False) + "\n")
    settled = ", ".join(f"{n} by {how}" for how, n in sorted(result.settled_by.items()))
    click.echo(f"Wrote {len(result.gold)} gold documents to {output} ({settled}).")
    click.echo(f"{len(result.review)} disagreements in {len(result.disputed)} documents"
               + (f" written to {review}." if review else " (use --review FILE to list them)."))
    if to_studio:
        from annotation.studio import connect, resolve_connection

        tasks, predictions = review_seed(docs, result.disputed)
        if not tasks:
            click.echo("No disputed task: nothing to send to Label Studio.")
            return
        studio = connect(*resolve_connection(url, workdir))
        target = studio.ensure_project(project)
        report = studio.seed(target, tasks, predictions)
        click.echo(f"Review project {project!r}: {report.added} tasks added, {report.skipped} already there, "
                   f"{len(predictions)} annotator versions as predictions.")


@cli.group("dataset")
def dataset_group() -> None:
    """Build and publish the Hugging Face gold dataset."""


@dataset_group.command("build")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("-o", "--output", required=True, type=click.Path(file_okay=False), help="The dataset directory.")
@click.option("--version", "version", help="Dataset version X.Y.Z (default 1.0.0, or the existing one).")
@click.option("--split", default="80/10/10", show_default=True, help="train/validation/test percentages.")
@click.option("--seed", default=0, show_default=True, type=int, help="Seed of the split hash.")
@click.option("--overwrite", is_flag=True, help="Replace an existing dataset of the same version.")
@click.option("--note", help="Changelog note for this version.")
@click.option("--license", "license_", default="cc-by-4.0", show_default=True, help="License of the annotations.")
@click.option("--agreement", "agreement_path", type=click.Path(exists=True, dir_okay=False),
              help="`quotegold agreement --json` output to print in the card.")
def build_command(
    gold: str, output: str, version: str | None, split: str, seed: int, overwrite: bool, note: str | None,
    license_: str, agreement_path: str | None,
) -> None:
    """Build the dataset directory OUTPUT from GOLD.jsonl (parquet per split + README.md card)."""
    from annotation.dataset import build_dataset
    from schemas import DatasetError, load_schema, read_documents

    agreement = None
    if agreement_path:
        try:
            agreement = json.loads(Path(agreement_path).read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise DatasetError(f"{agreement_path}: not the JSON of `quotegold agreement --json`: {exc}") from exc
    report = build_dataset(
        read_documents(gold), output, version=version, split=split, seed=seed, overwrite=overwrite, note=note,
        license=license_, agreement=agreement,
    )
    labels = list(load_schema().span_labels)
    click.echo(f"Built dataset {report.version} in {output}:")
    echo_table(["split", "documents", *labels],
               [[name, n, *(report.label_counts[name].get(lab, 0) for lab in labels)]
                for name, n in report.splits.items()])
    if report.empty_splits:
        click.echo(f"No document fell into {', '.join(report.empty_splits)}: not written.")


@dataset_group.command("publish")
@click.argument("directory", type=click.Path(exists=True, file_okay=False))
@click.option("--repo", required=True, help="Hub dataset repository ORG/NAME.")
@click.option("--public", is_flag=True, help="Make the repository public (default: private).")
@click.option("--dry-run", is_flag=True, help="Validate everything and show what would be uploaded.")
def publish_command(directory: str, repo: str, public: bool, dry_run: bool) -> None:
    """Push DIRECTORY to the Hugging Face Hub with the token in $HF_TOKEN (never printed)."""
    from annotation.publish import publish_dataset

    plan = publish_dataset(directory, repo, public=public, dry_run=dry_run)
    visibility = "private" if plan.private else "public"
    verb = "Would upload" if dry_run else "Uploaded"
    click.echo(f"{verb} dataset {plan.version} to {plan.repo} ({visibility}), {plan.total_bytes} bytes:")
    echo_table(["file", "bytes"], [[name, size] for name, size in plan.files])
    for check in plan.checks:
        click.echo(f"ok  {check}")


@cli.command("simulate")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="Documents JSONL to write.")
@click.option("--seed", default=13, show_default=True, type=int, help="Seed of the perturbations.")
@click.option("--annotator", default="simulated-2", show_default=True, help="Pseudonym written into meta.")
@click.option("--rate", "rates", multiple=True, metavar="NAME=P",
              help="Override a perturbation rate: drop, shift, relabel, attr, relation_drop (e.g. --rate drop=0.2).")
def simulate_command(gold: str, output: str, seed: int, annotator: str, rates: tuple[str, ...]) -> None:
    """Write a SIMULATED second annotator: a seeded, perturbed copy of GOLD (spans dropped, shifted,
    relabelled; attributes changed; links dropped), marked ``meta.simulated = true``.

    For demos and tests of agreement and adjudication only; never mix it into a real gold set.
    """
    from annotation.simulate import simulate_annotator
    from schemas import read_documents, write_documents

    options: dict[str, float] = {}
    for item in rates:
        name, sep, value = item.partition("=")
        if not sep or name not in {"drop", "shift", "relabel", "attr", "relation_drop"}:
            raise click.BadParameter(f"{item!r}: expected NAME=P with NAME one of drop, shift, relabel, attr, "
                                     "relation_drop", param_hint="--rate")
        try:
            options[name] = float(value)
        except ValueError:
            raise click.BadParameter(f"{item!r}: {value!r} is not a number", param_hint="--rate") from None
    try:
        docs = simulate_annotator(read_documents(gold), seed, annotator=annotator, **options)  # type: ignore[arg-type]
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--rate") from None
    n = write_documents(output, docs)
    click.echo(f"wrote {n} simulated annotation(s) by {annotator!r} to {output}")
