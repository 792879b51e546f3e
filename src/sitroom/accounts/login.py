"""Signing in with a password, with a lockout after repeated failures. Every attempt is audited."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from sitroom.accounts.errors import AccountLocked, BadCredentials
from sitroom.accounts.passwords import dummy_hash, hash_password, needs_rehash, verify_password
from sitroom.accounts.policy import Principal, principal_for
from sitroom.store import audit
from sitroom.store.tables import Audit, User

MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=15)
# One answer for every failure (unknown name, wrong password, disabled or locked account), so that it
# tells nobody which accounts exist; and every failure verifies one password hash, so neither does its time.
FAILED = "wrong user name or password, or the account is locked for a while after too many failed attempts"
ADDRESS_LIMIT = 10  # failed sign-ins from one address …
ADDRESS_WINDOW = 300.0  # … within this many seconds, and it must wait


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def authenticate(session: Session, username: str, password: str, *, source: str | None = None) -> Principal:
    """The principal of ``username`` if ``password`` is right; else BadCredentials (or AccountLocked).

    After ``MAX_FAILURES`` failures in a row the account is locked for ``LOCKOUT``, even for the right
    password. The caller must COMMIT even when this raises: the failure count and the audit row are the
    point. ``source`` (the client address) goes into the audit row. Every outcome, success or failure of
    any kind, costs one password verification and every failure says ``FAILED``: neither the answer nor
    its time tells whether an account exists, is disabled or is locked.
    """
    now = _now()
    user = session.scalar(select(User).where(User.username == username))
    if user is None:
        verify_password(dummy_hash(), password)  # the same work as for a real account: no user enumeration by time
        detail = _detail("no such user", source)
        audit.record(session, username[:100] or "?", "login_failed", "user", None, detail=detail)
        raise BadCredentials(FAILED)
    right = verify_password(user.password_hash, password)
    if user.locked_until is not None and user.locked_until > now:
        audit.record(session, username, "login_failed", "user", user.id, detail=_detail("locked", source))
        raise AccountLocked(FAILED, user.locked_until)
    if user.disabled or not right:
        user.failed_logins = (user.failed_logins or 0) + 1
        reason = "disabled" if user.disabled else "wrong password"
        if user.failed_logins >= MAX_FAILURES:
            user.locked_until = now + LOCKOUT
            user.failed_logins = 0
            reason += f"; locked until {user.locked_until.isoformat(timespec='seconds')}"
        audit.record(session, username, "login_failed", "user", user.id, detail=_detail(reason, source))
        raise BadCredentials(FAILED)
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    user.failed_logins, user.locked_until, user.last_login = 0, None, now
    audit.record(session, username, "login", "user", user.id, detail=_detail(None, source))
    return principal_for(session, user)


def _detail(reason: str | None, source: str | None) -> str | None:
    parts = [p for p in (reason, f"from {source}" if source else None) if p]
    return "; ".join(parts) or None


def source_retry_after(
    session: Session, source: str, limit: int = ADDRESS_LIMIT, window: float = ADDRESS_WINDOW
) -> int:
    """Seconds until ``source`` (a client address) may try to sign in again: 0 while it has had fewer than
    ``limit`` failed sign-ins in the last ``window`` seconds.

    Counted from the audit log's ``login_failed`` rows, so every server process and every restart sees
    the same count: one address cannot guess across many accounts by spreading over workers.
    """
    now = _now()
    pattern = "%from " + source.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    failures = session.scalars(
        select(Audit.at)
        .where(
            Audit.action == "login_failed",
            Audit.at >= now - timedelta(seconds=window),
            Audit.detail.like(pattern, escape="\\"),
        )
        .order_by(Audit.at.desc())
        .limit(limit)
    ).all()
    if len(failures) < limit:
        return 0
    # The oldest of the last ``limit`` failures must leave the window first.
    return max(1, int((failures[-1] + timedelta(seconds=window) - now).total_seconds()) + 1)
