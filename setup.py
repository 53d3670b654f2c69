"""Build hook: the rules extractor compiled to C with mypyc, beside its Python sources.

The project's metadata lives in ``pyproject.toml``; this file only adds extension modules. The rules
extractor's modules (listed in ``annotation/extractors/native.py``) are compiled with mypyc, which turns
type-annotated Python into C: the same source and the same output, in less time per document. The Python
sources stay the source of truth and always work:

- ``QUOTEGOLD_PURE_PYTHON=1`` at build time compiles nothing (a pure-Python install);
- no C compiler, or a mypyc failure, gives a pure-Python install and a warning, not a failed install;
- a build that succeeds records the hash of each source it compiled (``_native_build.json``) beside the
  compiled modules, and only then; a rebuild first removes the old record, so a build that fails or is
  interrupted leaves none. At run time ``annotation.extractors.native`` runs the sources whenever the record
  is missing or a source no longer matches it (or when ``QUOTEGOLD_PURE_PYTHON=1`` is set).

An editable install (``pip install -e .``, ``make setup``, ``make build``) compiles in place, beside the
sources; any other install (a wheel) compiles into its build folder and leaves the source tree alone.
"""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

HERE = Path(__file__).resolve().parent
EXTRACTORS = HERE / "annotation" / "extractors"
PACKAGE_DIR = Path("annotation", "extractors")


def _native():  # type: ignore[no-untyped-def]
    # native.py uses the standard library only, so it loads without the project's dependencies.
    spec = importlib.util.spec_from_file_location("_quotegold_native", EXTRACTORS / "native.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules[spec.name] = module  # type: ignore[union-attr]  # its dataclass looks itself up there
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


NATIVE = _native()
SOURCE_HASHES: dict[str, str] = {}  # the sources mypyc compiled in this process, for the record


def _warn(message: str) -> None:
    sys.stderr.write(f"quotegold build: {message}\n")


class OptionalBuildExt(build_ext):
    """``build_ext`` that records what it compiled once it succeeded, and whose failure leaves a working
    pure-Python install (as markupsafe's speedups do)."""

    def run(self) -> None:
        if not self.extensions:
            return
        folders = [Path(self.build_lib) / PACKAGE_DIR] + ([EXTRACTORS] if self.inplace else [])
        for folder in folders:  # until the new record is written, the sources run
            (folder / NATIVE.RECORD).unlink(missing_ok=True)
        self._failed = False
        try:
            super().run()
        except Exception as exc:  # any compiler failure: the Python sources still work
            _warn(f"compiling the rules extractor failed ({exc}); it runs as Python")
            return
        if self._failed:
            return
        for folder in folders:
            _write_record(folder)

    def build_extension(self, ext) -> None:  # type: ignore[no-untyped-def]
        try:
            super().build_extension(ext)
        except Exception as exc:
            self._failed = True
            _warn(f"compiling {ext.name} failed ({exc}); the rules extractor runs as Python")


def _write_record(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / f"{NATIVE.RECORD}.tmp"
    tmp.write_text(json.dumps({"sources": SOURCE_HASHES}, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    os.replace(tmp, folder / NATIVE.RECORD)


def _ext_modules() -> list:  # type: ignore[type-arg]
    if NATIVE.pure_requested():
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        _warn("mypyc is not installed; the rules extractor runs as Python")
        return []
    SOURCE_HASHES.update(NATIVE.source_hashes(EXTRACTORS))  # before mypyc reads them: a later edit is stale
    paths = [str(PACKAGE_DIR / f"{name}.py") for name in NATIVE.NATIVE_MODULES]
    try:
        # The build environment holds mypy, not the project's dependencies: modules it cannot find are typed as
        # Any, and errors in the modules the rules import (checked by `make lint`) do not stop the build.
        options = ["--ignore-missing-imports", "--follow-imports=silent"]
        return mypycify([*options, *paths], opt_level="3", group_name="annotation.extractors._rules")
    except (Exception, SystemExit) as exc:  # mypyc exits on a type error
        _warn(f"mypyc could not compile the rules extractor ({exc!r}); it runs as Python")
        return []


setup(ext_modules=_ext_modules(), cmdclass={"build_ext": OptionalBuildExt})
