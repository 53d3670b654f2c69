"""Token features of the learned extractor: hashed window features, computed with numpy for speed.

A document's tokens are those of :func:`schemas.tokenize` (offsets in code points, end exclusive). Each token
gets a fixed number of hashed feature columns (so the feature matrix of a document is an integer array of
shape ``(n_tokens, n_columns)``, one 1.0 per column):

* per word type (computed once per distinct string and cached): lower form, word shape, 3-letter suffix,
  courtesy title, role word, first name, pronoun, quotation mark, over a window of ``window`` tokens
  either side (lower form and shape) and at the token itself (all);
* per position: inside-quote flag and quotation-mark state (marks counted within a paragraph, since a quote
  running over paragraphs reopens its mark in each), distance to the nearest speech verb on each side
  (bucketed), speech verb earlier in the same sentence, gazetteer hits (party names, event triggers, speech
  verbs from the rules extractor's word lists in ``annotation/extractors/data/``), paragraph start,
  sentence end, and a few conjunctions of these.

Column numbers come from CRC-32 (stable across processes and machines, unlike :func:`hash`) modulo
``n_features``.

>>> f = Featurizer(FeatureSettings(n_features=2**10))
>>> doc = f.featurize('Ann said "We quit."')
>>> doc.cols.shape[0] == len(doc.starts) == 7
True
>>> doc.inside.tolist()
[False, False, False, True, True, True, False]
"""

from __future__ import annotations

import hashlib
import zlib
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from schemas.bio import TOKEN_RE

FEATURE_VERSION = 1
# Single curly marks are left out: ’ is also the apostrophe of "Labour’s".
OPEN_MARKS = frozenset("“«")
CLOSE_MARKS = frozenset("”»")
STRAIGHT_MARKS = frozenset('"')
PRONOUNS = frozenset(["he", "she", "they", "i", "we", "it", "you", "him", "her", "them"])
SENTENCE_END = frozenset(".!?")


@dataclass(frozen=True)
class FeatureSettings:
    """What the features are; stored in the model manifest and checked when a model is loaded."""

    n_features: int = 2**18
    window: int = 2
    feature_version: int = FEATURE_VERSION

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class DocFeatures:
    """The featurised tokens of one text: offsets and one row of hashed columns per token."""

    starts: np.ndarray
    ends: np.ndarray
    cols: np.ndarray  # (n_tokens, n_columns) int64
    inside: np.ndarray  # (n_tokens,) bool: inside quotation marks
    paragraph: np.ndarray  # (n_tokens,) int: paragraph number
    sentence: np.ndarray  # (n_tokens,) int: sentence number
    verb: np.ndarray  # (n_tokens,) bool: a speech verb


def _crc(s: str) -> int:
    return zlib.crc32(s.encode("utf-8"))


_END_HASHES = [_crc(f"w={c}") for c in sorted(SENTENCE_END)]
SEPARATOR = "\n\n"


def _shape(word: str) -> str:
    out: list[str] = []
    for ch in word[:6]:
        c = "X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out) + ("+" if len(word) > 6 else "")


def _bucket(d: np.ndarray) -> np.ndarray:
    """Distances to buckets 0..7: 1, 2, 3, 4-5, 6-10, 11-20, >20 or none."""
    return np.searchsorted(np.array([1, 2, 3, 5, 10, 20, 10**9]), d, side="left")


def lexicon_digest(lex: Any) -> str:
    """A short fingerprint of the word lists the features use, stored in the model manifest."""
    parts = [lex.speech_verb_re.pattern, lex.party_re.pattern, lex.event_re.pattern, sorted(lex.titles),
             sorted(lex.roles), sorted(lex.first_names)]
    return hashlib.sha256(repr(parts).encode("utf-8")).hexdigest()[:16]


class Featurizer:
    """Turns texts into :class:`DocFeatures`. One instance caches per-word-type columns between documents."""

    N_TYPE = 9  # per-type templates (lower, shape, suffix, title, role, first name, pronoun, mark, cap)
    N_CTX = 11

    def __init__(self, settings: FeatureSettings, lexicon: Any | None = None) -> None:
        from annotation.extractors.lexicon import load_lexicon

        self.settings = settings
        self.lex = lexicon if lexicon is not None else load_lexicon()
        self.token_re = TOKEN_RE
        self._types: dict[str, int] = {}
        # Per-type columns, grown by doubling.
        self._table: npt.NDArray[np.int64] = np.zeros((1024, self.N_TYPE), dtype=np.int64)
        self._ctx_cache: dict[str, int] = {}
        w = settings.window
        self.offsets = [k for k in range(-w, w + 1) if k != 0]
        self.n_columns = self.N_TYPE + 2 * len(self.offsets) + self.N_CTX + 1

    @property
    def lexicon_digest(self) -> str:
        return lexicon_digest(self.lex)

    def _type_id(self, word: str) -> int:
        tid = self._types.get(word)
        if tid is None:
            lower = word.lower()
            lex = self.lex
            kind = "open" if word in OPEN_MARKS else "close" if word in CLOSE_MARKS else (
                "straight" if word in STRAIGHT_MARKS else "-")
            feats = (
                f"w={lower}", f"s={_shape(word)}", f"x={lower[-3:]}", f"t={word in lex.titles}",
                f"r={word in lex.roles}", f"f={word in lex.first_names}", f"p={lower in PRONOUNS}", f"m={kind}",
                f"c={word[:1].isupper()}",
            )
            tid = len(self._types)
            if tid == len(self._table):
                self._table = np.vstack([self._table, np.zeros_like(self._table)])
            self._types[word] = tid
            self._table[tid] = [_crc(f) for f in feats]
        return tid

    def _ctx(self, name: str, n: int) -> np.ndarray:
        """Hash values of the context feature ``name=0..n-1``."""
        return np.array([_crc(f"{name}={v}") for v in range(n)], dtype=np.int64)

    def featurize(self, text: str) -> DocFeatures:
        return self.featurize_many([text])[0]

    def featurize_many(self, texts: list[str]) -> list[DocFeatures]:
        """Features of many texts in one pass: they are joined with a blank line (a paragraph break, which
        resets the quotation-mark state) and every window and distance is kept inside its own text, so each
        text gets exactly the features it would get alone."""
        if not texts:
            return []
        text = SEPARATOR.join(texts)
        doc_char = np.cumsum([0] + [len(t) + len(SEPARATOR) for t in texts[:-1]])
        words = self.token_re.findall(text)
        n = len(words)
        spans = np.array([m.span() for m in self.token_re.finditer(text)], dtype=np.int64).reshape(-1, 2)
        starts, ends = spans[:, 0], spans[:, 1]
        doc = np.searchsorted(doc_char, starts, side="right") - 1
        first = np.searchsorted(starts, doc_char)  # first token of each text
        bounds = np.append(first, n)
        types, type_id = self._types, self._type_id
        tids = np.array([types[w] if w in types else type_id(w) for w in words], dtype=np.int64)
        base = self._table[tids] if n else np.zeros((0, self.N_TYPE), dtype=np.int64)
        idx = np.arange(n)
        cols = [base]
        for k in self.offsets:  # lower form and shape of the neighbours; outside the text -> a padding value
            j = np.clip(idx + k, 0, max(n - 1, 0))
            valid = (idx + k >= 0) & (idx + k < n) & (doc[j] == doc) if n else np.zeros(0, dtype=bool)
            shifted = np.where(valid[:, None], base[j, :2] if n else base[:, :2], _crc(f"pad{k}"))
            cols.append(shifted * 31 + k * 1_000_003)

        # paragraphs (numbered by line breaks between tokens) and sentences
        newlines = np.flatnonzero(np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32) == 10)
        lines_before = np.searchsorted(newlines, starts)
        gaps = np.zeros(n, dtype=bool)
        gaps[1:] = lines_before[1:] != lines_before[:-1]
        paragraph = np.cumsum(gaps)
        is_end = np.isin(base[:, 0], _END_HASHES)
        sent_break = gaps.copy()
        sent_break[1:] |= is_end[:-1]
        sentence = np.cumsum(sent_break)

        # quotation-mark state, counted within a paragraph
        mark = base[:, 7]
        is_open, is_close, is_straight = (mark == _crc("m=open"), mark == _crc("m=close"), mark == _crc("m=straight"))
        para_start = np.searchsorted(paragraph, paragraph, side="left")
        depth = _within(np.cumsum(is_open.astype(np.int64) - is_close), para_start)
        straight = _within(np.cumsum(is_straight.astype(np.int64)), para_start)
        # a mark itself is outside; a token after an opening mark (and before its close) is inside
        inside = ((depth - is_open) > 0) | ((straight - is_straight) % 2 == 1)
        inside &= ~(is_open | is_close | is_straight)

        # gazetteer hits from the rules extractor's word lists (one regex pass over the text each)
        verb = self._hits(self.lex.speech_verb_re, text, starts)
        party = self._hits(self.lex.party_re, text, starts)
        event = self._hits(self.lex.event_re, text, starts)
        left = _distance_left(idx, idx[verb], first[doc] if n else idx)
        right = _distance_right(idx, idx[verb], bounds[doc + 1] if n else idx)
        sent_has_verb_left = left < (idx - np.searchsorted(sentence, sentence, side="left") + 1)
        state = np.where(is_open | is_straight & ~inside, 1, np.where(is_close, 2, 0)) + 3 * inside
        par0 = idx == para_start
        ctx = [
            self._ctx("in", 2)[inside.astype(int)],
            self._ctx("state", 6)[state],
            self._ctx("vl", 8)[_bucket(left)],
            self._ctx("vr", 8)[_bucket(right)],
            self._ctx("svl", 2)[sent_has_verb_left.astype(int)],
            self._ctx("gz", 8)[verb + 2 * party + 4 * event],
            self._ctx("par0", 2)[par0.astype(int)],
            self._ctx("send", 2)[is_end.astype(int)],
            self._ctx("in_vl", 16)[inside * 8 + _bucket(left)],
            self._ctx("in_svl_cap", 8)[inside * 4 + sent_has_verb_left * 2 + (base[:, 8] == _crc("c=True"))],
            self._ctx("in_par0", 4)[inside * 2 + par0],
        ]
        matrix = np.column_stack([*cols, *(c[:, None] for c in ctx), np.full((n, 1), _crc("bias"))])
        matrix %= self.settings.n_features
        out = []
        for i, offset in enumerate(doc_char):
            a, b = bounds[i], bounds[i + 1]
            out.append(DocFeatures(starts[a:b] - offset, ends[a:b] - offset, matrix[a:b], inside[a:b],
                                   paragraph[a:b] - paragraph[a:b][:1].sum(), sentence[a:b] - sentence[a:b][:1].sum(),
                                   verb[a:b]))
        return out

    @staticmethod
    def _hits(regex: Any, text: str, starts: np.ndarray) -> np.ndarray:
        mask = np.zeros(len(text) + 1, dtype=np.int32)
        for m in regex.finditer(text):
            if SEPARATOR in m.group():
                continue  # a match across two texts of a batch
            mask[m.start()] += 1
            mask[m.end()] -= 1
        covered = np.cumsum(mask)[:-1] > 0
        return covered[starts] if len(starts) else np.zeros(0, dtype=bool)


def _within(cum: np.ndarray, para_start: np.ndarray) -> np.ndarray:
    """A running count restarted at each paragraph: ``cum[i] - cum[para_start[i] - 1]``."""
    before = np.where(para_start > 0, cum[np.maximum(para_start - 1, 0)], 0)
    return cum - before


def _distance_left(idx: np.ndarray, pos: np.ndarray, floor: np.ndarray) -> np.ndarray:
    """Tokens back to the nearest ``pos`` at or after ``floor`` (the text's first token); 10**6 if none."""
    if not len(pos):
        return np.full(len(idx), 10**6)
    j = np.searchsorted(pos, idx, side="right") - 1
    at = pos[np.maximum(j, 0)]
    return np.where((j >= 0) & (at >= floor), idx - at, 10**6)


def _distance_right(idx: np.ndarray, pos: np.ndarray, ceiling: np.ndarray) -> np.ndarray:
    """Tokens ahead to the nearest ``pos`` before ``ceiling`` (one past the text's last token); 10**6 if none."""
    if not len(pos):
        return np.full(len(idx), 10**6)
    j = np.searchsorted(pos, idx, side="left")
    at = pos[np.minimum(j, len(pos) - 1)]
    return np.where((j < len(pos)) & (at < ceiling), at - idx, 10**6)
