"""Turn a Label Studio JSON export (a list of tasks) into documents: one per non-cancelled annotation.

Each document keeps the task's text and ``data.doc_id`` as its id; ``meta`` records where it came from::

    task_id, annotation_id, annotator, created_at, updated_at, lead_time, ground_truth,
    parent_prediction (id), parent_model_version, accepted_unchanged, draft

``annotator`` is a pseudonym, never an e-mail: ``"annotator-"`` + the first 8 hex digits of
HMAC-SHA256(key, str(user id)). The key is secret and kept per work dir (see
:func:`annotation.studio.server.pseudonym_key`), so the same user gets the same pseudonym in every export
made with that key, and the pseudonym cannot be turned back into a user id without the key.

``accepted_unchanged`` is true when the annotation's spans, attributes and relations equal those of the
prediction it started from (region ids aside: Label Studio may rename regions).
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from schemas import Document, ExportError, Relation, Span

from .convert import ls_result_to_document


def annotator_pseudonym(user_id: int | str, key: bytes) -> str:
    """A stable pseudonym for a Label Studio user id under ``key``.

    >>> annotator_pseudonym(1, b"k")
    'annotator-0aa2054d'
    >>> annotator_pseudonym(1, b"k") == annotator_pseudonym("1", b"k") != annotator_pseudonym(2, b"k")
    True
    """
    digest = hmac.new(key, str(user_id).encode("utf-8"), hashlib.sha256).hexdigest()
    return f"annotator-{digest[:8]}"


@dataclass(frozen=True)
class ExportResult:
    """The documents of an export, and what was counted and left out."""

    documents: tuple[Document, ...]
    tasks: int
    cancelled: int = 0
    drafts_skipped: int = 0
    unannotated_tasks: int = 0
    by_annotator: Mapping[str, int] = field(default_factory=dict)


def _signature(spans: Iterable[Span], relations: Iterable[Relation]) -> tuple[Any, ...]:
    by_id = {s.id: (s.start, s.end, s.label) for s in spans}
    return (
        sorted((s.start, s.end, s.label, sorted(s.attrs.items())) for s in spans),
        sorted((by_id.get(r.head), by_id.get(r.tail), r.label) for r in relations),
    )


def _doc_id(task: Mapping[str, Any]) -> str:
    data = task.get("data") or {}
    doc_id = data.get("doc_id") or (task.get("meta") or {}).get("doc_id")
    return str(doc_id) if doc_id else f"task-{task.get('id')}"


def documents_from_export(tasks: Sequence[Mapping[str, Any]], key: bytes, drafts: bool = False) -> ExportResult:
    """Documents from the tasks of a full JSON export (predictions in full, not ids only).

    Cancelled (skipped) annotations are counted and left out; drafts are left out unless ``drafts``.
    Every region is checked against the task text (:func:`annotation.studio.convert.ls_result_to_spans`).
    """
    docs: list[Document] = []
    cancelled = drafts_skipped = unannotated = 0
    by_annotator: dict[str, int] = {}
    for task in tasks:
        task_id = task.get("id")
        text = (task.get("data") or {}).get("text")
        if not isinstance(text, str):
            raise ExportError(f"task {task_id}: data.text is missing; was this project seeded by quotegold?")
        doc_id = _doc_id(task)
        predictions = {p["id"]: p for p in task.get("predictions") or [] if isinstance(p, dict)}
        items = [(a, False) for a in task.get("annotations") or []]
        items += [(d, True) for d in task.get("drafts") or []]
        kept = 0
        for ann, is_draft in items:
            if not is_draft and ann.get("was_cancelled"):
                cancelled += 1
                continue
            if is_draft and not drafts:
                drafts_skipped += 1
                continue
            kind = "draft" if is_draft else "annotation"
            where = f"task {task_id} (document {doc_id!r}), {kind} {ann.get('id')}"
            user = ann.get("completed_by", ann.get("user"))
            if isinstance(user, dict):
                user = user.get("id")
            pseudonym = annotator_pseudonym(user, key) if user is not None else "annotator-unknown"
            parent = ann.get("parent_prediction")
            if isinstance(parent, dict):
                parent = parent.get("id")
            parent_pred = predictions.get(parent) if parent is not None else None
            inline = ann.get("prediction")
            if parent_pred is None and parent is not None and isinstance(inline, dict) and inline.get("id") == parent:
                parent_pred = inline
            meta: dict[str, Any] = {
                **dict(task.get("meta") or {}),
                "task_id": task_id,
                "annotation_id": ann.get("id"),
                "annotator": pseudonym,
                "created_at": ann.get("created_at"),
                "updated_at": ann.get("updated_at"),
                "lead_time": ann.get("lead_time"),
                "ground_truth": bool(ann.get("ground_truth", False)),
                "parent_prediction": parent,
                "parent_model_version": parent_pred.get("model_version") if parent_pred else None,
                "accepted_unchanged": False,
                "draft": is_draft,
            }
            doc = ls_result_to_document(doc_id, text, ann.get("result") or [], meta, where)
            if parent_pred is not None:
                pred = ls_result_to_document(doc_id, text, parent_pred.get("result") or [], {}, f"{where}: parent")
                same = _signature(doc.spans, doc.relations) == _signature(pred.spans, pred.relations)
                doc = Document(doc.id, doc.text, doc.spans, doc.relations, {**meta, "accepted_unchanged": same})
            docs.append(doc)
            by_annotator[pseudonym] = by_annotator.get(pseudonym, 0) + 1
            kept += 1
        if not kept:
            unannotated += 1
    return ExportResult(tuple(docs), len(tasks), cancelled, drafts_skipped, unannotated, by_annotator)


def read_export_file(path: str | Path) -> list[dict[str, Any]]:
    """The task list of a Label Studio JSON export file (``Export > JSON`` in the UI)."""
    path = Path(path)
    try:
        tasks = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ExportError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    except ValueError as exc:
        raise ExportError(f"{path}: not a JSON export ({exc}); export as JSON, not JSON_MIN or CSV") from exc
    if not isinstance(tasks, list) or not all(isinstance(t, dict) for t in tasks):
        raise ExportError(f"{path}: expected a JSON list of tasks (Label Studio's JSON export)")
    if any(p is not None and not isinstance(p, dict) for t in tasks for p in t.get("predictions") or []):
        # Predictions as bare ids: accepted_unchanged cannot be told; the annotations are still fine.
        for t in tasks:
            t["predictions"] = [p for p in t.get("predictions") or [] if isinstance(p, dict)]
    return tasks
