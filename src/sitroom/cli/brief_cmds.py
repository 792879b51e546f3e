"""The consolidated brief command."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from sitroom.brief.length import DEFAULT_MAX_PAGES
from sitroom.cli.app import app, err
from sitroom.cli.store_cmds import DbOption


class Paper(StrEnum):
    a4 = "a4"
    letter = "letter"


class BriefFormat(StrEnum):
    html = "html"
    md = "md"
    docx = "docx"
    pdf = "pdf"


def _date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date YYYY-MM-DD", param_hint=option) from None


@app.command()
def brief(
    on: Annotated[
        str | None, typer.Option("--date", help="The cycle: latest report of each series on or before this date.")
    ] = None,
    since: Annotated[str | None, typer.Option("--since", help="The cycle: every report from this date.")] = None,
    series: Annotated[str | None, typer.Option("--series", "-s", help="Only this series (id or name).")] = None,
    fmt: Annotated[BriefFormat, typer.Option("--format", "-f", help="Output format.")] = BriefFormat.html,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Output file (default brief-<date>.<format>; md: stdout).")
    ] = None,
    max_items: Annotated[
        int | None, typer.Option("--max-items", min=0, help="Keep this many changes, most salient first.")
    ] = None,
    max_pages: Annotated[
        float,
        typer.Option(
            "--max-pages",
            min=0,
            help="Shorten to about this many A4 pages, most salient lines first; 0 keeps everything.",
        ),
    ] = DEFAULT_MAX_PAGES,
    base_url: Annotated[
        str,
        typer.Option(
            "--base-url",
            envvar="SITROOM_BASE_URL",
            help="The sitroom web address: sources become links to it. Without it, sources are numbered "
            "references to the list that ends the brief.",
        ),
    ] = "",
    paper: Annotated[Paper, typer.Option("--paper", help="Page size of docx and pdf.")] = Paper.a4,
    db: DbOption = None,
) -> None:
    """The consolidated brief of a cycle: what changed, each heading across series, figures, risks, missing returns."""
    from sitroom.brief.compose import compose_brief
    from sitroom.store import make_engine, session_scope

    engine = make_engine(db, create=False)
    with session_scope(engine, write=False) as session:
        result = compose_brief(
            session, _date(on, "--date"), _date(since, "--since"), series, max_items, charts=True, max_pages=max_pages
        )
    for warning in result.warnings:
        err.print(f"warning: {warning}", highlight=False)
    if fmt is BriefFormat.md:
        from sitroom.brief.markdown import render_markdown

        data: bytes = render_markdown(result, base_url).encode()
        if output is None:
            typer.echo(data.decode(), nl=False)
            _published(engine, result, fmt.value, "stdout")
            return
    elif fmt is BriefFormat.html:
        from sitroom.brief.html import render_html

        data = render_html(result, base_url, paper.value).encode()
    elif fmt is BriefFormat.docx:
        from sitroom.brief.docx import render_docx

        data = render_docx(result, base_url, paper.value)
    else:
        from sitroom.brief.pdf import render_pdf

        data = render_pdf(result, base_url, paper.value)
    target = output or Path(f"brief-{result.date.isoformat() if result.date else 'empty'}.{fmt.value}")
    target.write_bytes(data)
    _published(engine, result, fmt.value, str(target))
    err.print(f"brief written to {target}", highlight=False)


def _published(engine, result, fmt: str, where: str) -> None:
    from sitroom.brief.publication import record_publication
    from sitroom.store import session_scope
    from sitroom.store.audit import LOCAL

    with session_scope(engine, write=True) as session:
        record_publication(session, LOCAL, result, fmt, where)
