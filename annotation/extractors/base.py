"""The interface every extractor implements, and the registry that finds shipped extractors by name.

An extractor takes a document (``id`` and ``text``; other fields are kept) and returns the predicted
document: the same id, text and meta, with spans and relations in the schema's labels. Its ``name`` and
``version`` become Label Studio's ``model_version`` (``name@version``).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from schemas import Document, QuotegoldError


class ExtractorError(QuotegoldError):
    """An extractor cannot be found, built or run."""


class Extractor(ABC):
    """Base class of extractors. Subclasses set ``name`` and ``version`` and implement :meth:`extract`."""

    name: str = ""
    version: str = "0"

    @property
    def model_version(self) -> str:
        return f"{self.name}@{self.version}"

    @abstractmethod
    def extract(self, doc: Document) -> Document:
        """The predicted document for ``doc``: same id, text and meta; spans and relations predicted."""

    def extract_many(self, docs: Iterable[Document]) -> Iterator[Document]:
        """Predictions for many documents, in order. Override when batching pays (an outside process)."""
        for doc in docs:
            yield self.extract(doc)


ExtractorFactory = Callable[..., Extractor]
_REGISTRY: dict[str, ExtractorFactory] = {}


def register_extractor(name: str) -> Callable[[ExtractorFactory], ExtractorFactory]:
    """Class decorator: make an extractor available to ``get_extractor(name)``."""

    def deco(factory: ExtractorFactory) -> ExtractorFactory:
        _REGISTRY[name] = factory
        return factory

    return deco


def available_extractors() -> list[str]:
    """Names of the shipped extractors (``cmd:COMMAND`` is always available besides these)."""
    _load_builtin()
    return sorted(_REGISTRY)


def get_extractor(name: str, **options: Any) -> Extractor:
    """Build the extractor called ``name``; ``options`` (for example ``model=`` for ``learned``) go to it.

    ``cmd:COMMAND`` runs an outside program (see :mod:`annotation.extractors.command`).
    """
    _load_builtin()
    if name.startswith("cmd:"):
        name, options = "cmd", {**options, "command": name[4:]}
    elif name == "cmd":
        raise ExtractorError('the cmd extractor needs the program to run: --extractor cmd:"COMMAND"')
    factory = _REGISTRY.get(name)
    if factory is None:
        raise ExtractorError(
            f"unknown extractor {name!r}; available: {', '.join(sorted(_REGISTRY))}, or cmd:\"COMMAND\""
        )
    return factory(**{k: v for k, v in options.items() if v is not None})


SHIPPED = ("rules", "learned", "command")


def _load_builtin() -> None:
    # Importing the shipped modules runs their @register_extractor decorators. Imported lazily so that
    # `quotegold --help` does not pay for scikit-learn.
    import importlib

    for module in SHIPPED:
        importlib.import_module(f"annotation.extractors.{module}")
