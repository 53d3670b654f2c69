"""Generate the files derived from ``schema.yaml`` and check that the committed ones are up to date.

Run ``python -m schemas.generate`` after changing the schema; ``python -m schemas.generate --check`` (and the
test suite) fails when a committed file differs from what the schema gives.

Generated: ``labeling_config.xml`` (Label Studio), ``features.json`` (``datasets.Features`` of the gold
dataset), ``bio_tags.json`` (the BIO tag set) and the label table between the markers in ``GUIDELINES.md``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

from .bio import bio_tags
from .errors import SchemaError
from .schema import Schema, load_schema

HERE = Path(__file__).parent
TEXT_NAME = "text"
LABELS_NAME = "label"
TABLE_BEGIN = "<!-- BEGIN GENERATED LABEL TABLE: python -m schemas.generate -->"
TABLE_END = "<!-- END GENERATED LABEL TABLE -->"


def _attr_block(schema: Schema) -> list[str]:
    lines: list[str] = []
    for d in schema.spans:
        for a in d.attrs:
            name = quoteattr(schema.attr_control_name(d.label, a.name))
            lines.append(
                f'  <View visibleWhen="region-selected" whenTagName="{LABELS_NAME}" whenLabelValue="{d.label}">'
            )
            lines.append(f"    <Header value={quoteattr(f'{d.label} {a.name}: {a.description}')} size=\"6\"/>")
            if a.type == "choice":
                lines.append(
                    f'    <Choices name={name} toName="{TEXT_NAME}" perRegion="true" choice="single" '
                    f'showInline="true">'
                )
                lines.extend(f"      <Choice value={quoteattr(v)}/>" for v in a.values)
                lines.append("    </Choices>")
            else:
                lines.append(
                    f'    <TextArea name={name} toName="{TEXT_NAME}" perRegion="true" editable="true" '
                    f'maxSubmissions="1" rows="1" placeholder="full name"/>'
                )
            lines.append("  </View>")
    return lines


def labeling_config(schema: Schema | None = None) -> str:
    """The Label Studio labeling config: Text, Labels with colours and hotkeys, Relations, and one
    per-region control per attribute, shown when a region of that label is selected."""
    schema = schema or load_schema()
    lines = [f"<!-- Generated from schemas/schema.yaml version {schema.version}; do not edit. -->", "<View>"]
    lines.append("  <Relations>")
    lines.extend(f"    <Relation value={quoteattr(r.label)}/>" for r in schema.relations)
    lines.append("  </Relations>")
    lines.append(f'  <Labels name="{LABELS_NAME}" toName="{TEXT_NAME}">')
    for d in schema.spans:
        lines.append(
            f"    <Label value={quoteattr(d.label)} background={quoteattr(d.color)} "
            f"hotkey={quoteattr(d.hotkey)} hint={quoteattr(d.description)}/>"
        )
    lines.append("  </Labels>")
    lines.append(f'  <Text name="{TEXT_NAME}" value="$text" granularity="symbol"/>')
    lines.extend(_attr_block(schema))
    lines.append("</View>")
    xml = "\n".join(lines) + "\n"
    check_labeling_config(xml, schema)
    return xml


def check_labeling_config(xml: str, schema: Schema | None = None) -> None:
    """Parse ``xml`` with the SDK's ``LabelInterface`` and check it has every label and relation."""
    from label_studio_sdk.label_interface import LabelInterface

    schema = schema or load_schema()
    try:
        li = LabelInterface(xml)
        li.validate()
    except Exception as exc:  # the SDK raises several unrelated types for a bad config
        raise SchemaError(f"Label Studio rejects the labeling config: {exc}") from exc
    labels = set(li.get_control(LABELS_NAME).labels)
    missing = set(schema.span_labels) - labels
    if missing:
        raise SchemaError(f"labeling config lacks labels {sorted(missing)}")


def hf_features_dict(schema: Schema | None = None) -> dict[str, Any]:
    """The gold dataset's features as ``datasets.Features.to_dict()`` gives them (JSON-able)."""
    return hf_features(schema).to_dict()


def hf_features(schema: Schema | None = None) -> Any:
    """The ``datasets.Features`` of the gold dataset, built from the schema."""
    from datasets import ClassLabel, Features, List, Value

    schema = schema or load_schema()
    attrs = {name: Value("string") for name in schema.attr_names}
    return Features(
        {
            "id": Value("string"),
            "text": Value("string"),
            "spans": List(
                {
                    "id": Value("string"),
                    "start": Value("int32"),
                    "end": Value("int32"),
                    "text": Value("string"),
                    "label": ClassLabel(names=list(schema.span_labels)),
                    "attrs": attrs,
                }
            ),
            "relations": List(
                {
                    "head": Value("string"),
                    "tail": Value("string"),
                    "label": ClassLabel(names=list(schema.relation_labels)),
                }
            ),
            "tokens": List(Value("string")),
            "ner_tags": List(ClassLabel(names=bio_tags(schema))),
            "meta": {
                "source": Value("string"),
                "num_annotators": Value("int32"),
                "agreement": Value("float32"),
            },
        }
    )


def label_table(schema: Schema | None = None) -> str:
    """The Markdown label table of GUIDELINES.md."""
    schema = schema or load_schema()
    rows = [
        f"Schema version {schema.version}.",
        "",
        "| Label | Hotkey | Colour | Attributes | Definition |",
        "|---|---|---|---|---|",
    ]
    for d in schema.spans:
        attrs = "; ".join(
            f"`{a.name}`: " + (" / ".join(a.values) if a.type == "choice" else "free text") for a in d.attrs
        )
        rows.append(f"| `{d.label}` | `{d.hotkey}` | `{d.color}` | {attrs} | {d.description} |")
    rows += ["", "| Relation | From | To | Meaning |", "|---|---|---|---|"]
    for r in schema.relations:
        rows.append(f"| `{r.label}` | {' or '.join(r.head)} | {' or '.join(r.tail)} | {r.description} |")
    return "\n".join(rows)


def _with_table(guidelines: str, table: str) -> str:
    if TABLE_BEGIN not in guidelines or TABLE_END not in guidelines:
        raise SchemaError(f"GUIDELINES.md lacks the markers {TABLE_BEGIN!r} ... {TABLE_END!r}")
    head, rest = guidelines.split(TABLE_BEGIN, 1)
    _, tail = rest.split(TABLE_END, 1)
    return f"{head}{TABLE_BEGIN}\n{table}\n{TABLE_END}{tail}"


def generated_files(schema: Schema | None = None, root: Path = HERE) -> dict[Path, str]:
    """Every generated file and the content the schema gives it."""
    schema = schema or load_schema()
    guidelines = (root / "GUIDELINES.md").read_text(encoding="utf-8")
    return {
        root / "labeling_config.xml": labeling_config(schema),
        root / "features.json": json.dumps(hf_features_dict(schema), indent=2) + "\n",
        root / "bio_tags.json": json.dumps(bio_tags(schema), indent=2) + "\n",
        root / "GUIDELINES.md": _with_table(guidelines, label_table(schema)),
    }


def stale_files(schema: Schema | None = None, root: Path = HERE) -> list[Path]:
    """The generated files whose committed content differs from what the schema gives."""
    return [
        path
        for path, content in generated_files(schema, root).items()
        if not path.exists() or path.read_text(encoding="utf-8") != content
    ]


def write_generated(schema: Schema | None = None, root: Path = HERE) -> list[Path]:
    """Rewrite every stale generated file; returns those written."""
    written = []
    for path, content in generated_files(schema, root).items():
        if not path.exists() or path.read_text(encoding="utf-8") != content:
            path.write_text(content, encoding="utf-8")
            written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m schemas.generate", description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check; exit 1 if a generated file is stale")
    args = parser.parse_args(argv)
    if args.check:
        stale = stale_files()
        for path in stale:
            print(f"stale: {path.name} (run: python -m schemas.generate)", file=sys.stderr)
        print("generated files are up to date" if not stale else f"{len(stale)} stale file(s)")
        return 1 if stale else 0
    written = write_generated()
    for path in written:
        print(f"wrote {path.name}")
    if not written:
        print("generated files are up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
