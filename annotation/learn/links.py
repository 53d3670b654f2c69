"""Link classifiers of the learned extractor: ``said_by``, ``member_of`` and ``participant`` over candidate pairs.

For every relation of the schema, each span with a head label is paired with nearby spans with a tail label:
for ``said_by`` the same paragraph, the next one, and up to three back (continuation paragraphs of a quote
link to the first paragraph's speaker); for ``member_of`` and ``participant`` the same sentence. The nearest
:data:`MAX_CANDIDATES` are kept. A logistic regression over hashed pair features (distance, order, paragraph
distance, speech verb between, other speakers or quotes between, pronoun, the words between short gaps, rank
by distance) scores each pair. Decoding: a QUOTE keeps its best speaker and a SPEAKER its best party when
the probability is at least 0.5; an EVENT keeps every participant at 0.5 or more.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from schemas import Relation, Schema, Span

from .features import PRONOUNS, DocFeatures

MAX_CANDIDATES = 5
PARAGRAPHS_BACK = {"said_by": 3}
SAME_SENTENCE = frozenset({"member_of", "participant"})  # the guidelines link these within one sentence
ONE_TAIL = frozenset({"said_by", "member_of"})
THRESHOLD = 0.5


@dataclass(frozen=True)
class Pair:
    relation: str
    head: Span
    tail: Span


def _crc(s: str) -> int:
    return zlib.crc32(s.encode("utf-8"))


class PairFeaturizer:
    """Candidate pairs of one document and their hashed feature columns (one row per pair)."""

    FEATURES = ("d", "dp", "rank", "tl", "verb_between", "same_sent", "tails_between", "heads_between", "pron",
                "kind", "verb_near_tail", "between", "bias")

    def __init__(self, schema: Schema, n_features: int = 2**12) -> None:
        self.rels = [(r.label, set(r.head), set(r.tail)) for r in schema.relations]
        self.n_features = n_features
        self.n_columns = len(self.FEATURES)
        self._salts = np.array([[_crc(f"{rel}:{name}") for name in self.FEATURES] for rel, _, _ in self.rels],
                               dtype=np.int64).reshape(len(self.rels), len(self.FEATURES))
        self._labels = {label: i for i, label in enumerate(schema.span_labels)}
        self._kinds = {"-": 0, "direct": 1, "indirect": 2, "mixed": 3}
        self._between: dict[str, int] = {}

    def pairs(self, text: str, spans: Sequence[Span], feats: DocFeatures) -> tuple[list[Pair], np.ndarray]:
        """Candidate pairs and an ``(n_pairs, n_columns)`` array of feature columns (see the module docstring)."""
        empty = np.zeros((0, self.n_columns), dtype=np.int64)
        if not spans:
            return [], empty
        ordered = sorted(spans, key=lambda s: (s.start, s.end))
        tok_first = np.searchsorted(feats.ends, np.array([s.start for s in ordered]), side="right")
        tok_last = np.maximum(np.searchsorted(feats.starts, np.array([s.end for s in ordered]), side="left") - 1,
                              tok_first)
        n_tok = len(feats.starts)
        tok_first = np.minimum(tok_first, max(n_tok - 1, 0))
        tok_last = np.minimum(tok_last, max(n_tok - 1, 0))
        para = feats.paragraph[tok_first] if n_tok else np.zeros(len(ordered), dtype=np.int64)
        sent = feats.sentence[tok_first] if n_tok else np.zeros(len(ordered), dtype=np.int64)
        verbs = np.concatenate([[0], np.cumsum(feats.verb)]).tolist()
        labels = [s.label for s in ordered]
        # Plain lists and ints: the loops touch single values, where numpy scalars are slow.
        first, last = tok_first.tolist(), tok_last.tolist()
        para_l, sent_l = para.tolist(), sent.tolist()
        pron = [text[s.start : s.end].lower() in PRONOUNS for s in ordered]
        label_code = [self._labels.get(lb, 0) for lb in labels]
        pairs: list[Pair] = []
        rows: list[tuple[int, ...]] = []
        for r, (rel, heads, tails) in enumerate(self.rels):
            back = PARAGRAPHS_BACK.get(rel, 0)
            one_sentence = rel in SAME_SENTENCE
            tail_idx = [i for i, lb in enumerate(labels) if lb in tails]
            if not tail_idx:
                continue
            head_cum, tail_cum = [0], [0]
            for lb in labels:
                head_cum.append(head_cum[-1] + (lb in heads))
                tail_cum.append(tail_cum[-1] + (lb in tails))
            for h, head in enumerate(ordered):
                if head.label not in heads:
                    continue
                cands = []
                for t in tail_idx:
                    dp = para_l[h] - para_l[t]
                    if t == h or not (0 <= dp <= back or (dp == -1 and back)):
                        continue
                    if one_sentence and sent_l[t] != sent_l[h]:
                        continue
                    dist = first[t] - last[h] if t > h else last[t] - first[h]
                    cands.append((abs(dist), t, dist, dp))
                cands.sort()
                kind = self._kinds.get(head.attrs.get("kind", "-"), 0)
                for rank, (gap, t, dist, dp) in enumerate(cands[:MAX_CANDIDATES]):
                    lo, hi = (h, t) if h < t else (t, h)
                    a, b = last[lo] + 1, first[hi]
                    after = int(dist > 0)
                    between = self._between_code(text, ordered[lo].end, ordered[hi].start) if b - a <= 3 else 0
                    near = verbs[min(last[t] + 3, n_tok)] - verbs[max(first[t] - 2, 0)] > 0
                    rows.append((
                        r,
                        min(gap.bit_length(), 6) * 2 + after,  # gap buckets 0, 1, 2-3, 4-7, ..., 32+
                        dp + 8,
                        min(rank, 4),
                        label_code[t],
                        min(verbs[max(a, b)] - verbs[a], 2),
                        int(sent_l[h] == sent_l[t]),
                        min(tail_cum[hi] - tail_cum[lo + 1], 3),
                        min(head_cum[hi] - head_cum[lo + 1], 3),
                        int(pron[t]),
                        kind,
                        near * 2 + after,
                        between * 2 + after,
                        0,
                    ))
                    pairs.append(Pair(rel, head, ordered[t]))
        if not rows:
            return [], empty
        table = np.array(rows, dtype=np.int64)
        return pairs, (self._salts[table[:, 0]] + table[:, 1:] * 1_000_003) % self.n_features

    def _between_code(self, text: str, start: int, end: int) -> int:
        words = " ".join(text[start:end].lower().split())
        code = self._between.get(words)
        if code is None:
            code = self._between[words] = _crc(words) + 1
        return code


def decode_links(pairs: Sequence[Pair], probs: np.ndarray) -> list[Relation]:
    """Relations kept from scored candidate pairs (see the module docstring)."""
    best: dict[tuple[str, str], tuple[float, Pair]] = {}
    out: list[Relation] = []
    for pair, p in zip(pairs, probs, strict=True):
        if p < THRESHOLD:
            continue
        if pair.relation in ONE_TAIL:
            key = (pair.relation, pair.head.id)
            if key not in best or p > best[key][0]:
                best[key] = (float(p), pair)
        else:
            out.append(Relation(pair.head.id, pair.tail.id, pair.relation))
    out.extend(Relation(pair.head.id, pair.tail.id, pair.relation) for _, pair in best.values())
    return out
