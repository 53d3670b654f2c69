"""Quotes for the rules extractor: which quoted segments are QUOTEs, who said them, and indirect speech.

Offsets are Python code points, end exclusive. A quoted segment is a QUOTE when it is attributed: a speech
verb before it in its sentence with the speaker before (or right after) the verb, a colon after a person,
an attribution right after it (``"…," Mr Gapes said``), an earlier attributed quote in the same sentence,
or the paragraph before (continuation). Quoted words nobody is said to have said (titles, scare quotes)
are left alone. ``X said that …`` gives a QUOTE ``kind=indirect`` over the clause, ``mixed`` when the
clause holds a quoted fragment: those clauses are found by ``rules_reported`` (with the patterns built here).

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
from dataclasses import dataclass
from functools import cache
from operator import attrgetter
from typing import Final

from .lexicon import Lexicon
from .rules_attribution import (
    IRREGULAR_PAST,
    NEXT_WORD_RE,
    PLURAL_SUBJECT_RE,
    ROLE_GAP_RE,
    THAT_VERB,
    layout_source,
    next_paragraph_attribution,
    previous_subject,
    state_is_noun,
    subject,
    transcript_turns,
)
from .rules_people import Person, _role_before, pronoun_at
from .rules_reported import Quote, _indirect
from .rules_text import Intervals, Segment, Sentences, bisect_left, tokens_start

_ADVERB: Final = r"(?:[a-z]+ly\s+|also\s+|then\s+|later\s+|has\s+|have\s+|had\s+)?"
_SENTENCE_PRONOUN_RE: Final = re.compile(r"(?:He|She|They)\b")
_AUX: Final = r"(?:would|will|had|has|was|were|is|are|could|should|must|may|might|did|does|do|wanted|wants)"
_START: Final = attrgetter("start")  # sort key (a C call, no lambda frame per item)


@dataclass(frozen=True)
class _Patterns:
    post_person_verb: re.Pattern[str]  # after a quote: ', Mr Gapes said' (person span checked separately)
    post_verb: re.Pattern[str]  # after a quote: ', said Mr Gapes' / ', according to'
    description_verb: re.Pattern[str]  # after a quote: ', the former minister said' (no person mention)
    clause_after_verb: re.Pattern[str]  # after a speech verb: ' (in a statement) that ', ' he would'
    clause_after_verb_no_that: re.Pattern[str]  # the same without its three branches that need a "that"
    clause_after_addressee: re.Pattern[str]  # after "told": ' reporters that ', ' the BBC she would'
    and_verb: re.Pattern[str]  # ', and said', 'but warned', ', adding' end a reported clause
    and_that: re.Pattern[str]  # '… and that CLAUSE': a second reported clause of the same verb


# Words that cannot be (the start of) the subject of a reported clause.
_NOT_SUBJECT: Final = (r"(?:that|whether|if|by|to|for|on|in|at|with|about|from|of|as|and|but|or|after|before|during"
                r"|when|while|into|over|under|than|so|not|only|also|this|last|next|yesterday|today|tonight)")
# A word, with an apostrophe inside it ("the BBC’s Today programme"), not a quotation mark at its edge.
_WORD: Final = r"[^\s.;:!?\"“”‘’()]+(?:’[^\s.;:!?\"“”‘’()]+)*"
_TIME: Final = r"(?:morning|afternoon|evening|night|day|week|weekend|month|year|time)"
# "said he would", "said she expected": a subject pronoun followed by a verb, not by a preposition.
_PRONOUN_SUBJECT: Final = (r"(?:he|she|they|it|we|I|you|there)\s+"
                    r"(?!(?:in|on|at|to|for|with|about|from|of|by|and|or|but|as)\b)[a-z]")
# "said the minister had", "said Labour was", "said unionism could", "said the result changed":
# a subject of one to three words followed by an auxiliary or a past-tense verb.
_NP_SUBJECT: Final = (rf"(?![a-z]+ing\b)(?:(?!{_NOT_SUBJECT}\b)[\w'’-]+\s+){{1,3}}?"
               rf"(?:{_AUX}|can|[a-z]+[^e\W]ed|{IRREGULAR_PAST})\b")
# "said more than 2,000 people took part", "said at least 40 MPs shared his concerns": a counted subject.
_COUNT_SUBJECT: Final = (
    rf"(?:(?:more|fewer|less)\s+than|at\s+least|nearly|almost|about|around|some|over)\s+\d[\d,.]*\s+"
    rf"(?:[\w'’-]+\s+){{0,3}}?(?:{_AUX}|can|[a-z]+[^e\W]ed|{IRREGULAR_PAST})\b"
)
_DET_SUBJECT: Final = rf"(?:the|a|an|his|her|their|its|our)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_AUX}|can)\b"
# "said parents from both sides of the city had", "said the only open question was": a longer subject, up to
# an auxiliary (tried last).
_LONG_SUBJECT: Final = (rf"(?!{_NOT_SUBJECT}\b)[a-z][\w'’-]*[ \t]+"
                 r"(?:(?!(?:who|which|that|what|whether|if)\b)[\w'’-]+[ \t]+){0,6}?"
                 r"(?:had|has|have|was|were|would|will|could|should|must)\b")
# 'said the party she joined "no longer exists"': a clause that runs into quoted words
_INTO_QUOTE: Final = (r"(?:the|his|her|their|its|our|he|she|they|it|we)\b[^.,;:!?\"“‘\n]{0,80}"
               r"(?:(?<=\d)[.,](?=\d)[^.,;:!?\"“‘\n]{0,80})?[\"“‘]")  # a decimal number at most once: "$3.1 billion"


@cache
def _patterns(lex: Lexicon) -> _Patterns:
    verbs = lex.speech_verbs
    # Words before a pronoun subject: "said on Monday he …" (not "said the party she …": that is a subject);
    # after "told" the addressee may have a determiner ("told the BBC she …").
    skip = r"(?:\s+(?!(?:that|whether|if|the|a|an|his|her|their|its|our|he|she|they|it|we)\b)[\w'’-]+)"
    addressee = r"(?:\s+(?!(?:that|whether|if|he|she|they|it|we)\b)[\w'’-]+)"
    clause = [
        rf"\s+that\s+(?!{_TIME}\b)(?!{THAT_VERB})(?=\S)",
        rf"{skip}{{0,2}}?,?\s+(?={_PRONOUN_SUBJECT})",
        rf"\s+(?={_NP_SUBJECT})",
        rf"(?:\s+(?!that\b){_WORD}){{1,8}}?\s+that\s+(?!{_TIME}\b)(?=\S)",
        rf"\s+(?={_INTO_QUOTE})",
        rf"\s+(?={_LONG_SUBJECT})",
        rf"\s+(?={_COUNT_SUBJECT})",
        rf"\s+(?=that\s+{THAT_VERB})",
    ]
    return _Patterns(
        post_person_verb=re.compile(rf",?\s+{_ADVERB}(?:{verbs})\b"),
        post_verb=re.compile(rf"[,.!?]?\s*(?:{verbs})\s+"),
        description_verb=re.compile(
            rf",?[ \t]+(?:the|a|an|one|another)[ \t]+(?:[\w'’-]+[ \t]+){{0,3}}?"
            rf"(?:who[ \t]+(?:[\w'’-]+[ \t]+){{1,4}}?)?{_ADVERB}(?:{verbs})\b"
        ),
        # Tried in order (the list above): "that" right away; a pronoun subject (after up to two words: "said on
        # Monday he"); a short subject with its verb; "that" within eight words ("explained in a statement
        # that"); a clause that runs into quoted words; a longer or a counted subject; "that" and a verb.
        clause_after_verb=re.compile("(?:" + "|".join(clause) + ")"),
        # Where no "that" follows before a character that no word of these branches holds (_that_ahead), the
        # three branches with a "that" cannot match: the others, in the same order, give the same match.
        clause_after_verb_no_that=re.compile("(?:" + "|".join(clause[i] for i in (1, 2, 4, 5, 6)) + ")"),
        clause_after_addressee=re.compile(
            rf"(?:(?:\s+(?!that\b){_WORD}){{1,8}}?\s+that\s+(?!{_TIME}\b)(?=\S)"
            rf"|{addressee}{{1,3}}?,?\s+(?={_PRONOUN_SUBJECT})|{addressee}{{1,2}}?\s+(?={_INTO_QUOTE})"
            rf"|\s+(?:the\s+|a\s+|his\s+|her\s+|their\s+)?[\w'’-]+\s+(?={_DET_SUBJECT}))"
        ),
        # ",? and (also) said", ", said"; and ",? and that": written to start with the class of their first
        # character, so that a search skips to the commas and white space instead of trying every position
        # (the same matches as ",?\s+(?:and|but)\s+…|,\s+…" and ",?\s+and\s+that\s+"; a lookbehind tells a
        # comma from white space).
        and_verb=re.compile(
            rf"[,\s](?:(?<=,)\s+(?:(?:and|but)\s+(?:also\s+|then\s+|later\s+)?)?"
            rf"|(?<!,)\s*(?:and|but)\s+(?:also\s+|then\s+|later\s+)?)(?:{verbs}|urged|vowed)\b"
        ),
        and_that=re.compile(r"[,\s](?:(?<=,)\s+|(?<!,)\s*)and\s+that\s+(?=\S)"),
    )


# Speech-verb forms that are also nouns ("a short post", "the state party", "his tweets"); never when past
# or -ing. A base form may have one adjective after the determiner; an -s form may not ("the party claims").
_DET: Final = r"\b(?:[Aa]|[Aa]n|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Mm]y|[Oo]ur|[Tt]his|[Ee]very|[Ee]ach|\w+['’]s)\s+"
_NOUN_BEFORE_RE: Final = re.compile(rf"{_DET}(?:[A-Za-z-]+\s+)?$")
_PLURAL_NOUN_BEFORE_RE: Final = re.compile(rf"(?:{_DET}|\bmedia\s+)$")


def _is_noun_use(text: str, vs: int, ve: int) -> bool:
    form = text[vs:ve]
    if form.endswith(("ed", "ing")) or form in ("said", "told", "wrote", "written"):
        return False
    if form in ("state", "State"):
        return state_is_noun(text, ve)
    pattern = _PLURAL_NOUN_BEFORE_RE if form.endswith("s") else _NOUN_BEFORE_RE
    lo = tokens_start(text, vs, max(0, vs - 24))  # each pattern ends at vs and spans two words at most
    return pattern.search(text, lo, vs) is not None and not PLURAL_SUBJECT_RE.search(text, lo, vs)


class _Attributor:
    def __init__(self, text: str, persons: list[Person], segments: list[Segment], sents: Sentences,
                 lex: Lexicon, verbs: list[tuple[int, int]]) -> None:
        self.text, self.persons, self.sents, self.lex = text, persons, sents, lex
        self.pat = _patterns(lex)
        quoted = sents.quoted
        if segments:
            self.verbs = [v for v in verbs if not quoted.contains(v[0]) and not _is_noun_use(text, v[0], v[1])]
        else:
            self.verbs = [v for v in verbs if not _is_noun_use(text, v[0], v[1])]
        self.verb_starts = [v[0] for v in self.verbs]
        self.person_starts = [p.start for p in persons]
        self.extra: dict[int, Person] = {}  # sentence-initial pronouns made speakers ('He shared…, which said')

    def _persons_in(self, start: int, end: int) -> list[int]:
        lo = bisect_left(self.person_starts, start)
        hi = bisect_left(self.person_starts, end)
        return [i for i in range(lo, hi) if self.persons[i].end <= end]

    def before(self, seg: Segment, s0: int | None = None) -> Person | None | bool:
        return self.before_at(seg.open, s0)

    def before_at(self, pos: int, s0: int | None = None) -> Person | None | bool:
        """Speaker named before ``pos`` (a quote's opening mark, or the colon that ends the paragraph
        before it) in its sentence: 'Mr X said: "…"', 'said Mr X: "…"', 'Ms X attacked the "…" plans'.

        ``True`` when the quote is attributed to a source that is not a person mention ("A Labour
        spokesperson said: …"), ``None`` when nothing attributes it.
        """
        if s0 is None:  # the start of the sentence holding pos, when the caller does not have it
            s0 = self.sents.start_of(pos)
        lo = bisect_left(self.verb_starts, s0)
        hi = bisect_left(self.verb_starts, pos)
        if hi > lo:
            vs, ve = self.verbs[hi - 1]
            before_verb = self._persons_in(s0, vs)
            if before_verb:
                return subject(self.text, self.persons, before_verb, s0, vs)
            # 'said Mr X: "…"'; after a verb that takes an object the person is the object, not the speaker.
            after_verb = [] if self.text[vs:ve] in self.lex.object_verbs else self._persons_in(ve, pos)
            if after_verb:
                return self.persons[after_verb[0]]
            m = _SENTENCE_PRONOUN_RE.match(self.text, s0)
            if m:
                return self.extra.setdefault(s0, pronoun_at(s0, m.group()))
            # "A Labour spokesperson said: '…'", "One aide called him '…'": attributed, to nobody we can mark.
            gap = self.text[ve:pos]
            return (len(gap.split()) <= 6 and not any(c in gap for c in ".;!?\n")) or None
        if not self.text[s0:pos].rstrip().endswith(":"):
            return None
        found = self._persons_in(s0, pos)
        return self.persons[found[-1]] if found else None

    def after(self, seg: Segment) -> Person | None | bool:
        """Speaker named right after the quote: '"…," Mr X said', '"…," said Mr X', '"…," she added',
        '"…," the Labour leader, Ms X, said', '"…," said Labour's Ms X'."""
        end = seg.end
        text = self.text
        nxt = NEXT_WORD_RE.match(text, end)
        if nxt is None or (text[seg.content_end - 1] == "." and nxt.group(1).isupper()):
            # The paragraph ends, or a new sentence starts ('"…." Mr X said the …'): no attribution after it.
            return None
        i = bisect_left(self.person_starts, end)
        if i < len(self.persons):
            p = self.persons[i]
            gap = text[end : p.start]
            if ((len(gap) <= 5 and gap.strip(" ,") in ("", "the")) or _APPOSITION_BEFORE_RE.fullmatch(gap)
                    or (len(gap) < 60 and ROLE_GAP_RE.fullmatch(gap) and _role_before(text, p.start, self.lex))) \
                    and self.pat.post_person_verb.match(text, _after_apposition(text, p.end)):
                return p
        m = self.pat.post_verb.match(text, end)
        if m:
            j = bisect_left(self.person_starts, m.end())
            if j < len(self.persons):
                p = self.persons[j]
                if _PARTY_POSSESSIVE_RE.fullmatch(text, m.end(), p.start) or (
                        ROLE_GAP_RE.fullmatch(text, m.end(), p.start) and _role_before(text, p.start, self.lex)) \
                        or _APPOSITION_BEFORE_RE.fullmatch(text, m.end() - 1, p.start):  # 'said the leader, X'
                    return p
            return True  # '"…," said a spokesperson': attributed, to nobody we can mark
        m = _NAME_THEN_RE.match(text, end)
        if m and self.pat.post_person_verb.match(text, m.end()):
            return True  # '"…," Hutchins told supporters': a name we could not tell as a person
        if self.pat.description_verb.match(text, end):
            return True  # '"…," the former minister said', '"…," one aide told the Guardian'
        return None


# '"…," the Labour leader, Hannah Crossley, said': a role between the quote and the name.
_APPOSITION_BEFORE_RE: Final = re.compile(r",?\s+(?:the|a|an|his|her|their)\s+[^,.;:!?\"“”\n]{1,50},\s+")
# '"…," said Labour's Hannah Crossley', '"…," said Mr X': at most a possessive party or role before the name.
_PARTY_POSSESSIVE_RE: Final = re.compile(r"(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s\s+|the\s+)?")
_NAME_THEN_RE: Final = re.compile(r",?\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?")
_APPOSITION_AFTER_RE: Final = re.compile(r",\s+(?:the|a|an|his|her|their)\s+[^,.;:!?\"“”\n]{1,50},")


def _after_apposition(text: str, end: int) -> int:
    """Past a role after a name ('Ms X, the Labour leader, said'), else ``end``."""
    m = _APPOSITION_AFTER_RE.match(text, end)
    return m.end() if m else end


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
    turns = transcript_turns(text, persons) if ":" in text else []
    if turns:  # an interview's turns are direct quotes; nothing inside them is a quote of its own
        in_turn = Intervals([(s, e) for s, e, _ in turns]).overlaps
        indirect = sorted([q for q in indirect if not in_turn(q.start, q.end)]
                          + [Quote(s, e, "direct", p) for s, e, p in turns], key=_START)
    taken = Intervals([(q.start, q.end) for q in indirect])
    quotes: list[Quote] = list(indirect)
    speaker_of: dict[int, Person | None] = {}
    para_speaker: tuple[int, Person | None] = (-1, None)  # (paragraph, speaker) of its last attributed quote
    last_sentence: tuple[int, Person | None] = (-1, None)  # (sentence start, speaker) of the last quote
    for k, seg in enumerate(segments):
        s0 = sents.start_of(seg.open)
        found: Person | None | bool = None
        starts_sentence = text[s0 : seg.open].strip() == ""
        if seg.continues is not None and seg.continues in speaker_of:
            found = speaker_of[seg.continues] or True
        else:
            found = att.after(seg) if starts_sentence else att.before(seg, s0)
            opens_para = seg.open == _para_start(text, seg.open)
            if found is None and not starts_sentence:
                found = att.after(seg)
            if found is None and opens_para:
                found = _colon_before_paragraph(text, seg.open, att)
            if found is None and last_sentence[0] == s0:
                found = last_sentence[1] or True
            if found is None and starts_sentence and seg.close is not None:
                found = previous_subject(text, persons, att.person_starts, sents, s0)  # 'Mr X was unmoved. "…"'
            if found is None and starts_sentence and para_speaker[0] == seg.para:
                found = para_speaker[1] or True  # '"…," he said. "…"': the same speaker goes on
            if found is None and opens_para and seg.close is not None:
                found = next_paragraph_attribution(text, persons, att.person_starts, seg.end)
            if (
                found is None
                and opens_para
                and para_speaker[0] == seg.para - 1
                and seg.close is not None
                and text[seg.end :].split("\n", 1)[0].strip() in ("", ".")
            ):
                found = para_speaker[1] or True  # a quote paragraph right after one: its speaker
            if found is None and opens_para:
                found = layout_source(text, seg, persons, att.person_starts, att.verb_starts, sents.quoted)
        if found is None or found is False:
            continue
        speaker = found if isinstance(found, Person) else None
        speaker_of[k] = speaker
        last_sentence = (s0, speaker)
        para_speaker = (seg.para, speaker)
        if taken.overlaps(seg.content_start, seg.content_end):
            continue
        quotes.append(Quote(seg.content_start, seg.content_end, "direct", speaker))
    quotes.sort(key=_START)
    if extra is not None:
        extra.extend(att.extra.values())
    return quotes


def _para_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _colon_before_paragraph(text: str, open_at: int, att: _Attributor) -> Person | None | bool:
    """The attribution of a quote opening a paragraph after one that ends with a colon ('In it he wrote:')."""
    j = open_at - 1
    while j >= 0 and text[j].isspace():
        j -= 1
    if j < 0 or text[j] != ":":
        return None
    return att.before_at(j)
