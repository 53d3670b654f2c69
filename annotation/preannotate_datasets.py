"""The ``datasets.map(num_proc=…)`` path of :func:`annotation.preannotate.preannotate`, for large corpora.

The input JSONL is loaded as a Hugging Face dataset (memory-mapped Arrow on disk, so memory stays flat), each
line carried as its original JSON text so that every field survives unchanged; ``map`` runs the extractor
in ``num_proc`` processes and the results are read back in input order.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from schemas import QuotegoldError
from schemas.io import iter_json_lines

from .extractors import Extractor, get_extractor

_cache: dict[tuple[str, str], Extractor] = {}


def _map_batch(batch: dict[str, list[Any]], name: str, options_json: str, where: str) -> dict[str, list[Any]]:
    from .preannotate import _predict_batch

    key = (name, options_json)
    if key not in _cache:  # once per worker process
        _cache[key] = get_extractor(name, **json.loads(options_json))
    extractor = _cache[key]
    items = [(line, json.loads(raw)) for line, raw in zip(batch["line"], batch["raw"], strict=True)]
    preds, errors = [], []
    for _, _, pred, error in _predict_batch(extractor, items, where):
        preds.append(json.dumps(pred, ensure_ascii=False) if pred is not None else "")
        errors.append(error)
    return {"pred": preds, "error": errors}


def results_with_datasets(
    path: Path, name: str, options: dict[str, Any], workers: int
) -> Iterator[tuple[int, dict[str, Any], dict[str, Any] | None, str]]:
    """Predictions for every line of ``path`` via ``datasets.Dataset.map``; same shape as the process path."""
    try:
        import datasets
    except ImportError as exc:  # pragma: no cover - datasets is a dependency of quotegold
        raise QuotegoldError("the datasets backend needs the 'datasets' package") from exc

    def rows() -> Iterator[dict[str, Any]]:
        for line, obj in iter_json_lines(path):
            yield {"line": line, "raw": json.dumps(obj, ensure_ascii=False)}

    datasets.disable_progress_bars()  # the caller draws one bar for the whole run
    with tempfile.TemporaryDirectory(prefix="quotegold-map-") as cache_dir:
        ds = datasets.Dataset.from_generator(rows, cache_dir=cache_dir)
        ds = ds.map(
            _map_batch,
            batched=True,
            batch_size=64,
            num_proc=workers if workers > 1 else None,
            fn_kwargs={"name": name, "options_json": json.dumps(options, sort_keys=True), "where": str(path)},
            desc=None,
        )
        for row in ds:
            obj = json.loads(row["raw"])
            pred = json.loads(row["pred"]) if row["pred"] else None
            yield row["line"], obj, pred, row["error"]
