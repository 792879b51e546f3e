"""The Typer application and the one place where core errors become terminal output."""

from __future__ import annotations

from typing import Annotated

import click
import typer
from rich.console import Console
from rich.markup import escape
from typer.core import TyperOption

from sitroom import __version__
from sitroom.display import one_line

_display_type_rich = TyperOption.display_type_rich


def _flag_display_type(self: TyperOption, ctx: click.Context) -> str | None:
    """No type column for a flag: Typer's rich help prints ``<bool>`` beside every flag (``--help <bool>``),
    although its plain help already leaves flags and counters without one."""
    if self.is_flag or self.count:
        return None
    return _display_type_rich(self, ctx)


TyperOption.display_type_rich = _flag_display_type  # type: ignore[method-assign]

app = typer.Typer(
    help="sitroom: situation reports turned into one tracked, searchable, consolidated picture.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
# Messages are never wrapped: a path or a figure broken over two lines could not be copied or grepped, and
# output piped to a file has no width to wrap to. Tables still fit the terminal.
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)


def fail(message: str) -> None:
    """One red line on stderr, whatever the message holds (a file name with a newline); never a traceback."""
    err.print(f"[bold red]error:[/] {escape(one_line(message))}", soft_wrap=True)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"sitroom {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """sitroom reads sitreps in PDF, DOCX, e-mail, HTML and text, tracks them and searches them."""
