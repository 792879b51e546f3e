"""`sitroom export`: items, links, the risk register and figures as XLSX, CSV or JSON."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from sitroom.cli.app import app, fail
from sitroom.cli.store_cmds import DbOption, _date
from sitroom.errors import SitroomError


class ExportFormat(StrEnum):
    xlsx = "xlsx"
    csv = "csv"
    json = "json"


# Where each format goes without -o; JSON goes to stdout.
DEFAULT_OUTPUT = {ExportFormat.xlsx: "sitroom-export.xlsx", ExportFormat.csv: "sitroom-export"}


@app.command()
def export(
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="Output format.")],
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="File (xlsx, json), folder or .zip (csv). Default: sitroom-export.xlsx, sitroom-export/, stdout.",
        ),
    ] = None,
    series: Annotated[str | None, typer.Option("--series", "-s", help="Series id or name.")] = None,
    since: Annotated[str | None, typer.Option("--since", help="Reports from this date (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option("--until", help="Reports up to this date (YYYY-MM-DD).")] = None,
    superseded: Annotated[
        bool,
        typer.Option("--superseded", help="Also items of superseded returns (report_status column marks them)."),
    ] = False,
    db: DbOption = None,
) -> None:
    """Export items, links, the risk register and figures for spreadsheets and other tools.

    Exit code 1 when the export cannot be written or the series is unknown.
    """
    from sitroom.brief.exports import collect, write_csv, write_json, write_xlsx
    from sitroom.store import make_engine, session_scope

    start, end = _date(since, "--since"), _date(until, "--until")
    try:
        with session_scope(make_engine(db, create=False), write=False) as session:
            data = collect(session, series, start, end, superseded)
        if fmt is ExportFormat.json:
            write_json(data, None if output is None or str(output) == "-" else output)
            return
        target = output or Path(DEFAULT_OUTPUT[fmt])
        if fmt is ExportFormat.xlsx:
            write_xlsx(data, target)
        else:
            write_csv(data, target)
    except SitroomError as e:
        fail(str(e))
        raise typer.Exit(e.exit_code) from None
    counts = ", ".join(f"{len(rows)} {name}" for name, rows in data.tables().items())
    typer.echo(f"{counts} written to {target}", err=True)
