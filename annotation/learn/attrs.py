"""Attributes of the learned extractor's spans, from the text around them and the rules' word lists.

* QUOTE ``kind``: ``direct`` when a quotation mark sits right before and after the span, ``mixed`` when a
  mark is inside it, else ``indirect``;
* PARTY ``canonical``: the party list's canonical name for the alias, when it has one;
* EVENT ``type``: the event list's type for the trigger, else ``other``;
* SPEAKER ``canonical``: the first earlier name mention ending with the same surname (titles dropped), else
  the mention itself without its title; pronouns get none.

>>> from annotation.extractors.lexicon import load_lexicon
>>> text = 'Ann said "We quit" and Tories resigned'
>>> q = Span("T1", len('Ann said "'), len('Ann said "We quit'), "QUOTE")
>>> [s.attrs for s in span_attrs(text, [q], None, load_lexicon())]
[{'kind': 'direct'}]
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from schemas import Span

from .features import CLOSE_MARKS, OPEN_MARKS, PRONOUNS, STRAIGHT_MARKS

MARKS = OPEN_MARKS | CLOSE_MARKS | STRAIGHT_MARKS | frozenset("‘’'")


def _quote_kind(text: str, span: Span) -> str:
    before = text[: span.start].rstrip()[-1:]
    after = text[span.end :].lstrip()[:1]
    if before in MARKS and after in MARKS:
        return "direct"
    if any(c in OPEN_MARKS or c in CLOSE_MARKS or c in STRAIGHT_MARKS for c in text[span.start : span.end]):
        return "mixed"
    return "indirect"


def span_attrs(text: str, spans: Sequence[Span], feats: Any, lexicon: Any) -> list[Span]:
    """``spans`` with their attributes filled in (see the module docstring)."""
    out: list[Span] = []
    names: dict[str, str] = {}  # surname -> canonical
    for span in spans:
        covered = text[span.start : span.end]
        attrs: dict[str, str] = {}
        if span.label == "QUOTE":
            attrs["kind"] = _quote_kind(text, span)
        elif span.label == "PARTY":
            canonical = lexicon.parties.get(covered) or lexicon.parties.get(" ".join(covered.split()))
            if canonical:
                attrs["canonical"] = canonical
        elif span.label == "EVENT":
            trigger = lexicon.events.get(" ".join(covered.lower().split()))
            attrs["type"] = trigger.type if trigger is not None else "other"
        elif span.label == "SPEAKER" and covered.lower() not in PRONOUNS:
            words = [w for w in covered.split() if w not in lexicon.titles]
            if words:
                surname = words[-1]
                attrs["canonical"] = names.setdefault(surname, " ".join(words))
        out.append(Span(span.id, span.start, span.end, span.label, attrs))
    return out
