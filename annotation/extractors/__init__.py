"""Extractors: the shared interface, the registry, and the shipped extractors."""

from .native import select_build

select_build()  # before any rules module is imported: compiled, or the sources when the build is out of date

from .base import Extractor, ExtractorError, available_extractors, get_extractor, register_extractor  # noqa: E402

__all__ = ["Extractor", "ExtractorError", "available_extractors", "get_extractor", "register_extractor"]
