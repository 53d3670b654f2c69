"""The one module that talks to a Label Studio server (through ``label_studio_sdk``).

Every server error becomes a :class:`schemas.StudioError` whose message names the server, the project or
task, and what to do. Nothing is sent before it is checked (see :mod:`annotation.studio.tasks`), and
re-running any operation never duplicates tasks, predictions or annotations: what exists is looked up first
(tasks by ``meta.doc_id``, predictions by ``model_version``, annotations by user).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from schemas import Document, FormatError, Schema, StudioError, load_schema
from schemas.generate import labeling_config

from .export import ExportResult, documents_from_export
from .tasks import PayloadChecker, config_version, content_hash, prediction_payload, task_payload

Progress = Callable[[int], None]


@dataclass(frozen=True)
class Project:
    """A Label Studio project as quotegold sees it."""

    id: int
    title: str
    label_config: str


@dataclass(frozen=True)
class ExistingTask:
    id: int
    doc_id: str
    content_hash: str | None
    model_versions: frozenset[str]
    annotators: frozenset[int]


@dataclass(frozen=True)
class SeedReport:
    """What :meth:`Studio.seed` did. ``changed``: doc ids whose text differs from their task's (not sent)."""

    added: int = 0
    skipped: int = 0
    predictions_added: int = 0
    changed: tuple[str, ...] = ()
    duplicates: tuple[str, ...] = ()
    task_ids: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class ImportReport:
    """What :meth:`Studio.import_annotations` did."""

    added: int = 0
    skipped: int = 0
    tasks_created: int = 0
    changed: tuple[str, ...] = ()


@contextmanager
def _server(url: str, what: str) -> Iterator[None]:
    """Turn SDK and network errors into one readable :class:`StudioError`."""
    from label_studio_sdk.core.api_error import ApiError

    try:
        yield
    except ApiError as exc:
        body = exc.body if isinstance(exc.body, dict) else {"detail": str(exc.body)[:200]}
        detail = body.get("detail") or body
        if body.get("validation_errors"):
            detail = f"{detail}: {body['validation_errors']}"
        if exc.status_code == 401:
            raise StudioError(
                f"Label Studio at {url} refused the API token ({detail}) while trying to {what}; check "
                "LABEL_STUDIO_API_KEY, or see `quotegold studio status --show-token`"
            ) from exc
        raise StudioError(f"Label Studio at {url} could not {what}: HTTP {exc.status_code}: {detail}") from exc
    except OSError as exc:
        raise StudioError(f"cannot reach Label Studio at {url} to {what} ({exc}); is it running?") from exc
    except Exception as exc:
        import httpx

        if isinstance(exc, httpx.HTTPError):
            raise StudioError(
                f"cannot reach Label Studio at {url} to {what} ({type(exc).__name__}: {exc}); "
                "is it running? (the work dir's own server: `quotegold studio status`)"
            ) from exc
        raise


def connect(url: str, token: str, timeout: float = 300.0) -> Studio:
    """A checked connection: the token is tried once here, so a wrong one fails now with a clear message."""
    from label_studio_sdk import LabelStudio

    studio = Studio(url.rstrip("/"), LabelStudio(base_url=url.rstrip("/"), api_key=token, timeout=timeout))
    with _server(studio.url, "log in"):
        studio.me = studio.ls.users.whoami()
    return studio


class Studio:
    """A connection to one Label Studio server. Build it with :func:`connect`."""

    def __init__(self, url: str, ls: Any) -> None:
        self.url = url
        self.ls = ls
        self.me: Any = None

    # Projects ------------------------------------------------------------------------------------------

    def find_project(self, title: str) -> Project | None:
        with _server(self.url, f"list projects to find {title!r}"):
            found = [p for p in self.ls.projects.list(title=title) if p.title == title]
        if len(found) > 1:
            raise StudioError(f"{len(found)} projects are called {title!r} on {self.url}; rename all but one")
        return Project(found[0].id, found[0].title, found[0].label_config or "") if found else None

    def project(self, title: str) -> Project:
        found = self.find_project(title)
        if found is None:
            raise StudioError(f"no project called {title!r} on {self.url}; seed it first with `quotegold seed`")
        return found

    def ensure_project(self, title: str, schema: Schema | None = None) -> Project:
        """The project called ``title``, created with the schema's labeling config if absent.

        A project made from an older schema version gets the new config, unless a label or control in
        use in its annotations would be orphaned (then :class:`StudioError`). A project made from a newer
        version, or with a config not made by quotegold, is refused.
        """
        schema = schema or load_schema()
        xml = labeling_config(schema)
        found = self.find_project(title)
        if found is None:
            with _server(self.url, f"create project {title!r}"):
                p = self.ls.projects.create(title=title, label_config=xml, description="made by quotegold")
            return Project(p.id, p.title, xml)
        have = config_version(found.label_config)
        if have == schema.version:
            return found
        if have is None:
            raise StudioError(
                f"project {title!r} on {self.url} has a labeling config not made by quotegold; "
                "choose another --project title"
            )
        if have > schema.version:
            raise StudioError(
                f"project {title!r} was made from schema version {have}, newer than this one ({schema.version}); "
                "update quotegold"
            )
        used = self._labels_in_use(found)
        from label_studio_sdk.label_interface import LabelInterface

        li = LabelInterface(xml)
        offered = {(c.name, lab) for c in li.controls for lab in (getattr(c, "labels", None) or [])}
        offered |= {("relation", r.label) for r in schema.relations}
        controls = {c.name for c in li.controls} | {"relation"}
        orphans = sorted(f"{c}:{lab}" for c, lab in used if c not in controls or (lab and (c, lab) not in offered))
        if orphans:
            raise StudioError(
                f"project {title!r}: schema version {schema.version} would orphan labels already used in its "
                f"annotations ({', '.join(orphans)}); keep them in the schema or use a new project"
            )
        with _server(self.url, f"update the labeling config of project {title!r}"):
            self.ls.projects.update(id=found.id, label_config=xml)
        return Project(found.id, found.title, xml)

    def _labels_in_use(self, project: Project) -> set[tuple[str, str]]:
        # Label Studio's own project summary under-counts labels (measured), so read the annotations.
        used: set[tuple[str, str]] = set()
        for task in self.export_tasks(project):
            for ann in [*(task.get("annotations") or []), *(task.get("drafts") or [])]:
                for item in ann.get("result") or []:
                    value = item.get("value") or {}
                    if item.get("type") == "relation":
                        used |= {("relation", lab) for lab in item.get("labels") or []}
                    elif item.get("type") == "textarea":
                        used.add((str(item.get("from_name")), ""))
                    else:
                        kind = "labels" if item.get("type") == "labels" else "choices"
                        used |= {(str(item.get("from_name")), lab) for lab in value.get(kind) or []}
        return used

    # Tasks ---------------------------------------------------------------------------------------------

    def _get_json(self, path: str, params: Mapping[str, Any], what: str) -> Any:
        from label_studio_sdk.core.api_error import ApiError

        with _server(self.url, what):
            resp = self.ls._client_wrapper.httpx_client.request(path, method="GET", params=dict(params))
            if resp.status_code >= 400:
                try:
                    body = resp.json()
                except ValueError:
                    body = {"detail": resp.text[:200]}
                raise ApiError(status_code=resp.status_code, headers=dict(resp.headers), body=body)
            return resp.json()

    def existing_tasks(self, project: Project, page_size: int = 5000) -> dict[str, list[ExistingTask]]:
        """Every task of ``project`` by doc id (a list: a doc id seen twice is a duplicate to report).

        Reads raw JSON pages (the SDK's typed pager costs more than the server for 10k tasks).
        """
        what = f"list the tasks of project {project.title!r}"
        include = "id,meta,predictions_model_versions,annotators"
        tasks: list[dict[str, Any]] = []
        page = 1
        while True:
            params = {"project": project.id, "fields": "all", "include": include, "page_size": page_size, "page": page}
            body = self._get_json("api/tasks", params, what)
            tasks += body.get("tasks") or []
            if len(tasks) >= int(body.get("total") or 0) or not body.get("tasks"):
                break
            page += 1
        missing = [t["id"] for t in tasks if not (t.get("meta") or {}).get("doc_id")]
        data: dict[int, dict[str, Any]] = {}
        if missing:  # tasks not made by quotegold: their doc id is in data only
            with _server(self.url, what):
                data = {t.id: t.data or {} for t in self.ls.tasks.list(project=project.id, include="id,data")}
        found: dict[str, list[ExistingTask]] = {}
        for t in tasks:
            meta = t.get("meta") or {}
            doc_id = meta.get("doc_id") or data.get(t["id"], {}).get("doc_id")
            if not doc_id:
                continue
            versions = frozenset(v for v in (t.get("predictions_model_versions") or "").split(",") if v)
            annotators = frozenset(a if isinstance(a, int) else a.get("id") for a in t.get("annotators") or [])
            found.setdefault(str(doc_id), []).append(
                ExistingTask(t["id"], str(doc_id), meta.get("content_hash"), versions, annotators)
            )
        return found

    def seed(
        self,
        project: Project,
        docs: Sequence[Document],
        predictions: Mapping[str, Iterable[Document]] | None = None,
        batch_size: int = 1000,
        progress: Progress | None = None,
    ) -> SeedReport:
        """Import ``docs`` as tasks with ``predictions`` (``model_version -> predicted documents``).

        Idempotent: a document already in the project is skipped (its missing model versions are added
        as predictions); a document whose text changed under the same id is reported in ``changed`` and
        not sent. Every prediction is checked against the schema and the project's config before anything
        is sent. ``progress(n)`` is called after each batch with the number of documents it handled.
        """
        checker = PayloadChecker.for_config(project.label_config)
        by_id = _unique(docs)
        preds: dict[str, dict[str, Document]] = {}
        for mv, pdocs in (predictions or {}).items():
            preds[mv] = {}
            for p in pdocs:
                if p.id not in by_id:
                    raise FormatError(f"prediction {mv}: document {p.id!r} is not in the corpus being seeded")
                preds[mv][p.id] = p
        existing = self.existing_tasks(project)
        new: list[str] = []
        extra: list[dict[str, Any]] = []
        changed: list[str] = []
        task_ids: dict[str, int] = {}
        payloads: dict[str, Any] = {}
        # Everything to be sent is built and checked before the first request; documents already in the
        # project with all their model versions cost nothing more (that keeps a re-seed fast).
        for doc in docs:
            doc_preds = {mv: p[doc.id] for mv, p in preds.items() if doc.id in p}
            tasks = existing.get(doc.id)
            if not tasks:
                new.append(doc.id)
                payloads[doc.id] = task_payload(doc, doc_preds, checker)
                continue
            task = tasks[0]
            task_ids[doc.id] = task.id
            if task.content_hash not in (None, content_hash(doc.text)):
                changed.append(doc.id)
                continue
            for mv, pred in doc_preds.items():
                if mv not in task.model_versions:
                    extra.append({**prediction_payload(doc, pred, mv, checker), "task": task.id})
        if progress:
            progress(len(docs) - len(new))
        added = 0
        for start in range(0, len(new), batch_size):
            batch = new[start : start + batch_size]
            with _server(self.url, f"import {len(batch)} tasks into project {project.title!r}"):
                resp = self.ls.projects.import_tasks(
                    id=project.id, request=[payloads[i] for i in batch], return_task_ids=True
                )
            task_ids.update(zip(batch, resp.task_ids or [], strict=False))
            added += len(batch)
            if progress:
                progress(len(batch))
        for start in range(0, len(extra), batch_size):
            with _server(self.url, f"add predictions to project {project.title!r}"):
                self.ls.projects.import_predictions(id=project.id, request=extra[start : start + batch_size])
        duplicates = tuple(sorted(i for i, ts in existing.items() if len(ts) > 1))
        return SeedReport(added, len(docs) - len(new) - len(changed), len(extra), tuple(changed), duplicates, task_ids)

    # Users and annotations -----------------------------------------------------------------------------

    def create_user(self, email: str, password: str | None = None, first_name: str = "") -> int:
        """The id of the user with ``email``, created (in this organisation) if absent."""
        import secrets

        with _server(self.url, f"look up user {email!r}"):
            for user in self.ls.users.list():
                if user.email == email:
                    return int(user.id)
        org = getattr(self.me, "active_organization", None) or 1
        with _server(self.url, f"create user {email!r}"):
            user = self.ls.users.create(
                username=email.split("@")[0], email=email, password=password or secrets.token_urlsafe(12),
                first_name=first_name, active_organization=org,
            )
        return int(user.id)

    def import_annotations(
        self,
        project: Project,
        docs: Sequence[Document],
        user: int | None = None,
        ground_truth: bool = False,
        progress: Progress | None = None,
    ) -> ImportReport:
        """Load ``docs`` as annotations by ``user`` (default: the token's user), creating missing tasks.

        Idempotent: a task that already has an annotation by that user is skipped; a document whose text
        changed under the same id is reported in ``changed``.
        """
        user = int(user if user is not None else self.me.id)
        checker = PayloadChecker.for_config(project.label_config)
        by_id = _unique(docs)
        results = {d.id: checker.result_for(d, f"annotation by user {user}") for d in docs}
        existing = self.existing_tasks(project)
        missing = [d for d in docs if d.id not in existing]
        created = 0
        if missing:
            bare = [Document(d.id, d.text) for d in missing]
            created = self.seed(project, bare).added
            existing = self.existing_tasks(project)
        added = skipped = 0
        changed: list[str] = []
        for doc_id, result in results.items():
            task = existing[doc_id][0]
            if task.content_hash not in (None, content_hash(by_id[doc_id].text)):
                changed.append(doc_id)
            elif user in task.annotators:
                skipped += 1
            else:
                with _server(self.url, f"annotate task {task.id} (document {doc_id!r})"):
                    self.ls.annotations.create(id=task.id, result=result, completed_by=user, ground_truth=ground_truth)
                added += 1
            if progress:
                progress(1)
        return ImportReport(added, skipped, created, tuple(changed))

    # Export --------------------------------------------------------------------------------------------

    def export_tasks(self, project: Project, timeout: float = 600.0) -> list[dict[str, Any]]:
        """A snapshot JSON export of every task, predictions and drafts in full."""
        options = {"predictions": {"only_id": False}, "drafts": {"only_id": False}}
        what = f"export project {project.title!r}"
        with _server(self.url, what):
            snap = self.ls.projects.exports.create(id=project.id, title="quotegold", serialization_options=options)
            deadline = time.monotonic() + timeout
            while (status := self.ls.projects.exports.get(id=project.id, export_pk=snap.id).status) not in (
                "completed",
                "failed",
            ):
                if time.monotonic() > deadline:
                    raise StudioError(f"the export of project {project.title!r} did not finish in {timeout:.0f} s")
                time.sleep(0.2)
            if status == "failed":
                raise StudioError(f"Label Studio failed to {what}; see its log")
            raw = b"".join(
                self.ls.projects.exports.download(id=project.id, export_pk=snap.id, export_type="JSON")
            )
            self.ls.projects.exports.delete(id=project.id, export_pk=snap.id)
        return list(json.loads(raw))

    def export(self, project: Project, key: bytes, drafts: bool = False) -> ExportResult:
        """Every non-cancelled annotation as a document (see :mod:`annotation.studio.export`)."""
        return documents_from_export(self.export_tasks(project), key, drafts=drafts)


def _unique(docs: Sequence[Document]) -> dict[str, Document]:
    by_id: dict[str, Document] = {}
    for d in docs:
        if d.id in by_id:
            raise FormatError(f"document id {d.id!r} is given twice; each document needs its own id")
        by_id[d.id] = d
    return by_id
