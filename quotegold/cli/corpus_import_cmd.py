"""``quotegold corpus import-brat | import-conll | export-conll`` (added by their own issue)."""

from .corpus_cmd import corpus  # noqa: F401
