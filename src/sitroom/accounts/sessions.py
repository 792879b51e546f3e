"""Browser sessions kept in the database: a random id in the (signed) cookie, its SHA-256 in ``user_session``.

Because the session is a row, every server process on the database sees it end at once: signing out
deletes it, and a new password or a disabled account deletes all of the user's sessions (see
``accounts.users``). A stolen or copied cookie dies with its row, not at its expiry.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from sitroom.store.tables import User, UserSession

LIFETIME = timedelta(hours=12)  # a working day, then sign in again


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _hash(session_id: str) -> str:
    # A plain SHA-256 suffices: ids are 256-bit random; storing only the hash keeps a copy of the
    # database (a backup) from holding live sessions.
    return hashlib.sha256(session_id.encode()).hexdigest()


def start_session(session: Session, user_id: int) -> str:
    """A new session for ``user_id``; returns its id (for the cookie), never stored as such.
    Expired sessions of every user are swept out on the way (the caller commits)."""
    now = _now()
    session.execute(delete(UserSession).where(UserSession.expires_at <= now))
    session_id = secrets.token_urlsafe(32)
    session.add(UserSession(user_id=user_id, token_hash=_hash(session_id), created_at=now, expires_at=now + LIFETIME))
    return session_id


def session_user(session: Session, session_id: str) -> User | None:
    """The enabled user of a live session, or None (unknown, ended, expired, or the user is disabled)."""
    if not session_id or len(session_id) > 100:
        return None
    user = session.scalar(
        select(User)
        .join(UserSession, UserSession.user_id == User.id)
        .where(UserSession.token_hash == _hash(session_id), UserSession.expires_at > _now())
    )
    return None if user is None or user.disabled else user


def end_session(session: Session, session_id: str) -> None:
    """End one session (signing out); unknown ids are ignored."""
    session.execute(delete(UserSession).where(UserSession.token_hash == _hash(session_id)))


def end_user_sessions(session: Session, user_id: int) -> int:
    """End every session of ``user_id`` (a new password, a disabled account); returns how many ended."""
    return session.execute(delete(UserSession).where(UserSession.user_id == user_id)).rowcount
