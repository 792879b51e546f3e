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
    db: DbOption = None,
) -> None:
    """Link each item of NEW to its predecessor in OLD: new, continuing, updated, dropped."""
    from sitroom.analyse.diff import diff_reports, diff_to_markdown

    old_report, new_report = _load(old, db), _load(new, db)
    result = diff_reports(old_report, new_report)
    if fmt is DiffFormat.json:
        typer.echo(json.dumps(result.to_json(old_report.source, new_report.source), ensure_ascii=False, indent=1))
    else:
        typer.echo(diff_to_markdown(old_report, new_report, result), nl=False)
