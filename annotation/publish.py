"""Check a built gold dataset directory and publish it to the Hugging Face Hub.

:func:`privacy_findings` scans every file of the directory (parquet cells and column names, the card, the
manifest) for e-mail addresses, access tokens (Hugging Face, Label Studio legacy and JWT tokens) and Label
Studio user-id fields. :func:`check_dataset_dir` validates the card, the features and the sizes as well.
:func:`publish_dataset` pushes with ``push_to_hub`` using ``HF_TOKEN``; the token is never returned,
printed, logged or put into an error message.

>>> [f.kind for f in scan_text("card", "write to ann@example.org", "README.md")]
['e-mail address']
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from schemas import DatasetError

# One alternation scanned once per string column; the kind is found again for the few values that match.
PATTERNS: dict[str, str] = {
    "e-mail address": r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}",
    "Hugging Face token": r"\bhf_[A-Za-z0-9]{30,}\b",
    "Label Studio token": r"\b[0-9a-f]{40}\b",
    "JWT access token": r"\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}",
    "Label Studio user id field": r"\b(?:completed_by|created_by|updated_by|user_id|annotator_id|"
    r"created_username|annotator_email)\b",
}
ANY_PATTERN = "|".join(f"(?:{p})" for p in PATTERNS.values())
_COMPILED = {kind: re.compile(p) for kind, p in PATTERNS.items()}
REQUIRED_CARD_KEYS = ("license", "language", "task_categories", "pretty_name", "configs", "dataset_info")
REQUIRED_SECTIONS = (
    "## Description",
    "## Label definitions",
    "## Annotation guidelines",
    "## Splits and label counts",
    "## Agreement",
    "## Annotators and pseudonymisation",
    "## Versions",
)
MAX_FILE_BYTES = 5 * 1024**3  # the Hub advises shards well under this
_REPO_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,95}/[A-Za-z0-9][A-Za-z0-9_.-]{0,95}$")


@dataclass(frozen=True)
class Finding:
    """One piece of private data: which file, where in it, what kind, and a masked excerpt."""

    file: str
    where: str
    kind: str
    excerpt: str

    def __str__(self) -> str:
        return f"{self.file}: {self.where}: {self.kind} ({self.excerpt})"


def _mask(value: str) -> str:
    """Enough to find the value again, never enough to use it (tokens are secrets)."""
    return value[:3] + "*" * min(8, max(3, len(value) - 3))


def scan_text(where: str, text: str, file: str) -> list[Finding]:
    """Private data found in one string."""
    return [
        Finding(file, where, kind, _mask(m.group(0)))
        for kind, rx in _COMPILED.items()
        for m in rx.finditer(text)
    ]


def _string_leaves(array: Any, path: str) -> Iterator[tuple[str, Any, bool]]:
    """``(column path, string array, top_level)`` for every string leaf of a (nested) arrow array."""
    import pyarrow as pa

    t = array.type
    if pa.types.is_struct(t):
        for i in range(t.num_fields):
            yield from _string_leaves(array.field(i), f"{path}.{t.field(i).name}")
    elif pa.types.is_list(t) or pa.types.is_large_list(t):
        yield from _string_leaves(array.flatten(), path)
    elif pa.types.is_string(t) or pa.types.is_large_string(t):
        yield path, array, "." not in path and array is not None


def _field_names(t: Any, prefix: str = "") -> Iterator[str]:
    import pyarrow as pa

    if pa.types.is_struct(t):
        for f in t:
            yield f"{prefix}{f.name}"
            yield from _field_names(f.type, f"{prefix}{f.name}.")
    elif pa.types.is_list(t) or pa.types.is_large_list(t):
        yield from _field_names(t.value_type, prefix)


def scan_parquet(path: Path, rel: str) -> list[Finding]:
    """Private data in a parquet file: column names, and every string cell at any nesting depth."""
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    table = pq.read_table(path)
    findings: list[Finding] = []
    names = list(table.column_names) + [n for f in table.schema for n in _field_names(f.type, f"{f.name}.")]
    for name in names:
        findings += scan_text("column name", name.rsplit(".", 1)[-1], rel)
    ids = table.column("id").to_pylist() if "id" in table.column_names else None
    for column in table.column_names:
        combined = table.column(column).combine_chunks()
        for path_name, leaf, top in _string_leaves(combined, column):
            if len(leaf) == 0:
                continue
            hits = pc.match_substring_regex(leaf, ANY_PATTERN)
            for i in pc.indices_nonzero(pc.fill_null(hits, False)).to_pylist():
                value = leaf[i].as_py()
                where = f"row id {ids[i]!r}, column {path_name}" if top and ids else f"column {path_name}"
                findings += scan_text(where, value, rel)
    return findings


def privacy_findings(root: str | Path) -> list[Finding]:
    """Every piece of private data in every file under ``root`` (parquet read cell by cell, others as text)."""
    root = Path(root)
    findings: list[Finding] = []
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        rel = path.relative_to(root).as_posix()
        if path.suffix == ".parquet":
            findings += scan_parquet(path, rel)
            continue
        text = path.read_bytes().decode("utf-8", errors="replace")
        for lineno, line in enumerate(text.splitlines(), 1):
            findings += scan_text(f"line {lineno}", line, rel)
    return findings


@dataclass(frozen=True)
class PublishPlan:
    """What would be (or was) uploaded: repository, visibility, files with sizes, and the checks passed."""

    repo: str
    private: bool
    version: str
    files: tuple[tuple[str, int], ...]
    splits: dict[str, int]
    checks: tuple[str, ...]

    @property
    def total_bytes(self) -> int:
        return sum(size for _, size in self.files)


def read_card(root: Path) -> tuple[dict[str, Any], str]:
    """The card's YAML front matter and its Markdown body."""
    path = root / "README.md"
    if not path.exists():
        raise DatasetError(f"{path}: no dataset card; build the directory with `quotegold dataset build`")
    text = path.read_text(encoding="utf-8")
    m = re.match(r"^---[ \t]*\n(.*?)\n---[ \t]*\n(.*)$", text, re.S)
    if not m:
        raise DatasetError(f"{path}: the card has no YAML front matter between '---' lines")
    try:
        meta = yaml.safe_load(m.group(1))
    except yaml.YAMLError as exc:
        raise DatasetError(f"{path}: the card's YAML front matter is invalid: {exc}") from exc
    if not isinstance(meta, dict):
        raise DatasetError(f"{path}: the card's YAML front matter is not a mapping")
    return meta, m.group(2)


def check_dataset_dir(root: str | Path, repo: str | None = None) -> PublishPlan:
    """Validate everything ``publish`` relies on; raise one :class:`DatasetError` listing every problem."""
    import pyarrow.parquet as pq
    from datasets import Features

    from schemas.generate import hf_features

    root = Path(root)
    if not root.is_dir():
        raise DatasetError(f"{root}: no such dataset directory")
    problems: list[str] = []
    checks: list[str] = []
    if repo is not None and not _REPO_RE.match(repo):
        problems.append(f"repository {repo!r} must look like ORG/NAME")
    meta, body = read_card(root)
    missing = [k for k in REQUIRED_CARD_KEYS if not meta.get(k)]
    if missing:
        problems.append(f"README.md: the front matter lacks {', '.join(missing)}")
    absent = [s for s in REQUIRED_SECTIONS if s not in body]
    if absent:
        problems.append(f"README.md: the card lacks the sections {', '.join(absent)}")
    else:
        checks.append("card: front matter and sections")
    expected = hf_features()
    card_features = (meta.get("dataset_info") or {}).get("features")
    if card_features is None or Features._from_yaml_list(card_features) != expected:
        problems.append("README.md: dataset_info.features differ from the schema's features; rebuild the dataset")
    splits: dict[str, int] = {}
    for config in meta.get("configs") or []:
        for entry in config.get("data_files") or []:
            path = root / entry["path"]
            if not path.is_file():
                problems.append(f"README.md: split {entry['split']} points to missing file {entry['path']}")
                continue
            pf = pq.ParquetFile(path)
            splits[entry["split"]] = pf.metadata.num_rows
            hf_meta = json.loads((pf.schema_arrow.metadata or {}).get(b"huggingface", b"{}"))
            if Features.from_dict(hf_meta.get("info", {}).get("features", {})) != expected:
                problems.append(f"{entry['path']}: its features differ from the schema's; rebuild the dataset")
    card_splits = {s["name"]: s["num_examples"] for s in (meta.get("dataset_info") or {}).get("splits") or []}
    if card_splits and card_splits != splits:
        problems.append(f"README.md: the card counts {card_splits} rows but the files hold {splits}")
    if not problems:
        checks.append("features: card and parquet match the schema")
        checks.append(f"rows: {splits}")
    files = tuple(
        (p.relative_to(root).as_posix(), p.stat().st_size) for p in sorted(root.rglob("*")) if p.is_file()
    )
    big = [f"{name} ({size} bytes)" for name, size in files if size > MAX_FILE_BYTES]
    if big:
        problems.append(f"files too large for one upload: {', '.join(big)}; split them into shards")
    else:
        checks.append(f"sizes: {len(files)} files, {sum(s for _, s in files)} bytes")
    findings = privacy_findings(root)
    if findings:
        problems += [f"private data: {f}" for f in findings[:10]]
        if len(findings) > 10:
            problems.append(f"... and {len(findings) - 10} more private-data findings")
    else:
        checks.append("privacy: no e-mail addresses, tokens or Label Studio user ids in any file")
    if problems:
        raise DatasetError(f"{root} cannot be published: " + "; ".join(problems))
    manifest = json.loads((root / "quotegold.json").read_text(encoding="utf-8")) if (
        root / "quotegold.json"
    ).exists() else {}
    return PublishPlan(
        repo or "", True, str(manifest.get("dataset_version", "unknown")), files, splits, tuple(checks)
    )


def publish_dataset(
    root: str | Path, repo: str, *, public: bool = False, dry_run: bool = False, token: str | None = None
) -> PublishPlan:
    """Validate ``root`` and (unless ``dry_run``) push it to ``repo``, private unless ``public``.

    The token comes from ``token`` or the ``HF_TOKEN`` environment variable and is used only for the upload.
    """
    plan = check_dataset_dir(root, repo)
    plan = PublishPlan(plan.repo, not public, plan.version, plan.files, plan.splits, plan.checks)
    if dry_run:
        return plan
    secret = token or os.environ.get("HF_TOKEN")
    if not secret:
        raise DatasetError("HF_TOKEN is not set: export a Hugging Face write token as HF_TOKEN, or use --dry-run")
    try:
        _push(Path(root), plan, secret)
    except DatasetError:
        raise
    except Exception as exc:  # hub and network errors come in many types; none must leak the token
        message = str(exc).replace(secret, "***")
        raise DatasetError(f"publishing to {repo} failed: {type(exc).__name__}: {message}") from None
    return plan


def _push(root: Path, plan: PublishPlan, token: str) -> None:
    from datasets import load_dataset
    from huggingface_hub import HfApi

    dataset = load_dataset(str(root))
    message = f"quotegold gold dataset {plan.version}"
    dataset.push_to_hub(plan.repo, private=plan.private, token=token, commit_message=message)
    # push_to_hub writes its own minimal card; ours (label definitions, agreement, changelog) replaces it.
    api = HfApi(token=token)
    for name in ("README.md", "quotegold.json"):
        if (root / name).exists():
            api.upload_file(
                path_or_fileobj=str(root / name), path_in_repo=name, repo_id=plan.repo, repo_type="dataset",
                commit_message=message,
            )
