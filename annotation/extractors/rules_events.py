"""Events for the rules extractor: trigger words from ``data/events.tsv`` and their participants.

Offsets are Python code points, end exclusive. The EVENT span is the trigger alone ("resigned",
"step down"); its type comes from the lexicon. Triggers marked ``needs party`` count only when a party
name, or "party"/"group", follows within a few words ("left Labour", not "left his home").

>>> from .lexicon import load_lexicon
>>> text = "Seven MPs resigned from Labour. He left his home."
>>> events = find_events(text, load_lexicon(), [len("Seven MPs resigned from ")], [0, 32])
>>> [(text[e.start:e.end], e.type) for e in events]
[('resigned', 'resignation')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Final

from .lexicon import EventTrigger, Lexicon
from .rules_text import bisect_left, bisect_right

_GROUP_AFTER_RE: Final = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:[Pp]arty|[Gg]roup|seats?|by-election|election|alliance|pact|coalition|majority"
    r"|leadership|race|contest|caucus|cabinet|bench|office|post|ballot|primary|nomination|district)\b"
    r"|\s+as\b"  # "quits as Welsh rural affairs minister": an office
)
_WINDOW: Final = 45
# "election board", "election commission", "election law": an institution or a field, not an election.
_INSTITUTION_AFTER_RE: Final = re.compile(
    r"\s+(?:board|commission|commissioner|law|laws|office|officer|officers|official|officials|authority|watchdog"
    r"|agency|department|clerk|monitor|monitors|observers?|code)\b"
)
# "by 33 votes to 24", "41 per cent of the vote", "won 187 of the 341 votes": a count of ballots, not a vote.
_COUNT_BEFORE_RE: Final = re.compile(
    r"(?:\d[\d,.]*\s+(?:of\s+the\s+\d[\d,]*\s+)?|(?:per\s*cent|%|share)\s+of\s+the\s+)$"
)
_COUNTED: Final = frozenset(("vote", "votes", "ballots"))
# "The move leaves the DUP as the largest bloc", "leaving GOP leaders scrambling": no one leaves the party.
_LEAVE: Final = frozenset(("leave", "leaves", "leaving", "left"))
_NOT_DEPARTURE_RE: Final = re.compile(
    r"\s+(?:as|with|without|needing|facing|short|in\s+(?:charge|control|power|opposition)"
    r"|leaders?|MPs|MSPs|members|councillors|senators|officials|figures|[a-z]+ing"
    r"|(?:[\w-]+\s+){1,3}(?:short|ahead|behind|clear))\b"
)
# Between "leaves" and the party: nothing, "the", or a place ("leaves Ohio Republicans without …").
_LEAVE_GAP_RE: Final = re.compile(r"[ \t]+(?:the[ \t]+)?(?:[A-Z][a-z]+[ \t]+)?")


# Not frozen: built tens of times per document, and a frozen dataclass costs three times as much to build.
# init=False and an __init__ of its own: compiled, the dataclass-made __init__ would run as Python.
@dataclass(slots=True, init=False)
class Event:
    start: int
    end: int
    type: str

    def __init__(self, start: int, end: int, type: str) -> None:
        self.start, self.end, self.type = start, end, type


def find_events(text: str, lex: Lexicon, party_starts: list[int], sentence_starts: list[int],
                spans: list[tuple[int, int]] | None = None) -> list[Event]:
    """EVENT triggers of ``text`` (quotes are filtered by the caller). Both lists must be sorted.

    ``spans`` are the matches of ``lex.event_re`` when the caller has them already (:meth:`Lexicon.scan`).
    """
    out: list[Event] = []
    sentence_set = set(sentence_starts)
    triggers = _triggers(lex)
    if spans is None:
        spans = [m.span() for m in lex.event_re.finditer(text)]
    for s, e in spans:
        word = text[s:e]
        if word[0].isupper() and s not in sentence_set and not _after_opening(text, s, sentence_set):
            continue
        trigger = triggers.get(word)
        if trigger is None:
            trigger = triggers[word] = lex.events[" ".join(word.lower().split())]
        if trigger.type == "election" and _INSTITUTION_AFTER_RE.match(text, e):
            continue
        if word in _COUNTED and _COUNT_BEFORE_RE.search(text, max(0, s - 30), s):
            continue
        if trigger.needs_party:
            i = bisect_right(party_starts, e)
            near_party = (
                i < len(party_starts) and party_starts[i] - e <= _WINDOW and "." not in text[e : party_starts[i]]
            )
            if not near_party and not _GROUP_AFTER_RE.match(text, e):
                continue
            if near_party and word in _LEAVE and _LEAVE_GAP_RE.fullmatch(text, e, party_starts[i]) \
                    and _NOT_DEPARTURE_RE.match(text, _party_end(text, party_starts[i])):
                continue
        if _not_an_event(text, s, e, trigger.type):
            continue
        out.append(Event(s, e, trigger.type))
    return out


# "launch her campaign", "launched a leadership bid": campaigns are no events (a formation founds a party).
_CAMPAIGN_AFTER_RE: Final = re.compile(
    r"\s+(?:(?:his|her|their|its|a|an|the)\s+)?(?:[\w-]+\s+){0,2}?(?:campaign|bid)\b"
)
# "Four Democrats joined all 27 Republicans in voting yes", "joined the Tories to back an amendment": no defection.
_JOIN_TO_ACT_RE: Final = re.compile(
    r"[^.;:!?\n]{1,60}?\b(?:in\s+[a-z]+ing|to\s+(?:back|oppose|vote|support|block|defeat|reject))\b"
)
# "had the votes", "lacks the votes": support counted, not a vote.
_SUPPORT_BEFORE_RE: Final = re.compile(r"\b(?:had|have|has|having|lack|lacks|lacked|get|got|win|won)\s+the\s+$")


def _not_an_event(text: str, s: int, e: int, type_: str) -> bool:
    """Trigger words that name no event in their context: a campaign launched, a party joined to act with it, the
    votes someone has."""
    if type_ == "formation":
        return _CAMPAIGN_AFTER_RE.match(text, e) is not None
    if type_ == "defection" and text[s] in "jJ":
        return _JOIN_TO_ACT_RE.match(text, e) is not None
    if type_ == "vote" and text[e - 1] == "s":
        return _SUPPORT_BEFORE_RE.search(text, max(0, s - 12), s) is not None
    return False


@cache
def _triggers(lex: Lexicon) -> dict[str, EventTrigger]:
    """Matched trigger text -> its lexicon entry, filled as spellings are met (one dict per lexicon)."""
    return {}


def _party_end(text: str, start: int) -> int:
    """End of the capitalised words of the party name starting at ``start`` ("DUP", "Lib Dems")."""
    m = _CAPITALISED_RE.match(text, start)
    return m.end() if m else start


_CAPITALISED_RE: Final = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*")


def _after_opening(text: str, s: int, sentence_set: set[int]) -> bool:
    return s > 0 and text[s - 1] in "\"'“‘(" and (s - 1) in sentence_set


def same_sentence(starts: list[int], sentence_starts: list[int], lo: int, hi: int) -> tuple[int, int]:
    """Indices ``[i, j)`` of the sorted ``starts`` lying in ``[lo, hi)``."""
    return bisect_left(starts, lo), bisect_left(starts, hi)
