"""The gold tables of the bundled corpus, one module per document of ``corpus/data/`` in file order."""

from __future__ import annotations

from importlib import import_module

from .common import Gold, Q, S

#: One module per document, ``d000`` ... ``d085``, each defining ``GOLD``.
MODULES = tuple(f"d{n:03d}" for n in range(86))
GOLD_TABLES: list[Gold] = [import_module(f".{m}", __name__).GOLD for m in MODULES]

__all__ = ["GOLD_TABLES", "MODULES", "Gold", "Q", "S"]
