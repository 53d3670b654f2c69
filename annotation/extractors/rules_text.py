"""Text structure for the rules extractor: paragraphs, sentences and quoted segments.

Offsets are Python code points, end exclusive. A :class:`Segment` is the text between a pair of quotation
marks with the marks excluded (``content_start``/``content_end``) and included (``open``/``close``). A quote
left open at the end of its paragraph runs to that paragraph's end; when the next paragraph opens with a
quotation mark, that segment is its continuation (``continues``).

>>> text = 'She said: "We resigned.\\n\\n"We are a group."'
>>> [(text[s.content_start:s.content_end], s.continues) for s in find_segments(text)]
[('We resigned.', None), ('We are a group.', 0)]
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from types import FunctionType
from typing import Final


def bisect_left(a: list[int], x: int, lo: int = 0) -> int:
    """:func:`bisect.bisect_left` over sorted offsets. Compiled (mypyc), this loop over native integers costs a
    third of a call of the C function, which boxes its argument and compares Python objects at every step."""
    hi = len(a)
    while lo < hi:
        mid = (lo + hi) >> 1
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def bisect_right(a: list[int], x: int, lo: int = 0) -> int:
    """:func:`bisect.bisect_right` over sorted offsets (see :func:`bisect_left`)."""
    hi = len(a)
    while lo < hi:
        mid = (lo + hi) >> 1
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


if isinstance(bisect_left, FunctionType):  # the Python sources run (not compiled): the C functions are faster
    globals().update(bisect_left=bisect.bisect_left, bisect_right=bisect.bisect_right)


# Straight double quotes are opening or closing by context; curly and guillemets carry their direction.
_DOUBLE_MARKS: Final = '"“”„«»'
_OPENERS: Final = {"“": "”", "„": "“", "«": "»"}
# Single quotes count only at a word edge, so apostrophes inside words ("it's", "don’t") are never marks
# (_pair_singles).
_SINGLE_MARKS: Final = "‘’'"
_WORDY_RE: Final = re.compile(r"[^\W_]")
# A run of stops, closing marks, white space, then a capital or a digit (perhaps after an opening mark). The
# first mark is a character class of its own ("[.!?][.!?]*", not "[.!?]+") so that the regex engine skips ahead
# to the next mark instead of trying every position (it does so only for a pattern that starts with a class).
# Abbreviations are ruled out afterwards by _not_abbreviation.
_SENT_RE: Final = re.compile(r"[.!?][.!?]*[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9À-Þ])")
# The same for a text with no "!" or "?" (most): a pattern that starts with one literal character is searched
# for by a plain loop over the text; one that starts with a character class calls a class test per character.
_SENT_DOT_RE: Final = re.compile(r"\.[.!?]*[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9À-Þ])")
_ABBREVIATIONS: Final = frozenset(("Mr", "Mrs", "Ms", "Dr", "St", "No", "Prof", "Gen", "Sen", "Rep", "Gov"))


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # the regex \\w


def _not_abbreviation(text: str, pos: int) -> bool:
    """Whether the run of stops at ``pos`` may end a sentence: it does not end with the full stop of an
    abbreviation ("Mr.", "Prof.", "No.", in ``_ABBREVIATIONS``) or of a single capital ("J. Smith"), either a
    word of its own (no word character before it).

    The lookbehinds ``(?<!\\bMr\\.)`` … ``(?<!\\b[A-Z]\\.)`` after the run, tested in code: they can only fail
    after a capital and at most three small letters, which is checked first."""
    q = pos + 1
    n = len(text)
    while q < n:  # to the end of the run of stops (code points: ord(text[i]) compiles to a plain read)
        c = ord(text[q])
        if c != 46 and c != 33 and c != 63:  # . ! ?
            break
        q += 1
    if ord(text[q - 1]) != 46:
        return True
    j = q - 2
    k = 0
    while k < 4 and j >= 0 and 97 <= ord(text[j]) <= 122:  # a-z
        j -= 1
        k += 1
    if k == 4 or j < 0 or not 65 <= ord(text[j]) <= 90:  # A-Z
        return True  # no capital and at most three small letters before the stop
    if k > 0 and text[j : q - 1] not in _ABBREVIATIONS:
        return True
    return j > 0 and _is_word(text[j - 1])  # inside a longer word: no abbreviation


def tokens_start(text: str, end: int, lo: int, n: int = 2) -> int:
    """Where the last ``n`` tokens (runs of non-white space) before ``end`` start, but not before ``lo``.

    A pattern anchored at ``end`` that spans at most ``n`` such tokens cannot match from an earlier position, so
    a search for it can start here instead of at ``lo`` (the same leftmost match, fewer positions tried)."""
    i = end
    for _ in range(n):
        while i > lo and text[i - 1].isspace():
            i -= 1
        while i > lo and not text[i - 1].isspace():
            i -= 1
    return i


# Not frozen: built tens of times per document, and a frozen dataclass costs three times as much to build.
# init=False and an __init__ of its own: compiled, the dataclass-made __init__ would run as Python.
@dataclass(slots=True, init=False)
class Segment:
    """Quoted text. ``close`` is the closing mark's offset (``None`` when the quote runs to paragraph end)."""

    open: int
    close: int | None
    content_start: int
    content_end: int
    para: int
    continues: int | None  # index of the segment this one continues (previous paragraph)

    def __init__(self, open: int, close: int | None, content_start: int, content_end: int, para: int,
                 continues: int | None = None) -> None:
        self.open, self.close, self.content_start, self.content_end = open, close, content_start, content_end
        self.para, self.continues = para, continues

    @property
    def end(self) -> int:
        """Offset just after the closing mark, or the content end when there is none."""
        return self.close + 1 if self.close is not None else self.content_end


def paragraphs(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every non-empty line; a line break always ends a paragraph.

    A line counts when it holds a character that is not white space (``str.isspace`` and the regex ``\\S``
    use the same Unicode test); only "\\n" ends a line. Split by ``str.split``, not a regex scan of the text.
    """
    out: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line and not line.isspace():
            out.append((start, end))
        start = end + 1
    return out


def _is_opening_straight(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if after.isspace() or after in ".,;:!?)":
        return False
    return before.isspace() or before in "([{—–-/:"


def _positions(text: str, chars: str) -> list[int]:
    """The sorted offsets of every occurrence of any of ``chars`` in ``text`` (``str.find``: a C scan each)."""
    out: list[int] = []
    for ch in chars:
        i = text.find(ch)
        while i >= 0:
            out.append(i)
            i = text.find(ch, i + 1)
    out.sort()
    return out


def _pair_marks(text: str, start: int, end: int, para: int, doubles: list[int], singles: list[int]) -> list[Segment]:
    """Pair quotation marks inside one paragraph ``[start, end)``; ``doubles`` and ``singles`` are the offsets of
    its double and single marks (apostrophes included)."""
    segs: list[Segment] = []
    open_at: int | None = None
    for i in doubles:
        ch = text[i]
        if open_at is None:
            if ch in _OPENERS or (ch == '"' and (i == start or _is_opening_straight(text, i))):
                open_at = i
        elif ch in '"”»' or not _is_opening_straight(text, i):
            segs.append(_segment(text, open_at, i, para))
            open_at = None
    if open_at is not None:
        segs.append(_segment(text, open_at, None, para, end))
    if not segs:
        segs = _pair_singles(text, start, end, para, singles)
    elif text.find("‘", start, end) >= 0 or text.find(" '", start, end) >= 0 or text.startswith("'", start):
        # British style: 'They told us it was "once in a generation".' The double-quoted words are inside
        # the single-quoted quote (nested quotes belong to the outer one).
        single_segs = _pair_singles(text, start, end, para, singles)
        outer = [s for s in single_segs
                 if s.close is not None and any(s.open < d.open and d.end <= s.close for d in segs)]
        if outer:
            segs = sorted(outer + [d for d in segs if not any(o.open < d.open < o.end for o in outer)],
                          key=lambda s: s.open)
        segs = _with_apart_singles(segs, single_segs)
    # Content with no letter or digit ('"‘' at a paragraph end) is no quote, only marks. Its first character
    # answers for most ([^\W_] is str.isalnum); the regex looks at the rest.
    wordy = _WORDY_RE.search
    return [s for s in segs if s.content_end > s.content_start
            and (text[s.content_start].isalnum() or wordy(text, s.content_start, s.content_end))]


def _with_apart_singles(segs: list[Segment], singles: list[Segment]) -> list[Segment]:
    """``segs`` and the single-quoted segments that overlap none of them: 'said the party "cannot keep promising".
    She added: ‘Someone has to pay.’' (both styles in one paragraph)."""
    apart = [s for s in singles if s.close is not None and not any(s.open <= d.end and d.open <= s.end for d in segs)]
    return sorted(segs + apart, key=lambda s: s.open) if apart else segs


def _pair_singles(text: str, start: int, end: int, para: int, marks: list[int]) -> list[Segment]:
    """Pair the single marks of a paragraph (``marks``: the offsets of its ' ‘ ’) that are quotation marks, not
    apostrophes: an opening ' or ‘ with no word character before it and one after; a closing ' or ’ after a
    word character or punctuation, none after (the paragraph's end hides what follows it)."""
    segs: list[Segment] = []
    open_at: int | None = None
    for i in marks:
        ch = text[i]
        word_after = i + 1 < end and _is_word(text[i + 1])
        can_open = ch != "’" and word_after and not (i > 0 and _is_word(text[i - 1]))
        if not can_open and not (ch != "‘" and not word_after and i > 0
                                 and (_is_word(text[i - 1]) or text[i - 1] in ".,!?;:")):
            continue  # an apostrophe ("it's", "Labour’s") or a stray mark
        opening = i + 1 < end and text[i + 1].isalnum() and (i == start or not text[i - 1].isalnum())
        if open_at is None and opening:
            open_at = i
        elif open_at is not None and not opening:
            segs.append(_segment(text, open_at, i, para))
            open_at = None
    if open_at is not None and open_at == start:
        segs.append(_segment(text, open_at, None, para, end))
    return segs


def _segment(text: str, open_at: int, close: int | None, para: int, para_end: int = 0) -> Segment:
    cs = open_at + 1
    ce = close if close is not None else para_end
    # A quote never starts with an opening mark: '"‘a"' is the quote 'a' (a stray mark at its start).
    while cs < ce and (text[cs].isspace() or text[cs] in "“‘"):
        cs += 1
    while ce > cs and text[ce - 1].isspace():
        ce -= 1
    return Segment(open_at, close, cs, ce, para)


def find_segments(text: str, paras: list[tuple[int, int]] | None = None) -> list[Segment]:
    """Every quoted segment of ``text`` in order, with continuations across paragraphs linked."""
    paras = paragraphs(text) if paras is None else paras
    out: list[Segment] = []
    prev_open: int | None = None  # index of the last segment if it ran to the end of its paragraph
    # The offsets of the marks, found once for the whole text rather than by a regex scan of each paragraph.
    doubles, singles = _positions(text, _DOUBLE_MARKS), _positions(text, _SINGLE_MARKS)
    for p, (start, end) in enumerate(paras):
        d0 = bisect_left(doubles, start)
        d1 = bisect_left(doubles, end, d0)
        s0 = bisect_left(singles, start)
        s1 = bisect_left(singles, end, s0)
        if d0 == d1 and s0 == s1:  # no quotation mark in the paragraph
            prev_open = None
            continue
        segs = _pair_marks(text, start, end, p, doubles[d0:d1], singles[s0:s1])
        if segs and prev_open is not None and segs[0].open == start and out[prev_open].para == p - 1:
            first = segs[0]
            segs[0] = Segment(first.open, first.close, first.content_start, first.content_end, p, prev_open)
        out.extend(segs)
        prev_open = len(out) - 1 if segs and segs[-1].close is None else None
    return out


class Sentences:
    """Sentence starts of a text; boundaries inside quoted segments are ignored.

    ``quoted`` holds the quoted segments' contents, built once here for every later step that needs them.
    """

    def __init__(self, text: str, paras: list[tuple[int, int]], segments: list[Segment]) -> None:
        starts = {p[0] for p in paras}
        self.quoted = Intervals([(s.content_start, s.content_end) for s in segments])
        sent_re = _SENT_RE if "!" in text or "?" in text else _SENT_DOT_RE
        if segments:
            q_starts, q_spans = self.quoted.starts, self.quoted.spans
            for m in sent_re.finditer(text):  # Intervals.contains, inlined: this runs at every full stop
                pos = m.start()
                i = bisect_right(q_starts, pos) - 1
                if (i < 0 or pos >= q_spans[i][1] or _ends_quote(text, pos, q_spans[i][1])) \
                        and _not_abbreviation(text, pos):
                    starts.add(m.end())
        else:
            starts.update(m.end() for m in sent_re.finditer(text) if _not_abbreviation(text, m.start()))
        self.starts = sorted(starts)
        self.text_len = len(text)

    def bounds(self, pos: int) -> tuple[int, int]:
        """``(start, end)`` of the sentence holding ``pos``."""
        i = bisect_right(self.starts, pos) - 1
        start = self.starts[i] if i >= 0 else 0
        end = self.starts[i + 1] if i + 1 < len(self.starts) else self.text_len
        return start, end

    def start_of(self, pos: int) -> int:
        i = bisect_right(self.starts, pos) - 1
        return self.starts[i] if i >= 0 else 0


def _ends_quote(text: str, pos: int, content_end: int) -> bool:
    """Whether the stop at ``pos`` is the last character of a quote whose closing mark follows: 'called it "a
    distraction." House leaders …' (US style, the full stop inside the marks) ends the sentence there."""
    return pos == content_end - 1 and content_end < len(text) and text[content_end] in "\"'”’"


class Intervals:
    """Sorted, non-overlapping ``[start, end)`` intervals with fast membership tests."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]

    def contains(self, pos: int) -> bool:
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.spans[i][1]

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_right(self.starts, end - 1) - 1
        return i >= 0 and self.spans[i][1] > start
