"""``quotegold eval``: score extractors against the gold."""

from __future__ import annotations

import click

from .base import cli


@cli.command("eval", context_settings={"ignore_unknown_options": True})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def eval_command(args: tuple[str, ...]) -> None:
    """Score extractors against the gold (not built yet)."""
    raise click.ClickException("eval is not built yet")
