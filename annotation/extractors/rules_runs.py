"""Runs of capitalised words for the rules extractor: their words, and what a run says on its own.

Offsets are Python code points, end exclusive, relative to the start of the run. A run is a stretch of
capitalised words ("Labour MP Stella Creasy", "The Prime Minister"); :func:`find_people
<annotation.extractors.rules_people.find_people>` takes it apart. Much of that depends on the run's words
alone (a leading article, a title used as a name, words that are never names), so :func:`run_plan` works it
out once per distinct run and the document loop only adds what depends on the text around the run.

>>> from .lexicon import load_lexicon
>>> run = "Labour MP Ann Coffey"
>>> run_words(run)[-1] == (len("Labour MP Ann "), len(run), "Coffey")
True
>>> plan = run_plan("Ann Coffey", load_lexicon())
>>> plan[0] == NAME, plan[1:3] == (0, len("Ann Coffey")), plan[-1]
(True, True, 'Ann Coffey')
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

from .lexicon import NAME_CHARS, UPPER, Lexicon

_TOKEN = (
    # Abbreviated titles, and Irish surname particles written as words of their own ("Niamh Ó Súilleabháin")
    rf"(?:(?:(?:Mr|Mrs|Ms|Dr|Prof|Rev|Sen|Rep|Gov|Gen|St)\.|Ó|Ní|Nic|Uí|Ua)(?=[ \t]+[{UPPER}])"
    rf"|(?:Mc|Mac|O['’]|D['’])?[{UPPER}][{NAME_CHARS}]+(?:-[{UPPER}][{NAME_CHARS}]+)?)"
)
RUN_RE = re.compile(rf"(?=[{UPPER}])(?<![\w'’-]){_TOKEN}(?:[ \t]+{_TOKEN})*(?!\w)(?!['’](?!s\b)\w)")
_WORD_RE = re.compile(rf"{_TOKEN}")

# What a run of several words is, by itself (the first item of a plan):
NAME = 0  # (NAME, start, end, before, first word is a known first name, the name with single spaces)
TITLE = 1  # (TITLE, start, end): a title used as a name ("Prime Minister")
TITLED = 2  # (TITLED, start, end): a courtesy title and a name ("Mr Corbyn"), at most four words
SINGLE = 3  # (SINGLE, start, end): one word left once the words that are never names are dropped
SKIP = 4  # (SKIP,): more than three words, or a word that is never a name in the middle
EMPTY = 5  # (EMPTY,): only words that are never names


@lru_cache(maxsize=65536)
def run_words(run: str) -> tuple[tuple[int, int, str], ...]:
    """The words of a run of capitalised words: ``(start, end, word)`` relative to the run's start."""
    return tuple((w.start(), w.end(), w.group()) for w in _WORD_RE.finditer(run))


@lru_cache(maxsize=65536)
def run_plan(run: str, lex: Lexicon) -> tuple[Any, ...] | None:
    """What a run of several words that overlaps no party name is, worked out from the run alone; ``None``
    when a word of it (but the last) can start a role: the role is then matched in the document's text,
    where it may go on past the end of the run. ``before`` of a ``NAME`` is where its words start before
    the words that are never names are dropped (a role right before it makes it a person).
    """
    words = list(run_words(run))
    if words[0][2] in ("The", "A", "An") and len(words) > 1:
        words = words[1:]
    if words[0][2] in title_firsts(lex) and norm_space(run[words[0][0] : words[-1][1]]) in lex.titles_as_names:
        return (TITLE, words[0][0], words[-1][1])
    roles = role_firsts(lex)
    # A role can start at a word of letters only if that word is a role's first word.
    if any(w[2] in roles or not w[2].isalpha() for w in words[:-1]):
        return None
    not_names = lex.not_names
    if words[0][2] in lex.titles and len(words) >= 2 and words[1][2] not in not_names:
        body = words[: min(len(words), 4)]
        return (TITLED, body[0][0], body[-1][1])
    before = words[0][0]
    while words and words[0][2] in not_names:
        words = words[1:]
    while words and words[-1][2] in not_names:
        words = words[:-1]
    if not words:
        return (EMPTY,)
    s, e = words[0][0], words[-1][1]
    if len(words) == 1:
        return (SINGLE, s, e)
    if len(words) > 3 or (len(words) == 3 and words[1][2] in not_names):
        return (SKIP,)
    return (NAME, s, e, before, words[0][2] in lex.first_names, norm_space(run[s:e]))


@cache
def role_firsts(lex: Lexicon) -> frozenset[str]:
    """The first word of every role ("Attorney" of "Attorney General"), for a cheap test before ``role_re``."""
    return frozenset(role.split()[0] for role in lex.roles)


@cache
def title_firsts(lex: Lexicon) -> frozenset[str]:
    """The first word of every title used as a name ("Prime" of "Prime Minister")."""
    return frozenset(title.split()[0] for title in lex.titles_as_names)


def norm_space(s: str) -> str:
    """``s`` with every stretch of white space made one space, none at either end."""
    return " ".join(s.split())
