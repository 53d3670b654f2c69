"""The ``quotegold`` command line. Each command group lives in its own module and registers on :data:`cli`.

Commands parse arguments, call one library function and print; heavy libraries are imported inside the
commands so that ``quotegold --help`` stays fast.
"""

from . import (  # noqa: F401  (imported for their commands)
    corpus_cmd,
    corpus_import_cmd,
    eval_cmd,
    gold_cmd,
    preannotate_cmd,
    schema_cmd,
    studio_cmd,
    train_cmd,
)
from .base import cli


def main() -> None:
    cli()


__all__ = ["cli", "main"]
