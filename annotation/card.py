"""The dataset card (``DIR/README.md``) of the gold dataset: YAML front matter and the sections readers need.

The front matter follows the Hugging Face Hub conventions: ``license``, ``language``, ``task_categories``,
``pretty_name``, ``configs`` (the parquet file of each split) and ``dataset_info`` with the features, so
``datasets.load_dataset(DIR)`` restores the ``ClassLabel`` names without any other file. The label
definitions are generated from the schema, like everything else derived from it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from schemas import Schema

if TYPE_CHECKING:
    from .dataset import ChangelogEntry

PRETTY_NAME = "quotegold: who said what in political news"

GUIDELINE_SUMMARY = """\
- Annotation is flat: spans never overlap, and nothing inside a QUOTE is annotated.
- A QUOTE excludes the outer quotation marks. A quote over several paragraphs is one QUOTE per paragraph,
  each linked to the same SPEAKER mention; a quote broken by its attribution is two QUOTEs. Partial quotes
  attributed to someone are QUOTEs; scare quotes and titles without a speaker are not.
- `kind`: `direct` for quoted text; `indirect` for reported speech ("X said that ...": the reported clause,
  without the final full stop); `mixed` for a reported clause that contains a verbatim fragment.
- A SPEAKER is a person mention outside quotes: a name with its courtesy title ("Mr Corbyn") but without the
  role before it ("Labour MP Stella Creasy" gives PARTY "Labour" and SPEAKER "Stella Creasy"), a title used
  as a name ("Prime Minister"), or a pronoun that is the subject of a speech verb ("She said").
  `canonical` is the person's full name as first given in the document.
- `said_by` links a QUOTE to the mention in its own attribution clause (the pronoun itself); continuation
  paragraphs link to the first paragraph's mention.
- A PARTY is a party name without a leading "the"; `canonical` is the full official name ("Tories" ->
  "Conservative Party"). `member_of` comes from phrases such as "Labour MP X" or "X, the Conservative MP".
- An EVENT is the minimal trigger word outside quotes ("resigned", "election"); `type` follows the trigger
  lexicon (resign/quit/step down -> resignation, defect/leave/join -> defection, launch/found/form ->
  formation, elect/election -> election, appoint -> appointment, vote/ballot -> vote, protest/march/rally ->
  protest, else other). `participant` links it to the SPEAKER/PARTY spans it concerns in the same sentence.

The full guidelines are `schemas/GUIDELINES.md` in the quotegold repository."""

PSEUDONYMS = """\
Annotators worked in Label Studio. Their accounts (e-mail addresses, names, Label Studio user ids) never
leave the annotation server: the export replaces each account by a stable pseudonym, and only pseudonyms
reach the adjudicated gold. This dataset keeps none of them: each row says only how many annotators
labelled the document (`meta.num_annotators`) and how much they agreed (`meta.agreement`). Every file of the
dataset is scanned for e-mail addresses, access tokens and Label Studio user ids before it is written and
again before it is published."""


@dataclass(frozen=True)
class CardInfo:
    """Everything the card states; gathered by :func:`annotation.dataset.build_dataset`."""

    version: str
    schema: Schema
    features: Any
    splits: Mapping[str, int]
    label_counts: Mapping[str, Mapping[str, int]]
    relation_counts: Mapping[str, Mapping[str, int]]
    split: str
    seed: int
    license: str
    changelog: Sequence[ChangelogEntry]
    split_bytes: Mapping[str, int] = field(default_factory=dict)
    empty_splits: tuple[str, ...] = ()
    agreement: Mapping[str, Any] | None = None
    doc_agreement: Sequence[Any] = ()
    num_annotators: Counter[int] = field(default_factory=Counter)


def front_matter(info: CardInfo) -> str:
    """The YAML between the ``---`` lines, built with the Hub's own card classes."""
    from datasets import DatasetInfo, SplitDict, SplitInfo
    from datasets.info import DatasetInfosDict
    from huggingface_hub import DatasetCardData

    data = DatasetCardData(
        license=info.license,
        language=["en"],
        task_categories=["token-classification"],
        task_ids=["named-entity-recognition"],
        pretty_name=PRETTY_NAME,
        size_categories=[_size_category(sum(info.splits.values()))],
        tags=["quotation-attribution", "political-news", "relation-extraction"],
        configs=[
            {
                "config_name": "default",
                "data_files": [
                    {"split": name, "path": f"data/{name}-00000-of-00001.parquet"} for name in info.splits
                ],
            }
        ],
    )
    splits = SplitDict()
    for name, n in info.splits.items():
        splits.add(SplitInfo(name=name, num_examples=n, num_bytes=info.split_bytes.get(name, 0)))
    DatasetInfosDict({"default": DatasetInfo(features=info.features, splits=splits)}).to_dataset_card_data(data)
    return str(data.to_yaml())


def _size_category(n: int) -> str:
    for bound, name in ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K")):
        if n < bound:
            return name
    return "100K<n<1M"


def render_card(info: CardInfo) -> str:
    """The whole ``README.md``."""
    from schemas.generate import label_table

    parts = [
        f"---\n{front_matter(info).rstrip()}\n---",
        f"# {PRETTY_NAME}",
        "## Description",
        "A gold dataset of quotation attribution in English political news: who said what (QUOTE -> "
        "SPEAKER), who belongs to which party (SPEAKER -> PARTY) and which political events they take part "
        "in (EVENT -> SPEAKER or PARTY). Each row is one news document with character-offset spans, the "
        "relations between them, and a token-level BIO view of the spans for sequence labelling.",
        "```python\nfrom datasets import load_dataset\n\nds = load_dataset(\"<this repository or directory>\")\n"
        "ds[\"train\"].features[\"ner_tags\"].feature.names\n```",
        "## Dataset structure",
        "- `id`, `text`: the document.\n"
        "- `spans`: `id`, `start`, `end` (Python code points, end exclusive: `text[start:end] == span text`), "
        "`text`, `label` (ClassLabel), `attrs` (`canonical`, `kind`, `type`; null where the label has no "
        "such attribute).\n"
        "- `relations`: `head` and `tail` span ids and a `label` (ClassLabel).\n"
        "- `tokens`, `ner_tags`: tokens are runs of word characters (`\\w+`) or single other non-space "
        "characters (so `Labour's` is `Labour`, `'`, `s`); `ner_tags` are BIO tags (ClassLabel). Every span "
        "lies on token edges; a build fails rather than drop one that does not.\n"
        "- `meta`: `source`, `num_annotators`, `agreement` (mean pairwise strict span F1 of the annotators "
        "of this document; null with one annotator).",
        "## Label definitions",
        f"Generated from the label schema.\n\n{label_table(info.schema)}",
        "## Annotation guidelines (summary)",
        GUIDELINE_SUMMARY,
        "## Splits and label counts",
        _counts_section(info),
        "## Agreement",
        _agreement_section(info),
        "## Annotators and pseudonymisation",
        PSEUDONYMS,
        "## Versions",
        f"- Dataset version: **{info.version}**\n- Label schema version: **{info.schema.version}**\n\n"
        "| Version | Date | Changes |\n|---|---|---|\n"
        + "\n".join(f"| {e['version']} | {e['date']} | {e['note']} |" for e in reversed(info.changelog)),
        "## License",
        f"The annotations are released under `{info.license}`. The news texts remain the property of their "
        "publishers and are included for research on quotation attribution.",
    ]
    return "\n\n".join(parts) + "\n"


def _counts_section(info: CardInfo) -> str:
    names = list(info.splits)
    lines = [
        f"Documents are assigned to splits {info.split} ({'/'.join(names)}) by a hash of their id with seed "
        f"{info.seed}, so a document keeps its split when others are added.",
        "",
        "| | " + " | ".join(names) + " |",
        "|---|" + "---|" * len(names),
        "| documents | " + " | ".join(str(info.splits[n]) for n in names) + " |",
    ]
    for label in info.schema.span_labels:
        lines.append(f"| {label} | " + " | ".join(str(info.label_counts[n].get(label, 0)) for n in names) + " |")
    for label in info.schema.relation_labels:
        lines.append(
            f"| {label} | " + " | ".join(str(info.relation_counts[n].get(label, 0)) for n in names) + " |"
        )
    if info.empty_splits:
        lines += ["", f"No document fell into {', '.join(info.empty_splits)}; those splits are not shipped."]
    return "\n".join(lines)


def _fmt(value: Any) -> str:
    return f"{value:.3f}" if isinstance(value, (int, float)) else "n/a"


def _agreement_section(info: CardInfo) -> str:
    multi = sum(n for k, n in info.num_annotators.items() if k >= 2)
    total = sum(info.num_annotators.values())
    head = f"{multi} of {total} documents were labelled by two or more annotators."
    report = info.agreement
    if report:
        overall = report.get("overall", {})
        lines = [
            head,
            "",
            "| Measure | Value |",
            "|---|---|",
            f"| span F1, strict (exact boundaries and label) | {_fmt(overall.get('strict_f1'))} |",
            f"| span F1, overlap (same label, overlapping) | {_fmt(overall.get('overlap_f1'))} |",
            f"| Cohen's kappa, token labels | {_fmt(overall.get('kappa'))} |",
            f"| Krippendorff's alpha (nominal), token labels | {_fmt(overall.get('alpha'))} |",
            f"| said_by pair agreement (F1) | {_fmt(overall.get('said_by_f1'))} |",
            "",
            "| Label | strict F1 | overlap F1 |",
            "|---|---|---|",
        ]
        for label, row in report.get("per_label", {}).items():
            lines.append(f"| {label} | {_fmt(row.get('strict_f1'))} | {_fmt(row.get('overlap_f1'))} |")
        if report.get("simulated"):
            lines += ["", "**Some annotations in these figures are simulated** (a perturbed copy of the gold)."]
        return "\n".join(lines)
    values = [float(v) for v in info.doc_agreement if isinstance(v, (int, float))]
    if not values:
        return head + " No agreement figures are available for this build."
    mean = sum(values) / len(values)
    return f"{head} Mean per-document agreement (pairwise strict span F1): {mean:.3f}."
