"""`sitroom demo`: the main job on generated example sitreps, into the embedded SQLite database."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from sitroom.cli.app import app, fail, out


@app.command()
def demo(
    folder: Annotated[Path, typer.Option("--dir", help="Where to put the example files and database.")] = Path(
        "sitroom-demo"
    ),
    serve: Annotated[bool, typer.Option("--serve", help="Then serve the web app on the demo database.")] = False,
    port: Annotated[int, typer.Option("--port", "-p", min=1, max=65535, help="Port for --serve.")] = 8000,
) -> None:
    """Generate example sitreps of two councils over eight cycles, ingest them, write the latest brief."""
    from sitroom.demo import DEMO_QUERY, run_demo

    result = run_demo(folder)
    out.print(f"[bold]{result.files}[/] example sitreps (txt, docx, pdf) in {folder / 'returns'}")
    out.print(
        f"ingested into {result.database}: {result.ingested} new, {result.duplicates} already there, "
        f"{len(result.failed)} failed"
    )
    t = Table(title="series")
    for c in ("id", "name", "reports", "first", "last"):
        t.add_column(c)
    for s in result.series:
        t.add_row(str(s["id"]), s["name"], str(s["reports"]), s["first"] or "", s["last"] or "")
    out.print(t)
    out.print(f"search {DEMO_QUERY!r}: {len(result.hits)} best matches")
    for h in result.hits:
        earlier = f" (and {len(h['earlier'])} earlier reports)" if len(h.get("earlier", [])) > 1 else ""
        earlier = earlier or (" (and 1 earlier report)" if h.get("earlier") else "")
        out.print(f"  report {h['report_id']} ({h['date']}, {h['series']}): {h['snippet']}{earlier}", markup=False)
    summary = ", ".join(f"{n} {what}" for what, n in result.changes.items())
    out.print(f"latest cycle, changes since the one before: {summary}")
    for fmt, path in result.briefs.items():
        out.print(f"brief ({fmt}): {path}", markup=False)
    for warning in result.warnings:
        out.print(f"note: {warning}", markup=False)
    db = f"sqlite:///{result.database}"
    out.print(f"next: sitroom reports --db {db} · sitroom search 'staff absence' --db {db}", markup=False)
    if not serve:
        out.print(f"web app: sitroom demo --serve, or sitroom serve --db {db}", markup=False)
    for f in result.failed:
        fail(f)
    if result.failed:
        raise typer.Exit(1)
    if serve:
        from sitroom.cli.serve_cmds import run_server

        run_server("127.0.0.1", port, db)
