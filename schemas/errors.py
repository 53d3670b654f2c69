"""Named exceptions of quotegold.

Every message names where the problem is (file and line, or document id, offsets and label), what rule was
broken, and what to do. The CLI turns any :class:`QuotegoldError` into one line on stderr and exit code 1.
"""

from __future__ import annotations


class QuotegoldError(Exception):
    """Base class of every error a user can cause and fix."""


class SchemaError(QuotegoldError):
    """The schema file is invalid, or a document uses a label, attribute or relation it does not define."""


class SpanError(QuotegoldError):
    """A span does not fit its text: out of bounds, empty, padded with whitespace, or misaligned."""


class FormatError(QuotegoldError):
    """An input file is malformed: bad JSON, wrong field types, undecodable bytes."""


class ExportError(QuotegoldError):
    """A Label Studio export cannot be turned into documents."""


class StudioError(QuotegoldError):
    """The Label Studio server cannot be started, reached or used as asked."""


class DatasetError(QuotegoldError):
    """A dataset cannot be built, loaded or published as asked."""
