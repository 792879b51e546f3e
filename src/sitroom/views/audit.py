"""The audit trail as readers see it: rows filtered by user, time, action and object, newest first."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sitroom.store.audit import ACTIONS, UnknownAction
from sitroom.store.tables import Audit


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
