"""API tokens: random secrets shown once; only their SHA-256 is stored. A token acts as its user."""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from sitroom.accounts.errors import AccountError, TokenNotFound
from sitroom.accounts.policy import Principal, principal_for
from sitroom.accounts.users import Actor, get_user
from sitroom.store import audit
from sitroom.store.tables import ApiToken, User

PREFIX = "srt_"  # recognisable in logs and by secret scanners
TOUCH_EVERY = timedelta(minutes=1)  # last_used_at is written at most this often: no write per API call


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def token_hash(token: str) -> str:
    """The stored form of a token. A plain SHA-256 suffices: tokens are 256-bit random, not guessable passwords."""
    return hashlib.sha256(token.encode()).hexdigest()


def create_token(session: Session, username: str, name: str, *, by: Actor = audit.LOCAL) -> tuple[ApiToken, str]:
    """A new token for ``username``; returns the row and the token itself, which is never stored or shown again."""
    name = name.strip()
    if not name or len(name) > 100:
        raise AccountError("a token needs a name of 1 to 100 characters")
    user = get_user(session, username)
    if user.disabled:
        raise AccountError(f"{username} is disabled")
    token = PREFIX + secrets.token_urlsafe(32)
    row = ApiToken(
        user_id=user.id, name=name, prefix=token[: len(PREFIX) + 6], token_hash=token_hash(token), created_at=_now()
    )
    session.add(row)
    session.flush()
    audit.record(session, by, "token_create", "api_token", row.id, after={"user": username, "name": name})
    return row, token


def verify_token(session: Session, token: str, *, touch: bool = True) -> Principal | None:
    """The principal a token acts for, or None if it is unknown, revoked or its user is disabled.
    With ``touch``, updates ``last_used_at`` (at most once a minute; the caller commits). The web app
    verifies in a read-only session and calls ``touch_token`` in a write one only when ``is_stale``."""
    if not token.startswith(PREFIX) or len(token) > 200:
        return None
    row = session.scalar(select(ApiToken).where(ApiToken.token_hash == token_hash(token)))
    if row is None or row.revoked_at is not None:
        return None
    user = session.get(User, row.user_id)
    if user is None or user.disabled:
        return None
    if touch and _stale(row.last_used_at):
        row.last_used_at = _now()
    return principal_for(session, user, token_id=row.id)


def _stale(last_used_at: datetime | None) -> bool:
    return last_used_at is None or _now() - last_used_at >= TOUCH_EVERY


def is_stale(session: Session, token_id: int) -> bool:
    """Whether the token's ``last_used_at`` is due for an update."""
    return _stale(session.scalar(select(ApiToken.last_used_at).where(ApiToken.id == token_id)))


def touch_token(session: Session, token_id: int) -> None:
    """Record that the token was used now."""
    row = session.get(ApiToken, token_id)
    if row is not None:
        row.last_used_at = _now()


def revoke_token(session: Session, token_id: int, *, by: Actor = audit.LOCAL, owner_id: int | None = None) -> ApiToken:
    """Revoke a token (idempotent). With ``owner_id``, only a token of that user is found."""
    row = session.get(ApiToken, token_id)
    if row is None or (owner_id is not None and row.user_id != owner_id):
        raise TokenNotFound(f"no token with id {token_id}")
    if row.revoked_at is None:
        row.revoked_at = _now()
        audit.record(session, by, "token_revoke", "api_token", row.id, after={"name": row.name})
    return row


def list_tokens(session: Session, user_id: int | None = None) -> list[dict]:
    """Tokens (never their secret), newest first; only ``user_id``'s when given."""
    stmt = select(ApiToken, User.username).join(User, User.id == ApiToken.user_id).order_by(ApiToken.id.desc())
    if user_id is not None:
        stmt = stmt.where(ApiToken.user_id == user_id)
    return [
        {
            "id": t.id,
            "user": username,
            "name": t.name,
            "prefix": t.prefix,
            "created_at": t.created_at,
            "last_used_at": t.last_used_at,
            "revoked_at": t.revoked_at,
        }
        for t, username in session.execute(stmt)
    ]
