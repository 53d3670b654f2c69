"""Modes are Enums; an unknown mode is an error that lists the choices, never a silent fallback."""

from __future__ import annotations

from enum import Enum
from typing import TypeVar

from .errors import QuotegoldError

E = TypeVar("E", bound=Enum)


class ChoiceError(QuotegoldError, ValueError):
    """A mode name that is not one of its Enum's values."""


def parse_enum(cls: type[E], value: str | E, what: str) -> E:
    """``cls(value)``, or :class:`ChoiceError` naming ``what`` and the choices.

    >>> from enum import Enum
    >>> class Colour(Enum):
    ...     RED = "red"
    >>> parse_enum(Colour, "red", "colour")
    <Colour.RED: 'red'>
    >>> parse_enum(Colour, "blue", "colour")
    Traceback (most recent call last):
    schemas.enums.ChoiceError: unknown colour 'blue'; choose one of red
    """
    if isinstance(value, cls):
        return value
    try:
        return cls(value)
    except ValueError:
        names = ", ".join(str(m.value) for m in cls)
        raise ChoiceError(f"unknown {what} {value!r}; choose one of {names}") from None
