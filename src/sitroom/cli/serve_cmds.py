"""`sitroom serve`: the web app and JSON API on one database."""

from __future__ import annotations

from typing import Annotated

import typer

from sitroom.cli.app import app, err
from sitroom.cli.store_cmds import DbOption


@app.command()
def serve(
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", "-p", min=1, max=65535, help="Port to listen on.")] = 8000,
    max_upload_mb: Annotated[float, typer.Option("--max-upload-mb", min=0.1, help="Largest accepted file.")] = 20.0,
    db: DbOption = None,
) -> None:
    """Serve the web app (dashboard, reports, risks, figures, search, upload, submit) and the JSON API."""
    run_server(host, port, db, max_upload_mb)


def run_server(host: str, port: int, db: str | None, max_upload_mb: float = 20.0) -> None:
    """Build the app for ``db`` and serve it with Uvicorn until interrupted."""
    import uvicorn

    from sitroom.store.engine import database_url
    from sitroom.web import create_app

    web = create_app(db, max_upload_mb=max_upload_mb)
    err.print(f"sitroom on http://{host}:{port}/ · database {database_url(db)}", highlight=False)
    uvicorn.run(web, host=host, port=port, log_level="warning", proxy_headers=False)
