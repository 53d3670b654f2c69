"""The root ``quotegold`` command group and the one place where library errors become CLI errors."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from schemas import QuotegoldError

from .. import __version__

if TYPE_CHECKING:
    from annotation.extractors import Extractor


class QuotegoldGroup(click.Group):
    """A click group that turns every :class:`QuotegoldError` into ``Error: <message>`` and exit code 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except QuotegoldError as exc:
            raise click.ClickException(str(exc)) from exc
        except KeyboardInterrupt:
            click.echo("Interrupted.", err=True)
            sys.exit(130)


@click.group(cls=QuotegoldGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="quotegold")
def cli() -> None:
    """Build gold datasets of who said what in political news, and score extractors against them."""


def extractor_from_options(name: str, model: Path | None) -> Extractor:
    """The extractor ``name``, given ``--model`` only when it is the learned one (the others take no model and
    refuse the option), so one ``--model`` can sit beside several ``--extractor`` options."""
    from annotation.extractors import get_extractor

    return get_extractor(name, model=model) if name == "learned" else get_extractor(name)


def echo_json(data: Any) -> None:
    click.echo(json.dumps(data, indent=2, ensure_ascii=False))


def echo_table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """Print a plain aligned table: text left, numbers right."""
    cells = [[_fmt(c) for c in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) if cells else len(h) for i, h in enumerate(headers)]
    numeric = [all(isinstance(row[i], (int, float)) for row in rows) and bool(rows) for i in range(len(headers))]

    def line(values: Sequence[str]) -> str:
        cols = zip(values, widths, numeric, strict=True)
        return "  ".join(v.rjust(w) if num else v.ljust(w) for v, w, num in cols).rstrip()

    click.echo(line(list(headers)))
    click.echo("  ".join("-" * w for w in widths))
    for row in cells:
        click.echo(line(row))


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)
