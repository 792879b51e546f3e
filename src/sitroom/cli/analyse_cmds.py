"""Commands that compare and analyse reports: diff."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from sitroom.cli.app import app
from sitroom.cli.store_cmds import DbOption, OutFormat


class DiffFormat(StrEnum):
    json = "json"
    md = "md"


class LinkMethod(StrEnum):
    blend = "blend"
    tfidf = "tfidf"
    fuzz = "fuzz"


def _load(ref: str, db: str | None):
    """A report from a file, or from the database when REF is a stored report id."""
    path = Path(ref)
    if path.exists() or not ref.isdigit():
        from sitroom.read import parse_file

        return parse_file(path)[0]
    from sitroom.store import make_engine, session_scope
    from sitroom.store.queries import report_as_model

    with session_scope(make_engine(db, create=False), write=False) as session:
        return report_as_model(session, int(ref))


@app.command()
def diff(
    old: Annotated[str, typer.Argument(help="The earlier report: a file, or a stored report id.")],
    new: Annotated[str, typer.Argument(help="The later report: a file, or a stored report id.")],
    fmt: Annotated[DiffFormat, typer.Option("--format", "-f", help="Output format.")] = DiffFormat.json,
    method: Annotated[
        LinkMethod, typer.Option("--method", help="Similarity: blend (default), or the tfidf / fuzz baselines.")
    ] = "blend",  # type: ignore[assignment]
    model: Annotated[
        str | None,
        typer.Option("--model", envvar="SITROOM_EMBEDDING_MODEL", help="Local sentence-embedding model folder."),
    ] = None,
    db: DbOption = None,
) -> None:
    """Link each item of NEW to its predecessor in OLD: new, continuing, updated, dropped."""
    from sitroom.analyse.diff import diff_reports, diff_to_markdown
    from sitroom.analyse.embeddings import load_embedder
    from sitroom.analyse.link import LinkOptions

    old_report, new_report = _load(old, db), _load(new, db)
    options = LinkOptions(method=str(method), embedder=load_embedder(model))
    result = diff_reports(old_report, new_report, options)
    if fmt is DiffFormat.json:
        typer.echo(json.dumps(result.to_json(old_report.source, new_report.source), ensure_ascii=False, indent=1))
    else:
        typer.echo(diff_to_markdown(old_report, new_report, result), nl=False)


class RiskFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


@app.command()
def risks(
    series: Annotated[str | None, typer.Option("--series", "-s", help="Series id or name.")] = None,
    only_open: Annotated[
        bool, typer.Option("--open", help="Only risks not resolved (those no longer reported included).")
    ] = False,
    fmt: Annotated[RiskFormat, typer.Option("--format", "-f", help="Output format.")] = RiskFormat.table,
    db: DbOption = None,
) -> None:
    """The risk register: each risk thread with its mitigation, first and last seen, status and trend.

    Status as in the brief: open, escalating or de-escalating; "not reported since DATE" (to chase,
    never closed for being quiet); resolved only when a report says so.
    """
    import csv
    import sys

    from rich.console import Console
    from rich.table import Table

    from sitroom.brief.exports import is_formula_like
    from sitroom.store import make_engine, session_scope
    from sitroom.store.risks import risk_register

    with session_scope(make_engine(db, create=False), write=False) as session:
        threads = [t.to_json() for t in risk_register(session, series, only_open)]
    if fmt is RiskFormat.json:
        typer.echo(json.dumps(threads, ensure_ascii=False, indent=1))
    elif fmt is RiskFormat.csv:
        cols = [
            "thread",
            "series",
            "status",
            "label",
            "trend",
            "first_seen",
            "last_seen",
            "reports",
            "risk",
            "mitigation",
        ]
        w = csv.DictWriter(sys.stdout, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        for t in threads:
            # A cell a spreadsheet would run as a formula is marked as text, by the exports' own rule.
            w.writerow({k: ("'" + v if is_formula_like(v) else v) for k, v in t.items()})
    else:
        table = Table(title=f"risk register ({len(threads)} risks)")
        for c in ("status", "trend", "series", "risk", "mitigation", "first", "last", "reports"):
            table.add_column(c)
        for t in threads:
            table.add_row(
                t["label"],
                t["trend"],
                t["series"],
                t["risk"],
                t["mitigation"] or "",
                t["first_seen"] or "",
                t["last_seen"] or "",
                str(t["reports"]),
            )
        Console(highlight=False).print(table)


class Period(StrEnum):
    day = "day"
    week = "week"
    month = "month"


@app.command()
def figures(
    subject: Annotated[str | None, typer.Option("--subject", help="Words of the subject, e.g. 'off sick'.")] = None,
    series: Annotated[str | None, typer.Option("--series", "-s", help="Series id or name.")] = None,
    limit: Annotated[int, typer.Option("--limit", help="At most this many time series.")] = 30,
    fmt: Annotated[OutFormat, typer.Option("--format", "-f", help="Output format.")] = OutFormat.table,
    db: DbOption = None,
) -> None:
    """Figures stated in the items, as time series: latest value, previous, change, and each point."""
    from rich.console import Console
    from rich.table import Table

    from sitroom.store import make_engine, session_scope
    from sitroom.views.analysis import figure_series

    with session_scope(make_engine(db, create=False), write=False) as session:
        rows = figure_series(session, subject, series, limit)
    if fmt is OutFormat.json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    table = Table(title=f"figures ({len(rows)} series)")
    for c in ("series", "subject", "unit", "latest", "previous", "change", "points"):
        table.add_column(c)

    def show(v: float | None) -> str:
        return "" if v is None else f"{v:,.0f}" if float(v).is_integer() else f"{v:,.2f}"

    for r in rows:
        unit = r["currency"] or r["unit"]
        trail = " ".join(show(p["value"]) for p in r["points"][-8:])
        table.add_row(r["series"], r["subject"], unit, show(r["latest"]), show(r["previous"]), show(r["change"]), trail)
    Console(highlight=False).print(table)


@app.command()
def themes(
    series: Annotated[str | None, typer.Option("--series", "-s", help="Series id or name.")] = None,
    by: Annotated[Period, typer.Option("--by", help="Period: day, week (from Monday) or month.")] = Period.week,
    fmt: Annotated[OutFormat, typer.Option("--format", "-f", help="Output format.")] = OutFormat.table,
    db: DbOption = None,
) -> None:
    """How many items touch each theme, per period."""
    from rich.console import Console
    from rich.table import Table

    from sitroom.store import make_engine, session_scope
    from sitroom.views.analysis import theme_counts

    with session_scope(make_engine(db, create=False), write=False) as session:
        counts = theme_counts(session, series, str(by))
    if fmt is OutFormat.json:
        typer.echo(json.dumps(counts, ensure_ascii=False, indent=1))
        return
    keys = sorted({k for row in counts.values() for k in row}, key=lambda k: -sum(r.get(k, 0) for r in counts.values()))
    periods = list(counts)[-8:]  # themes down the side, the latest periods across: fits a terminal
    table = Table(title=f"items per theme, by {by}" + (" (latest 8)" if len(counts) > 8 else ""))
    table.add_column("theme")
    for p in periods:
        table.add_column(p[5:] if by != "month" else p, justify="right")
    for k in keys:
        table.add_row(k, *(str(counts[p].get(k, "")) for p in periods))
    Console(highlight=False).print(table)


class EntityKind(StrEnum):
    organisation = "organisation"
    place = "place"


@app.command()
def entities(
    series: Annotated[str | None, typer.Option("--series", "-s", help="Series id or name.")] = None,
    since: Annotated[str | None, typer.Option("--since", help="From this date (YYYY-MM-DD).")] = None,
    kind: Annotated[EntityKind | None, typer.Option("--kind", help="Only organisations or only places.")] = None,
    limit: Annotated[int, typer.Option("--limit", help="At most this many.")] = 40,
    fmt: Annotated[OutFormat, typer.Option("--format", "-f", help="Output format.")] = OutFormat.table,
    db: DbOption = None,
) -> None:
    """Organisations and places named in the reports (shipped gazetteer, plus SITROOM_GAZETTEER files)."""
    from datetime import date as _date

    from rich.console import Console
    from rich.table import Table

    from sitroom.store import make_engine, session_scope
    from sitroom.views.analysis import entity_mentions

    start = _date.fromisoformat(since) if since else None
    with session_scope(make_engine(db, create=False), write=False) as session:
        rows = entity_mentions(session, series, start, str(kind) if kind else None)[:limit]
    if fmt is OutFormat.json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    table = Table(title=f"organisations and places ({len(rows)})")
    for c in ("name", "kind", "mentions", "reports", "first", "last"):
        table.add_column(c)
    for r in rows:
        table.add_row(r["name"], r["kind"], str(r["mentions"]), str(r["reports"]), r["first"] or "", r["last"] or "")
    Console(highlight=False).print(table)
