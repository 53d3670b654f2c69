"""Run an extractor over a documents JSONL file: streaming, in parallel, one bad document never sinking the run.

Every input line keeps all its fields; only ``spans`` and ``relations`` are replaced by the prediction, and
``meta.model_version`` names the extractor (``name@version``, Label Studio's ``model_version``). Offsets are
Python code points, end exclusive, as everywhere in quotegold. The output file is written atomically: it
appears whole at the end or not at all. Memory stays flat: at most a few chunks per worker are in flight.

A document the extractor fails on (an exception, or a prediction that breaks the schema) is reported by id
and line in :attr:`PreannotateReport.failures` and left out of the output.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any

from schemas import Document, FormatError, QuotegoldError, atomic_writer, document_problems
from schemas.io import iter_json_lines

from .extractors import Extractor, get_extractor

CHUNK = 32  # documents per task sent to a worker process


class Backend(Enum):
    """How ``workers > 1`` runs: a process pool fed in order (streaming), or ``datasets.map(num_proc=…)``."""

    PROCESSES = "processes"
    DATASETS = "datasets"


@dataclass(frozen=True)
class Failure:
    doc_id: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: document {self.doc_id!r}: {self.message}"


@dataclass(frozen=True)
class PreannotateReport:
    model_version: str
    documents: int = 0
    written: int = 0
    spans: int = 0
    relations: int = 0
    failures: tuple[Failure, ...] = field(default_factory=tuple)


# (line, input object, predicted document or None, error message)
_Result = tuple[int, dict[str, Any], "dict[str, Any] | None", str]

_worker_extractor: Extractor | None = None


def _init_worker(name: str, options: dict[str, Any]) -> None:
    global _worker_extractor
    _worker_extractor = get_extractor(name, **options)


def _predict(extractor: Extractor, line: int, obj: dict[str, Any], where: str) -> _Result:
    doc = Document.from_dict(obj, where=f"{where}:{line}")  # a malformed line is the user's input error
    try:
        pred = extractor.extract(doc)
    except Exception as exc:  # noqa: BLE001 - any extractor failure is reported for this document only
        return line, obj, None, f"{type(exc).__name__}: {exc}"
    problems = document_problems(pred)
    if problems:
        return line, obj, None, f"invalid prediction: {problems[0]}"
    return line, obj, {"spans": [s.to_dict() for s in pred.spans],
                       "relations": [r.to_dict() for r in pred.relations]}, ""


def _predict_chunk(chunk: list[tuple[int, dict[str, Any]]], where: str) -> list[_Result]:
    assert _worker_extractor is not None
    return [_predict(_worker_extractor, line, obj, where) for line, obj in chunk]


def _chunks(path: Path, size: int) -> Iterator[list[tuple[int, dict[str, Any]]]]:
    chunk: list[tuple[int, dict[str, Any]]] = []
    for line, obj in iter_json_lines(path):
        if not isinstance(obj, dict):
            raise FormatError(f"{path}:{line}: expected a JSON object, got {type(obj).__name__}")
        chunk.append((line, obj))
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _results(path: Path, name: str, options: dict[str, Any], workers: int) -> Iterator[_Result]:
    if workers <= 1:
        extractor = get_extractor(name, **options)
        for chunk in _chunks(path, CHUNK):
            for line, obj in chunk:
                yield _predict(extractor, line, obj, str(path))
        return
    with ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(name, options)) as pool:
        pending: deque[Future[list[_Result]]] = deque()
        for chunk in _chunks(path, CHUNK):
            pending.append(pool.submit(_predict_chunk, chunk, str(path)))
            if len(pending) >= 2 * workers:  # bounded: memory does not grow with the corpus
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def preannotate(
    in_path: str | Path,
    out_path: str | Path,
    extractor: str = "rules",
    *,
    workers: int = 1,
    options: dict[str, Any] | None = None,
    backend: Backend | str = Backend.PROCESSES,
    on_progress: Callable[[int, int], None] | None = None,
) -> PreannotateReport:
    """Predict spans and relations for every document of ``in_path`` into ``out_path`` (atomically).

    ``on_progress(documents, characters)`` is called after each document (the CLI draws its bar with it).
    """
    in_path, out_path = Path(in_path), Path(out_path)
    options = {k: v for k, v in (options or {}).items() if v is not None}
    try:
        backend = Backend(backend)
    except ValueError:
        raise QuotegoldError(
            f"unknown backend {backend!r}; use one of {', '.join(b.value for b in Backend)}"
        ) from None
    if workers < 1:
        raise QuotegoldError(f"workers must be at least 1, got {workers}")
    if in_path.resolve() == out_path.resolve():
        raise QuotegoldError(f"{out_path}: the output must not be the input file")
    model_version = get_extractor(extractor, **options).model_version  # fails early on a bad name or option
    if backend is Backend.DATASETS:
        from .preannotate_datasets import results_with_datasets

        results: Iterator[_Result] = results_with_datasets(in_path, extractor, options, workers)
    else:
        results = _results(in_path, extractor, options, workers)
    docs = written = n_spans = n_relations = 0
    failures: list[Failure] = []
    with atomic_writer(out_path) as fh:
        for line, obj, pred, error in results:
            docs += 1
            if pred is None:
                failures.append(Failure(str(obj.get("id")), line, error))
            else:
                meta = obj.get("meta") if isinstance(obj.get("meta"), dict) else {}
                out = {**obj, **pred, "meta": {**meta, "model_version": model_version}}
                fh.write(json.dumps(out, ensure_ascii=False) + "\n")
                written += 1
                n_spans += len(pred["spans"])
                n_relations += len(pred["relations"])
            if on_progress is not None:
                text = obj.get("text")
                on_progress(1, len(text) if isinstance(text, str) else 0)
    return PreannotateReport(model_version, docs, written, n_spans, n_relations, tuple(failures))
