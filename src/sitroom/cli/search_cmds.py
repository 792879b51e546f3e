"""`sitroom search`: full-text search over the stored items, one hit per thread."""

from __future__ import annotations

import re
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from sitroom.cli.app import app
from sitroom.cli.store_cmds import DbOption, FormatOption, OutFormat, _date, _engine, _print_json, out


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words to find (all must occur; prefixes match).")],
    series: Annotated[str | None, typer.Option("--series", "-s", help="Series id or name.")] = None,
    section: Annotated[str | None, typer.Option("--section", help="Template section key, e.g. risks.")] = None,
    since: Annotated[str | None, typer.Option("--since", help="From this date (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option("--until", help="Up to this date (YYYY-MM-DD).")] = None,
    limit: Annotated[int, typer.Option("--limit", help="At most this many results.")] = 20,
    every_report: Annotated[bool, typer.Option("--every-report", help="Each report, not one hit per thread.")] = False,
    superseded: Annotated[
        bool, typer.Option("--superseded", help="Also items of superseded returns, marked [superseded].")
    ] = False,
    db: DbOption = None,
    fmt: FormatOption = OutFormat.table,
) -> None:
    """Full-text search over items, best first, highlighted; an item said week after week is one hit."""
    from sitroom.store import session_scope
    from sitroom.store.search import MARK_END, MARK_START, SearchFilters, collapse_threads, search_items

    # A thread's earlier reports would take the places of other hits: read more, then fold.
    wanted = limit if every_report else min(limit * 10, 1000)
    filters = SearchFilters(series, section, _date(since, "--since"), _date(until, "--until"), wanted, None, superseded)
    with session_scope(_engine(db)) as session:
        rows = search_items(session, query, filters)
        if not every_report:
            rows = collapse_threads(session, rows)[:limit]
    if fmt is OutFormat.json:
        _print_json(rows)
        return
    if not rows:
        out.print("no matches")
        return
    t = Table()
    for c in ("report", "date", "series", "section", "snippet"):
        t.add_column(c)
    for r in rows:
        snippet = Text()
        for n, part in enumerate(re.split(f"{MARK_START}|{MARK_END}", r["snippet"])):
            snippet.append(part, style="bold yellow" if n % 2 else None)
        if n := len(r.get("earlier", [])):
            snippet.append(f" (and {n} earlier report{'' if n == 1 else 's'})", style="dim")
        if r["status"] == "superseded":
            snippet.append(" [superseded]", style="bold red")
        t.add_row(str(r["report_id"]), r["date"] or "", r["series"], r["section"] or r["heading"] or "", snippet)
    out.print(t)
