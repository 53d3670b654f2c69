"""Attributes of the learned extractor's spans, from the text around them and the rules' word lists.

* QUOTE ``kind``: ``direct`` when a quotation mark sits right before and after the span, ``mixed`` when a
  mark is inside it, else ``indirect``;
* PARTY ``canonical``: the party list's canonical name for the alias, when it has one;
* EVENT ``type``: the event list's type for the trigger, else ``other``;
* SPEAKER ``canonical``: the first earlier name mention ending with the same surname (titles dropped), else
  the mention itself without its title; a pronoun gets the canonical name of the latest named speaker before
  it whose gender (from the title or first name) fits "he"/"she", else of the latest named speaker.

>>> from annotation.extractors.lexicon import load_lexicon
>>> text = 'Ann said "We quit" and Tories resigned'
>>> quote = (len('Ann said "'), len('Ann said "We quit'), "QUOTE")
>>> [(s.id, s.text_in(text), s.attrs) for s in span_attrs(text, [quote], load_lexicon())]
[('T1', 'We quit', {'kind': 'direct'})]
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from schemas import Span

from .features import CLOSE_MARKS, OPEN_MARKS, PRONOUNS, STRAIGHT_MARKS

_PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}
MARKS = OPEN_MARKS | CLOSE_MARKS | STRAIGHT_MARKS | frozenset("‘’'")


def _quote_kind(text: str, start: int, end: int) -> str:
    # a few characters either side are enough, and slicing the whole prefix per span would be quadratic
    before = text[max(start - 8, 0) : start].rstrip()[-1:]
    after = text[end : end + 8].lstrip()[:1]
    if before in MARKS and after in MARKS:
        return "direct"
    if any(c in OPEN_MARKS or c in CLOSE_MARKS or c in STRAIGHT_MARKS for c in text[start:end]):
        return "mixed"
    return "indirect"


def span_attrs(text: str, spans: Sequence[tuple[int, int, str]], lexicon: Any) -> list[Span]:
    """Spans ``T1``, ``T2``, ... for ``(start, end, label)`` in text order, attributes filled in (see above)."""
    out: list[Span] = []
    names: dict[str, str] = {}  # surname -> canonical
    genders: dict[str, str] = {}  # canonical -> m, f or - (unknown)
    recent: list[tuple[str, str]] = []  # named speakers so far, in text order
    for n, (start, end, label) in enumerate(spans, 1):
        covered = text[start:end]
        attrs: dict[str, str] = {}
        if label == "QUOTE":
            attrs["kind"] = _quote_kind(text, start, end)
        elif label == "PARTY":
            canonical = lexicon.parties.get(covered) or lexicon.parties.get(" ".join(covered.split()))
            if canonical:
                attrs["canonical"] = canonical
        elif label == "EVENT":
            trigger = lexicon.events.get(" ".join(covered.lower().split()))
            attrs["type"] = trigger.type if trigger is not None else "other"
        elif label == "SPEAKER" and covered.lower() in PRONOUNS:
            want = _PRONOUN_GENDER.get(covered.lower())
            match = next((c for c, g in reversed(recent) if want is None or g in (want, "-")), None)
            if match is not None:
                attrs["canonical"] = match
        elif label == "SPEAKER":
            split = covered.split()
            words = [w for w in split if w not in lexicon.titles]
            if words:
                attrs["canonical"] = names.setdefault(words[-1], " ".join(words))
                gender = lexicon.titles.get(split[0]) or lexicon.first_names.get(words[0]) or "-"
                genders.setdefault(attrs["canonical"], gender)
                recent.append((attrs["canonical"], genders[attrs["canonical"]]))
        out.append(Span(f"T{n}", start, end, label, attrs))
    return out
