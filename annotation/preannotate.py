"""Run an extractor over a documents JSONL file: streaming, in parallel, one bad document never sinking the run.

Every input line keeps all its fields; only ``spans`` and ``relations`` are replaced by the prediction, and
``meta.model_version`` names the extractor (``name@version``, Label Studio's ``model_version``). Offsets are
Python code points, end exclusive, as everywhere in quotegold. The output file is written atomically: it
appears whole at the end or not at all. Memory stays flat: at most two batches of lines per worker are in flight.

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
from schemas.enums import parse_enum

from .extractors import Extractor, get_extractor

# A task sent to a worker process is a batch of raw input lines, and it returns finished output lines: the
# parent only reads and writes text, so that it does not become the bottleneck of a parallel run. Batches
# are large enough that sending them costs little next to the work they hold.
BATCH_CHARS = 1 << 18
BATCH_DOCS = 256


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


class NothingPreannotated(QuotegoldError):
    """Every document failed; the output file was left as it was. ``report`` lists the failures."""

    def __init__(self, report: PreannotateReport) -> None:
        super().__init__(f"no document was pre-annotated: all {report.documents} failed; the output was not written")
        self.report = report


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
# (line, document id, output JSON line or None, error message, spans, relations, characters of text)
_Out = tuple[int, str, "str | None", str, int, int, int]

_worker_extractor: Extractor | None = None


def _init_worker(name: str, options: dict[str, Any]) -> None:
    global _worker_extractor
    _worker_extractor = get_extractor(name, **options)


def _predict(extractor: Extractor, line: int, obj: dict[str, Any], doc: Document) -> _Result:
    try:
        pred = extractor.extract(doc)
    except Exception as exc:  # noqa: BLE001 - any extractor failure is reported for this document only
        return line, obj, None, f"{type(exc).__name__}: {exc}"
    return _checked(line, obj, pred)


def _checked(line: int, obj: dict[str, Any], pred: Document) -> _Result:
    problems = document_problems(pred)
    if problems:
        return line, obj, None, f"invalid prediction: {problems[0]}"
    return line, obj, {"spans": [s.to_dict() for s in pred.spans],
                       "relations": [r.to_dict() for r in pred.relations]}, ""


def _predict_batch(extractor: Extractor, items: list[tuple[int, dict[str, Any]]], where: str) -> list[_Result]:
    """Predictions for a batch through ``extract_many`` (one call: an outside program starts once, a model
    predicts in bulk). If the batch fails, its documents are run one by one, so only the document that
    fails is reported and lost."""
    docs = [Document.from_dict(obj, where=f"{where}:{line}") for line, obj in items]  # input errors stop here
    try:
        preds = list(extractor.extract_many(docs))
        if len(preds) != len(docs) or any(p.id != d.id for p, d in zip(preds, docs, strict=False)):
            raise ValueError("extract_many did not return one prediction per document, in order")
    except Exception:  # noqa: BLE001 - fall back to single documents to find the one that fails
        return [_predict(extractor, line, obj, doc) for (line, obj), doc in zip(items, docs, strict=True)]
    return [_checked(line, obj, pred) for (line, obj), pred in zip(items, preds, strict=True)]


def _output(result: _Result, model_version: str) -> _Out:
    """The output line of one prediction: every input field kept, spans and relations replaced."""
    line, obj, pred, error = result
    text = obj.get("text")
    chars = len(text) if isinstance(text, str) else 0
    if pred is None:
        return line, str(obj.get("id")), None, error, 0, 0, chars
    given = obj.get("meta")
    meta = given if isinstance(given, dict) else {}
    out = {**obj, **pred, "meta": {**meta, "model_version": model_version}}
    return (line, str(obj.get("id")), json.dumps(out, ensure_ascii=False) + "\n", "",
            len(pred["spans"]), len(pred["relations"]), chars)


def _annotate_lines(extractor: Extractor, batch: list[tuple[int, str]], where: str) -> list[_Out]:
    """Parse, predict and serialise a batch of raw JSONL lines (in a worker, so the parent only moves text)."""
    items: list[tuple[int, dict[str, Any]]] = []
    for line, raw in batch:
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise FormatError(f"{where}:{line}: not valid JSON ({exc.msg}): {raw.strip()[:80]!r}") from None
        if not isinstance(obj, dict):
            raise FormatError(f"{where}:{line}: expected a JSON object, got {type(obj).__name__}")
        items.append((line, obj))
    return [_output(r, extractor.model_version) for r in _predict_batch(extractor, items, where)]


def _annotate_lines_in_worker(batch: list[tuple[int, str]], where: str) -> list[_Out]:
    assert _worker_extractor is not None
    return _annotate_lines(_worker_extractor, batch, where)


def _batches(path: Path) -> Iterator[list[tuple[int, str]]]:
    """Non-blank raw lines of ``path`` with their line numbers, in batches of about :data:`BATCH_CHARS`."""
    try:
        fh = path.open("r", encoding="utf-8")
    except OSError as exc:
        raise FormatError(f"{path}: cannot open: {exc.strerror or exc}") from exc
    batch: list[tuple[int, str]] = []
    chars = 0
    lineno = 0
    with fh:
        try:
            for lineno, raw in enumerate(fh, 1):
                if not raw.strip():
                    continue
                batch.append((lineno, raw))
                chars += len(raw)
                if chars >= BATCH_CHARS or len(batch) >= BATCH_DOCS:
                    yield batch
                    batch, chars = [], 0
        except UnicodeDecodeError as exc:
            raise FormatError(f"{path}: not UTF-8 near line {lineno + 1}: {exc.reason}") from exc
    if batch:
        yield batch


def _outputs(path: Path, name: str, options: dict[str, Any], workers: int) -> Iterator[_Out]:
    if workers <= 1:
        extractor = get_extractor(name, **options)
        for batch in _batches(path):
            yield from _annotate_lines(extractor, batch, str(path))
        return
    with ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(name, options)) as pool:
        pending: deque[Future[list[_Out]]] = deque()
        for batch in _batches(path):
            pending.append(pool.submit(_annotate_lines_in_worker, batch, str(path)))
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
    backend = parse_enum(Backend, backend, "backend")
    if workers < 1:
        raise QuotegoldError(f"workers must be at least 1, got {workers}")
    if in_path.resolve() == out_path.resolve():
        raise QuotegoldError(f"{out_path}: the output must not be the input file")
    model_version = get_extractor(extractor, **options).model_version  # fails early on a bad name or option
    if backend is Backend.DATASETS:
        from .preannotate_datasets import results_with_datasets

        outputs: Iterator[_Out] = (
            _output(r, model_version) for r in results_with_datasets(in_path, extractor, options, workers)
        )
    else:
        outputs = _outputs(in_path, extractor, options, workers)
    docs = written = n_spans = n_relations = 0
    failures: list[Failure] = []
    with atomic_writer(out_path) as fh:
        for line, doc_id, out_line, error, spans, relations, chars in outputs:
            docs += 1
            if out_line is None:
                failures.append(Failure(doc_id, line, error))
            else:
                fh.write(out_line)
                written += 1
                n_spans += spans
                n_relations += relations
            if on_progress is not None:
                on_progress(1, chars)
        report = PreannotateReport(model_version, docs, written, n_spans, n_relations, tuple(failures))
        if docs and not written:
            raise NothingPreannotated(report)  # leaves the writer: an earlier output file stays as it was
    return report
