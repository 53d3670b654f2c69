"""Build hook: the rules extractor compiled to C with mypyc, beside its Python sources.

The project's metadata lives in ``pyproject.toml``; this file only adds extension modules. The rules
extractor's modules (listed in ``annotation/extractors/native.py``) are compiled with mypyc, which turns
type-annotated Python into C: the same source and the same output, in less time per document. The Python
sources stay the source of truth and always work:

- ``QUOTEGOLD_PURE_PYTHON=1`` at build time compiles nothing (a pure-Python install);
- no C compiler, or a mypyc failure, gives a pure-Python install and a warning, not a failed install;
- the build records a hash of each source it compiled (``_native_build.json``); at run time
  ``annotation.extractors.native`` runs the sources instead when one has changed since (or when
  ``QUOTEGOLD_PURE_PYTHON=1`` is set).
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


def _native():  # type: ignore[no-untyped-def]
    # native.py uses the standard library only, so it loads without the project's dependencies.
    spec = importlib.util.spec_from_file_location("_quotegold_native", EXTRACTORS / "native.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules[spec.name] = module  # type: ignore[union-attr]  # its dataclass looks itself up there
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def _warn(message: str) -> None:
    sys.stderr.write(f"quotegold build: {message}\n")


class OptionalBuildExt(build_ext):
    """``build_ext`` whose failure leaves a working pure-Python install (as markupsafe's speedups do)."""

    def run(self) -> None:
        try:
            super().run()
        except Exception as exc:  # any compiler failure: the Python sources still work
            _warn(f"compiling the rules extractor failed ({exc}); it runs as Python")

    def build_extension(self, ext) -> None:  # type: ignore[no-untyped-def]
        try:
            super().build_extension(ext)
        except Exception as exc:
            _warn(f"compiling {ext.name} failed ({exc}); the rules extractor runs as Python")


def _ext_modules() -> list:  # type: ignore[type-arg]
    if os.environ.get("QUOTEGOLD_PURE_PYTHON", "") not in ("", "0"):
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        _warn("mypyc is not installed; the rules extractor runs as Python")
        return []
    native = _native()
    paths = [f"annotation/extractors/{name}.py" for name in native.NATIVE_MODULES]
    try:
        # The build environment holds mypy, not the project's dependencies: modules it cannot find are typed as
        # Any, and errors in the modules the rules import (checked by `make lint`) do not stop the build.
        options = ["--ignore-missing-imports", "--follow-imports=silent"]
        modules = mypycify([*options, *paths], opt_level="3", group_name="annotation.extractors._rules")
    except (Exception, SystemExit) as exc:  # mypyc exits on a type error
        _warn(f"mypyc could not compile the rules extractor ({exc!r}); it runs as Python")
        return []
    record = {"sources": native.source_hashes(EXTRACTORS)}
    tmp = EXTRACTORS / f"{native.RECORD}.tmp"
    tmp.write_text(json.dumps(record, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    os.replace(tmp, EXTRACTORS / native.RECORD)
    return modules


setup(ext_modules=_ext_modules(), cmdclass={"build_ext": OptionalBuildExt})
