"""Load the label schema (``schemas/schema.yaml``), the single source of truth for labels and relations."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from .errors import SchemaError

SCHEMA_PATH = Path(__file__).with_name("schema.yaml")
ATTR_TYPES = ("text", "choice")


@dataclass(frozen=True)
class AttrDef:
    """One attribute of a span label: free ``text`` or a ``choice`` among ``values``."""

    name: str
    type: str
    description: str
    values: tuple[str, ...] = ()


@dataclass(frozen=True)
class LabelDef:
    """A span label with its presentation (colour, hotkey) and attributes."""

    label: str
    description: str
    color: str
    hotkey: str
    attrs: tuple[AttrDef, ...]

    def attr(self, name: str) -> AttrDef | None:
        return next((a for a in self.attrs if a.name == name), None)


@dataclass(frozen=True)
class RelationDef:
    """A relation label and the span labels allowed at its head and tail."""

    label: str
    head: tuple[str, ...]
    tail: tuple[str, ...]
    description: str


@dataclass(frozen=True)
class Schema:
    """The parsed schema. Look labels up with :meth:`span_label` and :meth:`relation`."""

    version: int
    name: str
    spans: tuple[LabelDef, ...]
    relations: tuple[RelationDef, ...]

    @property
    def span_labels(self) -> tuple[str, ...]:
        return tuple(d.label for d in self.spans)

    @property
    def relation_labels(self) -> tuple[str, ...]:
        return tuple(d.label for d in self.relations)

    @property
    def attr_names(self) -> tuple[str, ...]:
        """Every attribute name used by any label, in schema order, without repeats."""
        names: list[str] = []
        for d in self.spans:
            names.extend(a.name for a in d.attrs if a.name not in names)
        return tuple(names)

    def span_label(self, label: str) -> LabelDef | None:
        return next((d for d in self.spans if d.label == label), None)

    def relation(self, label: str) -> RelationDef | None:
        return next((d for d in self.relations if d.label == label), None)

    @staticmethod
    def attr_control_name(label: str, attr: str) -> str:
        """Name of the Label Studio per-region control holding ``attr`` of ``label`` regions.

        >>> Schema.attr_control_name("QUOTE", "kind")
        'quote_kind'
        """
        return f"{label.lower()}_{attr}"


def _require(obj: dict[str, Any], key: str, where: str) -> Any:
    if key not in obj:
        raise SchemaError(f"{where}: missing key {key!r}")
    return obj[key]


def parse_schema(raw: Any, source: str = "schema") -> Schema:
    """Build a :class:`Schema` from the parsed YAML mapping, checking every rule."""
    if not isinstance(raw, dict):
        raise SchemaError(f"{source}: the schema must be a mapping with version, spans and relations")
    version = _require(raw, "version", source)
    if not isinstance(version, int) or version < 1:
        raise SchemaError(f"{source}: version must be a positive integer, got {version!r}")
    spans: list[LabelDef] = []
    hotkeys: set[str] = set()
    for i, item in enumerate(_require(raw, "spans", source)):
        where = f"{source}: spans[{i}]"
        label = _require(item, "label", where)
        attrs = []
        for name, a in (item.get("attrs") or {}).items():
            kind = _require(a, "type", f"{where}.attrs.{name}")
            if kind not in ATTR_TYPES:
                raise SchemaError(f"{where}.attrs.{name}: type must be one of {ATTR_TYPES}, got {kind!r}")
            values = tuple(a.get("values") or ())
            if kind == "choice" and not values:
                raise SchemaError(f"{where}.attrs.{name}: a choice attribute needs values")
            attrs.append(AttrDef(name, kind, a.get("description", ""), values))
        hotkey = str(_require(item, "hotkey", where))
        if hotkey in hotkeys:
            raise SchemaError(f"{where}: hotkey {hotkey!r} is used twice")
        hotkeys.add(hotkey)
        spans.append(
            LabelDef(label, item.get("description", ""), _require(item, "color", where), hotkey, tuple(attrs))
        )
    names = [s.label for s in spans]
    if len(set(names)) != len(names):
        raise SchemaError(f"{source}: span labels must be unique, got {names}")
    relations: list[RelationDef] = []
    for i, item in enumerate(_require(raw, "relations", source)):
        where = f"{source}: relations[{i}]"
        head = tuple(_require(item, "head", where))
        tail = tuple(_require(item, "tail", where))
        for end in head + tail:
            if end not in names:
                raise SchemaError(f"{where}: relation end {end!r} is not a span label ({', '.join(names)})")
        relations.append(RelationDef(_require(item, "label", where), head, tail, item.get("description", "")))
    return Schema(version, raw.get("name", "quotegold"), tuple(spans), tuple(relations))


def load_schema(path: str | Path | None = None) -> Schema:
    """Load and check a schema file; without ``path``, the project's own ``schemas/schema.yaml`` (cached)."""
    if path is None:
        return _default_schema()
    return _load(Path(path))


def _load(path: Path) -> Schema:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise SchemaError(f"{path}: cannot read the schema: {exc}") from exc
    return parse_schema(raw, str(path))


@cache
def _default_schema() -> Schema:
    return _load(SCHEMA_PATH)
