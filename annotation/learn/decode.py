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
import numpy.typing as npt

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


def viterbi_bio(scores: Sequence[np.ndarray], tags: Sequence[str], batch_size: int = 128) -> list[np.ndarray]:
    """The best valid tag index sequence for each ``(n_tokens, n_tags)`` score matrix, in input order."""
    _, start64 = allowed_transitions(tags)
    start = start64.astype(np.float32)
    i_cols = np.array([j for j, t in enumerate(tags) if t.startswith("I-")], dtype=np.int64)
    b_of_i = np.array([tags.index("B-" + tags[j][2:]) for j in i_cols], dtype=np.int64)
    out: list[np.ndarray] = [np.zeros(0, dtype=np.int64)] * len(scores)
    order = sorted(range(len(scores)), key=lambda i: len(scores[i]))
    for b in range(0, len(order), batch_size):
        ids = [i for i in order[b : b + batch_size] if len(scores[i])]
        if not ids:
            continue
        lengths = np.array([len(scores[i]) for i in ids])
        T, B, K = int(lengths.max()), len(ids), len(tags)
        emit = np.zeros((T, B, K), dtype=np.float32)
        for col, i in enumerate(ids):
            emit[: lengths[col], col] = scores[i]
        back = np.zeros((T, B, K), dtype=np.int16)
        delta = emit[0] + start
        history = np.empty((T, B, K), dtype=np.float32)
        history[0] = delta
        for t in range(1, T):
            # Allowed moves are all-or-nothing, so the best predecessor is the overall best (for O and B-X)
            # or the better of B-X and I-X (for I-X): no K x K table per step.
            best = delta.argmax(axis=1)
            top = delta[np.arange(B), best]
            step = np.repeat(best[:, None], K, axis=1)
            new = top[:, None] + emit[t]
            if len(i_cols):
                from_b = delta[:, b_of_i] >= delta[:, i_cols]
                step[:, i_cols] = np.where(from_b, b_of_i, i_cols)
                new[:, i_cols] = np.maximum(delta[:, b_of_i], delta[:, i_cols]) + emit[t][:, i_cols]
            back[t] = step
            delta = new
            history[t] = delta
        # Back-tracking for the whole batch at once: each sequence starts from its own last position.
        rows = np.arange(B)
        cur: npt.NDArray[np.int64] = np.zeros(B, dtype=np.int64)
        paths = np.zeros((B, T), dtype=np.int64)
        for t in range(T - 1, -1, -1):
            stepped = back[t + 1, rows, cur] if t + 1 < T else cur
            cur = np.where(lengths - 1 == t, history[t].argmax(axis=1), np.where(lengths - 1 > t, stepped, 0))
            paths[:, t] = cur
        for col, i in enumerate(ids):
            out[i] = paths[col, : lengths[col]]
    return out
