"""The ``learned`` extractor: a scikit-learn token tagger with BIO-constrained decoding, and link classifiers.

Train a model folder with ``quotegold train GOLD -o MODEL_DIR`` (see :mod:`annotation.learn.model`), then
``get_extractor("learned", model=MODEL_DIR)`` or ``quotegold preannotate ... --extractor learned --model
MODEL_DIR``. Spans come out with code-point offsets, end exclusive, on token edges of
:func:`schemas.tokenize`, never overlapping and never an invalid BIO sequence.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from schemas import Document

from .base import Extractor, ExtractorError, register_extractor


@register_extractor("learned")
class LearnedExtractor(Extractor):
    """Predict with a model folder written by ``quotegold train``."""

    name = "learned"
    version = "1"

    def __init__(self, model: str | Path | None = None, batch_size: int = 512, **unknown: Any) -> None:
        if unknown:
            raise ExtractorError(f"extractor learned: unknown option(s) {', '.join(sorted(unknown))}; "
                                 f"it takes model and batch_size")
        if model is None:
            raise ExtractorError("extractor learned needs a model folder: --model MODEL_DIR "
                                 "(train one with `quotegold train GOLD -o MODEL_DIR`)")
        from annotation.learn.model import load_model

        self.model = load_model(model)
        self.batch_size = batch_size
        trained = self.model.manifest.get("trained_on", {})
        self.version = f"1-{trained.get('documents', '?')}docs"

    def extract(self, doc: Document) -> Document:
        return next(self.model.predict_many([doc]))

    def extract_many(self, docs: Iterable[Document]) -> Iterator[Document]:
        return self.model.predict_many(docs, self.batch_size)
