"""The `sitroom` command line: parse options, call the core, print. Errors are mapped here once."""

from __future__ import annotations

import sys

from sitroom.cli import (  # noqa: F401  (registers the commands)
    account_cmds,
    analyse_cmds,
    brief_cmds,
    demo_cmds,
    export_cmds,
    generate_cmds,
    ingest_cmds,
    mail_cmds,
    mailrule_cmds,
    parse_cmds,
    search_cmds,
    serve_cmds,
    store_cmds,
)
from sitroom.cli.app import app, fail
from sitroom.errors import SitroomError

__all__ = ["app", "main"]


def main() -> None:
    """Console entry point: core errors become one red line and their exit code, never a traceback."""
    try:
        app()
    except SitroomError as e:
        fail(str(e))
        sys.exit(e.exit_code)
