"""The Label Studio round trip: run a server, seed tasks with predictions, load and export annotations.

What others may import (all offsets are Python code points, end exclusive, as in Label Studio):

Server (:mod:`.server`)
    ``start_server(workdir=None, port=None, postgres=None) -> StudioServer`` (``.url``, ``.token``,
    ``.username``, ``.password``, ``.pid``, ``.data_dir``); ``stop_server(workdir)`` (SIGTERM);
    ``server_status(workdir)``; ``resolve_connection(url, workdir) -> (url, token)`` (``--url`` with
    ``$LABEL_STUDIO_API_KEY``, else the work dir's credentials); ``pseudonym_key(workdir)``.

Client (:mod:`.client`, the only module that talks to the server)
    ``connect(url, token) -> Studio`` (checks the token at once), then on ``studio``:
    ``ensure_project(title) -> Project``; ``project(title)`` (must exist);
    ``seed(project, docs, predictions_by_model_version) -> SeedReport`` (idempotent; each model version is
    a separate prediction an annotator can switch to: the gold engineer seeds a review project with
    ``{annotator_pseudonym: [that annotator's documents]}``);
    ``create_user(email) -> user id`` and ``import_annotations(project, docs, user=id) -> ImportReport``
    (idempotent per user: the demo loads gold as two simulated annotators this way);
    ``export(project, key) -> ExportResult`` (``.documents``: one :class:`schemas.Document` per annotation).

Pure converters (:mod:`.convert`, :mod:`.export`)
    ``spans_to_ls_result(doc)``, ``ls_result_to_spans(result, text)``,
    ``documents_from_export(tasks, key)``, ``read_export_file(path)``, ``annotator_pseudonym(user_id, key)``.
"""

from .client import ImportReport, Project, SeedReport, Studio, connect
from .convert import ls_result_to_document, ls_result_to_spans, spans_to_ls_result
from .export import ExportResult, annotator_pseudonym, documents_from_export, read_export_file
from .server import (
    StudioServer,
    pseudonym_key,
    resolve_connection,
    server_status,
    start_server,
    stop_server,
    workdir_path,
)

__all__ = [
    "ExportResult",
    "ImportReport",
    "Project",
    "SeedReport",
    "Studio",
    "StudioServer",
    "annotator_pseudonym",
    "connect",
    "documents_from_export",
    "ls_result_to_document",
    "ls_result_to_spans",
    "pseudonym_key",
    "read_export_file",
    "resolve_connection",
    "server_status",
    "spans_to_ls_result",
    "start_server",
    "stop_server",
    "workdir_path",
]
