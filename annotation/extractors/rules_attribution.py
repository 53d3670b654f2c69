"""Attribution cues of the rules extractor that look past a quote's own sentence: the subject among several
persons before a speech verb, the subject of the sentence before a quote with no attribution of its own, an
attribution in the paragraph after a quote paragraph ("That was the verdict of X"), sources given by the layout
(headlines, transcript turns) and the words around a name that say it is a person or an organisation.

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
from typing import TYPE_CHECKING, Final

from .rules_text import bisect_left

if TYPE_CHECKING:  # the names are for the type checker only (rules_people imports from here)
    from .rules_people import Person
    from .rules_text import Intervals, Segment, Sentences

POSSESSIVE_AFTER_RE: Final = re.compile(r"['’]s\b")  # "X's office": X is not the subject
# '"…," said board chair X', '"…," Plaid leader X said': up to four words (a role) between a verb and a name.
ROLE_GAP_RE: Final = re.compile(r",?[ \t]*(?:[\w'’.-]+[ \t]+){1,4}")
# The first character after a quote, on its line (none: the paragraph ends there).
NEXT_WORD_RE: Final = re.compile(r"[ \t]*([^\s])")
# "confirmed it had … and said": a speech verb coordinated with the one before it.
AND_BEFORE_RE: Final = re.compile(r"\b(?:and|but)\s+(?:also\s+|then\s+|later\s+)?$")
# "after a newspaper reported", "the commission said": a determiner and a noun right before the verb.
DET_NP_BEFORE_RE: Final = re.compile(r"\b(?:[Aa]|[Aa]n|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[a-z][\w-]*\s+){1,2}$")
# A quote that fills its paragraph, then 'That was the verdict of X' / 'Those were the words of X' / 'So said X'.
_QUOTE_ENDS_PARA_RE: Final = re.compile(r"[ \t]*\n\s*")
_VERDICT_RE: Final = re.compile(
    r"(?:(?:That|This|Such|Those|These)\s+(?:was|is|were|are)\s+(?:the\s+)?(?:[a-z]+\s+){1,2}?"
    r"(?:of|from)|So\s+said)\s+"
)


# 'X was said to be "livid"': a passive speech verb, whose subject is not the speaker.
_PASSIVE_BEFORE: Final = (" was ", " were ", " is ", " are ", " been ", " be ", " being ")
# 'A spokeswoman for First Minister X said': a source acting for a person named with a role before the name.
_SOURCE_FOR_RE: Final = re.compile(
    r"\b(?:spokesman|spokeswoman|spokesperson|aide|aides|adviser|advisers|office|lawyer|lawyers|friend|friends"
    r"|ally|allies|source|sources|team|campaign)[ \t]+(?:for|of|to|close[ \t]+to)[ \t]+(?:the[ \t]+)?"
    r"(?:[A-Z][\w.'’-]*[ \t]+){0,3}$"
)


def subject(text: str, persons: list[Person], found: list[int], s0: int, vs: int) -> Person | bool:
    """The speaker among the persons ``found`` (indices) between a sentence start ``s0`` and its speech verb at
    ``vs``: the last one, except in 'Grant, standing beside Barnes, said' (the first, the sentence's subject);
    never a person who only qualifies the subject ('Barnes's office said', 'A spokeswoman for Hale said',
    'A source close to Ms X said'): then ``True``, attributed to a source that is not a person mention."""
    last = persons[found[-1]]
    window = text[max(s0, last.start - 80) : last.start]
    if text.endswith(_PASSIVE_BEFORE, s0, vs) or (
            (" for " in window or " of " in window or " to " in window) and _SOURCE_FOR_RE.search(window)):
        return True  # 'X was said to be "livid"', 'A spokeswoman for First Minister X said'
    if len(found) > 1 and not text[s0 : persons[found[0]].start].strip():  # the first person opens the sentence
        first = persons[found[0]]
        # 'X, who had been endorsed by Gov. Y, said': the subject before its relative clause
        m = _RELATIVE_AFTER_RE.match(text, first.end) if text.startswith(", who", first.end) else None
        if m and m.end() == vs:
            return first
        # 'Grant, standing beside Barnes, said'
        if text[last.end : vs].strip() == "," and text.startswith(",", first.end):
            return first
    if POSSESSIVE_AFTER_RE.match(text, last.end) or text.endswith((" for ", " of ", " to "), s0, last.start):
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
            and not POSSESSIVE_AFTER_RE.match(text, persons[i].end):
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
_PARTICIPLE_RE: Final = re.compile(r",[ \t]+(?!(?:including|according|excluding|regarding|concerning)\b)[a-z]+ing\b")


# '…, but she admitted that …', '… as Hargreaves insists: …': a new subject right before a speech verb of its own.
_NEW_SUBJECT_BEFORE_RE: Final = re.compile(
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
        found = _NEW_SUBJECT_BEFORE_RE.search(text, max(start, vs - 60), vs)
        if found and not quoted.contains(found.start()):
            return found.start()
    return end


# '‘We were lied to’: Tory MPs turn on …' (a headline): a quote, a colon, then its source.
_COLON_SOURCE_RE: Final = re.compile(r":[ \t]+(?=[A-Z])")


def colon_source_after(text: str, persons: list[Person], person_starts: list[int], end: int) -> Person | bool:
    """The source of a quote that opens its line and is followed by a colon and a capitalised word: the person
    right after the colon, else ``True`` (a group or an organisation: attributed, to no SPEAKER); ``False``
    when no such colon follows ``end`` (the offset after the closing mark)."""
    m = _COLON_SOURCE_RE.match(text, end)
    if m is None:
        return False
    i = bisect_left(person_starts, m.end())
    return persons[i] if i < len(persons) and persons[i].start == m.end() else True


# A transcript turn: 'Reid: Would you stand for leader?' (a name, a colon, the words said, no quotation mark).
_TURN_RE: Final = re.compile(r"[ \t]*:[ \t]+(?=[^\s\"“‘'])")


def transcript_turns(text: str, persons: list[Person]) -> list[tuple[int, int, Person]]:
    """``(start, end, speaker)`` of the turns of an interview transcript: paragraphs that open with a person
    mention and a colon, then the unquoted words said. A label counts only when it opens two turns or more
    (one 'Kent: Conservatives lose control' is a live-blog heading, not a turn)."""
    turns: list[tuple[int, int, Person]] = []
    for p in persons:
        if (p.start and text[p.start - 1] != "\n") or p.kind == "pronoun" or not text.startswith(":", p.end):
            continue
        m = _TURN_RE.match(text, p.end)
        if m is not None:
            line_end = text.find("\n", m.end())
            line_end = len(text) if line_end < 0 else line_end
            end = len(text[m.end() : line_end].rstrip()) + m.end()
            if end > m.end():
                turns.append((m.end(), end, p))
    labels = [p.canonical or text[p.start : p.end] for _, _, p in turns]
    return [t for t, label in zip(turns, labels, strict=True) if labels.count(label) >= 2]


def speech_paragraph_before(text: str, persons: list[Person], person_starts: list[int], verb_starts: list[int],
                            quoted: Intervals, open_at: int) -> Person | None:
    """The speaker of a quote paragraph opening at ``open_at`` after a paragraph with no quote whose last sentence
    is a person's speech act ('She spoke for 22 minutes without notes.'): that person, else ``None``."""
    prev_end = text.rfind("\n", 0, open_at)
    while prev_end > 0 and text[prev_end - 1].isspace():
        prev_end -= 1
    if prev_end <= 0:
        return None
    prev_start = text.rfind("\n", 0, prev_end) + 1
    if quoted.overlaps(prev_start, prev_end) or len(text[prev_start:prev_end]) > 160:
        return None
    i = bisect_left(person_starts, prev_start)
    if i >= len(persons) or persons[i].start != prev_start:
        return None
    j = bisect_left(verb_starts, persons[i].end)
    return persons[i] if j < len(verb_starts) and verb_starts[j] - persons[i].end <= 2 else None


# "EXCLUSIVE by Gemma Rudd", "Interview by Callum Reid": a byline at the start of its line.
_BYLINE_BEFORE_RE: Final = re.compile(r"^(?:[A-Z][A-Za-z]*[ \t]+){0,2}[Bb]y[ \t]+$", re.MULTILINE)
# "Dot Higgins, 78, from Barnsley": an age in apposition; "Claire Wetherby, who chairs the committee, said".
_AGE_AFTER_RE: Final = re.compile(r",[ \t]+\d{1,3},")
_RELATIVE_AFTER_RE: Final = re.compile(
    r",[ \t]+who[ \t]+(?:[^,.;:!?\"“”\n]|(?:Gov|Sen|Rep|Dr|Mr|Ms|Mrs|St)\.){1,120},[ \t]+(?:[a-z]+ly[ \t]+)?"
)


def person_cue(text: str, start: int, end: int, verb_set: set[int]) -> bool:
    """Whether the words around a name ``[start, end)`` say it is a person: a byline before it, an age after it,
    or a relative clause after it followed by a speech verb (``verb_set`` holds the speech verbs' starts)."""
    if text.startswith(", ", end):
        if _AGE_AFTER_RE.match(text, end):
            return True
        m = _RELATIVE_AFTER_RE.match(text, end)
        # not a place: 'Luis Carmona of San Antonio, who will chair the group, said'
        if m and m.end() in verb_set and not text.endswith((" of ", " from ", " in ", " at ", " for "), 0, start):
            return True
    return text.endswith(("by ", "By "), 0, start) and (
        _BYLINE_BEFORE_RE.search(text, max(0, start - 30), start) is not None)


# "campaign group Silver Voices said", "The pollster, Opinion Metrics, said": a name after an organisation noun.
_ORGANISATION_NOUNS: Final = frozenset((
    "group", "organisation", "organization", "charity", "union", "firm", "company", "pollster", "agency",
    "coalition", "association", "society", "foundation", "institute", "tank", "think-tank", "newspaper", "website",
    "network", "trust", "consultancy",
))


def organisation_before(text: str, start: int) -> bool:
    """Whether the name at ``start`` follows an organisation noun ('campaign group |Silver Voices'): not a person."""
    if start < 2 or text[start - 1] not in " \t":
        return False
    j = max(text.rfind(" ", 0, start - 1), text.rfind("\n", 0, start - 1), text.rfind("\t", 0, start - 1))
    return text[j + 1 : start - 1].rstrip(",") in _ORGANISATION_NOUNS


# Where a reported clause starts and whether a speech-verb form is a verb (used by rules_quotes, rules_reported).
# "A Welsh Government press release issued at 8pm announced that", "A spokesperson for the standards committee
# said": a long subject that opens its sentence with a determiner, with no comma before the verb.
DET_SENTENCE_SUBJECT_RE: Final = re.compile(r"(?:A|An|The)[ \t][^,;:.!?\"“”\n]{1,90}[ \t]")
# Common irregular past tenses ("said the party won the seat", "said Labour lost its way").
IRREGULAR_PAST: Final = (r"(?:took|made|gave|went|came|got|won|lost|knew|thought|felt|left|saw|kept|held|met|paid|sold"
                  r"|found|led|ran|spent|sent|built|began|brought|fell|rose|grew|chose|broke|bought|became|meant)")
# "insists that is unfair", "said that would be wrong": "that" is the subject, not the start of the clause.
THAT_VERB: Final = r"(?:is|was|were|would|will|has|had|could|should|seems|seemed)\b"
# "Her critics say", "The organisers say": a plural noun between the determiner and a base form is its subject
# (not "ss" or "us" words: "the famous say").
PLURAL_SUBJECT_RE: Final = re.compile(r"\b[a-z]+(?<![su])s\s+$")
_STATE_VERB_AFTER_RE: Final = re.compile(r"\s+(?:that|whether)\b")


def state_is_noun(text: str, ve: int) -> bool:
    """Whether "state" is the noun ("Republican state senators", "the state party"): a verb only before "that"."""
    return _STATE_VERB_AFTER_RE.match(text, ve) is None


def layout_source(text: str, seg: Segment, persons: list[Person], person_starts: list[int], verb_starts: list[int],
                  quoted: Intervals) -> Person | None | bool:
    """The source of a quote opening its paragraph, given by the layout: a colon and a source after it (a
    headline: '‘…’: Tory MPs turn on …'), or a short paragraph before it that is a person's speech act ('She spoke
    for 22 minutes without notes.' before a speech over several paragraphs)."""
    if seg.close is not None:
        found = colon_source_after(text, persons, person_starts, seg.end)
        if found is not False:
            return found
    if seg.continues is None:
        return speech_paragraph_before(text, persons, person_starts, verb_starts, quoted, seg.open)
    return None
