"""Extractors: the shared interface, the registry, and the shipped extractors."""

from .base import Extractor, ExtractorError, available_extractors, get_extractor, register_extractor

__all__ = ["Extractor", "ExtractorError", "available_extractors", "get_extractor", "register_extractor"]
