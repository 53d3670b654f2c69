"""Import and export CoNLL-2003 style BIO files, through the same converter as the dataset (:mod:`schemas.bio`).

The format: one token per line, the token in the first column and its tag in the last (``token TAG`` or
``token POS CHUNK TAG``); a blank line ends a sentence; a line starting with ``-DOCSTART-`` starts a new
document (a file without it is one document). Tags are ``O``, ``B-X``, ``I-X`` (IOB1 and IOB2 both read;
``S-X``/``E-X`` of BIOES are read as ``B-X``/``I-X``).

**Import** rebuilds each document's text by joining tokens with one space and sentences with a newline
(the original spacing is not in the file), then splits every CoNLL token with the project tokeniser
(``Labour's`` becomes ``Labour ' s``: the first piece keeps the tag, the others continue it), and turns the
tags into spans with :func:`schemas.bio_to_spans`. Offsets are code points of that rebuilt text, end
exclusive. Labels are mapped with ``label_map`` (``PER -> SPEAKER``); schema labels map to themselves;
any other label is dropped (its tokens become ``O``) and counted. Documents are named ``STEM-0001``, ...

**Export** writes ``-DOCSTART- -X- -X- O``, then one ``token TAG`` line per token of
:func:`schemas.spans_to_bio` and a blank line wherever the text has a line break. BIO holds neither
attributes nor relations, and a span not on token edges or overlapping another is an error, never dropped.

>>> lines = ["-DOCSTART- -X- -X- O", "", "Ann B-PER", "said O", "hi B-QUOTE", ""]
>>> [doc], report = conll_to_documents(lines, source="x.conll", label_map={"PER": "SPEAKER"})
>>> doc.text, [(s.start, s.end, s.label) for s in doc.spans]
('Ann said hi', [(0, 3, 'SPEAKER'), (9, 11, 'QUOTE')])
>>> documents_to_conll([doc])[2:]
['Ann B-SPEAKER', 'said O', 'hi B-QUOTE', '']
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from schemas import (
    Document,
    FormatError,
    Schema,
    SchemaError,
    atomic_writer,
    bio_to_spans,
    load_schema,
    spans_to_bio,
    token_offsets,
    tokenize,
    validate_document,
)

DOCSTART = "-DOCSTART-"
DOCSTART_LINE = "-DOCSTART- -X- -X- O"
_PREFIXES = {"B": "B", "I": "I", "S": "B", "E": "I"}


@dataclass
class ConllReport:
    """Counts of one import, for the CLI to show."""

    documents: int = 0
    sentences: int = 0
    tokens: int = 0
    spans: int = 0
    dropped_labels: Counter[str] = field(default_factory=Counter)


def parse_conll_label_map(specs: Iterable[str], schema: Schema | None = None) -> dict[str, str]:
    """``["PER=SPEAKER,ORG=PARTY"]`` -> ``{"PER": "SPEAKER", "ORG": "PARTY"}``; targets must be schema labels."""
    schema = schema or load_schema()
    out: dict[str, str] = {}
    for item in (p.strip() for spec in specs for p in spec.split(",") if p.strip()):
        source, eq, target = item.partition("=")
        if not eq or not source.strip():
            raise SchemaError(f"--map {item!r}: write CONLL_LABEL=LABEL, for example PER=SPEAKER")
        if schema.span_label(target.strip()) is None:
            raise SchemaError(f"--map {item!r}: {target.strip()!r} is not a span label; the schema has "
                              f"{', '.join(schema.span_labels)}")
        out[source.strip()] = target.strip()
    return out


def conll_to_documents(
    lines: Iterable[str],
    *,
    source: str = "conll",
    label_map: Mapping[str, str] | None = None,
    schema: Schema | None = None,
) -> tuple[list[Document], ConllReport]:
    """Documents from the lines of a CoNLL file; ``source`` names the file in errors and document ids."""
    schema = schema or load_schema()
    mapping = {label: label for label in schema.span_labels} | dict(label_map or {})
    stem = Path(source).stem
    report = ConllReport()
    docs: list[Document] = []
    sentences: list[list[tuple[str, str]]] = []
    sentence: list[tuple[str, str]] = []

    def end_sentence() -> None:
        nonlocal sentence
        if sentence:
            sentences.append(sentence)
            report.sentences += 1
        sentence = []

    def end_document() -> None:
        nonlocal sentences
        end_sentence()
        if sentences:
            docs.append(_document(f"{stem}-{len(docs) + 1:04d}", sentences, source))
        sentences = []

    for lineno, raw in enumerate(lines, 1):
        fields = raw.split()
        if not fields:
            end_sentence()
            continue
        if fields[0] == DOCSTART:
            end_document()
            continue
        if len(fields) < 2:
            raise FormatError(f"{source}:{lineno}: expected 'TOKEN ... TAG', got {raw.strip()!r}")
        token, tag = fields[0], fields[-1]
        report.tokens += 1
        sentence.append((token, _map_tag(tag, mapping, report, f"{source}:{lineno}")))
    end_document()
    report.documents = len(docs)
    report.spans = sum(len(d.spans) for d in docs)
    return docs, report


def _map_tag(tag: str, mapping: Mapping[str, str], report: ConllReport, where: str) -> str:
    if tag == "O":
        return tag
    prefix, dash, label = tag.partition("-")
    if not dash or prefix not in _PREFIXES or not label:
        raise FormatError(f"{where}: tag {tag!r} is not O, B-LABEL, I-LABEL, S-LABEL or E-LABEL")
    target = mapping.get(label)
    if target is None:
        report.dropped_labels[label] += 1
        return "O"
    return f"{_PREFIXES[prefix]}-{target}"


def _document(doc_id: str, sentences: Sequence[Sequence[tuple[str, str]]], source: str) -> Document:
    text = "\n".join(" ".join(token for token, _ in sentence) for sentence in sentences)
    tags: list[str] = []
    previous = "O"
    for sentence in sentences:
        previous = "O"  # a span never runs across a sentence break
        for token, tag in sentence:
            pieces = tokenize(token)
            if tag.startswith("I-") and previous[2:] != tag[2:]:
                tag = "B-" + tag[2:]
            tags.append(tag)
            tags.extend(["O" if tag == "O" else "I-" + tag[2:]] * (len(pieces) - 1))
            previous = tag
    spans = tuple(bio_to_spans(text, tags))
    return Document(doc_id, text, spans, (), {"source": "conll", "source_file": source})


def read_conll(
    path: str | Path, label_map: Mapping[str, str] | None = None, schema: Schema | None = None
) -> tuple[list[Document], ConllReport]:
    """Documents of a CoNLL file (see the module docstring)."""
    path = Path(path)
    try:
        with path.open(encoding="utf-8") as fh:
            return conll_to_documents(fh, source=str(path), label_map=label_map, schema=schema)
    except UnicodeDecodeError as exc:
        raise FormatError(f"{path}: not UTF-8 ({exc.reason} at byte {exc.start})") from exc
    except OSError as exc:
        raise FormatError(f"{path}: cannot read: {exc.strerror or exc}") from exc


def documents_to_conll(docs: Iterable[Document], labels: Iterable[str] | None = None) -> list[str]:
    """CoNLL lines for ``docs``; with ``labels``, only spans of those labels are written (others are ``O``)."""
    keep = set(labels) if labels is not None else None
    out: list[str] = []
    for doc in docs:
        validate_document(doc)  # an unknown label or a span off its text never reaches the tag column
        spans = [s for s in doc.spans if keep is None or s.label in keep]
        tokens, tags = spans_to_bio(doc.text, spans, doc.id)
        offsets = token_offsets(doc.text)
        out.extend([DOCSTART_LINE, ""])
        for i, (token, tag) in enumerate(zip(tokens, tags, strict=True)):
            if i and "\n" in doc.text[offsets[i - 1][1] : offsets[i][0]]:
                out.append("")
            out.append(f"{token} {tag}")
        if tokens:
            out.append("")
    return out


def write_conll(path: str | Path, docs: Iterable[Document], labels: Iterable[str] | None = None) -> int:
    """Write ``docs`` as a CoNLL file atomically; returns how many documents."""
    docs = list(docs)
    lines = documents_to_conll(docs, labels)
    with atomic_writer(path) as fh:
        fh.write("\n".join(lines) + ("\n" if lines else ""))
    return len(docs)
