"""Train, apply, save and load the learned extractor's model.

A model is a folder::

    MODEL_DIR/manifest.json   format, schema version and tag set, feature settings, word-list digest, counts
    MODEL_DIR/model.skops     the scikit-learn estimators, in skops format (loading runs no code)

:func:`load_model` refuses, with a message saying what to do, a folder whose schema version, tag set,
feature settings or word lists differ from this installation's, and a skops file holding any type outside
:data:`TRUSTED_TYPES`.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from annotation.extractors.base import ExtractorError
from schemas import Document, Relation, Schema, Span, atomic_writer, bio_tags, load_schema, spans_to_bio

from .attrs import span_attrs
from .decode import viterbi_bio
from .features import DocFeatures, FeatureSettings, Featurizer
from .links import PairFeaturizer, decode_links

FORMAT = "quotegold-learned"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
WEIGHTS = "model.skops"
LINK_FEATURES = 2**12
# Everything model.skops may hold besides numpy arrays and builtins; passed to skops explicitly.
TRUSTED_TYPES = ["sklearn.linear_model._logistic.LogisticRegression"]


class ModelError(ExtractorError):
    """A model folder cannot be trained, written or loaded as asked."""


@dataclass
class LearnedModel:
    """A trained token tagger and link classifiers, with the settings that produced their features."""

    settings: FeatureSettings
    tags: list[str]
    coef: np.ndarray  # (n_classes, n_features) weights of the token tagger, float32
    intercept: np.ndarray  # (n_classes,)
    classes: list[str]  # the tags the tagger saw in training, in coef's row order
    links: dict[str, Any]  # relation label -> classifier, or None when training had no positive/negative pair
    manifest: dict[str, Any]

    def __post_init__(self) -> None:
        self.schema = load_schema()
        self.featurizer = Featurizer(self.settings)
        self.pair_featurizer = PairFeaturizer(self.schema, LINK_FEATURES)
        self._coef_t = np.ascontiguousarray(np.asarray(self.coef, dtype=np.float32).T)
        self._intercept = np.asarray(self.intercept, dtype=np.float32)
        self._class_index = [self.tags.index(c) for c in self.classes]
        # Link classifiers as one weight matrix: a column per relation that has a classifier.
        fitted = [(rel, clf) for rel, clf in self.links.items() if clf is not None]
        self._link_index = {rel: i for i, (rel, _) in enumerate(fitted)}
        self._link_w = np.zeros((LINK_FEATURES, max(len(fitted), 1)))
        self._link_b = np.zeros(max(len(fitted), 1))
        for i, (_, clf) in enumerate(fitted):
            sign = 1.0 if list(clf.classes_).index(1) == 1 else -1.0
            self._link_w[:, i] = sign * np.asarray(clf.coef_[0])
            self._link_b[i] = sign * float(clf.intercept_[0])

    def emissions(self, feats: Sequence[DocFeatures]) -> list[np.ndarray]:
        """Per-token log-probabilities over the full tag set (tags never seen in training get -inf-ish)."""
        lengths = [len(f.starts) for f in feats]
        total = sum(lengths)
        if total == 0:
            return [np.zeros((0, len(self.tags))) for _ in feats]
        x = _one_hot(np.concatenate([f.cols for f in feats if len(f.starts)]), self.settings.n_features)
        scores = x @ self._coef_t + self._intercept
        prob = 1.0 / (1.0 + np.exp(-np.clip(scores, -30, 30)))
        logp = np.log(prob / prob.sum(axis=1, keepdims=True))
        full = np.full((total, len(self.tags)), -1e6)
        full[:, self._class_index] = logp
        return np.split(full, np.cumsum(lengths)[:-1])

    def predict_many(self, docs: Iterable[Document], batch_size: int = 512) -> Iterator[Document]:
        batch: list[Document] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._predict_batch(batch)
                batch = []
        if batch:
            yield from self._predict_batch(batch)

    def _predict_batch(self, docs: list[Document]) -> list[Document]:
        with _no_cyclic_gc():
            return self._predict_batch_inner(docs)

    def _predict_batch_inner(self, docs: list[Document]) -> list[Document]:
        feats = self.featurizer.featurize_many([d.text for d in docs])
        paths = viterbi_bio(self.emissions(feats), self.tags)
        all_spans = [span_attrs(doc.text, _path_to_offsets(path, self.tags, f), self.featurizer.lex)
                     for doc, f, path in zip(docs, feats, paths, strict=True)]
        links = self._links(docs, all_spans, feats)
        return [doc.with_annotations(tuple(spans), tuple(rels)) for doc, spans, rels in zip(docs, all_spans, links,
                                                                                            strict=True)]

    def _links(self, docs: Sequence[Document], all_spans: Sequence[Sequence[Span]],
               feats: Sequence[DocFeatures]) -> list[list[Relation]]:
        """Relations of every document of a batch: candidate pairs scored together in one product."""
        per_doc = [self.pair_featurizer.pairs(d.text, spans, f) for d, spans, f in zip(docs, all_spans, feats,
                                                                                         strict=True)]
        if not any(pairs for pairs, _ in per_doc):
            return [[] for _ in docs]
        x = _one_hot(np.vstack([cols for _, cols in per_doc]), LINK_FEATURES)
        scores = np.asarray(x @ self._link_w) + self._link_b
        rel_col = np.array([self._link_index.get(p.relation, -1) for pairs, _ in per_doc for p in pairs])
        chosen = scores[np.arange(len(rel_col)), np.maximum(rel_col, 0)]
        probs = np.where(rel_col >= 0, 1.0 / (1.0 + np.exp(-np.clip(chosen, -30, 30))), 0.0)
        out, i = [], 0
        for pairs, _ in per_doc:
            out.append(decode_links(pairs, probs[i : i + len(pairs)]))
            i += len(pairs)
        return out


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector for one batch, then restore its state.

    A batch allocates hundreds of thousands of short-lived tuples (token offsets, spans) that reference
    counting frees; none forms a cycle. With the collector on, those allocations trigger collections that
    walk every live object, which halved prediction speed in benchmarks/bench_learned.py.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _one_hot(cols: np.ndarray, n_features: int) -> Any:
    """A sparse row per row of ``cols`` with a 1.0 in each listed column (repeats add up)."""
    from scipy.sparse import csr_matrix

    n, width = cols.shape
    data = np.ones(cols.size, dtype=np.float32)
    return csr_matrix((data, cols.ravel(), np.arange(0, cols.size + 1, width)), shape=(n, n_features))


def _path_to_offsets(path: np.ndarray, tags: Sequence[str], feats: DocFeatures) -> list[tuple[int, int, str]]:
    """``(start, end, label)`` of each span of a valid BIO path: a ``B-X`` with the ``I-X`` run after it."""
    is_b = np.array([t.startswith("B-") for t in tags])[path] if len(path) else np.zeros(0, dtype=bool)
    is_i = np.array([t.startswith("I-") for t in tags])[path] if len(path) else np.zeros(0, dtype=bool)
    first = np.flatnonzero(is_b)
    not_i = np.flatnonzero(~is_i)
    # the span's last token: just before the first non-I token after its B
    nxt = np.searchsorted(not_i, first + 1)
    last = np.where(nxt < len(not_i), not_i[np.minimum(nxt, len(not_i) - 1)], len(path)) - 1
    labels = [tags[t][2:] for t in path[first].tolist()]
    return list(zip(feats.starts[first].tolist(), feats.ends[last].tolist(), labels, strict=True))


def train_model(
    docs: Sequence[Document],
    settings: FeatureSettings | None = None,
    epochs: int = 12,
    n_jobs: int = 2,
    seed: int = 0,
) -> LearnedModel:
    """Train on gold ``docs`` (spans must be token-aligned and flat; a bad span raises naming the document)."""
    from sklearn.linear_model import LogisticRegression, SGDClassifier

    settings = settings or FeatureSettings()
    schema = load_schema()
    tags = bio_tags(schema)
    featurizer = Featurizer(settings)
    with _no_cyclic_gc():
        texts = [d.text for d in docs]
        feats = [f for i in range(0, len(texts), 256) for f in featurizer.featurize_many(texts[i : i + 256])]
    tag_rows = [np.array(spans_to_bio(d.text, d.spans, d.id)[1], dtype=object) for d in docs]
    y = np.concatenate(tag_rows or [np.array([], dtype=object)])
    x = _one_hot(np.concatenate([f.cols for f in feats if len(f.starts)]), settings.n_features)
    if len(set(y)) < 2:
        raise ModelError("the training documents need at least one span; got none")
    # Worker processes cost seconds to start: worth it only on a large corpus.
    jobs = n_jobs if len(y) > 100_000 else 1
    tagger = SGDClassifier(loss="log_loss", alpha=1e-6, max_iter=epochs, tol=None, n_jobs=jobs,
                           random_state=seed, average=True)
    tagger.fit(x, y.astype(str))
    coef, intercept = np.asarray(tagger.coef_), np.atleast_1d(np.asarray(tagger.intercept_))
    if coef.shape[0] == 1:  # only one tag besides O was seen: sklearn stores one binary row
        coef, intercept = np.vstack([-coef, coef]), np.concatenate([-intercept, intercept])

    pair_featurizer = PairFeaturizer(schema, LINK_FEATURES)
    blocks: list[np.ndarray] = []
    labels: list[int] = []
    rels: list[str] = []
    for doc, f in zip(docs, feats, strict=True):
        gold = {(r.head, r.tail, r.label) for r in doc.relations}
        pairs, pcols = pair_featurizer.pairs(doc.text, doc.spans, f)
        blocks.append(pcols)
        labels.extend(int((p.head.id, p.tail.id, p.relation) in gold) for p in pairs)
        rels.extend(p.relation for p in pairs)
    links: dict[str, Any] = {}
    xl = _one_hot(np.vstack(blocks), LINK_FEATURES) if rels else None
    for rel in schema.relation_labels:
        idx = [i for i, r in enumerate(rels) if r == rel]
        ys = np.array([labels[i] for i in idx])
        if xl is None or len(set(ys.tolist())) < 2:
            links[rel] = None
            continue
        links[rel] = LogisticRegression(C=1.0, solver="liblinear", max_iter=1000).fit(xl[idx], ys)
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "schema_version": schema.version,
        "tags": tags,
        "features": settings.to_dict(),
        "lexicon_digest": featurizer.lexicon_digest,
        "trained_on": {"documents": len(docs), "tokens": int(len(y)),
                       "relation_pairs": {r: rels.count(r) for r in schema.relation_labels}},
        "links_without_model": sorted(r for r, c in links.items() if c is None),
    }
    return LearnedModel(settings, tags, coef.astype(np.float32), intercept.astype(np.float32),
                        [str(c) for c in tagger.classes_], links, manifest)


def save_model(model: LearnedModel, out_dir: str | Path) -> Path:
    """Write the model folder (each file atomically)."""
    import skops.io as sio

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    with atomic_writer(out / WEIGHTS, "wb") as fh:
        fh.write(sio.dumps({"coef": model.coef, "intercept": model.intercept, "classes": list(model.classes),
                            "links": model.links}))
    with atomic_writer(out / MANIFEST) as fh:
        json.dump(model.manifest, fh, indent=2)
        fh.write("\n")
    return out


def load_model(model_dir: str | Path, schema: Schema | None = None) -> LearnedModel:
    """Load a model folder, refusing one made for another schema, feature set or word lists."""
    import skops.io as sio

    from .features import FEATURE_VERSION

    root = Path(model_dir)
    try:
        manifest = json.loads((root / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ModelError(f"{root}: no {MANIFEST}; is this a folder written by `quotegold train`?") from exc
    except (OSError, json.JSONDecodeError) as exc:
        raise ModelError(f"{root / MANIFEST}: cannot read it: {exc}") from exc
    schema = schema or load_schema()
    if manifest.get("format") != FORMAT or manifest.get("format_version") != FORMAT_VERSION:
        raise ModelError(f"{root}: not a {FORMAT} model of format version {FORMAT_VERSION} "
                         f"(found {manifest.get('format')!r} version {manifest.get('format_version')!r})")
    if manifest.get("schema_version") != schema.version or manifest.get("tags") != bio_tags(schema):
        raise ModelError(f"{root}: trained for schema version {manifest.get('schema_version')}, but this "
                         f"installation has schema version {schema.version}; retrain with `quotegold train`")
    settings = FeatureSettings(**manifest.get("features", {}))
    if settings.feature_version != FEATURE_VERSION:
        raise ModelError(f"{root}: trained with feature version {settings.feature_version}, but this "
                         f"installation computes feature version {FEATURE_VERSION}; retrain with `quotegold train`")
    featurizer = Featurizer(settings)
    if manifest.get("lexicon_digest") != featurizer.lexicon_digest:
        raise ModelError(f"{root}: the rules extractor's word lists changed since this model was trained "
                         f"(digest {manifest.get('lexicon_digest')} != {featurizer.lexicon_digest}); retrain")
    try:
        untrusted = sio.get_untrusted_types(file=root / WEIGHTS)
    except FileNotFoundError as exc:
        raise ModelError(f"{root}: no {WEIGHTS}") from exc
    unexpected = sorted(set(untrusted) - set(TRUSTED_TYPES))
    if unexpected:
        raise ModelError(f"{root / WEIGHTS}: holds types this loader does not trust: {', '.join(unexpected)}; "
                         f"refusing to load it")
    state = sio.load(root / WEIGHTS, trusted=TRUSTED_TYPES)
    return LearnedModel(settings, list(manifest["tags"]), state["coef"], state["intercept"],
                        [str(c) for c in state["classes"]], dict(state["links"]), manifest)
