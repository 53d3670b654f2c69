"""Reported speech for the rules extractor: QUOTEs over reported clauses ("X said (that) CLAUSE", "according to X").

Offsets are Python code points, end exclusive. After a speech verb that is no noun, the patterns of
``rules_quotes`` find where a reported clause starts (``that``, a pronoun or a short subject with its verb,
words running into a quotation); :func:`_clause_end` finds where it ends (its sentence, "and said …", a colon
before a quote); :func:`_indirect` makes each clause a QUOTE ``kind=indirect``, ``mixed`` when it holds quoted
words, said by the subject of the verb. "CLAUSE, according to X" and "According to X, CLAUSE" are found from
the phrase. These are apart from the pairing and attribution of quoted segments in ``rules_quotes``, which
calls :func:`_indirect` first and adds the direct quotes that do not overlap its clauses; the :class:`Quote`
record is here, the lower of the two modules, so that both build it.

>>> from .lexicon import load_lexicon
>>> from .rules_people import find_people
>>> from .rules_quotes import find_quotes
>>> from .rules_text import Sentences, find_segments, paragraphs
>>> text = "Ms Coffey said she would stay. The vote was lost, according to Mr Gapes."
>>> lex = load_lexicon(); paras = paragraphs(text); segs = find_segments(text, paras)
>>> persons = find_people(text, lex).persons
>>> quotes = find_quotes(text, segs, persons, Sentences(text, paras, segs), lex)
>>> [(text[q.start:q.end], q.kind, text[q.speaker.start:q.speaker.end]) for q in quotes]
[('she would stay', 'indirect', 'Ms Coffey'), ('The vote was lost', 'indirect', 'Mr Gapes')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from operator import attrgetter
from typing import TYPE_CHECKING, Final

from .rules_attribution import (
    AND_BEFORE_RE,
    DET_NP_BEFORE_RE,
    DET_SENTENCE_SUBJECT_RE,
    POSSESSIVE_AFTER_RE,
    reported_clause_end,
    subject,
)
from .rules_people import Person
from .rules_text import Segment, Sentences, bisect_left, bisect_right

if TYPE_CHECKING:  # for the type checker only (rules_quotes imports from here)
    from .rules_quotes import _Attributor

_START: Final = attrgetter("start")  # sort key (a C call, no lambda frame per item)
_ACCORDING_RE: Final = re.compile(r"[Aa]ccording to\s+")


def _according(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_ACCORDING_RE`` in ``text``, in order. str.find skips to each "ccording to" (a regex that
    starts with [Aa] stops at every a); the matches cannot overlap, so they are those of ``finditer``."""
    i = text.find("ccording to", 1)
    while i >= 0:
        m = _ACCORDING_RE.match(text, i - 1)
        if m is not None:
            yield m
        i = text.find("ccording to", i + 11)


# Not frozen: built tens of times per document, and a frozen dataclass costs three times as much to build.
# init=False and an __init__ of its own: compiled, the dataclass-made __init__ would run as Python.
@dataclass(slots=True, init=False)
class Quote:
    start: int
    end: int
    kind: str
    speaker: Person | None  # None: attributed to a source that is not a person mention

    def __init__(self, start: int, end: int, kind: str, speaker: Person | None) -> None:
        self.start, self.end, self.kind, self.speaker = start, end, kind, speaker


# Characters that no word of the reported-clause patterns holds (a ’ may stand inside one, a ‘ may not).
_CLAUSE_STOP_RE: Final = re.compile(r"[.;:!?\"“”‘()]")


def _that_ahead(text: str, pos: int) -> bool:
    """Whether "that" follows ``pos`` before the next ``_CLAUSE_STOP_RE`` character: if not, no branch of
    ``clause_after_verb`` that needs a "that" can match at ``pos``."""
    stop = _CLAUSE_STOP_RE.search(text, pos)  # near: a sentence ends soon
    return text.find("that", pos, stop.start() if stop is not None else len(text)) >= 0


# A colon before quoted words ends the reported clause: 'said the result changed nothing: "…"'.
_COLON_QUOTE_RE: Final = re.compile(r":\s*[\"“‘']")


def _clause_end(text: str, start: int, end: int, att: _Attributor) -> tuple[int, int | None]:
    """End of a reported clause: its sentence end, or before "and said …" / "but warned …" / a colon before a
    quote; no final stop. The second value is where a second clause of the same verb starts ("… and that
    CLAUSE"), else ``None``."""
    nxt = None
    # Every match holds a comma, "and" or "but": without them the regexes need not run.
    if text.find(",", start, end) >= 0 or text.find("and", start, end) >= 0 or text.find("but", start, end) >= 0:
        m = att.pat.and_verb.search(text, start, end)
        if m:
            end = m.start()
        m2 = att.pat.and_that.search(text, start, end) if text.find("that", start, end) >= 0 else None
        if m2:
            end, nxt = m2.start(), m2.end()
    if text.find(":", start, end) >= 0:
        m3 = _COLON_QUOTE_RE.search(text, start, end)
        if m3:
            end, nxt = m3.start(), None
    stop = reported_clause_end(text, start, end, att.verb_starts, att.sents.quoted)
    if stop < end:
        end, nxt = stop, None
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".!?,;"):
        end -= 1
    return end, nxt


def _indirect(text: str, segments: list[Segment], persons: list[Person], sents: Sentences,
              att: _Attributor) -> list[Quote]:
    """Reported speech as QUOTEs (no final full stop), ``mixed`` when the clause holds quoted words.

    'X said (that) CLAUSE', 'X said he would …', 'CLAUSE, according to X', 'According to X, CLAUSE'.
    """
    out: list[Quote] = []
    inside = sents.quoted
    seg_starts = [s.open for s in segments]

    def add(cs: int, ce: int, speaker: Person | None) -> None:
        while cs < ce and text[cs].isspace():  # a clause from a line start indented with spaces
            cs += 1
        if ce > cs and not any(q.start < ce and cs < q.end for q in out[-3:]):
            lo, hi = bisect_left(seg_starts, cs), bisect_right(seg_starts, ce)
            out.append(Quote(cs, ce, "mixed" if hi > lo else "indirect", speaker))

    object_verbs, addressee_verbs = att.lex.object_verbs, att.lex.addressee_verbs
    for vs, ve in att.verbs:  # only where a speech verb is: "said (that) …", "told reporters he would …"
        form = text[vs:ve]
        # "attacked the “reckless” plans" gives partial quotes, no reported clause; a capitalised form starts
        # a sentence ("State senator X …"), where a reporting verb does not stand.
        if form in object_verbs or form[0].isupper() or form.startswith("according"):
            continue
        # Every reported clause starts after white space or a comma ("said that", "said, he"): elsewhere
        # ("said.", "said:") the clause patterns cannot match and need not run.
        if ve >= len(text) or not (text[ve].isspace() or text[ve] == ","):
            continue
        if form in addressee_verbs:
            pattern = att.pat.clause_after_addressee
        elif _that_ahead(text, ve):
            pattern = att.pat.clause_after_verb
        else:
            pattern = att.pat.clause_after_verb_no_that
        clause = pattern.match(text, ve)
        if clause is None:
            continue
        cs = clause.end()
        s0, s1 = sents.bounds(vs)
        speakers = att._persons_in(s0, vs)
        prev = out[-1] if out else None
        participle = form.endswith("ing") and text.endswith(", ", s0, vs)  # "…, saying she wants …"
        if prev is not None and prev.end >= s0 and (participle or AND_BEFORE_RE.search(text, max(s0, vs - 6), vs)):
            speaker = prev.speaker  # "confirmed it had … and said it would …": the subject of the first verb
        elif speakers:
            found = subject(text, persons, speakers, s0, vs)
            speaker = found if isinstance(found, Person) else None
            gap = text[persons[speakers[-1]].end : vs]
            if (len(gap) > 90 or "\n" in gap) and not participle:
                continue
        elif len(text[s0:vs].rsplit(",", 1)[-1].split()) > 6 \
                and not DET_NP_BEFORE_RE.search(text, max(s0, vs - 40), vs) \
                and not DET_SENTENCE_SUBJECT_RE.fullmatch(text, s0, vs):
            continue  # no subject we can trust ("a newspaper reported that …" is one)
        else:
            speaker = None
        nxt: int | None = cs
        while nxt is not None:
            cs = nxt
            ce, nxt = _clause_end(text, cs, s1, att)
            add(cs, ce, speaker)
    for acc in _according(text):
        possessive = POSSESSIVE_AFTER_RE.match
        if inside.contains(acc.start()):
            continue
        s0, s1 = sents.bounds(acc.start())
        # The source may be a person or not ("a senior Labour source", "the city election commission"):
        # the clause is a QUOTE either way, with said_by only to a person.
        if acc.start() == s0:  # "According to X, CLAUSE."
            comma = text.find(", ", acc.end(), s1)
            if comma > 0 and len(text[acc.end() : comma].split()) <= 8:
                # "According to Ms Strachan's spokesman": the source is the spokesman, not the person
                who = [i for i in att._persons_in(acc.end(), comma) if not possessive(text, persons[i].end)]
                ce, _ = _clause_end(text, comma + 2, s1, att)
                add(comma + 2, ce, persons[who[0]] if who else None)
        elif (text[max(s0, acc.start() - 2) : acc.start()] == ", "  # "CLAUSE, according to X."
              and len(text[acc.end() : s1].split()) <= 8):
            # "according to Carmona's office": the source is the office, not the person
            who = [i for i in att._persons_in(acc.end(), s1) if not possessive(text, persons[i].end)]
            ce, _ = _clause_end(text, s0, acc.start() - 2, att)
            add(s0, ce, persons[who[0]] if who else None)
    return sorted(out, key=_START)
