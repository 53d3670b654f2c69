"""Build the gold dataset: gold documents -> a Hugging Face ``datasets`` directory (parquet + card).

Layout of the directory (what ``datasets.load_dataset(DIR)`` reads, and what ``dataset publish`` uploads)::

    DIR/README.md                                the dataset card (YAML front matter + sections)
    DIR/data/{split}-00000-of-00001.parquet      one file per non-empty split
    DIR/quotegold.json                           build manifest: version, changelog, counts, file hashes

Rows follow the features generated from the schema (:func:`schemas.generate.hf_features`). Span offsets are
Python code points, end exclusive (``text[start:end]`` is the span's text). ``tokens`` and ``ner_tags`` come
from :func:`schemas.spans_to_bio`; a span off token edges, or two overlapping spans, stops the build with a
:class:`~schemas.SpanError` naming the document, offsets and label: nothing is dropped.

Each document's split comes from a seeded hash of its id alone, so a document keeps its split when others
are added. The build writes into a temporary directory beside ``DIR`` and swaps it in at the end: a failed
build leaves the previous dataset intact.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any, TypedDict

from schemas import (
    DatasetError,
    Document,
    Schema,
    SchemaError,
    SpanError,
    bio_tags,
    load_schema,
    spans_to_bio,
    validate_document,
)
from schemas.io import current_umask

MANIFEST = "quotegold.json"
DEFAULT_VERSION = "1.0.0"
SPLIT_NAMES = {1: ("train",), 2: ("train", "test"), 3: ("train", "validation", "test")}
_VERSION_RE = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")


class ChangelogEntry(TypedDict):
    version: str
    date: str
    note: str


class Manifest(TypedDict):
    """``DIR/quotegold.json``: what was built, from what, and its history."""

    dataset_version: str
    schema_version: int
    built: str
    split: str
    seed: int
    documents: int
    splits: dict[str, int]
    label_counts: dict[str, dict[str, int]]
    relation_counts: dict[str, dict[str, int]]
    files: dict[str, str]
    changelog: list[ChangelogEntry]


@dataclass(frozen=True)
class SplitSpec:
    """Split names and their shares, parsed from ``"80/10/10"`` (train/validation/test), ``"90/10"``
    (train/test) or ``"100"`` (train).

    >>> SplitSpec.parse("80/10/10").names
    ('train', 'validation', 'test')
    """

    names: tuple[str, ...]
    percents: tuple[int, ...]

    @classmethod
    def parse(cls, text: str) -> SplitSpec:
        parts = text.split("/")
        if not all(p.strip().isdigit() for p in parts) or len(parts) not in SPLIT_NAMES:
            raise DatasetError(f"split {text!r}: give 1 to 3 whole percentages separated by '/', e.g. 80/10/10")
        percents = tuple(int(p) for p in parts)
        if sum(percents) != 100:
            raise DatasetError(f"split {text!r}: the percentages add up to {sum(percents)}, not 100")
        return cls(SPLIT_NAMES[len(parts)], percents)

    def __str__(self) -> str:
        return "/".join(str(p) for p in self.percents)

    def assign(self, doc_id: str, seed: int) -> str:
        """The split of ``doc_id``: depends only on the id and the seed, never on the other documents.

        >>> spec = SplitSpec.parse("80/10/10")
        >>> spec.assign("doc-1", seed=0) == spec.assign("doc-1", seed=0)
        True
        """
        digest = hashlib.sha256(f"{seed}\x00{doc_id}".encode()).digest()
        point = int.from_bytes(digest[:8], "big") % 10_000  # basis points, 0..9999
        bound = 0
        for name, pct in zip(self.names, self.percents, strict=True):
            bound += pct * 100
            if point < bound:
                return name
        return self.names[-1]


@dataclass(frozen=True)
class BuildReport:
    """What a build wrote: the directory, version, rows per split and per-split label counts."""

    out_dir: Path
    version: str
    splits: dict[str, int]
    label_counts: dict[str, dict[str, int]]
    files: tuple[str, ...]
    empty_splits: tuple[str, ...] = ()
    changelog: tuple[ChangelogEntry, ...] = field(default_factory=tuple)


def document_to_row(doc: Document, schema: Schema | None = None) -> dict[str, Any]:
    """One dataset row (features of :func:`schemas.generate.hf_features`, labels as ClassLabel indices).

    >>> from schemas import Span
    >>> text = "Labour MP Stella Creasy tweeted"
    >>> doc = Document("d1", text, (Span("T1", 0, len("Labour"), "PARTY", {"canonical": "Labour Party"}),))
    >>> row = document_to_row(doc)
    >>> row["spans"][0]["text"], row["tokens"][:2], row["ner_tags"][:2]
    ('Labour', ['Labour', 'MP'], [5, 0])
    """
    span_index, rel_index, tag_index, attr_names = _indices(schema or load_schema())
    tokens, tags = spans_to_bio(doc.text, doc.spans, doc_id=doc.id)
    agreement = doc.meta.get("agreement")
    return {
        "id": doc.id,
        "text": doc.text,
        "spans": [
            {
                "id": s.id,
                "start": s.start,
                "end": s.end,
                "text": doc.text[s.start : s.end],
                "label": span_index[s.label],
                "attrs": {name: s.attrs.get(name) for name in attr_names},
            }
            for s in sorted(doc.spans, key=lambda s: (s.start, s.end))
        ],
        "relations": [{"head": r.head, "tail": r.tail, "label": rel_index[r.label]} for r in doc.relations],
        "tokens": tokens,
        "ner_tags": [tag_index[t] for t in tags],
        "meta": {
            "source": str(doc.meta.get("source") or ""),
            "num_annotators": int(doc.meta.get("num_annotators") or 1),
            "agreement": float(agreement) if isinstance(agreement, (int, float)) else None,
        },
    }


@cache
def _indices(schema: Schema) -> tuple[dict[str, int], dict[str, int], dict[str, int], tuple[str, ...]]:
    """ClassLabel indices of span labels, relation labels and BIO tags, and the attribute names."""
    return (
        {label: i for i, label in enumerate(schema.span_labels)},
        {label: i for i, label in enumerate(schema.relation_labels)},
        {tag: i for i, tag in enumerate(bio_tags(schema))},
        schema.attr_names,
    )


def documents_to_rows(docs: Iterable[Document], schema: Schema) -> list[tuple[Document, dict[str, Any]]]:
    """Validate and convert every document; collect every problem (schema, offsets, BIO alignment, repeated
    ids) before failing, so one run shows them all."""
    out: list[tuple[Document, dict[str, Any]]] = []
    problems: list[str] = []
    seen: set[str] = set()
    for doc in docs:
        if doc.id in seen:
            problems.append(f"document {doc.id!r} appears twice; the gold has one document per task")
        seen.add(doc.id)
        try:
            validate_document(doc, schema)
            out.append((doc, document_to_row(doc, schema)))
        except (SchemaError, SpanError) as exc:
            problems.append(str(exc))
    if problems:
        more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
        raise DatasetError(
            f"{len(problems)} document(s) cannot go into the dataset{more}: " + "; ".join(problems[:5])
        )
    return out


def read_manifest(out_dir: Path) -> Manifest | None:
    path = out_dir / MANIFEST
    if not path.exists():
        return None
    try:
        data: Manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise DatasetError(f"{path}: unreadable build manifest ({exc}); rebuild with --overwrite") from exc
    return data


def _version_tuple(version: str) -> tuple[int, int, int]:
    m = _VERSION_RE.match(version)
    if not m:
        raise DatasetError(f"version {version!r} must look like X.Y.Z (semantic versioning), e.g. 1.0.0")
    return int(m[1]), int(m[2]), int(m[3])


def _resolve_version(out_dir: Path, version: str | None, overwrite: bool) -> tuple[str, Manifest | None]:
    if version is not None:
        _version_tuple(version)
    exists = out_dir.exists() and any(out_dir.iterdir())
    previous = read_manifest(out_dir) if exists else None
    if not exists:
        return version or DEFAULT_VERSION, None
    if previous is None:
        if not overwrite:
            raise DatasetError(f"{out_dir} exists and is not a quotegold dataset; pass --overwrite to replace it")
        return version or DEFAULT_VERSION, None
    old = previous["dataset_version"]
    if version is None or version == old:
        if not overwrite:
            raise DatasetError(
                f"{out_dir} already holds version {old}; pass a new --version (e.g. "
                f"{_bump(old)}) or --overwrite to rebuild {old} in place"
            )
        return old, previous
    if _version_tuple(version) < _version_tuple(old) and not overwrite:
        raise DatasetError(f"version {version} is older than the existing {old}; pass --overwrite to go back")
    return version, previous


def _bump(version: str) -> str:
    major, minor, _ = _version_tuple(version)
    return f"{major}.{minor + 1}.0"


def build_dataset(
    docs: Sequence[Document],
    out_dir: str | Path,
    *,
    version: str | None = None,
    split: str = "80/10/10",
    seed: int = 0,
    overwrite: bool = False,
    note: str | None = None,
    license: str = "cc-by-4.0",
    agreement: dict[str, Any] | None = None,
    schema: Schema | None = None,
) -> BuildReport:
    """Write the dataset directory for gold ``docs`` (see the module docstring) and return what was built.

    ``agreement`` is the ``quotegold agreement --json`` report to print in the card; without it the card
    summarises the per-document agreement of the gold's meta.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    from schemas.generate import hf_features

    from .card import CardInfo, render_card
    from .publish import privacy_findings

    schema = schema or load_schema()
    spec = SplitSpec.parse(split)
    out_dir = Path(out_dir)
    version, previous = _resolve_version(out_dir, version, overwrite)
    converted = documents_to_rows(docs, schema)
    docs = [doc for doc, _ in converted]
    features = hf_features(schema)

    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in spec.names}
    label_counts: dict[str, Counter[str]] = {name: Counter() for name in spec.names}
    relation_counts: dict[str, Counter[str]] = {name: Counter() for name in spec.names}
    for doc, row in sorted(converted, key=lambda pair: pair[0].id):
        name = spec.assign(doc.id, seed)
        rows[name].append(row)
        label_counts[name].update(s.label for s in doc.spans)
        relation_counts[name].update(r.label for r in doc.relations)
    filled = [name for name in spec.names if rows[name]]
    if not filled:
        raise DatasetError("the gold has no documents; nothing to build")

    now = datetime.now(UTC).replace(microsecond=0).isoformat()
    changelog = list(previous["changelog"]) if previous else []
    changelog = [e for e in changelog if e["version"] != version]
    counts = {name: len(rows[name]) for name in filled}
    auto = f"{len(docs)} documents" + (f" (was {previous['documents']})" if previous else "")
    changelog.append({"version": version, "date": now[:10], "note": f"{note}. {auto}" if note else auto})

    out_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.build-", dir=out_dir.parent))
    tmp.chmod(0o777 & ~current_umask())  # mkdtemp makes it private; the dataset gets the usual mode
    try:
        (tmp / "data").mkdir()
        hf_meta = json.dumps({"info": {"features": features.to_dict()}})
        files: dict[str, str] = {}
        split_bytes: dict[str, int] = {}
        for name in filled:
            table = pa.Table.from_pylist(rows[name], schema=features.arrow_schema)
            table = table.replace_schema_metadata({"huggingface": hf_meta})
            split_bytes[name] = table.nbytes
            rel = f"data/{name}-00000-of-00001.parquet"
            pq.write_table(table, tmp / rel)
            files[rel] = _sha256(tmp / rel)
        label_totals = {n: dict(label_counts[n]) for n in filled}
        relation_totals = {n: dict(relation_counts[n]) for n in filled}
        info = CardInfo(
            version=version,
            schema=schema,
            features=features,
            splits=counts,
            split_bytes=split_bytes,
            label_counts=label_totals,
            relation_counts=relation_totals,
            empty_splits=tuple(n for n in spec.names if n not in filled),
            split=str(spec),
            seed=seed,
            license=license,
            changelog=tuple(changelog),
            agreement=agreement,
            doc_agreement=[d.meta.get("agreement") for d in docs],
            num_annotators=Counter(int(d.meta.get("num_annotators") or 1) for d in docs),
        )
        (tmp / "README.md").write_text(render_card(info), encoding="utf-8")
        manifest: Manifest = {
            "dataset_version": version,
            "schema_version": schema.version,
            "built": now,
            "split": str(spec),
            "seed": seed,
            "documents": len(docs),
            "splits": counts,
            "label_counts": label_totals,
            "relation_counts": relation_totals,
            "files": files,
            "changelog": changelog,
        }
        (tmp / MANIFEST).write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        findings = privacy_findings(tmp)
        if findings:
            shown = "; ".join(str(f) for f in findings[:5])
            raise DatasetError(f"the built dataset would leak private data ({len(findings)} finding(s)): {shown}")
        _swap_in(tmp, out_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return BuildReport(
        out_dir, version, counts, label_totals, tuple(sorted(files) + ["README.md", MANIFEST]),
        info.empty_splits, tuple(changelog),
    )


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _swap_in(tmp: Path, out_dir: Path) -> None:
    """Replace ``out_dir`` by ``tmp``: two renames, so readers see the old or the new dataset, never a mix."""
    old: Path | None = None
    if out_dir.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.old-", dir=out_dir.parent))
        os.rmdir(old)
        os.replace(out_dir, old)
    try:
        os.replace(tmp, out_dir)
    except OSError:
        if old is not None:
            os.replace(old, out_dir)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
