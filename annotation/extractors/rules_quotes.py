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
_AUX = r"(?:would|will|had|has|was|were|is|are|could|should|must|may|might|did|does|do|wanted|wants)"
_ACCORDING_RE = re.compile(r"[Aa]ccording to\s+")


# Not frozen: built tens of times per document, and a frozen dataclass costs three times as much to build.
@dataclass(slots=True)
class Quote:
    start: int
    end: int
    kind: str
    speaker: Person | None  # None: attributed to a source that is not a person mention


@dataclass(frozen=True)
class _Patterns:
    post_person_verb: re.Pattern[str]  # after a quote: ', Mr Gapes said' (person span checked separately)
    post_verb: re.Pattern[str]  # after a quote: ', said Mr Gapes' / ', according to'
    clause_after_verb: re.Pattern[str]  # after a speech verb: ' (reporters) that ', ' he would'
    and_verb: re.Pattern[str]  # ', and said' ends a reported clause


@cache
def _patterns(lex: Lexicon) -> _Patterns:
    verbs = lex.speech_verbs
    return _Patterns(
        post_person_verb=re.compile(rf",?\s+{_ADVERB}(?:{verbs})\b"),
        post_verb=re.compile(rf"[,.!?]?\s*(?:{verbs})\s+"),
        clause_after_verb=re.compile(
            rf"(?:\s+(?!(?:that|whether|if|by|to|for|on)\b)[\w'’-]+){{0,2}}?,?\s+(?:that\s+(?=\S)"
            rf"|(?=(?:he|she|they|it|we|there|(?:the|his|her|their|its|our)(?:\s+[a-z-]+){{1,2}})\s+{_AUX}\b)"
            # 'said the party she joined "no longer exists"': a clause that runs into quoted words
            rf"|(?=(?:the|his|her|their|its|our|he|she|they|it|we)\b[^.,;:!?\"“‘\n]{{0,80}}[\"“‘]))"
        ),
        and_verb=re.compile(rf"(?:,?\s+and\s+(?:also\s+)?|,\s+)(?:{verbs}|urged|vowed)\b"),
    )


class _Attributor:
    def __init__(self, text: str, persons: list[Person], segments: list[Segment], sents: Sentences,
                 lex: Lexicon, verbs: list[tuple[int, int]]) -> None:
        self.text, self.persons, self.sents, self.lex = text, persons, sents, lex
        self.pat = _patterns(lex)
        inside = sents.quoted
        self.verbs = [v for v in verbs if not inside.contains(v[0])] if segments else verbs
        self.verb_starts = [v[0] for v in self.verbs]
        self.person_starts = [p.start for p in persons]
        self.start_of_person = {p.start: i for i, p in enumerate(persons)}
        self.extra: dict[int, Person] = {}  # sentence-initial pronouns made speakers ('He shared…, which said')

    def _persons_in(self, start: int, end: int) -> list[int]:
        lo = bisect_left(self.person_starts, start)
        hi = bisect_left(self.person_starts, end)
        return [i for i in range(lo, hi) if self.persons[i].end <= end]

    def before(self, seg: Segment) -> Person | None | bool:
        """Speaker named before the quote in its sentence: 'Mr X said: "…"', 'said Mr X: "…"'.

        ``True`` when the quote is attributed to a source that is not a person mention ("A Labour
        spokesperson said: …"), ``None`` when nothing attributes it.
        """
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
            # "A Labour spokesperson said: '…'": attributed, to nobody we can mark.
            return self.text[ve:seg.open].strip() in (":", ",", "") or None
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
                lex: Lexicon, extra: list[Person] | None = None,
                verbs: list[tuple[int, int]] | None = None) -> list[Quote]:
    """QUOTEs with their speaker, in text order, never overlapping.

    Speakers are ``persons``; a sentence-initial pronoun that had to become a speaker is appended to ``extra``.
    ``verbs`` are the ``(start, end)`` of the speech verbs of ``text`` (found here when not given).
    """
    if verbs is None:
        verbs = [m.span() for m in lex.speech_verb_re.finditer(text)]
    att = _Attributor(text, persons, segments, sents, lex, verbs)
    indirect = _indirect(text, segments, persons, sents, att)
    taken = Intervals([(q.start, q.end) for q in indirect])
    quotes: list[Quote] = list(indirect)
    speaker_of: dict[int, Person | None] = {}
    para_speaker: tuple[int, Person | None] = (-1, None)  # (paragraph, speaker) of its last attributed quote
    last_sentence: tuple[int, Person | None] = (-1, None)  # (sentence start, speaker) of the last quote
    prev_para_speaker: tuple[int, Person | None] = (-1, None)  # (paragraph, speaker) of the last quote
    for k, seg in enumerate(segments):
        s0 = sents.start_of(seg.open)
        found: Person | None | bool = None
        starts_sentence = text[s0 : seg.open].strip() == ""
        if seg.continues is not None and seg.continues in speaker_of:
            found = speaker_of[seg.continues] or True
        else:
            found = att.after(seg) if starts_sentence else att.before(seg)
            if found is None and not starts_sentence:
                found = att.after(seg)
            if found is None and last_sentence[0] == s0:
                found = last_sentence[1] or True
            if found is None and starts_sentence and para_speaker[0] == seg.para:
                found = para_speaker[1] or True  # '"…," he said. "…"': the same speaker goes on
            if (
                found is None
                and seg.open == _para_start(text, seg.open)
                and prev_para_speaker[0] == seg.para - 1
                and seg.close is not None
                and text[seg.end :].split("\n", 1)[0].strip() in ("", ".")
            ):
                found = prev_para_speaker[1] or True
        if found is None or found is False:
            continue
        speaker = found if isinstance(found, Person) else None
        speaker_of[k] = speaker
        last_sentence = (s0, speaker)
        prev_para_speaker = (seg.para, speaker)
        para_speaker = (seg.para, speaker)
        if taken.overlaps(seg.content_start, seg.content_end):
            continue
        quotes.append(Quote(seg.content_start, seg.content_end, "direct", speaker))
    quotes.sort(key=lambda q: q.start)
    if extra is not None:
        extra.extend(att.extra.values())
    return quotes


def _para_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _clause_end(text: str, start: int, end: int, att: _Attributor) -> int:
    """End of a reported clause: its sentence end, or before "and said …" / "and urged …"; no final stop."""
    # Every match holds a comma or "and": without either the regex need not run.
    m = (att.pat.and_verb.search(text, start, end)
         if text.find(",", start, end) >= 0 or text.find("and", start, end) >= 0 else None)
    if m:
        end = m.start()
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".!?,;"):
        end -= 1
    return end


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

    for vs, ve in att.verbs:  # only where a speech verb is: "said (that) …", "told reporters he would …"
        clause = att.pat.clause_after_verb.match(text, ve)
        if clause is None:
            continue
        cs = clause.end()
        s0, s1 = sents.bounds(vs)
        speakers = att._persons_in(s0, vs)
        speaker = persons[speakers[-1]] if speakers else None
        if speaker is not None:
            gap = text[speaker.end : vs]
            if len(gap) > 90 or "\n" in gap:
                continue
        elif len(text[s0:vs].split()) > 6 or "," in text[s0:vs]:
            continue  # no subject we can trust
        add(cs, _clause_end(text, cs, s1, att), speaker)
    for acc in _ACCORDING_RE.finditer(text) if "ccording to" in text else ():
        if inside.contains(acc.start()):
            continue
        s0, s1 = sents.bounds(acc.start())
        if acc.start() == s0:  # "According to X, CLAUSE."
            comma = text.find(", ", acc.end(), s1)
            who = att._persons_in(acc.end(), comma if comma > 0 else s1)
            if comma > 0 and who:
                add(comma + 2, _clause_end(text, comma + 2, s1, att), persons[who[0]])
        elif text[max(s0, acc.start() - 2) : acc.start()] == ", ":  # "CLAUSE, according to X."
            who = att._persons_in(acc.end(), s1)
            if who:
                add(s0, _clause_end(text, s0, acc.start() - 2, att), persons[who[0]])
    return sorted(out, key=lambda q: q.start)
