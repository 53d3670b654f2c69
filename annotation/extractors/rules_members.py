"""Parties and ``member_of`` for the rules extractor: PARTY names, and the party a person mention belongs to.

Offsets are Python code points, end exclusive. :func:`find_parties` gives every party name with its canonical
name. A person is a member of a party named right before the name ("Labour MP X", "former Ukip leader X",
"Labour's X": :func:`_party_before`) or right after it ("X, the Conservative MP", "X (Labour)":
:func:`_appositive_party`). These are apart from the name runs of ``rules_people`` because they read the
words around a name once the names are found; ``find_people`` calls them and keeps the pairs it links. The
patterns they take are that module's (built from the lexicon's roles).

>>> from .lexicon import load_lexicon
>>> text = "The Lib Dems and Labour met."
>>> [(text[p.start:p.end], p.canonical) for p in find_parties(text, load_lexicon())]
[('Lib Dems', 'Liberal Democrats'), ('Labour', 'Labour Party')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Final

from .lexicon import Lexicon
from .rules_names import _norm_space
from .rules_text import bisect_right

if TYPE_CHECKING:  # for the type checker only (rules_people imports from here)
    from .rules_people import _Patterns

_POSSESSIVE_RE: Final = re.compile(r"['’]s\s+")
# "Sinn Féin's group leader on the council, |X", "Reform UK's only Member of the Senedd, |X": where the role is held.
_ROLE_PLACE_RE: Final = re.compile(r"[ \t]+(?:on|in|at|of|for)[ \t]+(?:the[ \t]+)?[\w'’-]+(?:[ \t]+[\w'’-]+)?,[ \t]+")


# Not frozen: built tens of times per document, and a frozen dataclass costs three times as much to build.
# init=False and an __init__ of its own: compiled, the dataclass-made __init__ would run as Python.
@dataclass(slots=True, init=False)
class Party:
    start: int
    end: int
    canonical: str

    def __init__(self, start: int, end: int, canonical: str) -> None:
        self.start, self.end, self.canonical = start, end, canonical


def find_parties(text: str, lex: Lexicon, spans: list[tuple[int, int]] | None = None) -> list[Party]:
    """Every party name in ``text`` (a leading "the" is never part of it).

    ``spans`` are the matches of ``lex.party_re`` when the caller has them already (:meth:`Lexicon.scan`).
    """
    if spans is None:
        spans = [m.span() for m in lex.party_re.finditer(text)]
    canonical = _party_canonical(lex)
    out = []
    for start, end in spans:
        name = text[start:end]
        canon = canonical.get(name)
        if canon is None:  # the first time this spelling is seen ("Lib  Dems" across a line break)
            canon = canonical[name] = lex.parties[_norm_space(name)]
        out.append(Party(start, end, canon))
    return out


@cache
def _party_canonical(lex: Lexicon) -> dict[str, str]:
    """Matched party text -> canonical name, filled as spellings are met (one dict per lexicon)."""
    return {}


def _party_before(
    text: str, start: int, pat: _Patterns, party_ends: dict[int, int], end_list: list[int]
) -> int | None:
    """The party of "Labour MP X", "former Ukip leader X" or "Labour's X": the nearest party before ``start``.

    ``end_list`` is the sorted list of the keys of ``party_ends`` (party end offsets).
    """
    i = bisect_right(end_list, start) - 1
    if i < 0 or end_list[i] < start - 50:
        return None
    end = end_list[i]
    idx = party_ends[end]
    if _POSSESSIVE_RE.fullmatch(text, end, start) or text[end:start] == " ":
        return idx
    if "." in text[end:start]:  # "Two Republican senators wavered. Senator X": another sentence
        return None
    m = pat.role_word.match(text, end)
    if m and (text[m.end() : start].strip(" ,") == "" or pat.role_before.search(text, end, start)
              or _ROLE_PLACE_RE.fullmatch(text, m.end(), start)):
        return idx
    return None


def _appositive_party(text: str, end: int, pat: _Patterns, party_at: dict[int, int]) -> int | None:
    """The party of "X, the Conservative MP" and "X (Labour)"."""
    m = pat.appositive.match(text, end)
    if m and m.end() in party_at:
        idx = party_at[m.end()]
        return idx
    if text.startswith(" (", end) and end + 2 in party_at:
        return party_at[end + 2]
    return None
