"""Commands for accounts, API tokens, the audit log, backup and restore, and deleting a report.

The command line acts as "local" in the audit log: whoever can run it can read the database anyway.
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path
from typing import Annotated

import typer

from sitroom.accounts.roles import ROLES, Role
from sitroom.cli.app import app, err
from sitroom.cli.store_cmds import DbOption, FormatOption, OutFormat, _engine, _print_json, _table, out

user_app = typer.Typer(help="Accounts: add users, change roles, disable.", no_args_is_help=True)
token_app = typer.Typer(help="API tokens: create, list, revoke.", no_args_is_help=True)
report_app = typer.Typer(help="Change stored reports.", no_args_is_help=True)
app.add_typer(user_app, name="user")
app.add_typer(token_app, name="token")
app.add_typer(report_app, name="report")


def _role(value: str) -> str:
    if value not in ROLES:
        raise typer.BadParameter(f"{value!r} is not a role; one of {', '.join(ROLES)}")
    return value


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        # One line, without its newline: lets scripts and tests pipe a password in.
        return sys.stdin.readline().rstrip("\r\n")
    return typer.prompt("Password", hide_input=True, confirmation_prompt=True)


@user_app.command("add")
def user_add(
    username: Annotated[str, typer.Argument(help="Sign-in name.")],
    role: Annotated[str, typer.Option("--role", "-r", callback=_role, help=f"One of {', '.join(ROLES)}.")],
    org: Annotated[list[str] | None, typer.Option("--org", help="Organisation (repeatable).")] = None,
    series: Annotated[list[str] | None, typer.Option("--series", help="Assigned series, id or name.")] = None,
    display_name: Annotated[str | None, typer.Option("--name", help="Display name.")] = None,
    password_stdin: Annotated[bool, typer.Option("--password-stdin", help="Read the password from stdin.")] = False,
    db: DbOption = None,
) -> None:
    """Add a user. The first user turns sign-in on: make it an admin."""
    from sitroom.accounts.users import auth_enabled, create_user
    from sitroom.store import session_scope

    password = _read_password(password_stdin)
    engine = _engine(db, create=True)  # the first user is often added before any report
    with session_scope(engine) as session:
        first = not auth_enabled(session)
        if first and role != Role.ADMIN:
            raise typer.BadParameter("the first user must be an admin (it turns sign-in on)", param_hint="--role")
        create_user(
            session, username, password, role, display_name=display_name, organisations=org or [], series=series or []
        )
    typer.echo(f"added {username} ({role})")
    if first:
        err.print("sign-in is now required: the web app no longer runs in single-user mode", highlight=False)


@user_app.command("role")
def user_role(
    username: str,
    role: Annotated[str, typer.Argument(callback=_role, help=f"One of {', '.join(ROLES)}.")],
    db: DbOption = None,
) -> None:
    """Change a user's role."""
    from sitroom.accounts.users import set_role
    from sitroom.store import session_scope

    with session_scope(_engine(db)) as session:
        set_role(session, username, role)
    typer.echo(f"{username} is now {role}")


@user_app.command("assign")
def user_assign(
    username: str,
    org: Annotated[list[str] | None, typer.Option("--org", help="Organisation (repeatable).")] = None,
    series: Annotated[list[str] | None, typer.Option("--series", help="Series, id or name (repeatable).")] = None,
    replace: Annotated[bool, typer.Option("--replace", help="Replace the current ones instead of adding.")] = False,
    db: DbOption = None,
) -> None:
    """Give a user organisations and series."""
    from sitroom.accounts.users import assign, get_user, user_to_dict
    from sitroom.store import session_scope

    with session_scope(_engine(db)) as session:
        assign(session, username, organisations=org or [], series=series or [], replace=replace)
        d = user_to_dict(session, get_user(session, username))
    typer.echo(f"{username}: organisations {d['organisations'] or '-'}; series {d['series'] or '-'}")


@user_app.command("disable")
def user_disable(
    username: str,
    enable: Annotated[bool, typer.Option("--enable", help="Enable the user again instead.")] = False,
    db: DbOption = None,
) -> None:
    """Disable a user: their sessions and API tokens stop working at once."""
    from sitroom.accounts.users import set_disabled
    from sitroom.store import session_scope

    with session_scope(_engine(db)) as session:
        set_disabled(session, username, not enable)
    typer.echo(f"{username} is {'enabled' if enable else 'disabled'}")


@user_app.command("password")
def user_password(
    username: str,
    password_stdin: Annotated[bool, typer.Option("--password-stdin", help="Read the password from stdin.")] = False,
    db: DbOption = None,
) -> None:
    """Set a user's password (also lifts a lockout)."""
    from sitroom.accounts.users import set_password
    from sitroom.store import session_scope

    password = _read_password(password_stdin)
    with session_scope(_engine(db)) as session:
        set_password(session, username, password)
    typer.echo(f"password of {username} changed")


@user_app.command("list")
def user_list(db: DbOption = None, fmt: FormatOption = OutFormat.table) -> None:
    """List the users."""
    from sitroom.accounts.users import list_users
    from sitroom.store import session_scope

    with session_scope(_engine(db), write=False) as session:
        rows = list_users(session)
    if fmt is OutFormat.json:
        _print_json(rows)
        return
    for r in rows:
        r["organisations"] = ", ".join(r["organisations"])
        r["series"] = ", ".join(r["series"])
        r["status"] = "disabled" if r["disabled"] else ("locked" if _locked(r["locked_until"]) else "active")
    _table(rows, ["username", "role", "status", "organisations", "series", "last_login"])


def _locked(until: datetime | None) -> bool:
    from datetime import UTC

    return until is not None and until > datetime.now(UTC).replace(tzinfo=None)


@token_app.command("create")
def token_create(
    username: str,
    name: Annotated[str, typer.Option("--name", "-n", help="What the token is for.")],
    db: DbOption = None,
) -> None:
    """Create an API token for a user. It is printed once and never stored: keep it now."""
    from sitroom.accounts.tokens import create_token
    from sitroom.store import session_scope

    with session_scope(_engine(db)) as session:
        row, token = create_token(session, username, name)
        token_id = row.id
    err.print(f"token {token_id} for {username}; shown once only:", highlight=False)
    typer.echo(token)


@token_app.command("revoke")
def token_revoke(token_id: int, db: DbOption = None) -> None:
    """Revoke an API token."""
    from sitroom.accounts.tokens import revoke_token
    from sitroom.store import session_scope

    with session_scope(_engine(db)) as session:
        revoke_token(session, token_id)
    typer.echo(f"token {token_id} revoked")


@token_app.command("list")
def token_list(
    user: Annotated[str | None, typer.Option("--user", help="Only this user's tokens.")] = None,
    db: DbOption = None,
    fmt: FormatOption = OutFormat.table,
) -> None:
    """List API tokens (never their secret)."""
    from sitroom.accounts.tokens import list_tokens
    from sitroom.accounts.users import get_user
    from sitroom.store import session_scope

    with session_scope(_engine(db), write=False) as session:
        rows = list_tokens(session, get_user(session, user).id if user else None)
    if fmt is OutFormat.json:
        _print_json(rows)
        return
    _table(rows, ["id", "user", "name", "prefix", "created_at", "last_used_at", "revoked_at"])


@app.command("audit")
def audit_log(
    user: Annotated[str | None, typer.Option("--user", help="Only this user's actions.")] = None,
    since: Annotated[str | None, typer.Option("--since", help="From this date or time (ISO).")] = None,
    action: Annotated[str | None, typer.Option("--action", help="Only this action (login, delete, …).")] = None,
    limit: Annotated[int, typer.Option("--limit", min=1, help="At most this many rows.")] = 200,
    db: DbOption = None,
    fmt: FormatOption = OutFormat.table,
) -> None:
    """Show the audit log, newest first."""
    from sitroom.store import session_scope
    from sitroom.views import audit

    start: date | datetime | None = None
    if since:
        try:
            start = datetime.fromisoformat(since) if "T" in since or " " in since else date.fromisoformat(since)
        except ValueError:
            message = f"{since!r} is not a date or time (YYYY-MM-DD[THH:MM])"
            raise typer.BadParameter(message, param_hint="--since") from None
    with session_scope(_engine(db), write=False) as session:
        rows = audit.query(session, user=user, since=start, action=action, limit=limit)
    if fmt is OutFormat.json:
        _print_json(rows)
        return
    for r in rows:
        r["object"] = f"{r['object_type'] or ''} {r['object_id'] or ''}".strip()
    _table(rows, ["at", "user", "action", "object", "detail"])


@app.command("backup")
def backup_cmd(
    file: Annotated[Path, typer.Argument(help="The zip file to write.", dir_okay=False)],
    db: DbOption = None,
) -> None:
    """Back up the database, original files included, into FILE (safe while the server and ingests run)."""
    from sitroom.store.backup import backup

    manifest = backup(_engine(db), file)
    rows = manifest["tables"]
    out.print(
        f"{file}: {rows.get('report', {}).get('rows', 0)} reports, {rows.get('original', {}).get('rows', 0)} "
        f"original files, schema {manifest['revision']} ({manifest['layout']})"
    )


@app.command("restore")
def restore_cmd(
    file: Annotated[Path, typer.Argument(help="A backup made by `sitroom backup`.", dir_okay=False)],
    force: Annotated[bool, typer.Option("--force", help="Replace the contents of a database holding data.")] = False,
    db: DbOption = None,
) -> None:
    """Restore a backup into the database (stop the server first)."""
    from sitroom.store.engine import database_url
    from sitroom.store.restore import restore

    manifest = restore(database_url(db), file, force=force)
    rows = manifest["tables"]
    out.print(
        f"restored {file} (made {manifest['created_at']}): {rows.get('report', {}).get('rows', 0)} reports, "
        f"{rows.get('user', {}).get('rows', 0)} users"
    )


@report_app.command("delete")
def report_delete(
    report_id: Annotated[int, typer.Argument(help="The report's id.")],
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
    db: DbOption = None,
) -> None:
    """Delete a report, its items and links, and its original file unless another report uses it."""
    from sitroom.store import session_scope
    from sitroom.store.delete import delete_report
    from sitroom.store.queries import get_report

    engine = _engine(db)
    if not yes:
        with session_scope(engine, write=False) as session:
            r = get_report(session, report_id)
            label = f"{r.series.name} · {r.title or r.source}"
        typer.confirm(f"Delete report {report_id} ({label})?", abort=True)
    with session_scope(engine) as session:
        done = delete_report(session, report_id)
    note = "original file deleted" if done["original_deleted"] else "original file kept (another report uses it)"
    typer.echo(f"deleted report {report_id}: {done['items']} items; {note}")
