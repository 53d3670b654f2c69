"""Quotes for the rules extractor: which quoted segments are QUOTEs, who said them, and indirect speech.

Offsets are Python code points, end exclusive. A quoted segment is a QUOTE when it is attributed: a speech
verb before it in its sentence with the speaker before (or right after) the verb, a colon after a person,
an attribution right after it (``"…," Mr Gapes said``), an earlier attributed quote in the same sentence,
or the paragraph before (continuation). Quoted words nobody is said to have said (titles, scare quotes)
are left alone. ``X said that …`` gives a QUOTE ``kind=indirect`` over the clause, ``mixed`` when the
clause holds a quoted fragment.

>>> from .lexicon import load_lexicon
>>> from .rules_people import find_people
>>> from .rules_text import Sentences, find_segments, paragraphs
>>> text = '"We are leaving," Mr Umunna said.'
>>> lex = load_lexicon(); paras = paragraphs(text); segs = find_segments(text, paras)
>>> persons = find_people(text, lex).persons
>>> quotes = find_quotes(text, segs, persons, Sentences(text, paras, segs), lex)
>>> [(text[q.start:q.end], q.kind, text[q.speaker.start:q.speaker.end]) for q in quotes]
[('We are leaving,', 'direct', 'Mr Umunna')]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache

from .lexicon import Lexicon
from .rules_people import Person, pronoun_at
from .rules_text import Intervals, Segment, Sentences

_ADVERB = r"(?:[a-z]+ly\s+|also\s+|then\s+|later\s+|has\s+|have\s+|had\s+)?"
_SENTENCE_PRONOUN_RE = re.compile(r"(?:He|She|They)\b")
_THAT_RE = re.compile(r"\bthat\s+(?=\S)")


@dataclass(frozen=True)
class Quote:
    start: int
    end: int
    kind: str
    speaker: Person


@dataclass(frozen=True)
class _Patterns:
    post_person_verb: re.Pattern[str]  # after a quote: ', Mr Gapes said' (person span checked separately)
    post_verb: re.Pattern[str]  # after a quote: ', said Mr Gapes' / ', according to'
    that_verb: re.Pattern[str]  # a speech verb ending right before 'that'


@cache
def _patterns(lex: Lexicon) -> _Patterns:
    verbs = lex.speech_verb_re.pattern[len(r"\b(?:") : -len(r")\b")]
    return _Patterns(
        post_person_verb=re.compile(rf",?\s+{_ADVERB}(?:{verbs})\b"),
        post_verb=re.compile(rf"[,.!?]?\s*(?:{verbs})\s+"),
        that_verb=re.compile(rf"\b(?:{verbs})\b(?:\s+(?!that\b)[\w'’-]+){{0,3}}?,?\s+$"),
    )


class _Attributor:
    def __init__(self, text: str, persons: list[Person], segments: list[Segment], sents: Sentences,
                 lex: Lexicon) -> None:
        self.text, self.persons, self.sents, self.lex = text, persons, sents, lex
        self.pat = _patterns(lex)
        inside = Intervals([(s.content_start, s.content_end) for s in segments])
        self.verbs = [m.span() for m in lex.speech_verb_re.finditer(text) if not inside.contains(m.start())]
        self.verb_starts = [v[0] for v in self.verbs]
        self.person_starts = [p.start for p in persons]
        self.start_of_person = {p.start: i for i, p in enumerate(persons)}
        self.extra: dict[int, Person] = {}  # sentence-initial pronouns made speakers ('He shared…, which said')

    def _persons_in(self, start: int, end: int) -> list[int]:
        lo = bisect_left(self.person_starts, start)
        hi = bisect_left(self.person_starts, end)
        return [i for i in range(lo, hi) if self.persons[i].end <= end]

    def before(self, seg: Segment) -> Person | None:
        """Speaker named before the quote in its sentence: 'Mr X said: "…"', 'said Mr X: "…"'."""
        s0 = self.sents.start_of(seg.open)
        lo = bisect_left(self.verb_starts, s0)
        hi = bisect_left(self.verb_starts, seg.open)
        window = self.text[s0 : seg.open].rstrip()
        if hi > lo:
            vs, ve = self.verbs[hi - 1]
            before_verb = self._persons_in(s0, vs)
            if before_verb:
                return self.persons[before_verb[-1]]
            after_verb = self._persons_in(ve, seg.open)
            if after_verb:
                return self.persons[after_verb[0]]
            m = _SENTENCE_PRONOUN_RE.match(self.text, s0)
            if m:
                return self.extra.setdefault(s0, pronoun_at(s0, m.group()))
            return None
        if not window.endswith(":"):
            return None
        found = self._persons_in(s0, seg.open)
        return self.persons[found[-1]] if found else None

    def after(self, seg: Segment) -> Person | None:
        """Speaker named right after the quote: '"…," Mr X said', '"…," said Mr X', '"…," she added'."""
        end = seg.end
        i = bisect_left(self.person_starts, end)
        if i < len(self.persons):
            p = self.persons[i]
            gap = self.text[end : p.start]
            if len(gap) <= 3 and gap.strip(" ,") == "" and self.pat.post_person_verb.match(self.text, p.end):
                return p
        m = self.pat.post_verb.match(self.text, end)
        if m and m.end() in self.start_of_person:
            return self.persons[self.start_of_person[m.end()]]
        return None



def find_quotes(text: str, segments: list[Segment], persons: list[Person], sents: Sentences,
                lex: Lexicon, extra: list[Person] | None = None) -> list[Quote]:
    """QUOTEs with their speaker, in text order, never overlapping.

    Speakers are ``persons``; a sentence-initial pronoun that had to become a speaker is appended to ``extra``.
    """
    att = _Attributor(text, persons, segments, sents, lex)
    indirect = _indirect(text, segments, persons, sents, att)
    taken = Intervals([(q.start, q.end) for q in indirect])
    quotes: list[Quote] = list(indirect)
    speaker_of: dict[int, Person] = {}
    last_sentence: tuple[int, Person | None] = (-1, None)  # (sentence start, speaker) of the last quote
    prev_para_speaker: tuple[int, Person | None] = (-1, None)  # (paragraph, speaker) of the last quote
    for k, seg in enumerate(segments):
        s0 = sents.start_of(seg.open)
        if seg.continues is not None and seg.continues in speaker_of:
            speaker = speaker_of[seg.continues]
        else:
            speaker = att.after(seg) if text[s0 : seg.open].strip() == "" else att.before(seg)
            if speaker is None and text[s0 : seg.open].strip():
                speaker = att.after(seg)
            if speaker is None and last_sentence[0] == s0:
                speaker = last_sentence[1]
            if (
                speaker is None
                and seg.open == _para_start(text, seg.open)
                and prev_para_speaker[0] == seg.para - 1
                and seg.close is not None
                and text[seg.end :].split("\n", 1)[0].strip() in ("", ".")
            ):
                speaker = prev_para_speaker[1]
        if speaker is None:
            continue
        speaker_of[k] = speaker
        last_sentence = (s0, speaker)
        prev_para_speaker = (seg.para, speaker)
        if taken.overlaps(seg.content_start, seg.content_end):
            continue
        quotes.append(Quote(seg.content_start, seg.content_end, "direct", speaker))
    quotes.sort(key=lambda q: q.start)
    if extra is not None:
        extra.extend(att.extra.values())
    return quotes


def _para_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _indirect(text: str, segments: list[Segment], persons: list[Person], sents: Sentences,
              att: _Attributor) -> list[Quote]:
    """'X said that CLAUSE': the clause (no final full stop) as a QUOTE, mixed when it holds quoted words."""
    out: list[Quote] = []
    inside = Intervals([(s.content_start, s.content_end) for s in segments])
    seg_starts = [s.open for s in segments]
    for that in _THAT_RE.finditer(text):
        if inside.contains(that.start()):
            continue
        m = att.pat.that_verb.search(text, max(0, that.start() - 60), that.start())
        if m is None:
            continue
        s0, s1 = sents.bounds(m.start())
        speakers = att._persons_in(s0, m.start())
        if not speakers:
            continue
        speaker = persons[speakers[-1]]
        gap = text[speaker.end : m.start()]
        if len(gap) > 90 or "\n" in gap:
            continue
        cs, ce = that.end(), s1
        while ce > cs and (text[ce - 1].isspace() or text[ce - 1] in ".!?"):
            ce -= 1
        if ce <= cs:
            continue
        lo, hi = bisect_left(seg_starts, cs), bisect_right(seg_starts, ce)
        kind = "mixed" if hi > lo else "direct"
        out.append(Quote(cs, ce, "indirect" if kind == "direct" else "mixed", speaker))
    return out
