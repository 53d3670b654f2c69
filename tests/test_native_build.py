"""The compiled rules extractor: which build runs, the fallback to the sources, and that both give one output."""

from __future__ import annotations

import importlib.machinery
import json
import os
import random
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from annotation.extractors import get_extractor, native
from schemas import Document

ROOT = Path(__file__).resolve().parents[1]
SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]  # any extension-module suffix: only the file's presence counts


def test_every_rules_module_is_compiled() -> None:
    on_disk = {p.stem for p in native.HERE.glob("rules*.py")} | {"lexicon"}
    assert set(native.NATIVE_MODULES) == on_disk


def test_no_compiled_module_uses_its_file_path() -> None:
    # Inside a mypyc-compiled module __file__ names a folder that does not exist (native.HERE is the way).
    users = [f"{name}.py:{n}" for name in native.NATIVE_MODULES
             for n, line in enumerate((native.HERE / f"{name}.py").read_text(encoding="utf-8").splitlines(), 1)
             if re.search(r"\b__file__\b", line.split("#")[0])]
    assert users == []


@pytest.fixture()
def build(tmp_path: Path) -> Path:
    """A folder that looks like a compiled build: the sources, an extension per module, the build's record."""
    for name in native.NATIVE_MODULES:
        shutil.copy(native.HERE / f"{name}.py", tmp_path / f"{name}.py")
        (tmp_path / f"{name}{SUFFIX}").write_bytes(b"")
    record = {"sources": native.source_hashes(tmp_path)}
    (tmp_path / native.RECORD).write_text(json.dumps(record), encoding="utf-8")
    return tmp_path


def test_a_build_from_the_current_sources_runs_compiled(build: Path) -> None:
    assert native.build_status(build, environ={}).build == "compiled"


def test_an_edited_source_runs_the_sources_and_is_named(build: Path) -> None:
    with (build / "rules_events.py").open("a", encoding="utf-8") as f:
        f.write("# an edit after the build\n")
    status = native.build_status(build, environ={})
    assert status.build == "stale"
    assert "rules_events.py" in status.reason and "rules.py" not in status.reason


def test_a_missing_record_or_extension_runs_the_sources(build: Path) -> None:
    (build / native.RECORD).unlink()
    assert native.build_status(build, environ={}).build == "stale"
    (build / f"rules_quotes{SUFFIX}").unlink()
    status = native.build_status(build, environ={})
    assert status.build == "stale" and "rules_quotes" in status.reason


def test_no_extensions_or_the_environment_variable_means_pure_python(build: Path) -> None:
    assert native.build_status(build, environ={native.PURE_ENV: "1"}).build == "pure"
    assert native.build_status(build, environ={native.PURE_ENV: "0"}).build == "compiled"
    for suffix_file in build.glob(f"*{SUFFIX}"):
        suffix_file.unlink()
    assert native.build_status(build, environ={}).build == "pure"


def test_the_finder_serves_the_sources_of_the_rules_modules_only() -> None:
    finder = native._SourcesFirst(native.HERE)
    spec = finder.find_spec("annotation.extractors.rules_people")
    assert spec is not None and spec.origin == str(native.HERE / "rules_people.py")
    assert finder.find_spec("annotation.extractors.base") is None
    assert finder.find_spec("rules_people") is None


def _gold_texts() -> list[str]:
    lines = (ROOT / "corpus" / "gold" / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines if line.strip()]


PIECES = ['"', "“", "”", "‘", "’", "'", ":", ",", ".", " ", "\n", "\n\n", "Mr ", "Ms ", "Labour", "Tories", "MP ",
          " said", " told", " that ", "he ", "She ", " and said ", ", adding ", "according to ", "resigned",
          "step down", "R-Neb.", "(D-N.M.)", "Prime Minister", "\u00a0", "É", "ő", "\u2028", "—"]


def _mixed_texts(gold: list[str], n: int = 400) -> list[str]:
    """Seeded texts that run more paths than the gold: its sentences shuffled, with the pieces the rules
    look at (quotation marks, titles, speech verbs, party tags) and some non-Latin-1 characters between."""
    rnd = random.Random(7)
    sentences = [s for text in gold for s in text.replace("\n", " \n ").split(". ") if s]
    out = []
    for _ in range(n):
        parts = [rnd.choice(sentences) if rnd.random() < 0.5 else rnd.choice(PIECES) for _ in range(rnd.randint(1, 12))]
        out.append("".join(parts))
    return out


PURE_RUN = """
import json, sys
import annotation.extractors.rules as rules
from annotation.extractors import get_extractor
from annotation.extractors.native import select_build
from schemas import Document
assert select_build().build == "pure" and rules.__file__.endswith(".py"), rules.__file__
extractor = get_extractor("rules")
for i, text in enumerate(json.load(sys.stdin)):
    doc = extractor.extract(Document(str(i), text))
    print(json.dumps([[s.to_dict() for s in doc.spans], [r.to_dict() for r in doc.relations]]))
"""


def test_the_compiled_build_and_the_sources_give_the_same_output() -> None:
    status = native.select_build()
    if status.build != "compiled":
        if os.environ.get("QUOTEGOLD_REQUIRE_COMPILED"):
            pytest.fail(f"the compiled rules extractor does not run: {status.reason}")
        pytest.skip(f"the rules extractor is not compiled here ({status.reason})")
    import annotation.extractors.rules as rules

    assert not rules.__file__.endswith(".py")
    gold = _gold_texts()
    texts = gold + _mixed_texts(gold)
    env = {**os.environ, native.PURE_ENV: "1"}
    pure = subprocess.run([sys.executable, "-c", PURE_RUN], input=json.dumps(texts), env=env, cwd=ROOT,
                          capture_output=True, text=True, check=True).stdout.splitlines()
    extractor = get_extractor("rules")
    assert len(pure) == len(texts) > 480
    for i, text in enumerate(texts):
        doc = extractor.extract(Document(str(i), text))
        compiled = json.dumps([[s.to_dict() for s in doc.spans], [r.to_dict() for r in doc.relations]])
        assert compiled == pure[i], f"text {i} ({text[:60]!r}): the compiled and pure-Python builds differ"


DOCTESTS = """
import doctest, importlib, json
from annotation.extractors.native import NATIVE_MODULES, select_build
assert select_build().build == "pure"
results = {}
for name in NATIVE_MODULES:
    module = importlib.import_module(f"annotation.extractors.{name}")
    failed, attempted = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)
    results[name] = [failed, attempted]
print(json.dumps(results))
"""


def test_the_doctests_of_the_rules_modules_pass_from_the_sources() -> None:
    # Compiled functions keep no docstrings, so pytest's doctest collection finds almost none in a compiled
    # build: the examples run here from the sources instead (they test the same code).
    env = {**os.environ, native.PURE_ENV: "1"}
    run = subprocess.run([sys.executable, "-c", DOCTESTS], env=env, cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    results = json.loads(run.stdout.splitlines()[-1])
    assert set(results) == set(native.NATIVE_MODULES)
    assert all(failed == 0 for failed, _ in results.values()), run.stdout
    assert sum(attempted for _, attempted in results.values()) >= 50  # 56 examples today
