"""Building blocks of the gold tables: span and quote records, one document's table, helpers.

* ``S(key, LABEL, "left [[surface]] right", **attrs)`` -- a SPEAKER, PARTY or EVENT span; the context, without the
  brackets, must occur exactly once in the ingested text; the span is the bracketed part.
* ``Q(key, kind, "left [[first words", "last words]] right")`` -- a QUOTE; the first context (without the brackets)
  must occur exactly once, the span starts at ``[[``; the second context is searched from there and the span ends
  at ``]]``. A QUOTE never crosses a paragraph break.

Relations name spans by key: ``(head, label, tail)``. Offsets are never typed: ``build_gold.py`` locates every span
in the text exactly as ``corpus.read_source`` gives it (code points, end exclusive).
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Canonical party names (GUIDELINES.md, PARTY).
LAB = "Labour Party"
CON = "Conservative Party"
LD = "Liberal Democrats"
SNP = "Scottish National Party"
PC = "Plaid Cymru"
GRN = "Green Party"
UKIP = "UK Independence Party"
BXP = "Brexit Party"
DUP = "Democratic Unionist Party"
SF = "Sinn Féin"
DEM = "Democratic Party"
REP = "Republican Party"
# Parties the guideline list does not name: canonical = the party's own full official name.
FF = "Fianna Fáil"
FG = "Fine Gael"
UUP = "Ulster Unionist Party"
ALLIANCE = "Alliance Party of Northern Ireland"
ALBA = "Alba Party"


@dataclass(frozen=True)
class S:
    """A SPEAKER, PARTY or EVENT span: ``ctx`` holds the surface between ``[[`` and ``]]``."""

    key: str
    label: str
    ctx: str
    canonical: str | None = None
    type: str | None = None

    def attrs(self) -> dict[str, str]:
        if self.label == "EVENT":
            assert self.type, f"{self.key}: EVENT needs a type"
            return {"type": self.type}
        return {"canonical": self.canonical} if self.canonical else {}


@dataclass(frozen=True)
class Q:
    """A QUOTE span from ``[[`` in ``first`` to ``]]`` in ``last``."""

    key: str
    kind: str
    first: str
    last: str


@dataclass
class Gold:
    file: str
    spans: list[S | Q]
    relations: list[tuple[str, str, str]] = field(default_factory=list)


def sp(key: str, name: str, ctx: str) -> S:
    """A SPEAKER with its canonical name."""
    return S(key, "SPEAKER", ctx, canonical=name)


def title(key: str, ctx: str, name: str | None = None) -> S:
    """A title used as a name ("Prime Minister"); canonical only if the document gives the name."""
    return S(key, "SPEAKER", ctx, canonical=name)


def pa(key: str, canonical: str, ctx: str) -> S:
    return S(key, "PARTY", ctx, canonical=canonical)


def ev(key: str, type_: str, ctx: str) -> S:
    return S(key, "EVENT", ctx, type=type_)


def said(speaker: str, *quotes: str) -> list[tuple[str, str, str]]:
    return [(q, "said_by", speaker) for q in quotes]


def member(person: str, *parties: str) -> list[tuple[str, str, str]]:
    return [(person, "member_of", p) for p in parties]


def part(event: str, *who: str) -> list[tuple[str, str, str]]:
    return [(event, "participant", w) for w in who]
