"""BIO-constrained Viterbi decoding: the best tag sequence that is valid BIO, never an invalid one.

Valid means: ``I-X`` only right after ``B-X`` or ``I-X`` (so never first). Scores are per-token log
potentials (e.g. log-probabilities of a token classifier); transitions are free when allowed and impossible
otherwise. Many sequences are decoded together, padded to the same length, so the loop over positions runs
once per batch rather than once per document.

>>> tags = ["O", "B-QUOTE", "I-QUOTE"]
>>> scores = np.log(np.array([[0.1, 0.2, 0.7], [0.1, 0.1, 0.8]]))  # I-QUOTE first would be invalid
>>> [tags[i] for i in viterbi_bio([scores], tags)[0]]
['B-QUOTE', 'I-QUOTE']
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

NEG = -1e9


def allowed_transitions(tags: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """``(trans, start)``: ``trans[i, j]`` is 0 if tag j may follow tag i, else a large negative number;
    ``start[j]`` likewise for the first tag."""
    n = len(tags)
    trans = np.zeros((n, n))
    start = np.zeros(n)
    for j, tag in enumerate(tags):
        if tag.startswith("I-"):
            start[j] = NEG
            for i, prev in enumerate(tags):
                if prev[2:] != tag[2:] or prev == "O":
                    trans[i, j] = NEG
    return trans, start


def is_valid_bio(tags: Sequence[str]) -> bool:
    """True when every ``I-X`` follows a ``B-X`` or ``I-X``."""
    prev = "O"
    for tag in tags:
        if tag.startswith("I-") and (prev == "O" or prev[2:] != tag[2:]):
            return False
        prev = tag
    return True


def viterbi_bio(scores: Sequence[np.ndarray], tags: Sequence[str], batch_size: int = 256) -> list[np.ndarray]:
    """The best valid tag index sequence for each ``(n_tokens, n_tags)`` score matrix, in input order."""
    trans, start = allowed_transitions(tags)
    out: list[np.ndarray] = [np.zeros(0, dtype=np.int64)] * len(scores)
    order = sorted(range(len(scores)), key=lambda i: len(scores[i]))
    for b in range(0, len(order), batch_size):
        ids = [i for i in order[b : b + batch_size] if len(scores[i])]
        if not ids:
            continue
        lengths = np.array([len(scores[i]) for i in ids])
        T, B, K = int(lengths.max()), len(ids), len(tags)
        emit = np.zeros((T, B, K))
        for col, i in enumerate(ids):
            emit[: lengths[col], col] = scores[i]
        back = np.zeros((T, B, K), dtype=np.int16)
        delta = emit[0] + start
        history = np.empty((T, B, K))
        history[0] = delta
        for t in range(1, T):
            cand = delta[:, :, None] + trans[None]  # (B, from, to)
            back[t] = cand.argmax(axis=1)
            delta = np.take_along_axis(cand, back[t][:, None, :].astype(np.int64), axis=1)[:, 0] + emit[t]
            history[t] = delta
        for col, i in enumerate(ids):
            n = lengths[col]
            path = np.empty(n, dtype=np.int64)
            path[-1] = int(history[n - 1, col].argmax())
            for t in range(n - 1, 0, -1):
                path[t - 1] = back[t, col, path[t]]
            out[i] = path
    return out
