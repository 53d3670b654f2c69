"""Canonical names for the rules extractor: the full name each person mention stands for, its gender cue,
and the name a pronoun refers to.

A name mention's canonical is the name without its courtesy title ("Mr Jeremy Corbyn" -> "Jeremy Corbyn"); a
title used as a name ("the Prime Minister") is its own; a bare surname takes the full name first given with it
in the document. Once every mention is known, :func:`refine_canonicals` gives a title used as a name the full name
of its holder given after it ("the First Minister, Moira Strachan"; none if the text names no holder) and "Ms
Lindsay" the full name given elsewhere. The gender comes from a title or a known first name, and a pronoun takes
the canonical of the nearest person before it whose gender fits. These run after the mentions are found
(``find_people`` calls :func:`_canonicalise`; the extractor calls :func:`refine_canonicals` and
:func:`resolve_pronouns`), so they are apart from the name runs.

>>> from .lexicon import load_lexicon
>>> from .rules_people import find_people
>>> text = "Ann Coffey said yes. Ms Coffey said no, and Coffey left. She said more."
>>> persons = find_people(text, load_lexicon()).persons
>>> resolve_pronouns(persons)
>>> [(text[p.start:p.end], p.canonical, p.gender) for p in persons]  # doctest: +NORMALIZE_WHITESPACE
[('Ann Coffey', 'Ann Coffey', 'f'), ('Ms Coffey', 'Ann Coffey', 'f'), ('Coffey', 'Ann Coffey', 'f'),
 ('She', 'Ann Coffey', 'f')]
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Final

from .lexicon import Lexicon

if TYPE_CHECKING:  # for the type checker only (rules_people imports from here)
    from .rules_people import Person


def _norm_space(s: str) -> str:
    return " ".join(s.split())


def _canonicalise(text: str, persons: list[Person], surnames: dict[str, str], lex: Lexicon) -> None:
    """Fill ``canonical`` (the full name as first given) and ``gender`` of every name mention."""
    genders: dict[str, str] = {}
    for p in persons:
        if p.kind == "pronoun":
            continue
        mention, bare, bare_words, last_word, gender = _mention(text[p.start : p.end], lex)
        if p.kind == "title":
            p.canonical = mention
        elif bare_words >= 2:
            p.canonical = bare
        else:
            p.canonical = surnames.get(last_word, mention)
        if gender != "-":
            genders.setdefault(p.canonical, gender)
    first_names = lex.first_names
    for p in persons:
        if p.kind != "pronoun":
            known = genders.get(p.canonical)
            p.gender = first_names.get(p.canonical.split()[0], "-") if known is None else known


@lru_cache(maxsize=65536)
def _mention(raw: str, lex: Lexicon) -> tuple[str, str, int, str, str]:
    """``(mention, name without title, its word count, its last word, gender cue)`` of a name mention."""
    mention = _norm_space(raw)
    words = mention.split()
    title = words[0] if words[0] in lex.titles and len(words) > 1 else ""
    bare = " ".join(words[1:]) if title else mention
    gender = lex.titles.get(title, "-") if title else lex.first_names.get(words[0], "-")
    bare_words = bare.split()
    return mention, bare, len(bare_words), bare_words[-1], gender


def resolve_pronouns(persons: list[Person]) -> None:
    """Give each pronoun the canonical name of the nearest person before it with a compatible gender."""
    last: list[Person] = []
    for p in persons:
        if p.kind != "pronoun":
            last.append(p)
            continue
        for prev in reversed(last[-12:]):
            if p.gender == "-" or prev.gender in ("-", p.gender):
                p.canonical = prev.canonical
                break


_NAME_WORD: Final = r"[A-Z][\w'’-]+"
# "the First Minister, Moira Strachan", "Prime Minister James Whitford": a title, then its holder's full name.
_HOLDER_AFTER: Final = rf",?[ \t]+(?:(?:Mr|Ms|Mrs|Miss|Dr|Sir|Dame)[ \t]+)?({_NAME_WORD}(?:[ \t]+{_NAME_WORD})+)"


def refine_canonicals(text: str, persons: list[Person], lex: Lexicon) -> None:
    """Canonical names the first pass could not give: a title used as a name takes the full name its holder is
    given after the title somewhere in the text ("the First Minister, Moira Strachan"), else none; "Ms Lindsay"
    and "Sir Anthony" take the full name given elsewhere ("Morag Lindsay", "Sir Anthony Mallory")."""
    holders: dict[str, str] = {}
    for p in persons:
        if p.kind == "title":
            title = p.canonical
            if title not in holders:  # the title as a literal prefix: the regex engine skips to its occurrences
                m = re.search(rf"{re.escape(title)}{_HOLDER_AFTER}", text)
                holders[title] = _first_words(m.group(1), lex) if m else ""
            p.canonical = holders[title]
        elif p.kind in ("name", "single") and p.canonical.count(" ") == 1:
            title, word = p.canonical.split(" ")
            if title in lex.titles:
                if p.canonical not in holders:
                    holders[p.canonical] = _full_name(text, title, word, lex) or p.canonical
                p.canonical = holders[p.canonical]


def _first_words(name: str, lex: Lexicon) -> str:
    """The name up to the first word that cannot be part of one ("Moira Strachan Said" is no name)."""
    words = []
    for w in name.split():
        if w in lex.not_names:
            break
        words.append(w)
    return " ".join(words) if len(words) >= 2 else ""


def _full_name(text: str, title: str, word: str, lex: Lexicon) -> str:
    """The full name of "Ms Lindsay" (a given name before the surname) or "Sir Anthony" (a surname after the
    given name, for the titles used with given names) as first written in ``text``; "" when there is none."""
    if title in ("Sir", "Dame", "Lord", "Lady"):
        m = re.search(rf"{re.escape(title)}[ \t]+{re.escape(word)}[ \t]+({_NAME_WORD})", text)
        if m and m.group(1) not in lex.not_names:
            return f"{word} {m.group(1)}"
    i = text.find(word)
    while i >= 0:  # each occurrence of the surname, then the word before it
        after = i + len(word)
        if after == len(text) or not text[after].isalnum():
            m = _GIVEN_BEFORE_RE.search(text, max(0, i - 40), i)
            given = m.group(1) if m else ""
            if given and given not in lex.titles and given not in lex.not_names and given not in lex.roles:
                return f"{given} {word}"
        i = text.find(word, after)
    return ""


_GIVEN_BEFORE_RE: Final = re.compile(rf"(?<![\w'’-])({_NAME_WORD})[ \t]+$")
