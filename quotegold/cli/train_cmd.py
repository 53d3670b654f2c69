"""``quotegold train``: train the learned extractor on a gold set."""

from __future__ import annotations

from pathlib import Path

import click

from .base import cli, echo_json


@cli.command("train")
@click.argument("gold", type=click.Path(exists=True, path_type=Path))
@click.option("-o", "--output", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Model folder to write (manifest.json and model.skops).")
@click.option("--split", default="train", show_default=True, help="Split to train on when GOLD is a dataset directory.")
@click.option("--epochs", default=12, show_default=True, type=click.IntRange(min=1),
              help="Passes of the token tagger over the training tokens.")
@click.option("--n-features", default=2**18, show_default=True, type=click.IntRange(min=2**10),
              help="Hashed feature columns of the token tagger.")
@click.option("--window", default=2, show_default=True, type=click.IntRange(0, 5),
              help="Tokens either side whose word and shape are features.")
@click.option("--jobs", default=2, show_default=True, type=click.IntRange(min=1), help="CPU cores for training.")
@click.option("--seed", default=0, show_default=True, type=int)
@click.option("--json", "as_json", is_flag=True, help="Print the manifest as JSON.")
def train_cmd(gold: Path, output: Path, split: str, epochs: int, n_features: int, window: int, jobs: int,
              seed: int, as_json: bool) -> None:
    """Train the `learned` extractor on GOLD: a built dataset directory (one --split) or documents JSONL.

    Use it with `quotegold preannotate IN -o OUT --extractor learned --model OUTPUT`.
    """
    import time

    from annotation.learn.features import FeatureSettings
    from annotation.learn.model import save_model, train_model
    from eval.io import load_gold
    from schemas import DatasetError, validate_document

    docs = load_gold(gold, split)
    if not docs:
        raise DatasetError(f"{gold}: no documents to train on")
    for doc in docs:
        validate_document(doc)
    click.echo(f"training on {len(docs)} document(s) from {gold} ...", err=True)
    started = time.perf_counter()
    model = train_model(docs, FeatureSettings(n_features=n_features, window=window), epochs=epochs, n_jobs=jobs,
                        seed=seed)
    model.manifest["trained_on"]["source"] = gold.name
    model.manifest["trained_on"]["split"] = split if gold.is_dir() else None
    model.manifest["trained_on"]["seconds"] = round(time.perf_counter() - started, 1)
    save_model(model, output)
    if as_json:
        echo_json(model.manifest)
        return
    info = model.manifest["trained_on"]
    click.echo(f"trained on {info['documents']} document(s), {info['tokens']} token(s) in {info['seconds']} s; "
               f"model written to {output}")
    if model.manifest["links_without_model"]:
        click.echo(f"no link classifier for {', '.join(model.manifest['links_without_model'])} "
                   f"(the gold has no positive and negative candidate pairs for it)", err=True)
