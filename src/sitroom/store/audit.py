"""The audit log: who created, changed, deleted, submitted, published, signed in, backed up — and when.

Rows are written in the caller's transaction, so an action and its audit row are kept or lost together.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from sitroom.errors import SitroomError
from sitroom.store.tables import Audit

ACTIONS = (
    "create",
    "update",
    "delete",
    "submit",
    "publish",
    "login",
    "login_failed",
    "logout",
    "token_create",
    "token_revoke",
    "role_change",
    "disable",
    "enable",
    "password_change",
    "backup",
    "restore",
    "ingest",
    "mail_failed",
    "chase",
    "mail_release",
    "mail_discard",
)
SYSTEM = "system"  # unattended work (the folder watcher, migrations)
LOCAL = "local"  # the command line, and the web app in single-user mode


class UnknownAction(SitroomError):
    http_status = 400


class _Named(Protocol):
    username: str


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _jsonable(value: Any) -> Any:
    # before/after values come from ORM rows: dates and other scalars must survive a JSON column on both dialects.
    return None if value is None else json.loads(json.dumps(value, default=str))


def record(
    session: Session,
    who: _Named | str | None,
    action: str,
    object_type: str | None = None,
    object_id: Any = None,
    before: dict | None = None,
    after: dict | None = None,
    detail: str | None = None,
) -> Audit:
    """Add an audit row in ``session``'s transaction. ``who`` is a Principal (anything with ``username``),
    a name, or None for the system."""
    if action not in ACTIONS:
        raise UnknownAction(f"unknown audit action {action!r}")
    name = who if isinstance(who, str) else (who.username if who is not None else SYSTEM)
    row = Audit(
        at=_now(),
        username=name[:100],
        action=action,
        object_type=object_type,
        object_id=None if object_id is None else str(object_id),
        before=_jsonable(before),
        after=_jsonable(after),
        detail=detail,
    )
    session.add(row)
    session.flush()
    return row


def query(
    session: Session,
    user: str | None = None,
    since: date | datetime | None = None,
    action: str | None = None,
    object_type: str | None = None,
    object_id: Any = None,
    limit: int = 200,
) -> list[dict]:
    """Audit rows, newest first, filtered by user name, time (a date means from its midnight), action, object."""
    if action is not None and action not in ACTIONS:
        raise UnknownAction(f"unknown audit action {action!r}; one of {', '.join(ACTIONS)}")
    stmt = select(Audit).order_by(Audit.at.desc(), Audit.id.desc()).limit(max(1, min(limit, 10_000)))
    if user:
        stmt = stmt.where(Audit.username == user)
    if since is not None:
        start = since if isinstance(since, datetime) else datetime(since.year, since.month, since.day)
        stmt = stmt.where(Audit.at >= start)
    if action:
        stmt = stmt.where(Audit.action == action)
    if object_type:
        stmt = stmt.where(Audit.object_type == object_type)
    if object_id is not None:
        stmt = stmt.where(Audit.object_id == str(object_id))
    return [audit_to_dict(a) for a in session.scalars(stmt)]


def audit_to_dict(row: Audit) -> dict:
    """One audit row as plain data."""
    return {
        "id": row.id,
        "at": row.at.isoformat(timespec="seconds"),
        "user": row.username,
        "action": row.action,
        "object_type": row.object_type,
        "object_id": row.object_id,
        "before": row.before,
        "after": row.after,
        "detail": row.detail,
    }
