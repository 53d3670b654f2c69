"""Which build of the rules extractor runs: the modules compiled by mypyc, or their Python sources.

The build (``setup.py``) compiles the rules extractor's modules with mypyc into extension modules beside the
sources and, once it has succeeded, records a hash of each source it compiled in ``_native_build.json`` (a
rebuild removes the old record first). Python would import an
extension module before a source of the same name, so an edit to a source since the last build would
silently not run. :func:`select_build` (called when the package is imported) therefore decides once:

- ``compiled``: every module has its extension and every source hashes as it did at the build;
- ``pure``: no extension modules (a pure-Python install), or ``QUOTEGOLD_PURE_PYTHON=1`` in the environment;
- ``stale``: extension modules exist but a source changed since, or the record is missing (the last build
  failed or was interrupted): the sources run, and a :class:`StaleBuildWarning` says why and how to rebuild.

Compiled modules do not know their own ``__file__`` (mypyc reports a path that does not exist), so none of them
uses it; :data:`HERE` is this pure-Python module's folder.

In the last two cases a finder placed first on ``sys.meta_path`` serves the ``.py`` file of each of these
modules, all of them together (a compiled module never runs beside a changed one). Both builds give the
same output; ``tests/test_native_build.py`` compares them.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import sys
import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

__all__ = ["NATIVE_MODULES", "BuildStatus", "StaleBuildWarning", "build_status", "pure_requested", "select_build",
           "source_hashes"]

PACKAGE = __name__.rpartition(".")[0]
HERE = Path(__file__).parent
RECORD = "_native_build.json"
PURE_ENV = "QUOTEGOLD_PURE_PYTHON"
# The modules that setup.py compiles (it reads this list, and source_hashes, from this file: standard library only).
NATIVE_MODULES = (
    "lexicon",
    "rules",
    "rules_attribution",
    "rules_events",
    "rules_members",
    "rules_names",
    "rules_people",
    "rules_quotes",
    "rules_reported",
    "rules_text",
)


class StaleBuildWarning(UserWarning):
    """The compiled rules extractor is older than its sources: the (slower) sources run instead."""


@dataclass(frozen=True)
class BuildStatus:
    build: str  # "compiled", "pure" or "stale"
    reason: str  # one line for people: why this build runs


def source_hashes(folder: Path = HERE, modules: Sequence[str] = NATIVE_MODULES) -> dict[str, str]:
    """SHA-256 of each module's source, as ``setup.py`` records it in ``_native_build.json``."""
    return {name: hashlib.sha256((folder / f"{name}.py").read_bytes()).hexdigest() for name in modules}


def pure_requested(environ: Mapping[str, str] | None = None) -> bool:
    """Whether ``QUOTEGOLD_PURE_PYTHON`` asks for the sources (at build time: compile nothing)."""
    return (os.environ if environ is None else environ).get(PURE_ENV, "") not in ("", "0")


def _has_extension(folder: Path, name: str) -> bool:
    return any((folder / f"{name}{suffix}").exists() for suffix in importlib.machinery.EXTENSION_SUFFIXES)


def build_status(folder: Path = HERE, environ: dict[str, str] | None = None) -> BuildStatus:
    """Decide which build runs, from the files in ``folder`` and ``QUOTEGOLD_PURE_PYTHON``."""
    env = os.environ if environ is None else environ
    if pure_requested(env):
        return BuildStatus("pure", f"{PURE_ENV}={env[PURE_ENV]} is set")
    compiled = [name for name in NATIVE_MODULES if _has_extension(folder, name)]
    if not compiled:
        return BuildStatus("pure", "no compiled rules modules for this Python (installed without compiling them)")
    if len(compiled) < len(NATIVE_MODULES):
        missing = sorted(set(NATIVE_MODULES) - set(compiled))
        return BuildStatus("stale", f"compiled modules are missing: {', '.join(missing)}")
    try:
        recorded = json.loads((folder / RECORD).read_text(encoding="utf-8"))["sources"]
    except (OSError, ValueError, KeyError, TypeError):
        return BuildStatus("stale", f"no record of a finished build ({RECORD}): the last one failed or was stopped")
    changed = [name for name, digest in source_hashes(folder).items() if recorded.get(name) != digest]
    if changed:
        return BuildStatus("stale", f"changed since the last build: {', '.join(f'{n}.py' for n in changed)}")
    return BuildStatus("compiled", "mypyc-compiled modules, built from the current sources")


class _SourcesFirst(importlib.abc.MetaPathFinder):
    """Serves the ``.py`` file of each rules module, so that its extension module is not imported."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def find_spec(
        self, fullname: str, path: Sequence[str] | None = None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        package, _, name = fullname.rpartition(".")
        if package != PACKAGE or name not in NATIVE_MODULES:
            return None
        return importlib.util.spec_from_file_location(fullname, self.folder / f"{name}.py")


_selected: BuildStatus | None = None


def select_build() -> BuildStatus:
    """Decide once per process which build runs, and make the imports follow it (see the module docstring)."""
    global _selected
    if _selected is None:
        status = build_status()
        if status.build != "compiled":
            sys.meta_path.insert(0, _SourcesFirst(HERE))
        if status.build == "stale":
            warnings.warn(
                f"the compiled rules extractor is out of date ({status.reason}); running its Python sources, "
                "which are slower. Rebuild with `make build` (or `pip install --no-deps -e .`).",
                StaleBuildWarning,
                stacklevel=2,
            )
        _selected = status
    return _selected
