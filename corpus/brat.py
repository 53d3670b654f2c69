"""Import gold annotated in brat standoff format (``doc.txt`` beside ``doc.ann``) as quotegold documents.

brat offsets are code points of the ``.txt`` file, end exclusive, exactly like quotegold's
(``text[start:end]``). What is read:

* ``T`` lines (text-bound annotations), including discontinuous ones: ``T7 Content 2103 2168;2170 2425``
  becomes one span per fragment (``T7.1``, ``T7.2``), and every link of ``T7`` is given to each fragment;
  entity types not in the label map are dropped and counted; whitespace at a fragment's edges is trimmed
  (brat lets annotators select it; the schema does not allow it) and counted;
* ``A``/``M`` lines (attributes) whose name is an attribute of the mapped label (``kind``, ``type``, ...);
* ``R`` lines ``R1 Type Arg1:T3 Arg2:T4``, mapped by relation type (``--relation Type=said_by``);
* ``E`` lines ``E1 Type:T5 Role:T3 Role:T7``, mapped by a pair of roles (``--relation Content-Source=said_by``
  links every ``Content`` argument to every ``Source`` argument; the trigger's role is ``Trigger``; role
  numbers as in ``Theme2`` are ignored);
* several ``.ann`` files for one text, named ``doc_ANNOTATOR.ann``, become one document row each with
  ``meta.annotator`` (the same document id), so ``quotegold agreement`` compares them; a plain ``doc.ann``
  gets annotator ``brat``.

A relation whose ends have the schema's labels the other way round (a ``said_by`` from SPEAKER to QUOTE) is
turned around; one whose ends do not fit either way is dropped and counted. Offsets past the end of the text,
or a stored span text that differs from the text at its offsets, are errors naming the file, line and offsets.

>>> text = "Ann said: hello there"
>>> ann = "T1\\tSource 0 3\\tAnn\\nT2\\tContent 10 15;16 21\\thello there\\nR1\\tAttr Arg1:T2 Arg2:T1\\n"
>>> labels = parse_label_map(["Source=SPEAKER,Content=QUOTE:kind=direct"])
>>> spans, rels, _ = parse_ann(ann, text, labels, {"Attr": "said_by"}, source="doc.ann")
>>> [(s.id, s.start, s.end, s.label) for s in spans]
[('T1', 0, 3, 'SPEAKER'), ('T2.1', 10, 15, 'QUOTE'), ('T2.2', 16, 21, 'QUOTE')]
>>> [(r.head, r.tail, r.label) for r in rels]
[('T2.1', 'T1', 'said_by'), ('T2.2', 'T1', 'said_by')]
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from schemas import Document, FormatError, Relation, Schema, SchemaError, Span, SpanError, load_schema

TRIGGER_ROLE = "Trigger"
DEFAULT_ANNOTATOR = "brat"  # meta.annotator of a plain doc.ann, so that every row names its annotator
_ROLE_NUMBER = re.compile(r"\d+$")


@dataclass(frozen=True)
class LabelTarget:
    """What a brat entity type becomes: a schema label, with fixed attributes (``Direct=QUOTE:kind=direct``)."""

    label: str
    attrs: Mapping[str, str] = field(default_factory=dict)


@dataclass
class BratReport:
    """What an import kept and what it dropped, for the CLI to show."""

    documents: int = 0
    spans: int = 0
    relations: int = 0
    dropped_entities: Counter[str] = field(default_factory=Counter)
    dropped_relations: Counter[str] = field(default_factory=Counter)
    dropped_attributes: Counter[str] = field(default_factory=Counter)
    trimmed: int = 0
    texts_without_ann: list[str] = field(default_factory=list)

    def add(self, other: BratReport) -> None:
        self.spans += other.spans
        self.relations += other.relations
        self.dropped_entities.update(other.dropped_entities)
        self.dropped_relations.update(other.dropped_relations)
        self.dropped_attributes.update(other.dropped_attributes)
        self.trimmed += other.trimmed


def parse_label_map(specs: Iterable[str], schema: Schema | None = None) -> dict[str, LabelTarget]:
    """``["Source=SPEAKER,Content=QUOTE:kind=direct"]`` -> ``{"Source": LabelTarget("SPEAKER"), ...}``."""
    schema = schema or load_schema()
    out: dict[str, LabelTarget] = {}
    for item in (part.strip() for spec in specs for part in spec.split(",")):
        if not item:
            continue
        brat_type, eq, target = item.partition("=")
        if not eq or not brat_type.strip() or not target.strip():
            raise SchemaError(f"--map {item!r}: write BRAT_TYPE=LABEL, for example Source=SPEAKER")
        label, *attr_specs = target.strip().split(":")
        label_def = schema.span_label(label)
        if label_def is None:
            raise SchemaError(f"--map {item!r}: {label!r} is not a span label; the schema has "
                              f"{', '.join(schema.span_labels)}")
        attrs: dict[str, str] = {}
        for a in attr_specs:
            name, _, value = a.partition("=")
            attr = label_def.attr(name)
            if attr is None or not value or (attr.type == "choice" and value not in attr.values):
                allowed = ", ".join(f"{x.name}={'|'.join(x.values) or 'TEXT'}" for x in label_def.attrs) or "none"
                raise SchemaError(f"--map {item!r}: {a!r} is not an attribute of {label} (allowed: {allowed})")
            attrs[name] = value
        out[brat_type.strip()] = LabelTarget(label, attrs)
    if not out:
        raise SchemaError("give at least one --map BRAT_TYPE=LABEL, for example --map Source=SPEAKER,Content=QUOTE")
    return out


def parse_relation_map(specs: Iterable[str], schema: Schema | None = None) -> dict[str, str]:
    """``["Content-Source=said_by", "Attribution=said_by"]`` -> ``{"Content-Source": "said_by", ...}``."""
    schema = schema or load_schema()
    out: dict[str, str] = {}
    for spec in specs:
        for item in (p.strip() for p in spec.split(",") if p.strip()):
            key, eq, label = item.partition("=")
            if not eq or not key.strip():
                raise SchemaError(f"--relation {item!r}: write ROLE_A-ROLE_B=RELATION (event roles) or "
                                  f"TYPE=RELATION (R lines)")
            if schema.relation(label.strip()) is None:
                raise SchemaError(f"--relation {item!r}: {label.strip()!r} is not a relation; the schema has "
                                  f"{', '.join(schema.relation_labels)}")
            out[key.strip()] = label.strip()
    return out


def parse_ann(
    ann: str,
    text: str,
    labels: Mapping[str, LabelTarget],
    relations: Mapping[str, str],
    *,
    source: str = "ann",
    schema: Schema | None = None,
) -> tuple[list[Span], list[Relation], BratReport]:
    """Spans and relations of one ``.ann`` file over ``text``; ``source`` (the file name) prefixes errors."""
    schema = schema or load_schema()
    report = BratReport()
    fragments: dict[str, list[Span]] = {}  # brat T id -> its spans (empty when its type is dropped)
    events: dict[str, tuple[int, str, list[tuple[str, str]]]] = {}
    rlines: list[tuple[int, str, str, str]] = []
    attr_lines: list[tuple[int, str, str, str]] = []
    for lineno, raw in enumerate(ann.splitlines(), 1):
        line = raw.rstrip("\r")
        if not line.strip() or line[0] in "#*N":  # notes, equivalences, normalisations: not part of the schema
            continue
        where = f"{source}:{lineno}"
        ann_id, _, rest = line.partition("\t")
        body = rest.split("\t")[0]
        kind = ann_id[:1]
        if kind == "T":
            fragments[ann_id] = _text_bound(ann_id, rest, text, labels, where, report)
        elif kind == "R":
            rtype, *rargs = body.split()
            roles = dict(a.split(":", 1) for a in rargs if ":" in a)
            if "Arg1" not in roles or "Arg2" not in roles:
                raise FormatError(f"{where}: relation {ann_id} needs Arg1:ID Arg2:ID, got {body!r}")
            rlines.append((lineno, rtype, roles["Arg1"], roles["Arg2"]))
        elif kind == "E":
            parts = body.split()
            if not parts or ":" not in parts[0]:
                raise FormatError(f"{where}: event {ann_id} must start with TYPE:TRIGGER_ID, got {body!r}")
            etype, trigger = parts[0].split(":", 1)
            eargs = [(_ROLE_NUMBER.sub("", r), t) for r, _, t in (a.partition(":") for a in parts[1:])]
            events[ann_id] = (lineno, trigger, [(TRIGGER_ROLE, trigger), *eargs])
        elif kind in "AM":
            fields = body.split()
            if len(fields) < 2:
                raise FormatError(f"{where}: attribute {ann_id} needs NAME TARGET_ID [VALUE], got {body!r}")
            attr_lines.append((lineno, fields[0], fields[1], fields[2] if len(fields) > 2 else ""))
        else:
            raise FormatError(f"{where}: unknown brat annotation {ann_id!r}; expected T, R, E, A, M, N, # or * lines")

    def spans_of(ref: str, where: str) -> list[Span]:
        if ref in events:
            ref = events[ref][1]
        if ref not in fragments:
            raise FormatError(f"{where}: {ref!r} is not a text-bound annotation of {source}")
        return fragments[ref]

    for lineno, name, target, value in attr_lines:
        spans = spans_of(target, f"{source}:{lineno}")
        for i, span in enumerate(spans):
            attr = (schema.span_label(span.label) or _NO_LABEL).attr(name.lower())
            val = value.lower() if attr is not None and attr.type == "choice" else value
            if attr is None or (attr.type == "choice" and val not in attr.values):
                if i == 0:
                    report.dropped_attributes[f"{name}={value}" if value else name] += 1
                continue
            spans[i] = Span(span.id, span.start, span.end, span.label, {**span.attrs, attr.name: val})

    links: list[tuple[list[Span], list[Span], str, str]] = []
    for lineno, rtype, arg1, arg2 in rlines:
        where = f"{source}:{lineno}"
        links.append((spans_of(arg1, where), spans_of(arg2, where), rtype, relations.get(rtype, "")))
    for lineno, _, roles_of in events.values():
        where = f"{source}:{lineno}"
        for key, label in relations.items():
            role_a, dash, role_b = key.partition("-")
            if not dash:
                continue
            for ra, ta in roles_of:
                for rb, tb in roles_of:
                    if ra == role_a and rb == role_b and ta != tb:
                        links.append((spans_of(ta, where), spans_of(tb, where), key, label))
    rels: list[Relation] = []
    seen: set[tuple[str, str, str]] = set()
    for heads, tails, key, label in links:
        if not label:
            report.dropped_relations[key] += 1
            continue
        if not heads or not tails:
            report.dropped_relations[f"{key} (an end's type is not mapped)"] += 1
            continue
        rel_def = schema.relation(label)
        assert rel_def is not None  # parse_relation_map checked it
        if heads[0].label not in rel_def.head or tails[0].label not in rel_def.tail:
            if tails[0].label in rel_def.head and heads[0].label in rel_def.tail:
                heads, tails = tails, heads
            else:
                report.dropped_relations[f"{key} ({heads[0].label} -> {tails[0].label} cannot be {label})"] += 1
                continue
        for h in heads:
            for t in tails:
                if (h.id, t.id, label) not in seen:
                    seen.add((h.id, t.id, label))
                    rels.append(Relation(h.id, t.id, label))
    spans = sorted((s for group in fragments.values() for s in group), key=lambda s: (s.start, s.end, s.id))
    report.spans, report.relations = len(spans), len(rels)
    return spans, rels, report


def find_brat_files(directory: str | Path) -> tuple[list[tuple[Path, Path, str | None]], list[Path]]:
    """``(txt, ann, annotator)`` triples under ``directory``, and the texts that have no ``.ann``.

    ``doc.ann`` belongs to ``doc.txt`` (no annotator); ``doc_ann2.ann`` belongs to ``doc.txt`` with annotator
    ``ann2`` unless a ``doc_ann2.txt`` exists. An ``.ann`` file without its text is an error.
    """
    root = Path(directory)
    if not root.is_dir():
        raise FormatError(f"{root}: not a directory of brat .txt and .ann files")
    texts = {p.with_suffix(""): p for p in sorted(root.rglob("*.txt"))}
    triples: list[tuple[Path, Path, str | None]] = []
    used: set[Path] = set()
    for ann in sorted(root.rglob("*.ann")):
        stem = ann.with_suffix("")
        if stem in texts:
            triples.append((texts[stem], ann, None))
            used.add(stem)
            continue
        owners = [t for t in texts if t.parent == stem.parent and stem.name.startswith(t.name + "_")]
        if not owners:
            raise FormatError(f"{ann}: no text for it; expected {stem.name}.txt, or NAME.txt for NAME_ANNOTATOR.ann")
        owner = max(owners, key=lambda t: len(t.name))
        triples.append((texts[owner], ann, stem.name[len(owner.name) + 1 :]))
        used.add(owner)
    return triples, [texts[t] for t in texts if t not in used]


def import_brat(
    directory: str | Path,
    labels: Mapping[str, LabelTarget],
    relations: Mapping[str, str],
    schema: Schema | None = None,
) -> tuple[list[Document], BratReport]:
    """Documents for every brat ``.txt``/``.ann`` pair under ``directory`` (see the module docstring).

    The document id is the text's path under ``directory`` without ``.txt``; rows of several annotators of
    one text share it and differ in ``meta.annotator`` (``brat`` for a plain ``doc.ann``).
    """
    schema = schema or load_schema()
    root = Path(directory)
    if not root.is_dir():
        raise FormatError(f"{root}: no such folder")
    triples, lonely = find_brat_files(root)
    if not triples:
        found = f"{len(lonely)} .txt file(s) but no .ann file beside any" if lonely else "no .txt/.ann pair"
        raise FormatError(f"{root}: {found}; expected brat standoff pairs such as doc.txt + doc.ann")
    report = BratReport(texts_without_ann=[str(p.relative_to(root)) for p in lonely])
    docs: list[Document] = []
    cache: dict[Path, str] = {}
    for txt, ann, annotator in triples:
        if txt not in cache:
            cache[txt] = _read(txt)
        text = cache[txt]
        spans, rels, one = parse_ann(_read(ann), text, labels, relations, source=str(ann), schema=schema)
        report.add(one)
        doc_id = txt.relative_to(root).with_suffix("").as_posix()
        who = annotator if annotator is not None else DEFAULT_ANNOTATOR
        meta: dict[str, object] = {"source": "brat", "source_file": ann.relative_to(root).as_posix(),
                                   "annotator": who, "annotation_id": f"brat-{doc_id}-{who}"}
        docs.append(Document(doc_id, text, tuple(spans), tuple(rels), meta))
    report.documents = len(docs)
    return docs, report


def _read(path: Path) -> str:
    # newline="" keeps \r\n as two code points: brat counts offsets in the file as it is.
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            return fh.read()
    except UnicodeDecodeError as exc:
        raise FormatError(f"{path}: not UTF-8 ({exc.reason} at byte {exc.start})") from exc
    except OSError as exc:
        raise FormatError(f"{path}: cannot read: {exc.strerror or exc}") from exc


class _NoLabel:
    def attr(self, name: str) -> None:
        return None


_NO_LABEL = _NoLabel()


def _text_bound(
    ann_id: str, rest: str, text: str, labels: Mapping[str, LabelTarget], where: str, report: BratReport
) -> list[Span]:
    body, _, stored = rest.partition("\t")
    etype, _, offsets = body.partition(" ")
    pieces: list[tuple[int, int]] = []
    for frag in offsets.split(";"):
        nums = frag.split()
        if len(nums) != 2 or not all(n.isdigit() for n in nums):
            raise FormatError(f"{where}: {ann_id} {etype}: offsets must be 'START END[;START END]', got {offsets!r}")
        start, end = int(nums[0]), int(nums[1])
        if start >= end:
            raise SpanError(f"{where}: {ann_id} {etype} [{start}:{end}]: the fragment is empty or reversed")
        if end > len(text):
            raise SpanError(f"{where}: {ann_id} {etype} [{start}:{end}]: end {end} is past the end of the text "
                            f"({len(text)} code points); is the .ann file for another version of the text?")
        pieces.append((start, end))
    if stored and " ".join(stored.split()) != " ".join(" ".join(text[s:e] for s, e in pieces).split()):
        found = " ".join(text[s:e] for s, e in pieces)
        raise SpanError(f"{where}: {ann_id} {etype} [{offsets}]: the .ann says {stored[:60]!r} but the text has "
                        f"{found[:60]!r} there; the offsets do not match this text")
    target = labels.get(etype)
    if target is None:
        report.dropped_entities[etype] += 1
        return []
    spans: list[Span] = []
    for start, end in pieces:
        covered = text[start:end]
        lead = len(covered) - len(covered.lstrip())
        trail = len(covered) - len(covered.rstrip())
        if lead or trail:
            report.trimmed += 1
        if lead + trail >= len(covered):
            continue  # a whitespace-only fragment holds nothing
        spans.append(Span("", start + lead, end - trail, target.label, dict(target.attrs)))
    many = len(spans) > 1
    return [Span(f"{ann_id}.{i}" if many else ann_id, s.start, s.end, s.label, s.attrs)
            for i, s in enumerate(spans, 1)]
