"""The word lists of the rules extractor, read from ``data/`` (and from a user's own folder) into regexes.

Files (see ``data/README.md`` for how to extend them): ``parties.tsv`` (alias, canonical, country),
``speech_verbs.txt`` (every form of a speech verb), ``events.tsv`` (type, needs, trigger forms) and
``people.yaml`` (titles, roles, titles used as names, first names, words that are never names).
A user folder given as ``data_dir`` holds files of the same names whose entries are added to the shipped ones.

>>> lex = load_lexicon()
>>> lex.parties["Tories"]
'Conservative Party'
>>> bool(lex.speech_verb_re.fullmatch("tweeted"))
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Final

import yaml

from .base import ExtractorError
from .native import HERE

DATA_DIR: Final = HERE / "data"  # not __file__: in the compiled module it names the wrong folder
EVENT_TYPES: Final = ("resignation", "defection", "formation", "election", "appointment", "vote", "protest", "other")
NAME_CHARS: Final = "a-zà-öø-ÿ"
UPPER: Final = "A-ZÀ-ÖØ-Þ"
_WORD_START: Final = r"(?<![\w-])"  # a list word starts a word: "so-called" holds no "called"
# The characters that may stand before a word of the one-pass scan, [^\w-], listed exactly up to U+00FF (a
# table test per character, where [^\w-] looks up each character's Unicode category), and every character
# from U+0100 on (Lexicon.scan checks the few matches that start at one of those).
_BEFORE_WORD: Final = "".join(
    re.escape(chr(c)) for c in range(256) if chr(c) != "-" and not re.fullmatch(r"\w", chr(c))
) + "\u0100-\U0010ffff"


@dataclass(frozen=True)
class EventTrigger:
    form: str
    type: str
    needs_party: bool


Spans = list[tuple[int, int]]


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: one object per data folder (cached)
class Lexicon:
    """Compiled word lists. Regexes match whole words; callers use ``finditer`` over a document."""

    parties: dict[str, str]  # alias (and its capitals) -> canonical
    party_re: re.Pattern[str]
    speech_verb_re: re.Pattern[str]
    speech_verbs: str  # the alternation inside speech_verb_re, for callers that build bigger patterns
    object_verbs: frozenset[str]  # forms (and capitalised) of verbs that take an object, not a clause
    addressee_verbs: frozenset[str]  # forms of verbs that name an addressee before the clause ("told X")
    events: dict[str, EventTrigger]  # lower-case form (words joined by one space) -> trigger
    event_re: re.Pattern[str]
    titles: dict[str, str]  # title -> gender m / f / -
    roles: frozenset[str]
    role_re: re.Pattern[str]
    titles_as_names: frozenset[str]
    first_names: dict[str, str]  # first name -> gender
    not_names: frozenset[str]
    # One pass for the three word lists (None when their words could overlap: then three passes, see scan).
    scan_re: re.Pattern[str] | None = None
    scan_start_re: re.Pattern[str] | None = None
    scan_kinds: dict[str, int] | None = None  # word (words joined by one space) -> 0 verb, 1 event, 2 party
    scan_exact_re: re.Pattern[str] | None = None  # scan_re with the exact test of the character before a word

    def scan(self, text: str) -> tuple[Spans, Spans, Spans]:
        """``(start, end)`` of every speech verb, event trigger and party name: the matches of
        ``speech_verb_re``, ``event_re`` and ``party_re``, found in one pass over ``text`` when possible.

        >>> load_lexicon().scan("Labour MP Ann Coffey said she resigned.")
        ([(21, 25)], [(30, 38)], [(0, 6)])
        """
        if self.scan_re is None or self.scan_start_re is None or self.scan_kinds is None:
            return ([m.span() for m in self.speech_verb_re.finditer(text)],
                    [m.span() for m in self.event_re.finditer(text)],
                    [m.span() for m in self.party_re.finditer(text)])
        if self.scan_exact_re is None:
            return self._scan(text, self.scan_re, self.scan_start_re, self.scan_kinds, False) or ([], [], [])
        # scan_re takes any character from U+0100 on as a character before a word; when one such match
        # started at a letter, the exact pattern decides (a match consumes the text it covers).
        return self._scan(text, self.scan_re, self.scan_start_re, self.scan_kinds, not text.isascii()) \
            or self._scan(text, self.scan_exact_re, self.scan_start_re, self.scan_kinds, False) or ([], [], [])

    @staticmethod
    def _scan(text: str, pattern: re.Pattern[str], start_re: re.Pattern[str], kinds: dict[str, int],
              wide: bool) -> tuple[Spans, Spans, Spans] | None:
        """The matches of ``pattern`` (a character before a word, then the word) by kind; ``None`` when
        ``wide`` and a match started at a word character."""
        verbs: Spans = []
        events: Spans = []
        parties: Spans = []
        found = [verbs, events, parties]  # a list: compiled, indexing a tuple by a variable would box it each time
        pos = 0
        m = start_re.match(text)  # a word at the very start has no character before it
        if m is not None:
            word = m.group()
            found[kinds[word] if word in kinds else kinds[" ".join(word.split())]].append(m.span())
            pos = m.end()
        for m in pattern.finditer(text, pos):
            start, end = m.span()
            if wide and text[start] > "\xff" and (text[start].isalnum() or text[start] == "_"):
                return None
            word = text[start + 1 : end]  # the match starts with the character before the word
            kind = kinds.get(word)
            if kind is None:  # a form of several words spaced otherwise ("step\ndown")
                kind = kinds[" ".join(word.split())]
            found[kind].append((start + 1, end))
        return verbs, events, parties


def _alternation(words: list[str], guard: str = "", ends: dict[str, str] | None = None) -> str:
    """A regex matching any of ``words`` (a space matches any whitespace), longest match first.

    ``guard`` (a lookbehind such as ``(?<![\\w-])``) is placed after the first-character test, so that it only
    runs where a word can start. ``ends`` gives a word its own end test (such as ``\\b``), tried where the
    word ends: a longer word that fails its test gives way to a shorter one, as a test after the whole
    alternation would.

    The words are folded into a trie ("sa(?:id|ys|y)") so that a position that cannot start a word fails on its
    first character: a flat alternation of hundreds of words is many times slower with Python's ``re``.

    >>> _alternation(["said", "says", "say"])
    '(?=[s])(?:sa(?:id|ys?))'
    >>> _alternation(["MP", "leader"])
    '(?=[Ml])(?:(?:MP|leader))'
    >>> _alternation(["say", "said"], ends={"say": r"\\b", "said": "$"})
    '(?=[s])(?:sa(?:id$|y\\\\b))'
    """
    trie: dict[str, Any] = {}
    for word in set(words):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {} if ends is None else ends[word]
    # A leading character class lets every position that cannot start a word fail in one test.
    firsts = "".join(sorted({re.escape(ch) if ch != " " else r"\s" for ch in trie}))
    body = _trie_regex(trie) if ends is None else _trie_regex_with_ends(trie)
    return f"(?=[{firsts}]){guard}(?:{body})"


def _trie_regex_with_ends(node: dict[str, Any]) -> str:
    branches = [
        (r"\s+" if ch == " " else re.escape(ch)) + _trie_regex_with_ends(child)
        for ch, child in sorted(node.items(), key=lambda kv: kv[0])
        if ch
    ]
    if "" in node:
        branches.append(node[""])  # the end test comes last: continuing is tried first (longest match)
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _trie_regex(node: dict[str, Any]) -> str:
    ends = "" in node
    branches = [
        (r"\s+" if ch == " " else re.escape(ch)) + _trie_regex(child)
        for ch, child in sorted(node.items(), key=lambda kv: kv[0])
        if ch
    ]
    if not branches:
        return ""
    # Longest first: a branch that continues is tried before stopping here.
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return f"(?:{body})?" if len(branches) > 1 or len(branches[0]) > 1 else f"{body}?"
    return body


def _lines(path: Path) -> list[tuple[int, str]]:
    if not path.exists():
        return []
    return [
        (n, line.rstrip("\n"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if line.strip() and not line.lstrip().startswith("#")
    ]


def _read_parties(path: Path, into: dict[str, str]) -> None:
    for n, line in _lines(path):
        cols = [c.strip() for c in line.split("\t")]
        if len(cols) < 2 or not cols[0] or not cols[1]:
            raise ExtractorError(f"{path}:{n}: expected 'alias<TAB>canonical[<TAB>country]', got {line!r}")
        into[cols[0]] = cols[1]
        into[cols[0].upper()] = cols[1]


_VERB_FRAMES: Final = ("object", "addressee")


def _read_speech_verbs(path: Path, into: set[str], frames: dict[str, set[str]]) -> None:
    for n, line in _lines(path):
        forms, _, frame = line.partition("\t")
        frame = frame.strip()
        if frame and frame not in _VERB_FRAMES:
            raise ExtractorError(
                f"{path}:{n}: expected 'forms[<TAB>frame]' with frame one of {', '.join(_VERB_FRAMES)}, "
                f"got {line!r}"
            )
        words = [form.replace("_", " ") for form in forms.split()]
        into.update(words)
        if frame:
            frames[frame].update(words)


def _read_events(path: Path, into: dict[str, EventTrigger]) -> None:
    for n, line in _lines(path):
        cols = line.split("\t")
        if len(cols) != 3 or cols[0].strip() not in EVENT_TYPES or cols[1].strip() not in ("-", "party"):
            raise ExtractorError(
                f"{path}:{n}: expected 'type<TAB>needs<TAB>forms' with type one of {', '.join(EVENT_TYPES)} "
                f"and needs '-' or 'party', got {line!r}"
            )
        for form in cols[2].split():
            key = form.replace("_", " ").lower()
            into[key] = EventTrigger(key, cols[0].strip(), cols[1].strip() == "party")


def _read_people(path: Path, into: dict[str, Any]) -> None:
    if not path.exists():
        return
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise ExtractorError(f"{path}: not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise ExtractorError(f"{path}: expected a mapping with titles, roles, titles_as_names, first_names")
    into["titles"].update({str(k): str(v) for k, v in (data.get("titles") or {}).items()})
    for key in ("roles", "titles_as_names", "not_names"):
        into[key].update(str(w) for w in data.get(key) or [])
    for gender, names in (data.get("first_names") or {}).items():
        into["first_names"].update({str(name): str(gender) for name in names or []})


@cache
def load_lexicon(data_dir: str | None = None) -> Lexicon:
    """The shipped word lists, plus those in ``data_dir`` when given. Cached per folder."""
    folders = [DATA_DIR] + ([Path(data_dir)] if data_dir else [])
    if data_dir and not Path(data_dir).is_dir():
        raise ExtractorError(f"rules data folder {data_dir} does not exist")
    parties: dict[str, str] = {}
    verbs: set[str] = set()
    frames: dict[str, set[str]] = {frame: set() for frame in _VERB_FRAMES}
    events: dict[str, EventTrigger] = {}
    people: dict[str, Any] = {
        "titles": {}, "roles": set(), "titles_as_names": set(), "first_names": {}, "not_names": set()
    }
    for folder in folders:
        _read_parties(folder / "parties.tsv", parties)
        _read_speech_verbs(folder / "speech_verbs.txt", verbs, frames)
        _read_events(folder / "events.tsv", events)
        _read_people(folder / "people.yaml", people)
    roles = set(people["roles"])
    roles.update(r[0].upper() + r[1:] for r in list(roles) if r[:1].islower())
    # An event form matches lower-case, or capitalised (the caller keeps that only at a sentence start).
    event_forms = list(events) + [f[0].upper() + f[1:] for f in events]
    verb_forms = list(verbs) + [v[0].upper() + v[1:] for v in verbs]
    scan_re = scan_start_re = scan_exact_re = None
    kinds: dict[str, int] = {}
    if _disjoint([verb_forms, event_forms, list(parties)]):
        # One trie of all three lists, each word ending with its own list's end test: a position is tried
        # once instead of three times. The list a match belongs to is looked up from its text.
        ends = {}
        for kind, (forms, end) in enumerate(((verb_forms, r"\b"), (event_forms, r"(?![\w-])"),
                                             (list(parties), r"(?![\w-])"))):
            for form in forms:
                kinds[form], ends[form] = kind, end
        body = _alternation(list(kinds), ends=ends)
        # The character before a word is matched rather than looked behind at: a pattern that starts with a
        # character class lets the regex engine skip over the letters inside words without trying them. That
        # class is tested at every character, so it is a plain table ([^\w-] costs a Unicode category lookup
        # per character); the lookbehind then rules out the other word characters, at the few places left.
        scan_re, scan_start_re = re.compile(rf"[{_BEFORE_WORD}]{body}"), re.compile(body)
        scan_exact_re = re.compile(rf"[^\w-]{body}")
    return Lexicon(
        parties=parties,
        party_re=re.compile(rf"{_alternation(list(parties), _WORD_START)}(?![\w-])"),
        # "so-called" is no speech verb: a hyphen before the word rules it out.
        speech_verb_re=re.compile(rf"{_alternation(verb_forms, _WORD_START)}\b"),
        speech_verbs=_alternation(verb_forms),
        object_verbs=frozenset(_with_capitals(frames["object"])),
        addressee_verbs=frozenset(_with_capitals(frames["addressee"])),
        events=events,
        event_re=re.compile(rf"{_alternation(event_forms, _WORD_START)}(?![\w-])"),
        titles=dict(people["titles"]),
        roles=frozenset(roles),
        # (?!\w), not \b: a role may end with a full stop ("Rep.")
        role_re=re.compile(rf"\b(?:{_alternation(list(roles))})(?!\w)"),
        titles_as_names=frozenset(people["titles_as_names"]),
        first_names=dict(people["first_names"]),
        not_names=frozenset(people["not_names"]),
        scan_re=scan_re,
        scan_start_re=scan_start_re,
        scan_kinds=kinds if scan_re is not None else None,
        scan_exact_re=scan_exact_re,
    )


def _with_capitals(words: set[str]) -> list[str]:
    return list(words) + [w[0].upper() + w[1:] for w in words]


def _disjoint(lists: list[list[str]]) -> bool:
    """Whether no match of a word of one list can overlap a match of a word of another list.

    Matches start and end at word edges, so two can only overlap when one starts at a word of the other and
    their words agree where they meet ("Lib Dem" and "Dem…" could; "form" and "Group for Change" cannot).
    Punctuation and spacing between words are taken to agree, which can only make the answer "no".
    When the lists are disjoint, one pass with an alternation finds exactly what separate passes find.

    >>> _disjoint([["said"], ["step down"]]), _disjoint([["step down"], ["down"]])
    (True, False)
    """
    split = [[re.findall(r"\w+", form) for form in forms] for forms in lists]
    for a, words_a in enumerate(split):
        for b, words_b in enumerate(split):
            if a == b:
                continue
            by_first: dict[str, list[list[str]]] = {}
            for words in words_b:
                if words:
                    by_first.setdefault(words[0], []).append(words)
            for words in words_a:
                for k, word in enumerate(words):
                    for other in by_first.get(word, ()):
                        n = min(len(words) - k, len(other))
                        if words[k : k + n] == other[:n]:
                            return False
    return True
