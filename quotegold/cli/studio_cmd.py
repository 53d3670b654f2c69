"""Commands of this module are added by their own issue."""

from .base import cli  # noqa: F401
