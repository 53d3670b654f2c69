"""Canonical names for the rules extractor: the full name each person mention stands for, its gender cue,
and the name a pronoun refers to.

A name mention's canonical is the name without its courtesy title ("Mr Jeremy Corbyn" -> "Jeremy Corbyn"); a
title used as a name ("the Prime Minister") is its own; a bare surname takes the full name first given with it
in the document. The gender comes from a title or a known first name, and a pronoun takes the canonical of the
nearest person before it whose gender fits. These run after the mentions are found (``find_people`` calls
:func:`_canonicalise`; the extractor calls :func:`resolve_pronouns`), so they are apart from the name runs.

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

from functools import lru_cache
from typing import TYPE_CHECKING

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
