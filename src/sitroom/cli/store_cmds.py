"""Commands that read or write the database: ingest, series, reports, show, reparse, db."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from enum import StrEnum
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from sitroom.cli.app import app, out

err_console = Console(stderr=True)
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary; errors only.")]

DbOption = Annotated[
    str | None,
    typer.Option("--db", envvar="SITROOM_DB", help="SQLite file path or database URL (default sitroom.db)."),
]


class OutFormat(StrEnum):
    table = "table"
    json = "json"


FormatOption = Annotated[OutFormat, typer.Option("--format", "-f", help="Output format.")]


def _engine(db: str | None, *, create: bool = False):
    """The database to work on; only commands that store reports (``create``) may make a new one."""
    from sitroom.store import make_engine

    return make_engine(db, create=create)


def _date(value: str | None, name: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)", param_hint=name) from None


def _print_json(data) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=1, default=str))


def _table(rows: list[dict], columns: list[str], title: str | None = None) -> None:
    t = Table(title=title, show_lines=False)
    for c in columns:
        t.add_column(c)
    for r in rows:
        t.add_row(*("" if r.get(c) is None else str(r.get(c)) for c in columns))
    out.print(t)


db_app = typer.Typer(help="Database maintenance.", no_args_is_help=True)
series_app = typer.Typer(help="List, rename and merge report series.", invoke_without_command=True)
app.add_typer(db_app, name="db")
app.add_typer(series_app, name="series")


@db_app.command("upgrade")
def db_upgrade(db: DbOption = None) -> None:
    """Create the database or bring its schema up to date."""
    from sitroom.store.engine import current_revision

    engine = _engine(db, create=True)
    typer.echo(f"{engine.url.render_as_string(hide_password=True)}: schema at revision {current_revision(engine)}")


@series_app.callback()
def series_list(ctx: typer.Context, db: DbOption = None, fmt: FormatOption = OutFormat.table) -> None:
    """List the series with their report counts and date ranges."""
    if ctx.invoked_subcommand is not None:
        return
    from sitroom.store import session_scope
    from sitroom.views.serieslist import list_series

    with session_scope(_engine(db)) as session:
        rows = list_series(session)
    if fmt is OutFormat.json:
        _print_json(rows)
    else:
        _table(rows, ["id", "name", "organisation", "template", "reports", "first", "last"])


@series_app.command("rename")
def series_rename(
    series: Annotated[str, typer.Argument(help="Series id or name.")],
    new_name: Annotated[str, typer.Argument(help="The new name.")],
    db: DbOption = None,
) -> None:
    """Rename a series."""
    from sitroom.store import session_scope
    from sitroom.store.limits import check
    from sitroom.store.series import find_series, rename_series
    from sitroom.store.series_identity import add_alias
    from sitroom.store.tables import Series

    check(Series.name, new_name, "the new series name")
    with session_scope(_engine(db)) as session:
        old = find_series(session, series).name
        s = rename_series(session, series, new_name)
        add_alias(session, s.id, old)  # reports still titled the old way keep joining it
        typer.echo(f"series {old!r} renamed to {s.name!r}")


@series_app.command("merge")
def series_merge(
    source: Annotated[str, typer.Argument(help="Series to merge away (id or name).")],
    target: Annotated[str, typer.Argument(help="Series that receives its reports.")],
    db: DbOption = None,
) -> None:
    """Move every report of SOURCE into TARGET and delete SOURCE."""
    from sitroom.store import session_scope
    from sitroom.store.series_suggestions import merge_keeping_titles

    with session_scope(_engine(db)) as session:
        src, dst, moved = merge_keeping_titles(session, source, target)
        typer.echo(f"{moved} report(s) of {src.name!r} moved into {dst.name!r}; its titles kept as aliases")


@app.command()
def reports(
    series: Annotated[str | None, typer.Option("--series", "-s", help="Series id or name.")] = None,
    since: Annotated[str | None, typer.Option("--since", help="From this date (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option("--until", help="Up to this date (YYYY-MM-DD).")] = None,
    limit: Annotated[int | None, typer.Option("--limit", help="At most this many.")] = None,
    db: DbOption = None,
    fmt: FormatOption = OutFormat.table,
) -> None:
    """List stored reports, newest first."""
    from sitroom.store import session_scope
    from sitroom.store.queries import list_reports

    with session_scope(_engine(db)) as session:
        rows = list_reports(session, series, _date(since, "--since"), _date(until, "--until"), limit)
    if fmt is OutFormat.json:
        _print_json(rows)
    else:
        _table(rows, ["id", "series", "date", "number", "source", "template", "items", "status"])


@app.command()
def show(
    report_id: Annotated[int, typer.Argument(help="Report id (see `sitroom reports`).")],
    db: DbOption = None,
    fmt: FormatOption = OutFormat.table,
) -> None:
    """Print a stored report: its sections and items as printed."""
    from sitroom.store import session_scope
    from sitroom.store.queries import get_report, report_to_dict

    with session_scope(_engine(db)) as session:
        data = report_to_dict(get_report(session, report_id))
    if fmt is OutFormat.json:
        _print_json(data)
        return
    out.print(f"[bold]{data['title'] or data['source']}[/]")
    out.print(f"report {data['id']} · series {data['series']} · date {data['date']} · number {data['number']}")
    for s in data["sections"]:
        if s["heading"]:
            out.print(f"\n[bold]{'#' * s['level']} {s['heading']}[/]" + (f"  [dim]({s['key']})[/]" if s["key"] else ""))
        for i in s["items"]:
            out.print(f"  • {i['text']}", markup=False)
            if i["mitigation"]:
                out.print(f"      mitigation: {i['mitigation']}", markup=False)


@app.command()
@series_app.command("suggest")
def series_suggest(
    accept: Annotated[int | None, typer.Option("--accept", help="Carry out suggestion N.")] = None,
    dismiss: Annotated[int | None, typer.Option("--dismiss", help="Dismiss suggestion N.")] = None,
    db: DbOption = None,
    fmt: FormatOption = OutFormat.table,
) -> None:
    """Merges and splits of series that ingestion was unsure of; accept or dismiss one by its number."""
    from sitroom.store import series_suggestions as sg
    from sitroom.store import session_scope
    from sitroom.views.suggestions import open_suggestions

    with session_scope(_engine(db)) as session:
        if accept is not None:
            typer.echo(sg.accept(session, accept))
            return
        if dismiss is not None:
            sg.dismiss(session, dismiss)
            typer.echo(f"suggestion {dismiss} dismissed")
            return
        views = open_suggestions(session)
    if fmt is OutFormat.json:
        _print_json([{**dataclasses.asdict(v), "text": v.text} for v in views])
        return
    if not views:
        typer.echo("no open suggestions")
        return
    _table(
        [{"n": v.id, "kind": v.kind, "suggestion": v.text, "score": f"{v.score:.2f}"} for v in views],
        ["n", "kind", "suggestion", "score"],
        title="suggested series changes (sitroom series suggest --accept N)",
    )
