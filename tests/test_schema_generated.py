"""The files generated from schemas/schema.yaml are committed; these tests fail when one is stale."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from label_studio_sdk.label_interface import LabelInterface

from schemas import SchemaError, load_schema
from schemas.generate import generated_files, hf_features, labeling_config, stale_files
from schemas.schema import SCHEMA_PATH, parse_schema


def test_committed_generated_files_are_up_to_date():
    assert stale_files() == [], "run: python -m schemas.generate"


def test_staleness_is_detected(tmp_path: Path):
    root = tmp_path / "schemas"
    shutil.copytree(SCHEMA_PATH.parent, root, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    assert stale_files(root=root) == []
    (root / "labeling_config.xml").write_text("<View/>\n", encoding="utf-8")
    assert [p.name for p in stale_files(root=root)] == ["labeling_config.xml"]


def test_labeling_config_has_labels_attribute_controls_and_relations():
    li = LabelInterface(labeling_config())
    li.validate()
    assert set(li.get_control("label").labels) == {"SPEAKER", "QUOTE", "PARTY", "EVENT"}
    assert li.get_control("quote_kind").tag == "Choices"
    assert li.get_control("event_type").labels == [
        "resignation", "defection", "formation", "election", "appointment", "vote", "protest", "other",
    ]
    assert li.get_control("speaker_canonical").tag == "TextArea"
    assert li.get_control("party_canonical").tag == "TextArea"
    xml = labeling_config()
    for relation in ("said_by", "member_of", "participant"):
        assert f'<Relation value="{relation}"/>' in xml


def test_features_follow_the_schema():
    features = hf_features()
    assert features["spans"].feature["label"].names == ["SPEAKER", "QUOTE", "PARTY", "EVENT"]
    assert features["relations"].feature["label"].names == ["said_by", "member_of", "participant"]
    assert features["ner_tags"].feature.names[:3] == ["O", "B-SPEAKER", "I-SPEAKER"]
    assert set(features["spans"].feature["attrs"]) == {"canonical", "kind", "type"}
    committed = json.loads((SCHEMA_PATH.parent / "features.json").read_text(encoding="utf-8"))
    assert committed == features.to_dict()


def test_guidelines_table_lists_every_label_with_its_hotkey():
    table = generated_files()[SCHEMA_PATH.parent / "GUIDELINES.md"]
    for d in load_schema().spans:
        assert f"| `{d.label}` | `{d.hotkey}` |" in table


@pytest.mark.parametrize(
    "raw, message",
    [
        ([], "schema: the schema must be a mapping with version, spans and relations"),
        ({"spans": [], "relations": []}, "schema: missing key 'version'"),
        ({"version": 0, "spans": [], "relations": []}, "schema: version must be a positive integer, got 0"),
        (
            {"version": 1, "spans": [{"label": "A", "color": "#000", "hotkey": "a", "attrs": {"x": {"type": "int"}}}],
             "relations": []},
            "schema: spans[0].attrs.x: type must be one of ('text', 'choice'), got 'int'",
        ),
        (
            {"version": 1, "spans": [{"label": "A", "color": "#000", "hotkey": "a"}],
             "relations": [{"label": "r", "head": ["A"], "tail": ["B"]}]},
            "schema: relations[0]: relation end 'B' is not a span label (A)",
        ),
        (
            {"version": 1, "spans": [{"label": "A", "color": "#000", "hotkey": "a"},
                                     {"label": "B", "color": "#111", "hotkey": "a"}], "relations": []},
            "schema: spans[1]: hotkey 'a' is used twice",
        ),
    ],
)
def test_invalid_schema_is_refused_with_a_clear_message(raw, message):
    with pytest.raises(SchemaError) as info:
        parse_schema(raw)
    assert str(info.value) == message
