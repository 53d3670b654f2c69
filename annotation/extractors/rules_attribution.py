"""Attribution cues of the rules extractor that look past a quote's own sentence: the subject among several
persons before a speech verb, the subject of the sentence before a quote with no attribution of its own, and an
attribution in the paragraph after a quote paragraph ("That was the verdict of X").

Offsets are Python code points, end exclusive. ``persons`` are the person mentions outside quotes, sorted by
start, and ``person_starts`` their starts.

>>> from .rules_people import Person
>>> text = "Grant, standing beside Barnes, said no."
>>> persons = [Person(0, 5, "name"), Person(23, 29, "name")]
>>> found = subject(text, persons, [0, 1], 0, text.index("said"))
>>> text[found.start:found.end]
'Grant'
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # rules_people imports nothing from here; the names are for the type checker only
    from .rules_people import Person
    from .rules_text import Intervals, Sentences

_POSSESSIVE_AFTER_RE = re.compile(r"['’]s\b")
# '"…," said board chair X', '"…," Plaid leader X said': up to four words (a role) between a verb and a name.
ROLE_GAP_RE = re.compile(r",?[ \t]*(?:[\w'’.-]+[ \t]+){1,4}")
# The first character after a quote, on its line (none: the paragraph ends there).
NEXT_WORD_RE = re.compile(r"[ \t]*([^\s])")
# "confirmed it had … and said": a speech verb coordinated with the one before it.
AND_BEFORE_RE = re.compile(r"\b(?:and|but)\s+(?:also\s+|then\s+|later\s+)?$")
# "after a newspaper reported", "the commission said": a determiner and a noun right before the verb.
DET_NP_BEFORE_RE = re.compile(r"\b(?:[Aa]|[Aa]n|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[a-z][\w-]*\s+){1,2}$")
# A quote that fills its paragraph, then 'That was the verdict of X' / 'Those were the words of X' / 'So said X'.
_QUOTE_ENDS_PARA_RE = re.compile(r"[ \t]*\n\s*")
_VERDICT_RE = re.compile(r"(?:(?:That|This|Such|Those|These)\s+(?:was|is|were|are)\s+(?:the\s+)?(?:[a-z]+\s+){1,2}?"
                         r"(?:of|from)|So\s+said)\s+")


def subject(text: str, persons: list[Person], found: list[int], s0: int, vs: int) -> Person | bool:
    """The speaker among the persons ``found`` (indices) between a sentence start ``s0`` and its speech verb at
    ``vs``: the last one, except in 'Grant, standing beside Barnes, said' (the first, the sentence's subject);
    never a person who only qualifies the subject ('Barnes's office said', 'A spokeswoman for Hale said',
    'A source close to Ms X said'): then ``True``, attributed to a source that is not a person mention."""
    last = persons[found[-1]]
    if len(found) > 1 and text[last.end : vs].strip() == ",":
        first = persons[found[0]]
        if text.startswith(",", first.end) and not text[s0 : first.start].strip():
            return first
    if _POSSESSIVE_AFTER_RE.match(text, last.end) or text.endswith((" for ", " of ", " to "), s0, last.start):
        return True
    return last


def previous_subject(text: str, persons: list[Person], person_starts: list[int], sents: Sentences,
                     s0: int) -> Person | None:
    """The person who is the subject of the sentence before ``s0`` in its paragraph, when that sentence holds no
    quote: the speaker of a quote with no attribution of its own ('Mr Ferrie was unmoved. "…"')."""
    if s0 == 0 or text[s0 - 1] == "\n":
        return None
    p0 = sents.start_of(s0 - 1)
    if p0 < text.rfind("\n", 0, s0) + 1 or sents.quoted.overlaps(p0, s0):
        return None
    i = bisect_left(person_starts, p0)
    if i < len(persons) and text[p0 : persons[i].start].strip() in ("", "The") \
            and not _POSSESSIVE_AFTER_RE.match(text, persons[i].end):
        return persons[i]
    return None


def next_paragraph_attribution(text: str, persons: list[Person], person_starts: list[int],
                               end: int) -> Person | None:
    """The speaker of a quote paragraph ending at ``end``, named at the start of the next paragraph: 'That was
    the verdict of X', 'So said X'."""
    m = _QUOTE_ENDS_PARA_RE.match(text, end)
    if m is None:
        return None
    m = _VERDICT_RE.match(text, m.end())
    if m is None:
        return None
    i = bisect_left(person_starts, m.end())
    return persons[i] if i < len(persons) and persons[i].start == m.end() else None


# A participle after a comma starts a clause of the main sentence, not of the reported one: 'announced that he
# would run, setting up a primary'. ("including", "according" go on with the reported clause's own words.)
_PARTICIPLE_RE = re.compile(r",[ \t]+(?!(?:including|according|excluding|regarding|concerning)\b)[a-z]+ing\b")


# '…, but she admitted that …', '… as Hargreaves insists: …': a new subject right before a speech verb of its own.
_NEW_SUBJECT_BEFORE_RE = re.compile(
    r",?[ \t]+(?:and|but|as|while|when|whereas)[ \t]+(?:he|she|they|[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})"
    r"[ \t]+(?:[a-z]+ly[ \t]+|also[ \t]+|later[ \t]+)?$"
)


def reported_clause_end(text: str, start: int, end: int, verb_starts: list[int], quoted: Intervals) -> int:
    """Where a reported clause ``[start, end)`` stops before the main sentence goes on: before a participle after
    a comma ('he would run for governor, setting up a primary …') or before a new subject of one of the speech
    verbs starting at ``verb_starts`` (sorted) ('the result showed …, but she admitted that …'); never inside
    quoted words. ``end`` when neither."""
    if text.find(",", start, end) >= 0:
        for m in _PARTICIPLE_RE.finditer(text, start, end):
            if not quoted.contains(m.start()):
                end = m.start()
                break
    for i in range(bisect_left(verb_starts, start), bisect_left(verb_starts, end)):
        vs = verb_starts[i]
        m = _NEW_SUBJECT_BEFORE_RE.search(text, max(start, vs - 60), vs)
        if m and not quoted.contains(m.start()):
            return m.start()
    return end
