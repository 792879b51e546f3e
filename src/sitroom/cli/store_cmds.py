"""Commands that read or write the database: ingest, series, reports, show, reparse, db."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table
from rich.text import Text

from sitroom.cli.app import app, fail
from sitroom.display import mb_to_bytes, one_line

out = Console(highlight=False)
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


@app.command()
def ingest(
    paths: Annotated[list[Path] | None, typer.Argument(help="Files, folders (recursive) or zip archives.")] = None,
    series: Annotated[str | None, typer.Option("--series", "-s", help="Series name (default: inferred).")] = None,
    org: Annotated[str | None, typer.Option("--org", help="Organisation that sends these reports.")] = None,
    report_date: Annotated[str | None, typer.Option("--date", help="Report date YYYY-MM-DD (default: parsed).")] = None,
    template: Annotated[str, typer.Option("--template", "-t", help="Template name or 'auto'.")] = "auto",
    watch_dir: Annotated[
        Path | None, typer.Option("--watch", help="Watch this folder and ingest files dropped into it.")
    ] = None,
    max_size: Annotated[float, typer.Option("--max-size", help="Refuse files over this many MB.")] = 50.0,
    quiet_time: Annotated[
        float,
        typer.Option("--quiet-time", min=0.0, help="With --watch: take a file once unchanged for this many seconds."),
    ] = 2.0,
    exclude: Annotated[
        list[str] | None,
        typer.Option("--exclude", help="Leave out files matching this glob (repeatable); see also .sitroomignore."),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Take files that look like no report (README, no date or items).")
    ] = False,
    db: DbOption = None,
    quiet: QuietOption = False,
) -> None:
    """Store sitreps: the same bytes twice are one report; one file is one transaction.

    Exit code 1 when any file failed (each is listed with its reason).
    """
    from sitroom.ingest import IngestOptions, IngestStatus, ingest_source
    from sitroom.ingest.pipeline import IngestSummary, list_sources

    options = IngestOptions(
        series=series,
        organisation=org,
        period_date=_date(report_date, "--date"),
        template=template,
        max_bytes=mb_to_bytes(max_size),
        exclude=tuple(exclude or ()),
        force=force,
    )
    engine = _engine(db, create=True)
    if watch_dir is not None:
        _watch(engine, watch_dir, options, quiet_time)
        return
    if not paths:
        raise typer.BadParameter("give files or folders to ingest, or --watch DIR", param_hint="PATHS")
    summary = IngestSummary()
    sources = list_sources(paths, options.max_bytes, options, summary)
    with Progress(
        TextColumn("[bold]ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]:.1f} files/s"),
        TimeRemainingColumn(),
        TextColumn("{task.fields[current]}"),
        console=err_console,
        transient=True,
        disable=quiet or not err_console.is_terminal,
    ) as progress:
        task = progress.add_task("ingest", total=len(sources), rate=0.0, current="")
        for source in sources:
            progress.update(task, current=Path(source.name).name[-40:])
            result = ingest_source(engine, source, options)
            summary.results.append(result)
            elapsed = progress.tasks[0].elapsed or 1e-9
            progress.update(task, advance=1, rate=len(summary.results) / elapsed)
    counts = Table(title="ingest summary")
    for c in ("ingested", "duplicates", "not reports", "left out by name", "failed", "reports stored"):
        counts.add_column(c, justify="right")
    counts.add_row(
        str(summary.count(IngestStatus.INGESTED)),
        str(summary.count(IngestStatus.DUPLICATE)),
        str(summary.count(IngestStatus.SKIPPED)),
        str(len(summary.ignored)),
        str(summary.count(IngestStatus.FAILED)),
        str(sum(len(r.report_ids) for r in summary.results)),
    )
    if not quiet:
        out.print(counts)
        for r in summary.results:
            if r.status is IngestStatus.SKIPPED:
                out.print(f"skipped {r.source}: {r.reason}")
    if summary.failed:
        for r in summary.failed:
            fail(f"{r.source}: {r.reason}")
        raise typer.Exit(1)


def _watch(engine, folder: Path, options, quiet_time: float) -> None:
    from sitroom.ingest.watch import watch

    def report(result) -> None:
        where = "failed/" if result.status == "failed" else "done/"
        detail = f" ({result.reason})" if result.reason else ""
        out.print(Text(f"{result.status}: {one_line(Path(result.source).name)} → {where}{detail}"))

    out.print(f"watching {folder} (Ctrl-C to stop); files move to done/ or failed/")
    try:
        watch(engine, folder, options, report, quiet_time=quiet_time)
    except KeyboardInterrupt:
        out.print("stopped")


@series_app.callback()
def series_list(ctx: typer.Context, db: DbOption = None, fmt: FormatOption = OutFormat.table) -> None:
    """List the series with their report counts and date ranges."""
    if ctx.invoked_subcommand is not None:
        return
    from sitroom.store import session_scope
    from sitroom.store.series import list_series

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
        _table(rows, ["id", "series", "date", "number", "source", "template", "items"])


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
def reparse(
    report_ids: Annotated[list[int] | None, typer.Argument(help="Report ids to re-parse.")] = None,
    all_reports: Annotated[bool, typer.Option("--all", help="Re-parse every stored report.")] = False,
    template: Annotated[str, typer.Option("--template", "-t", help="Template name or 'auto'.")] = "auto",
    db: DbOption = None,
    quiet: QuietOption = False,
) -> None:
    """Re-parse stored originals with the current parser (after an upgrade)."""
    from sitroom.ingest.reparse import reparse as do_reparse

    if not report_ids and not all_reports:
        raise typer.BadParameter("give report ids or --all", param_hint="REPORT_IDS")
    with Progress(
        TextColumn("[bold]reparse"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=err_console,
        transient=True,
        disable=quiet or not err_console.is_terminal,
    ) as progress:
        task = progress.add_task("reparse", total=None)
        results = do_reparse(
            _engine(db),
            None if all_reports else list(report_ids or []),
            template,
            on_original=lambda done, total: progress.update(task, completed=done, total=total),
        )
    errors = [r for r in results if r.error]
    rows = [
        {"id": r.report_id, "source": r.source, "items before": r.items_before, "items after": r.items_after}
        for r in results
        if not r.error
    ]
    if quiet:
        out.print(f"{len(rows)} report(s) re-parsed")
    else:
        _table(rows, ["id", "source", "items before", "items after"], title=f"{len(rows)} report(s) re-parsed")
    for r in errors:
        fail(f"report {r.report_id} ({r.source}): {r.error}")
    if errors:
        raise typer.Exit(1)


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

    with session_scope(_engine(db)) as session:
        if accept is not None:
            typer.echo(sg.accept(session, accept))
            return
        if dismiss is not None:
            sg.dismiss(session, dismiss)
            typer.echo(f"suggestion {dismiss} dismissed")
            return
        views = sg.open_suggestions(session)
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
