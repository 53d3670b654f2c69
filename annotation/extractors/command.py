"""The ``cmd:COMMAND`` extractor: any outside program that reads documents JSONL and writes predictions.

The protocol, so that an LLM-based or Java-based system can compete without writing Python:

* quotegold starts ``COMMAND`` (split like a shell would with :func:`shlex.split`, but run without a shell;
  write ``sh -c '...'`` for pipes) once per batch of documents;
* it writes one JSON object per line on the program's standard input: ``{"id", "text", "meta"}``; gold
  spans and relations are never sent;
* the program writes one predicted document per input on standard output, in any order:
  ``{"id", "text", "spans": [{"id", "start", "end", "label", "attrs"}], "relations": [...]}``, with
  offsets in Python code points, end exclusive (``text[start:end]`` is the span's text);
* it exits with status 0 within the time limit. Anything on standard error is shown when it fails.

Every output document is checked: its id must be one of the inputs (each exactly once), its text must be
unchanged, and its spans and relations must be valid against the schema. The predicted document keeps the
input's meta.
"""

from __future__ import annotations

import json
import os
import shlex
import signal
import subprocess
from collections.abc import Iterable, Iterator
from typing import Any

from schemas import Document, QuotegoldError, validate_document

from .base import Extractor, ExtractorError, register_extractor

DEFAULT_TIMEOUT = 300.0
DEFAULT_BATCH_SIZE = 500
STDERR_TAIL_LINES = 20


@register_extractor("cmd")
class CommandExtractor(Extractor):
    """Run ``command`` on batches of documents (see the module docstring for the protocol)."""

    name = "cmd"

    def __init__(
        self,
        command: str,
        timeout: float = DEFAULT_TIMEOUT,
        batch_size: int = DEFAULT_BATCH_SIZE,
        **unknown: Any,
    ) -> None:
        if unknown:
            raise ExtractorError(
                f"extractor cmd: unknown option(s) {', '.join(sorted(unknown))}; it takes timeout and batch_size"
            )
        try:
            self.argv = shlex.split(command)
        except ValueError as exc:
            raise ExtractorError(f"extractor cmd: cannot parse the command {command!r}: {exc}") from exc
        if not self.argv:
            raise ExtractorError('extractor cmd: the command is empty; write --extractor cmd:"PROGRAM ARGS"')
        if timeout <= 0:
            raise ExtractorError(f"extractor cmd: timeout must be positive, got {timeout}")
        if batch_size < 1:
            raise ExtractorError(f"extractor cmd: batch_size must be at least 1, got {batch_size}")
        self.command = command
        self.timeout = float(timeout)
        self.batch_size = int(batch_size)
        self.name = f"cmd:{command}"

    def extract(self, doc: Document) -> Document:
        return self.run_batch([doc])[0]

    def extract_many(self, docs: Iterable[Document]) -> Iterator[Document]:
        batch: list[Document] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= self.batch_size:
                yield from self.run_batch(batch)
                batch = []
        if batch:
            yield from self.run_batch(batch)

    def run_batch(self, docs: list[Document]) -> list[Document]:
        """Run the program once on ``docs``; the checked predictions, in the order of ``docs``."""
        if not docs:
            return []
        payload = "".join(
            json.dumps({"id": d.id, "text": d.text, "meta": dict(d.meta)}, ensure_ascii=False) + "\n" for d in docs
        )
        try:
            proc = subprocess.Popen(
                self.argv,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                start_new_session=True,  # so that a timeout also ends the program's own children
            )
        except FileNotFoundError as exc:
            raise ExtractorError(f"{self.name}: cannot start {self.argv[0]!r}: program not found") from exc
        except PermissionError as exc:
            raise ExtractorError(f"{self.name}: cannot start {self.argv[0]!r}: permission denied") from exc
        try:
            stdout, stderr = proc.communicate(payload.encode("utf-8"), timeout=self.timeout)
        except subprocess.TimeoutExpired as exc:
            _kill_group(proc)
            _, stderr = proc.communicate()
            raise ExtractorError(
                f"{self.name}: did not finish within {self.timeout:g} s on a batch of {len(docs)} document(s) "
                f"(first {docs[0].id!r}); raise --timeout or make the program faster{_stderr_tail(stderr)}"
            ) from exc
        except BaseException:
            _kill_group(proc)
            proc.wait()
            raise
        if proc.returncode != 0:
            raise ExtractorError(
                f"{self.name}: exited with status {proc.returncode} on a batch of {len(docs)} document(s) "
                f"(first {docs[0].id!r}){_stderr_tail(stderr)}"
            )
        return self._parse_output(stdout, docs)

    def _parse_output(self, stdout: bytes, docs: list[Document]) -> list[Document]:
        try:
            text = stdout.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ExtractorError(f"{self.name}: its output is not UTF-8 ({exc.reason} at byte {exc.start})") from exc
        inputs = {d.id: d for d in docs}
        got: dict[str, Document] = {}
        for lineno, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            where = f"{self.name}: output line {lineno}"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ExtractorError(f"{where}: not valid JSON ({exc.msg}): {line[:80]!r}") from exc
            try:
                pred = Document.from_dict(obj, where=where)
            except QuotegoldError as exc:
                raise ExtractorError(str(exc)) from exc
            source = inputs.get(pred.id)
            if source is None:
                raise ExtractorError(
                    f"{where}: document id {pred.id!r} was not in the input; output only the ids it was given"
                )
            if pred.id in got:
                raise ExtractorError(f"{where}: document {pred.id!r} is output twice")
            if pred.text != source.text:
                at = _first_difference(source.text, pred.text)
                raise ExtractorError(
                    f"{where}: document {pred.id!r}: the text was changed (first difference at offset {at}); "
                    f"predictions must keep the input text exactly, offsets count code points in it"
                )
            result = source.with_annotations(pred.spans, pred.relations)
            try:
                validate_document(result)
            except QuotegoldError as exc:
                raise ExtractorError(f"{where}: {exc}") from exc
            got[pred.id] = result
        missing = [d.id for d in docs if d.id not in got]
        if missing:
            shown = ", ".join(repr(m) for m in missing[:5]) + (" ..." if len(missing) > 5 else "")
            raise ExtractorError(
                f"{self.name}: no prediction for {len(missing)} of {len(docs)} input document(s): {shown}; "
                f"write one output line per input line"
            )
        return [got[d.id] for d in docs]


def _kill_group(proc: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        proc.kill()


def _stderr_tail(stderr: bytes | str | None) -> str:
    if not stderr:
        return "; it wrote nothing on stderr"
    if isinstance(stderr, bytes):
        stderr = stderr.decode("utf-8", errors="replace")
    lines = stderr.rstrip().splitlines()[-STDERR_TAIL_LINES:]
    return "; its stderr ends with:\n" + "\n".join(f"  | {line}" for line in lines)


def _first_difference(a: str, b: str) -> int:
    for i, (x, y) in enumerate(zip(a, b, strict=False)):
        if x != y:
            return i
    return min(len(a), len(b))
