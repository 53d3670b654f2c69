"""Link classifiers of the learned extractor: ``said_by``, ``member_of`` and ``participant`` over candidate pairs.

For every relation of the schema, each span with a head label is paired with nearby spans with a tail label
(the same paragraph, and for ``said_by`` up to three paragraphs back, since continuation paragraphs of a
quote link to the first paragraph's speaker); the nearest :data:`MAX_CANDIDATES` are kept. A logistic
regression over hashed pair features (distance, order, paragraph distance, speech verb between, other
speakers or quotes between, pronoun, the words between short gaps, rank by distance) scores each pair.
Decoding: a QUOTE keeps its best speaker and a SPEAKER its best party when the probability is at least 0.5;
an EVENT keeps every participant at 0.5 or more.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from schemas import Relation, Schema, Span

from .features import PRONOUNS, DocFeatures

MAX_CANDIDATES = 8
PARAGRAPHS_BACK = {"said_by": 3}
ONE_TAIL = frozenset({"said_by", "member_of"})
THRESHOLD = 0.5


@dataclass(frozen=True)
class Pair:
    relation: str
    head: Span
    tail: Span


def _bucket(d: int) -> str:
    a = abs(d)
    b = "0" if a == 0 else "1" if a == 1 else "2-3" if a <= 3 else "4-7" if a <= 7 else "8-15" if a <= 15 else (
        "16-31" if a <= 31 else "32+")
    return ("-" if d < 0 else "+") + b


class PairFeaturizer:
    """Candidate pairs of one document and their feature dicts."""

    def __init__(self, schema: Schema) -> None:
        self.rels = [(r.label, set(r.head), set(r.tail)) for r in schema.relations]

    def pairs(self, text: str, spans: Sequence[Span], feats: DocFeatures) -> tuple[list[Pair], list[dict[str, float]]]:
        if not spans:
            return [], []
        ordered = sorted(spans, key=lambda s: (s.start, s.end))
        tok_first = np.searchsorted(feats.ends, np.array([s.start for s in ordered]), side="right")
        tok_last = np.maximum(np.searchsorted(feats.starts, np.array([s.end for s in ordered]), side="left") - 1,
                              tok_first)
        n_tok = len(feats.starts)
        tok_first = np.minimum(tok_first, max(n_tok - 1, 0))
        tok_last = np.minimum(tok_last, max(n_tok - 1, 0))
        para = feats.paragraph[tok_first] if n_tok else np.zeros(len(ordered), dtype=np.int64)
        sent = feats.sentence[tok_first] if n_tok else np.zeros(len(ordered), dtype=np.int64)
        verb_cum = np.concatenate([[0], np.cumsum(feats.verb)])
        labels = [s.label for s in ordered]
        pairs: list[Pair] = []
        rows: list[dict[str, float]] = []
        for rel, heads, tails in self.rels:
            back = PARAGRAPHS_BACK.get(rel, 0)
            for h, head in enumerate(ordered):
                if head.label not in heads:
                    continue
                cands = []
                for t, tail in enumerate(ordered):
                    if t == h or tail.label not in tails:
                        continue
                    dp = int(para[h] - para[t])
                    if not (0 <= dp <= back or (dp == -1 and back)):
                        continue
                    dist = int(tok_first[t] - tok_last[h]) if t > h else int(tok_last[t] - tok_first[h])
                    cands.append((abs(dist), t, dist, dp))
                cands.sort()
                for rank, (_, t, dist, dp) in enumerate(cands[:MAX_CANDIDATES]):
                    tail = ordered[t]
                    lo, hi = (h, t) if h < t else (t, h)
                    a, b = int(tok_last[lo]) + 1, int(tok_first[hi])
                    between = labels[lo + 1 : hi]
                    f = {
                        f"{rel}:d={_bucket(dist)}": 1.0,
                        f"{rel}:dp={dp}": 1.0,
                        f"{rel}:rank={min(rank, 4)}": 1.0,
                        f"{rel}:tl={tail.label}": 1.0,
                        f"{rel}:verb_between={min(int(verb_cum[max(b, a)] - verb_cum[a]), 2)}": 1.0,
                        f"{rel}:same_sent={bool(sent[h] == sent[t])}": 1.0,
                        f"{rel}:tails_between={min(sum(lb in tails for lb in between), 3)}": 1.0,
                        f"{rel}:heads_between={min(sum(lb in heads for lb in between), 3)}": 1.0,
                        f"{rel}:pron={text[tail.start:tail.end].lower() in PRONOUNS}": 1.0,
                        f"{rel}:kind={head.attrs.get('kind', '-')}": 1.0,
                    }
                    if b - a <= 3:
                        words = text[ordered[lo].end : ordered[hi].start]
                        f[f"{rel}:between={' '.join(words.lower().split())}|{dist > 0}"] = 1.0
                    verb_near = feats.verb[max(int(tok_first[t]) - 2, 0) : int(tok_last[t]) + 3].any()
                    f[f"{rel}:verb_near_tail={bool(verb_near)}|{dist > 0}"] = 1.0
                    pairs.append(Pair(rel, head, tail))
                    rows.append(f)
        return pairs, rows


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
