"""Commands that compare and analyse reports: diff."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from sitroom.cli.app import app
from sitroom.cli.store_cmds import DbOption


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
        from sitroom.parse import parse_file

        return parse_file(path)[0]
    from sitroom.store import make_engine, session_scope
    from sitroom.store.queries import report_as_model

    with session_scope(make_engine(db), write=False) as session:
        return report_as_model(session, int(ref))


@app.command()
def diff(
    old: Annotated[str, typer.Argument(help="The earlier report: a file, or a stored report id.")],
    new: Annotated[str, typer.Argument(help="The later report: a file, or a stored report id.")],
    fmt: Annotated[DiffFormat, typer.Option("--format", "-f", help="Output format.")] = DiffFormat.json,
    method: Annotated[
        LinkMethod, typer.Option("--method", help="Similarity: blend (default), or the tfidf / fuzz baselines.")
    ] = "blend",  # type: ignore[assignment]
    db: DbOption = None,
) -> None:
    """Link each item of NEW to its predecessor in OLD: new, continuing, updated, dropped."""
    from sitroom.analyse.diff import diff_reports, diff_to_markdown
    from sitroom.analyse.link import LinkOptions

    old_report, new_report = _load(old, db), _load(new, db)
    result = diff_reports(old_report, new_report, LinkOptions(method=str(method)))
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
    only_open: Annotated[bool, typer.Option("--open", help="Only risks still open.")] = False,
    close_after: Annotated[
        int, typer.Option("--close-after", help="A risk not reported for this many reports is closed.")
    ] = 2,
    fmt: Annotated[RiskFormat, typer.Option("--format", "-f", help="Output format.")] = RiskFormat.table,
    db: DbOption = None,
) -> None:
    """The risk register: each risk thread with its mitigation, first and last seen, status and trend."""
    import csv
    import sys

    from rich.console import Console
    from rich.table import Table

    from sitroom.store import make_engine, session_scope
    from sitroom.store.risks import risk_register

    with session_scope(make_engine(db), write=False) as session:
        threads = [t.to_json() for t in risk_register(session, series, only_open, close_after)]
    if fmt is RiskFormat.json:
        typer.echo(json.dumps(threads, ensure_ascii=False, indent=1))
    elif fmt is RiskFormat.csv:
        cols = ["thread", "series", "status", "trend", "first_seen", "last_seen", "reports", "risk", "mitigation"]
        w = csv.DictWriter(sys.stdout, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        for t in threads:
            # A cell starting with = + - @ would run as a formula in a spreadsheet.
            w.writerow({k: ("'" + v if isinstance(v, str) and v[:1] in "=+-@" else v) for k, v in t.items()})
    else:
        table = Table(title=f"risk register ({len(threads)} risks)")
        for c in ("status", "trend", "series", "risk", "mitigation", "first", "last", "reports"):
            table.add_column(c)
        for t in threads:
            table.add_row(
                t["status"],
                t["trend"],
                t["series"],
                t["risk"],
                t["mitigation"] or "",
                t["first_seen"] or "",
                t["last_seen"] or "",
                str(t["reports"]),
            )
        Console(highlight=False).print(table)
