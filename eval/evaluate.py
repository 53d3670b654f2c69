"""Score several systems against one gold: scores, bootstrap intervals and paired p-values.

>>> from schemas import Document, Span
>>> text = "Mr Gapes said: I quit."
>>> q = len("Mr Gapes said: ")
>>> gold = [Document("d1", text, (Span("T1", 0, 8, "SPEAKER"), Span("T2", q, len(text) - 1, "QUOTE")))]
>>> pred = [Document("d1", text, (Span("P1", 3, 8, "SPEAKER"), Span("P2", q, len(text) - 1, "QUOTE")))]
>>> ev = evaluate(gold, [("rules", pred)], scheme="strict")
>>> ev.systems[0].scores[("overall", "f1")], ev.systems[0].scores[("per_label", "QUOTE", "f1")]
(0.5, 1.0)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field, replace
from itertools import combinations
from pathlib import Path

import numpy as np

from schemas import Document, SchemaError, load_schema

from .counts import Counts
from .io import AlignedCorpus, align_corpus
from .load import Corpus, read_corpus, recode
from .match import Overlaps, Scheme
from .score import Layout, MetricKey, SystemCounts, count_system, metrics, present_labels
from .stats import bootstrap, paired_p_value, percentile_interval
from .validate import check_documents

HEADLINE: tuple[MetricKey, ...] = (
    ("overall", "f1"),
    ("macro", "f1"),
    ("attribution", "said_by", "f1"),
    ("attribution", "member_of", "f1"),
    ("attribution", "participant", "f1"),
)


@dataclass(frozen=True)
class SystemResult:
    name: str
    counts: SystemCounts
    overall: Counts
    per_label: dict[str, Counts]
    scores: dict[MetricKey, float]
    ci: dict[MetricKey, tuple[float, float] | None]
    missing: tuple[str, ...]
    extra: tuple[str, ...]
    pred: Corpus  # renumbered to the gold documents


@dataclass(frozen=True)
class Evaluation:
    scheme: Scheme
    min_overlap: float
    labels: tuple[str, ...]
    present: tuple[bool, ...]
    n_docs: int
    gold: Corpus
    systems: list[SystemResult]
    bootstrap: int
    seed: int
    p_values: dict[tuple[str, str], dict[MetricKey, float | None]] = field(default_factory=dict)


def resolve_labels(labels: Sequence[str] | None) -> tuple[str, ...]:
    known = load_schema().span_labels
    if not labels:
        return tuple(known)
    unknown = [x for x in labels if x not in known]
    if unknown:
        raise SchemaError(f"--labels: unknown label {unknown[0]!r}; the schema defines {', '.join(known)}")
    return tuple(x for x in known if x in labels)


def evaluate(
    gold: Sequence[Document],
    systems: Sequence[tuple[str, Sequence[Document]]],
    scheme: Scheme | str = Scheme.STRICT,
    min_overlap: float = 0.0,
    labels: Sequence[str] | None = None,
    n_bootstrap: int = 0,
    seed: int = 0,
    gold_name: str = "gold",
) -> Evaluation:
    """Score each ``(name, predicted documents)`` against ``gold``; bootstrap when ``n_bootstrap > 0``.

    Every document must pass :func:`schemas.document_problems`; the first problem is raised, prefixed with
    ``gold_name`` or the system's name.
    """
    label_tuple = resolve_labels(labels)
    codes = {label: i for i, label in enumerate(label_tuple)}
    vocab: dict[str, int] = {}
    check_documents(gold, lambda _: gold_name)
    for name, pred in systems:
        check_documents(pred, _named(name))
    gold_corpus = Corpus.from_documents(list(gold), codes, vocab, gold_name)
    corpora = [(name, Corpus.from_documents(list(pred), codes, vocab, name)) for name, pred in systems]
    return evaluate_corpora(gold_corpus, corpora, label_tuple, scheme, min_overlap, n_bootstrap, seed)


def evaluate_files(
    gold: str | Path,
    preds: Sequence[tuple[str, str | Path]],
    scheme: Scheme | str = Scheme.STRICT,
    min_overlap: float = 0.0,
    labels: Sequence[str] | None = None,
    n_bootstrap: int = 0,
    seed: int = 0,
    split: str = "test",
    documents: Sequence[tuple[str, Sequence[Document]]] = (),
) -> Evaluation:
    """What ``quotegold eval`` does: read the gold and each ``(name, path)`` as columns, then score.

    ``documents`` adds systems already in memory (``--extractor`` output on the gold texts).
    """
    return evaluate_files_schemes(gold, preds, (scheme,), min_overlap, labels, n_bootstrap, seed, split, documents)[0]


def evaluate_files_schemes(
    gold: str | Path,
    preds: Sequence[tuple[str, str | Path]],
    schemes: Sequence[Scheme | str],
    min_overlap: float = 0.0,
    labels: Sequence[str] | None = None,
    n_bootstrap: int = 0,
    seed: int = 0,
    split: str = "test",
    documents: Sequence[tuple[str, Sequence[Document]]] = (),
) -> list[Evaluation]:
    """:func:`evaluate_files` under each of ``schemes``, reading the files once (``quotegold eval --scheme A
    --scheme B``); one :class:`Evaluation` per scheme, in the order given."""
    label_tuple = resolve_labels(labels)
    gold_corpus, corpora = read_inputs(gold, preds, label_tuple, split, documents)
    return evaluate_schemes(gold_corpus, corpora, label_tuple, schemes, min_overlap, n_bootstrap, seed)


def read_inputs(
    gold: str | Path,
    preds: Sequence[tuple[str, str | Path]],
    labels: tuple[str, ...],
    split: str = "test",
    documents: Sequence[tuple[str, Sequence[Document]]] = (),
) -> tuple[Corpus, list[tuple[str, Corpus]]]:
    """The reading half of :func:`evaluate_files`: the gold and each system as columns, one label coding.

    Prediction files keep only a digest of each text (compared with the gold's when the documents are paired).
    The files are read at the same time, one thread each (pyarrow parses without holding the GIL), each with
    its own vocabulary, merged afterwards in file order; errors are raised in file order, gold first.
    """
    from concurrent.futures import ThreadPoolExecutor

    import pyarrow as pa

    codes = {label: i for i, label in enumerate(labels)}
    vocab: dict[str, int] = {}
    jobs: list[tuple[str | Path, str | None, bool]] = [(gold, None, True), *((p, n, False) for n, p in preds)]
    locals_: list[dict[str, int]] = [{} for _ in jobs]
    with ThreadPoolExecutor(max_workers=min(len(jobs), 4)) as pool:
        futures = [pool.submit(read_corpus, path, codes, local, split, name, keep)
                   for (path, name, keep), local in zip(jobs, locals_, strict=True)]
        if preds:  # the gold's digests, for pairing with every prediction, while the predictions parse
            futures[0] = pool.submit(_with_digests, futures[0])
        read = [recode(future.result(), local, vocab) for future, local in zip(futures, locals_, strict=True)]
    pa.default_memory_pool().release_unused()  # parse buffers the allocator would keep for later
    corpora = [(name, corpus) for (name, _), corpus in zip(preds, read[1:], strict=True)]
    for name, docs in documents:
        check_documents(docs, _named(name))
        corpora.append((name, Corpus.from_documents(list(docs), codes, vocab, name)))
    return read[0], corpora


def _named(name: str) -> Callable[[int], str]:
    """Where a document in memory is: the name of its corpus (the message names the document itself)."""
    return lambda _: name


def _with_digests(future: Future[Corpus]) -> Corpus:
    corpus = future.result()
    return replace(corpus, text_digests=corpus.digests())


def evaluate_corpora(
    gold: Corpus,
    systems: Sequence[tuple[str, Corpus]],
    labels: tuple[str, ...],
    scheme: Scheme | str = Scheme.STRICT,
    min_overlap: float = 0.0,
    n_bootstrap: int = 0,
    seed: int = 0,
) -> Evaluation:
    """Score corpora read with one label coding (``labels``) and one shared vocabulary."""
    return evaluate_schemes(gold, systems, labels, (scheme,), min_overlap, n_bootstrap, seed)[0]


def evaluate_schemes(
    gold: Corpus,
    systems: Sequence[tuple[str, Corpus]],
    labels: tuple[str, ...],
    schemes: Sequence[Scheme | str],
    min_overlap: float = 0.0,
    n_bootstrap: int = 0,
    seed: int = 0,
) -> list[Evaluation]:
    """:func:`evaluate_corpora` under each of ``schemes``: each system is paired with the gold and its
    overlapping spans found once (see :class:`eval.match.Overlaps`), then matched and counted per scheme."""
    prepared = []
    for name, pred in systems:
        aligned = align_corpus(gold, pred, where=name)
        prepared.append((name, aligned, Overlaps(gold.columns.spans, aligned.corpus.columns.spans, min_overlap)))
    return [_evaluate_prepared(gold, prepared, labels, Scheme.parse(scheme), min_overlap, n_bootstrap, seed)
            for scheme in schemes]


def _evaluate_prepared(
    gold: Corpus,
    prepared: Sequence[tuple[str, AlignedCorpus, Overlaps]],
    labels: tuple[str, ...],
    scheme: Scheme,
    min_overlap: float,
    n_bootstrap: int,
    seed: int,
) -> Evaluation:
    layout = Layout(labels)
    counted = [
        (name, aligned, aligned.corpus,
         count_system(name, gold.columns, aligned.corpus.columns, labels, scheme, min_overlap, overlaps))
        for name, aligned, overlaps in prepared
    ]
    # Macro averages over the labels present in the gold or in any system, the same set for every system.
    present = tuple(
        any(flags)
        for flags in zip(*(present_labels(c.totals, layout) for *_, c in counted), strict=True)
    ) if counted else tuple(False for _ in labels)

    def metric_fn(totals: np.ndarray) -> dict[MetricKey, np.ndarray]:
        return metrics(totals, layout, present)

    samples = (
        bootstrap([c.per_doc for *_, c in counted], [metric_fn] * len(counted), n_bootstrap, seed)
        if n_bootstrap > 0 and counted and gold.n_docs
        else [{} for _ in counted]
    )
    results = []
    for (name, aligned, pred_cols, c), sample in zip(counted, samples, strict=True):
        totals = c.totals
        scores = {k: float(v) for k, v in metric_fn(totals).items()}
        ci = {k: percentile_interval(v) for k, v in sample.items()}
        per_label = {lab: Counts.from_array(totals[layout.label_cols(i)]) for i, lab in enumerate(labels)}
        results.append(
            SystemResult(name, c, Counts.from_array(totals[0:5]), per_label, scores, ci, aligned.missing,
                         aligned.extra, pred_cols)
        )
    p_values: dict[tuple[str, str], dict[MetricKey, float | None]] = {}
    if n_bootstrap > 0:
        for (i, a), (j, b) in combinations(enumerate(results), 2):
            p_values[(a.name, b.name)] = {
                key: paired_p_value(samples[i][key], samples[j][key], a.scores[key] - b.scores[key])
                for key in HEADLINE
            }
    return Evaluation(scheme, min_overlap, labels, present, gold.n_docs, gold, results, n_bootstrap, seed,
                      p_values)
