"""`sitroom serve`: the web app and JSON API on one database."""

from __future__ import annotations

from typing import Annotated

import typer

from sitroom.cli.app import app, err, fail
from sitroom.cli.store_cmds import DbOption


@app.command()
def serve(
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", "-p", min=1, max=65535, help="Port to listen on.")] = 8000,
    max_upload_mb: Annotated[float, typer.Option("--max-upload-mb", min=0.1, help="Largest accepted file.")] = 20.0,
    workers: Annotated[
        int, typer.Option("--workers", "-w", min=1, max=64, help="Server processes (one per core suits a team).")
    ] = 1,
    allowed_host: Annotated[
        list[str] | None,
        typer.Option(
            "--allowed-host",
            help="A host name the server answers to (repeatable; *.example.org for subdomains). "
            "Default: SITROOM_ALLOWED_HOSTS; loopback names always work.",
        ),
    ] = None,
    db: DbOption = None,
) -> None:
    """Serve the web app (dashboard, reports, risks, figures, search, upload, submit) and the JSON API."""
    run_server(host, port, db, max_upload_mb, workers, allowed_host or None)


def run_server(
    host: str,
    port: int,
    db: str | None,
    max_upload_mb: float = 20.0,
    workers: int = 1,
    allowed_hosts: list[str] | None = None,
) -> None:
    """Build the app for ``db`` and serve it with Uvicorn until interrupted. ``allowed_hosts``: the
    host names to answer to (None: those of the environment, see sitroom.settings)."""
    import os

    import uvicorn

    from sitroom.accounts.users import auth_enabled
    from sitroom.settings import ALLOWED_HOSTS, DATABASE, MAX_UPLOAD_MB, host_list
    from sitroom.store import make_engine, session_scope
    from sitroom.store.engine import database_url
    from sitroom.web import create_app

    engine = make_engine(db)
    with session_scope(engine, write=False) as session:
        accounts = auth_enabled(session)
    if not accounts and not _is_loopback(host):
        engine.dispose()
        fail(
            f"refusing to listen on {host}: there are no user accounts, so anyone reaching it would act as admin. "
            "Add an admin first (sitroom user add NAME --role admin), or listen on 127.0.0.1."
        )
        raise typer.Exit(2)
    if not accounts:
        err.print(
            "single-user mode: no accounts, no sign-in; listening on loopback only, answering loopback "
            "host names (and --allowed-host ones) only. "
            "`sitroom user add NAME --role admin` turns sign-in on.",
            highlight=False,
        )
    err.print(f"sitroom on http://{host}:{port}/ · database {database_url(db)}", highlight=False)
    if workers == 1:
        web = create_app(engine, max_upload_mb=max_upload_mb, warm=True, allowed_hosts=allowed_hosts)
        uvicorn.run(web, host=host, port=port, log_level="warning", access_log=False, proxy_headers=False)
        return
    # Several processes each build their own app (and engine) from the environment; the schema is
    # already migrated by the engine made above, so they start on it as it is.
    engine.dispose()
    os.environ[DATABASE] = database_url(db)
    os.environ[MAX_UPLOAD_MB] = str(max_upload_mb)
    if allowed_hosts is not None:
        os.environ[ALLOWED_HOSTS] = ",".join(host_list(allowed_hosts))
    uvicorn.run(
        "sitroom.web.app:app_from_env",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level="warning",
        access_log=False,  # warning level prints no access lines: do not even format them
        proxy_headers=False,
    )


def _is_loopback(host: str) -> bool:
    """Whether ``host`` is a loopback address (or ``localhost``), reachable from this machine only."""
    import ipaddress

    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a host name: it may resolve to anything, so treat it as public
