"""The audit log: who created, changed, deleted, submitted, published, signed in, backed up — and when.

Rows are written in the caller's transaction, so an action and its audit row are kept or lost together.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any, Protocol

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
