"""People for the rules extractor: SPEAKER mentions (name runs, titles and roles, pronouns before speech verbs).

Offsets are Python code points, end exclusive. A name is a run of capitalised words, taken as a person when a
cue says so: a courtesy title ("Mr Corbyn", kept in the span), a role right before it ("Labour MP Stella
Creasy": the role and party stay out), a list after a plural role ("MPs A, B and C"), a speech verb right
after it, a known first name, or the same name already found elsewhere in the document.

:func:`find_people` also gives the document's PARTY names and ``member_of`` pairs, found by the party links
of ``rules_members``, and the canonical names of its mentions, filled by ``rules_names``.

>>> from .lexicon import load_lexicon
>>> text = "Labour MP Stella Creasy tweeted."
>>> people = find_people(text, load_lexicon())
>>> [(text[m.start:m.end], m.canonical) for m in people.persons]
[('Stella Creasy', 'Stella Creasy')]
>>> [(text[p.start:p.end], p.canonical) for p in people.parties]
[('Labour', 'Labour Party')]
>>> [(text[p.start:p.end], q.canonical) for p, q in people.member_of]
[('Stella Creasy', 'Labour Party')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from operator import attrgetter
from typing import Final

from .lexicon import NAME_CHARS, UPPER, Lexicon, _alternation
from .rules_attribution import organisation_before, person_cue
from .rules_members import Party, _appositive_party, _party_before, find_parties
from .rules_names import _canonicalise, _norm_space
from .rules_names import resolve_pronouns as resolve_pronouns  # the extractor imports it from here
from .rules_text import bisect_left

_TITLE_ABBREVIATIONS: Final = ("Mr", "Mrs", "Ms", "Dr", "Prof", "Rev", "Sen", "Rep", "Gov", "Gen", "St")
_PARTICLES: Final = ("Ó", "Ní", "Nic", "Uí", "Ua")  # Irish surname particles written as words ("Niamh Ó Súilleabháin")
_NAME_PREFIXES: Final = ("Mc", "Mac", "O['’]", "D['’]")


def _firsts(words: tuple[str, ...]) -> str:
    """A character class of the first characters of ``words``: a cheap test before their alternation."""
    return "[" + "".join(sorted({w[0] for w in words})) + "]"


def _rest(word: str) -> str:
    """``word`` after its first character, then a lookbehind over the whole word: "rs(?<=Mrs)" for "Mrs".

    The literal comes first so that the regex engine skips a branch on its first character (a branch that
    starts with a lookbehind is entered every time)."""
    return f"{word[1:]}(?<={word})" if len(word) > 1 else f"(?<={word})"


_SHORT: Final = _TITLE_ABBREVIATIONS + _PARTICLES
_TOKEN: Final = (
    rf"(?:(?={_firsts(_SHORT)})(?:(?:{'|'.join(_TITLE_ABBREVIATIONS)})\.|{'|'.join(_PARTICLES)})(?=[ \t]+[{UPPER}])"
    rf"|(?:(?={_firsts(_NAME_PREFIXES)})(?:{'|'.join(_NAME_PREFIXES)}))?[{UPPER}][{NAME_CHARS}]+"
    rf"(?:-[{UPPER}][{NAME_CHARS}]+)?)"
)
# _TOKEN with its first character already matched: the same alternatives, so the same matches (the titles
# and particles exclude each other: their order does not matter; "Ó", a lookbehind only, goes last). A run
# pattern that starts with a character class lets the regex engine skip to the next capital letter instead
# of trying every position (a pattern that starts with a lookahead is tried everywhere).
_TOKEN_AFTER_FIRST: Final = (
    rf"(?:(?:(?:{'|'.join(map(_rest, _TITLE_ABBREVIATIONS))})\."
    rf"|{'|'.join(map(_rest, sorted(_PARTICLES, key=len, reverse=True)))})(?=[ \t]+[{UPPER}])"
    rf"|(?:{'|'.join(_rest(p) + f'[{UPPER}]' for p in _NAME_PREFIXES)})?"
    rf"[{NAME_CHARS}]+(?:-[{UPPER}][{NAME_CHARS}]+)?)"
)
# The lookbehind after the capital tests the character before it: no word character, apostrophe or hyphen.
_RUN_RE: Final = re.compile(
    rf"[{UPPER}](?<![\w'’-].){_TOKEN_AFTER_FIRST}(?:[ \t]+(?=[{UPPER}]){_TOKEN})*(?!\w)(?!['’](?!s\b)\w)"
)
_WORD_RE: Final = re.compile(rf"{_TOKEN}")
# "A, of the Alliance Party, and B": a party in apposition may stand between two names of a list.
_LIST_GAP_RE: Final = re.compile(
    r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*|,\s+of\s+(?:the\s+)?[^,.;:!?\"“”\n]{1,40},\s+(?:and\s+)?"
)
# "to become First Minister", "elected as Speaker": the title names the office there, not a person.
_OFFICE_RE: Final = re.compile(r"\b(?:become|became|becoming|becomes|as|be|elected|appointed|named)\s+$")
_START: Final = attrgetter("start")  # sort key (a C call, no lambda frame per item)
_PRONOUNS: Final = {"he": "m", "she": "f", "they": "-", "He": "m", "She": "f", "They": "-"}
# Words that end a role description: "resigning from Labour was Stockport MP X" states no membership.
_FUNCTION_WORDS: Final = (r"(?:was|is|were|are|has|had|have|be|been|and|or|but|to|from|of|in|on|at|for|with|by|as|that"
                   r"|who|which|the|a|an)")
# "The Taoiseach, Ciarán Walsh, said": the title is a role before a name in apposition, not a person.
_NAME_APPOSITION_RE: Final = re.compile(rf",\s+(?:(?:Mr|Mrs|Ms|Dr|Sir|Dame)\s+)?[{UPPER}][{NAME_CHARS}]+\s+[{UPPER}]")


# init=False and an __init__ of its own: compiled, the dataclass-made __init__ would run as Python.
@dataclass(slots=True, init=False)
class Person:
    """A person mention. ``kind`` is name, title (title used as a name) or pronoun."""

    start: int
    end: int
    kind: str
    canonical: str
    gender: str

    def __init__(self, start: int, end: int, kind: str, canonical: str = "", gender: str = "-") -> None:
        self.start, self.end, self.kind, self.canonical, self.gender = start, end, kind, canonical, gender


@dataclass
class People:
    persons: list[Person] = field(default_factory=list)
    parties: list[Party] = field(default_factory=list)
    member_of: list[tuple[Person, Party]] = field(default_factory=list)


@dataclass(frozen=True)
class _Patterns:
    verb_after: re.Pattern[str]
    role_before: re.Pattern[str]
    role_word: re.Pattern[str]
    pronoun: re.Pattern[str]
    appositive: re.Pattern[str]
    leader_of: re.Pattern[str]  # "X has resigned as leader of the Liberal Democrats"
    role_after: re.Pattern[str]  # "X, a councillor from Sutton", "X, the party's chief whip"
    role_apposition: re.Pattern[str]  # "Sinn Féin's group leader on the council, |X": a role, then the name
    verb_before: re.Pattern[str]  # '"…," said |X': a name right after a speech verb that follows a quote


@cache
def _patterns(lex: Lexicon) -> _Patterns:
    roles = _alternation(list(lex.roles))
    adverb = r"(?:[a-z]+ly\s+|also\s+|then\s+|later\s+|has\s+|have\s+|had\s+|was\s+|were\s+)?"
    return _Patterns(
        verb_after=re.compile(rf",?\s+{adverb}"),
        role_before=re.compile(rf"\b(?:{roles})(?:\s+for\s+[{UPPER}][\w ]{{0,30}}?)?\s+$"),
        # "Labour MP", "Labour's Scottish leader", "Sinn Féin’s housing spokesperson"
        role_word=re.compile(
            rf"(?:['’]s?)?[ \t]+(?:(?!{_FUNCTION_WORDS}\b)(?:[a-z-]+|[{UPPER}][a-z]+)[ \t]+){{0,2}}?(?:{roles})\b"
        ),
        pronoun=re.compile(rf"\b(?:He|She|They|he|she|they)\s+{adverb}$"),
        appositive=re.compile(
            r",\s+(?:also\s+)?(?:(?:the|a|an)\s+(?:(?:former|ex-|then|new|veteran|senior|fellow)\s+)?|of\s+the\s+)"
        ),
        leader_of=re.compile(
            r"[^.;:!?\"“”\n]{0,60}?\b(?:leader|co-leader|chair|chairman|chairwoman|member)\s+of\s+(?:the\s+)?"
        ),
        role_after=re.compile(
            rf",\s+(?:also\s+)?(?:the|a|an|his|her|their)\s+(?:(?!{_FUNCTION_WORDS}\b)[\w'’-]+\s+){{0,3}}?(?:{roles})\b"
        ),
        role_apposition=re.compile(rf"\b(?:{roles})\b[^,.;:!?\"“”\n]{{0,40}},\s+$"),
        verb_before=re.compile(rf"[,.!?][\"”’']\s+(?!according)(?:{lex.speech_verbs})\s+$"),
    )


@cache
def _role_firsts(lex: Lexicon) -> frozenset[str]:
    """The first word of every role ("Attorney" of "Attorney General"), for a cheap test before ``role_re``."""
    return frozenset(role.split()[0] for role in lex.roles)


@cache
def _title_firsts(lex: Lexicon) -> frozenset[str]:
    """The first word of every title used as a name ("Prime" of "Prime Minister")."""
    return frozenset(title.split()[0] for title in lex.titles_as_names)


@lru_cache(maxsize=65536)
def _run_words(run: str) -> tuple[tuple[int, int, str], ...]:
    """The words of a run of capitalised words: ``(start, end, word)`` relative to the run's start."""
    return tuple((w.start(), w.end(), w.group()) for w in _WORD_RE.finditer(run))


def find_people(text: str, lex: Lexicon, verb_starts: list[int] | None = None,
                party_spans: list[tuple[int, int]] | None = None) -> People:
    """Person mentions, party names and ``member_of`` pairs of ``text`` (quotes are filtered by the caller).

    ``verb_starts`` are the sorted offsets where speech verbs start and ``party_spans`` the party names
    (both found here when not given; :meth:`Lexicon.scan` finds them in one pass).
    """
    pat = _patterns(lex)
    if verb_starts is None:
        verb_starts = [m.start() for m in lex.speech_verb_re.finditer(text)]
    verb_set = set(verb_starts)
    parties = find_parties(text, lex, party_spans)
    party_at = {p.start: i for i, p in enumerate(parties)}
    party_ends = {p.end: i for i, p in enumerate(parties)}
    end_list = sorted(party_ends)
    people = People(parties=parties)
    full_names: dict[str, int] = {}  # full name -> first offset
    pending: list[tuple[int, int, str, bool]] = []  # (start, end, kind, certain)
    singles: list[tuple[str, int, int]] = []  # (word, start, end) of one-word runs: surnames once names are known
    list_party: int | None = None
    list_until = -1
    # Hot loop: the word lists and methods are bound to locals once per document.
    titles_as_names, not_names, titles, first_names = lex.titles_as_names, lex.not_names, lex.titles, lex.first_names
    role_match, office_search = lex.role_re.match, _OFFICE_RE.search
    role_firsts, title_firsts = _role_firsts(lex), _title_firsts(lex)
    # Party names never overlap and come in text order: [s, e) overlaps one exactly when it overlaps the last
    # one starting before e (tested inline: a bisect and a compare per run).
    party_starts = [p.start for p in parties]
    party_end_at = [p.end for p in parties]
    for run in _RUN_RE.finditer(text):
        rs, re_ = run.span()  # one call on the match (each costs more than slicing the text)
        token = text[rs:re_]
        if " " not in token and "\t" not in token:  # one word: the commonest case, kept cheap
            if token in titles_as_names:
                if not office_search(text, max(0, rs - 12), rs) and not _NAME_APPOSITION_RE.match(text, re_):
                    pending.append((rs, re_, "title", True))
            elif token not in not_names and token not in titles:
                singles.append((token, rs, re_))
            list_until = -1
            continue
        if parties and (i := bisect_left(party_starts, re_) - 1) >= 0 and party_end_at[i] > rs:
            if rs in party_at and parties[party_at[rs]].end >= re_:  # all one party name: "Labour Party"
                continue
            words = [(rs + ws, rs + we, w) for ws, we, w in _run_words(token)]
            words = [w for w in words
                     if (i := bisect_left(party_starts, w[1]) - 1) < 0 or party_end_at[i] <= w[0]]
            if not words:
                continue
        else:
            words = [(rs + ws, rs + we, w) for ws, we, w in _run_words(token)]
        if words[0][2] in ("The", "A", "An") and len(words) > 1:
            words = words[1:]
        # "the Prime Minister said", "Prime Minister" in a headline (only a title's first word can start one)
        if words[0][2] in title_firsts and _norm_space(text[words[0][0] : words[-1][1]]) in titles_as_names:
            if not office_search(text, max(0, words[0][0] - 12), words[0][0]) \
                    and not _NAME_APPOSITION_RE.match(text, words[-1][1]):
                pending.append((words[0][0], words[-1][1], "title", True))
            continue
        first = words[0][2]
        # The last role inside the run ends the description: "Senate Majority Leader | Carla Jimenez".
        role_m = None
        for w in words[:-1]:
            # A role can start at a word of letters only if it is that word, or starts with it and goes on
            # after a space (no word boundary inside such a word; the word is followed by a space or a tab).
            if w[2] not in role_firsts and w[2].isalpha():
                continue
            m = role_match(text, w[0])
            if m and m.end() < re_ and text[m.end()] in " \t":
                role_m = m
        if first in titles and len(words) >= 2 and words[1][2] not in not_names:
            body = words[: min(len(words), 4)]
            pending.append((body[0][0], body[-1][1], "name", True))
            continue
        if role_m and role_m.end() < re_:
            words = [w for w in words if w[0] >= role_m.end()]
            role_before: bool | None = True
        else:
            role_before = None  # _role_before(text, before, lex), found only when it is needed below
            before = words[0][0]
        while words and words[0][2] in not_names:
            words = words[1:]
        while words and words[-1][2] in not_names:
            words = words[:-1]
        if not words:
            continue
        s, e = words[0][0], words[-1][1]
        in_list = list_until >= 0 and _LIST_GAP_RE.fullmatch(text, list_until, s) is not None
        # The first and last words are no not_names (trimmed above): only a middle word can be one.
        if len(words) == 1 or len(words) > 3 or (len(words) == 3 and words[1][2] in not_names):
            if len(words) == 1:
                singles.append((words[0][2], s, e))
            list_until = -1
            continue
        if role_before is None:
            role_before = _role_before(text, before, lex)
        certain = (
            role_before
            or in_list
            or words[0][2] in first_names
            or _verb_follows(text, e, pat, verb_set)
            or _appositive_party(text, e, pat, party_at) is not None
            or _named_by_context(text, s, e, pat)
            or person_cue(text, s, e, verb_set)
        ) and not organisation_before(text, s)
        if certain:
            full_names.setdefault(_norm_space(text[s:e]), s)
        else:
            pending.append((s, e, "name", certain))
        if role_before or in_list:
            list_until = e
            if role_before and not in_list:
                list_party = _party_before(text, s, pat, party_ends, end_list)
        else:
            list_until, list_party = -1, None
        if certain:
            person = Person(s, e, "name")
            people.persons.append(person)
            if list_party is not None and list_until == e:
                people.member_of.append((person, parties[list_party]))
    surnames: dict[str, str] = {}
    for name in sorted(full_names, key=full_names.__getitem__):
        surnames.setdefault(name.split()[-1], name)
    for s, e, kind, _certain in pending:
        parts = text[s:e].split()
        if kind == "title" or " ".join(parts) in full_names or parts[0] in lex.titles:
            people.persons.append(Person(s, e, kind))
    if surnames:  # a bare surname counts once the full name is known ("Corbyn")
        people.persons.extend(Person(s, e, "single") for word, s, e in singles if word in surnames)
    for vs in verb_starts:  # "She said", "he also told": a pronoun right before a speech verb
        lo = max(0, vs - 16)
        if text.find("he", lo, vs) < 0 and text.find("He", lo, vs) < 0:  # in every pronoun: skip the regex
            continue
        m = pat.pronoun.search(text, lo, vs)
        if m:
            people.persons.append(pronoun_at(m.start(), m.group().split()[0]))
    people.persons.sort(key=_START)
    _canonicalise(text, people.persons, surnames, lex)
    if not parties:  # no party to be a member of
        return people
    linked = {id(p) for p, _ in people.member_of}
    for person in people.persons:
        if person.kind not in ("name", "single") or id(person) in linked:
            continue
        q = _appositive_party(text, person.end, pat, party_at)
        if q is None:
            q = _party_before(text, person.start, pat, party_ends, end_list)
        if q is None and parties and text.find(" of ", person.end, person.end + 80) >= 0:
            m = pat.leader_of.match(text, person.end)
            q = party_at.get(m.end()) if m else None
        if q is not None:
            people.member_of.append((person, parties[q]))
    return people


def pronoun_at(start: int, word: str) -> Person:
    """A pronoun SPEAKER mention ("he", "She", "they"); its canonical is set by :func:`resolve_pronouns`."""
    return Person(start, start + len(word), "pronoun", gender=_PRONOUNS[word])


def _role_before(text: str, start: int, lex: Lexicon) -> bool:
    """Whether a role word ends right before ``start`` ("MP |Mike Gapes", "Majority Leader |Wade Porter")."""
    if start < 2 or not text[start - 1].isspace():
        return False
    # "His deputy, Sophie Kettering": a role, a comma, the name.
    stop = start - 2 if text[start - 2] == "," else start - 1
    i = text.rfind(" ", 0, stop)
    word = text[i + 1 : stop].strip()
    if word in lex.roles or (stop < start - 1 and word in lex.titles_as_names):
        return True
    j = text.rfind(" ", 0, i) if i > 0 else -1
    two = " ".join(text[j + 1 : stop].split())
    return i > 0 and (two in lex.roles or (stop < start - 1 and two in lex.titles_as_names))


def _named_by_context(text: str, start: int, end: int, pat: _Patterns) -> bool:
    """Whether the words around a name say it is a person: '"…," said |X', '|X, a councillor from Sutton',
    'the group leader on the council, |X,'."""
    if text.startswith(",", end) and (
        pat.role_after.match(text, end)
        or (start > 2 and text[start - 2] == "," and pat.role_apposition.search(text, max(0, start - 80), start))
    ):
        return True
    if start < 2 or text[start - 1] != " ":
        return False
    window = text[max(0, start - 30) : start]
    return ('"' in window or "”" in window or "’" in window or "'" in window) \
        and pat.verb_before.search(text, max(0, start - 30), start) is not None


def _verb_follows(text: str, end: int, pat: _Patterns, verb_starts: set[int]) -> bool:
    """Whether a speech verb follows ``end`` (after a space and an optional adverb: "Ann Coffey told")."""
    m = pat.verb_after.match(text, end)
    if m is None:
        return False
    if m.end() in verb_starts:
        return True
    ws = text.find(" ", end, end + 3)
    return ws >= 0 and ws + 1 in verb_starts
