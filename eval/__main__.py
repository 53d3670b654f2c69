"""``python -m eval`` runs ``quotegold eval``."""

from quotegold.cli import cli

cli(["eval", *__import__("sys").argv[1:]], prog_name="python -m eval")
