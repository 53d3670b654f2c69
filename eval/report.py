"""Evaluation results as nested JSON, a leaderboard, Markdown, and per-document error listings.

The JSON is nested so that no label can collide with a total: ``systems[name].overall``,
``systems[name].per_label[LABEL]``, ``systems[name].attribution``, ``systems[name].ci`` (same nesting).
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path
from typing import Any, TypedDict

import numpy as np

from schemas import atomic_writer

from .evaluate import HEADLINE, Evaluation, SystemResult
from .load import Corpus
from .match import NONE
from .score import MetricKey

CONTEXT = 60


class ErrorEntry(TypedDict):
    kind: str
    span: dict[str, Any]
    text: str
    left: str
    right: str
    gold: dict[str, Any] | None


def _num(value: float) -> float | None:
    return None if math.isnan(value) else round(value, 6)


def _nest(flat: dict[MetricKey, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in flat.items():
        node = out
        for part in key[:-1]:
            node = node.setdefault(part, {})
        node[key[-1]] = value
    return out


def to_json(ev: Evaluation) -> dict[str, Any]:
    systems = {}
    for s in ev.systems:
        nested = _nest({k: _num(v) for k, v in s.scores.items()})
        overall = {**s.overall.to_dict(), **nested["overall"], "macro": nested["macro"]}  # null when undefined
        per_label = {
            lab: s.per_label[lab].to_dict() for lab, keep in zip(ev.labels, ev.present, strict=True) if keep
        }
        ci = _nest({k: (list(v) if v else None) for k, v in s.ci.items()})
        systems[s.name] = {
            "overall": overall,
            "per_label": per_label,
            "attribution": nested["attribution"],
            "ci": ci,
            "documents": {"missing": list(s.missing), "extra": list(s.extra)},
        }
    comparisons = [
        {"a": a, "b": b, "p_values": {".".join(k): v for k, v in ps.items()}} for (a, b), ps in ev.p_values.items()
    ]
    return {
        "scheme": ev.scheme.value,
        "min_overlap": ev.min_overlap,
        "labels": list(ev.labels),
        "documents": ev.n_docs,
        "bootstrap": {"resamples": ev.bootstrap, "seed": ev.seed, "level": 0.95},
        "systems": systems,
        "comparisons": comparisons,
    }


def _fmt(value: float | None) -> str:
    return "–" if value is None or math.isnan(value) else f"{value:.3f}"


def _with_ci(s: SystemResult, key: MetricKey) -> str:
    text = _fmt(s.scores[key])
    ci = s.ci.get(key)
    return f"{text} [{ci[0]:.3f}, {ci[1]:.3f}]" if ci else text


LEADERBOARD = (
    ("P", ("overall", "precision")),
    ("R", ("overall", "recall")),
    ("F1", ("overall", "f1")),
    ("macro F1", ("macro", "f1")),
    ("said_by F1", ("attribution", "said_by", "f1")),
    ("speaker acc", ("attribution", "speaker_accuracy")),
    ("canonical acc", ("attribution", "canonical_accuracy")),
    ("member_of F1", ("attribution", "member_of", "f1")),
    ("participant F1", ("attribution", "participant", "f1")),
    ("event type acc", ("attribution", "event_type_accuracy")),
)


def leaderboard(ev: Evaluation) -> tuple[list[str], list[list[str]]]:
    """Systems ranked by overall F1 (with CIs when bootstrapped)."""
    ranked = sorted(ev.systems, key=lambda s: -np.nan_to_num(s.scores[("overall", "f1")], nan=-1.0))
    headers = ["system", *(h for h, _ in LEADERBOARD)]
    return headers, [[s.name, *(_with_ci(s, k) for _, k in LEADERBOARD)] for s in ranked]


def per_label_table(ev: Evaluation) -> tuple[list[str], list[list[str]]]:
    labels = [lab for lab, keep in zip(ev.labels, ev.present, strict=True) if keep]
    headers = ["system", *(f"{lab} P/R/F1" for lab in labels)]
    rows = []
    for s in ev.systems:
        row = [s.name]
        for lab in labels:
            c = s.per_label[lab]
            row.append(f"{c.precision:.3f}/{c.recall:.3f}/{_with_ci(s, ('per_label', lab, 'f1'))}")
        rows.append(row)
    return headers, rows


def comparison_table(ev: Evaluation) -> tuple[list[str], list[list[str]]]:
    headers = ["A", "B", *(".".join(k[1:] if k[0] == "attribution" else k) for k in HEADLINE)]
    rows = []
    for (a, b), ps in ev.p_values.items():
        rows.append([a, b, *("–" if ps[k] is None else f"{ps[k]:.4f}" for k in HEADLINE)])
    return headers, rows


def _md_table(headers: list[str], rows: list[list[str]]) -> str:
    def esc(x: str) -> str:
        return x.replace("|", "\\|")

    lines = ["| " + " | ".join(map(esc, headers)) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(map(esc, r)) + " |" for r in rows]
    return "\n".join(lines)


def to_markdown(ev: Evaluation) -> str:
    parts = [
        f"Scheme **{ev.scheme.value}**"
        + (f", min overlap {ev.min_overlap:g}" if ev.min_overlap else "")
        + f", {ev.n_docs} documents"
        + (f", 95% bootstrap intervals over {ev.bootstrap} resamples (seed {ev.seed})" if ev.bootstrap else "")
        + ".",
        "",
        _md_table(*leaderboard(ev)),
        "",
        "Per label (precision / recall / F1):",
        "",
        _md_table(*per_label_table(ev)),
    ]
    if ev.p_values:
        parts += ["", "Paired bootstrap p-values (two-sided):", "", _md_table(*comparison_table(ev))]
    return "\n".join(parts) + "\n"


def _entry(kind: str, text: str, span: dict[str, Any], gold: dict[str, Any] | None) -> ErrorEntry:
    start, end = span["start"], span["end"]
    return {
        "kind": kind,
        "span": span,
        "text": text[start:end],
        "left": text[max(0, start - CONTEXT) : start],
        "right": text[end : end + CONTEXT],
        "gold": gold,
    }


def errors_by_document(ev: Evaluation, s: SystemResult) -> list[dict[str, Any]]:
    """Per document: false positives (spurious or not credited) and false negatives (missed or not credited).

    Built from the columns on demand: only the texts of documents with errors become Python strings.
    """
    m = s.counts.match
    gold, pred = ev.gold, s.pred
    credited = 1  # CORRECT code; partial-scheme partials count as errors to look at too
    other = "partial" if ev.scheme.value == "partial" else "incorrect"

    def span(corpus: Corpus, row: int) -> dict[str, Any]:
        a = corpus.columns.spans
        return {
            "id": corpus.span_ids[int(corpus.columns.source[row])].as_py(),
            "start": int(a.start[row]),
            "end": int(a.end[row]),
            "label": ev.labels[int(a.label[row])],
        }

    out: dict[int, dict[str, Any]] = {}
    texts: dict[int, str] = {}

    def add(d: int, side: str, kind: str, item: dict[str, Any], partner: dict[str, Any] | None) -> None:
        if d not in out:
            out[d] = {"id": gold.ids[d].as_py(), "false_positives": [], "false_negatives": []}
            texts[d] = gold.text(d)
        out[d][side].append(_entry(kind, texts[d], item, partner))

    for row in np.flatnonzero(m.pred_code != credited).tolist():
        partner = int(m.pred_to_gold[row])
        kind = "spurious" if m.pred_code[row] == NONE else other
        add(int(pred.columns.spans.doc[row]), "false_positives", kind, span(pred, row),
            span(gold, partner) if partner >= 0 else None)
    for row in np.flatnonzero(m.gold_code != credited).tolist():
        kind = "missed" if m.gold_code[row] == NONE else other
        add(int(gold.columns.spans.doc[row]), "false_negatives", kind, span(gold, row), None)
    return [out[d] for d in sorted(out)]


def safe_name(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", name) or "system"


def write_errors(ev: Evaluation, directory: str | Path) -> list[Path]:
    """One ``<system>.errors.jsonl`` per system, one line per document with errors; written atomically."""
    paths = []
    for s in ev.systems:
        path = Path(directory) / f"{safe_name(s.name)}.errors.jsonl"
        with atomic_writer(path) as fh:
            for entry in errors_by_document(ev, s):
                fh.write(json.dumps(entry, ensure_ascii=False) + "\n")
        paths.append(path)
    return paths
