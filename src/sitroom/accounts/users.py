"""Creating and changing accounts: role, organisations, assigned series, password, disabled flag."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from sitroom.accounts.errors import AccountError, AccountExists, LastAdmin, UserNotFound
from sitroom.accounts.passwords import hash_password
from sitroom.accounts.policy import Principal
from sitroom.accounts.roles import ROLES, Role
from sitroom.accounts.sessions import end_user_sessions
from sitroom.store import audit
from sitroom.store.limits import check
from sitroom.store.series import find_series, get_or_create_organisation
from sitroom.store.tables import Organisation, Series, User, UserOrganisation, UserSeries

USERNAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,99}$")
RESERVED = {audit.SYSTEM, audit.LOCAL, "anonymous"}  # names the audit log uses for non-people

Actor = Principal | str | None


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def auth_enabled(session: Session) -> bool:
    """Whether sign-in is required: true as soon as any account exists.

    Disabled accounts count too: disabling every user must lock the app, never reopen it to anyone
    (fail closed). The last enabled admin cannot be disabled or demoted anyway (``LastAdmin``).
    """
    return session.scalar(select(User.id).limit(1)) is not None


def get_user(session: Session, username: str) -> User:
    """The account named ``username``; raises UserNotFound."""
    user = session.scalar(select(User).where(User.username == username))
    if user is None:
        raise UserNotFound(f"no user named {username!r}")
    return user


def _check_role(role: str) -> str:
    if role not in ROLES:
        raise AccountError(f"unknown role {role!r}; one of {', '.join(ROLES)}")
    return role


def user_to_dict(session: Session, user: User) -> dict:
    """An account as plain data (never the password hash)."""
    orgs = session.scalars(
        select(Organisation.name)
        .join(UserOrganisation, UserOrganisation.organisation_id == Organisation.id)
        .where(UserOrganisation.user_id == user.id)
        .order_by(Organisation.name)
    ).all()
    series = session.scalars(
        select(Series.name)
        .join(UserSeries, UserSeries.series_id == Series.id)
        .where(UserSeries.user_id == user.id)
        .order_by(Series.name)
    ).all()
    return {
        "id": user.id,
        "username": user.username,
        "display_name": user.display_name,
        "role": user.role,
        "disabled": user.disabled,
        "organisations": list(orgs),
        "series": list(series),
        "created_at": user.created_at,
        "last_login": user.last_login,
        "locked_until": user.locked_until,
    }


def list_users(session: Session) -> list[dict]:
    """Every account, by user name."""
    return [user_to_dict(session, u) for u in session.scalars(select(User).order_by(User.username))]


def create_user(
    session: Session,
    username: str,
    password: str,
    role: str,
    *,
    display_name: str | None = None,
    organisations: Iterable[str] = (),
    series: Iterable[str | int] = (),
    by: Actor = audit.LOCAL,
) -> User:
    """Create an account. Organisations are found by name (created when new: a coordinator may be set up
    before the first report of their organisation arrives); series must exist. The first account turns
    sign-in on for the whole app."""
    if not USERNAME.match(username) or username.lower() in RESERVED:
        raise AccountError(
            f"{username!r} is not a usable user name (letters, digits, . _ @ -; not {', '.join(sorted(RESERVED))})"
        )
    _check_role(role)
    if session.scalar(select(User.id).where(func.lower(User.username) == username.lower())) is not None:
        raise AccountExists(f"a user named {username!r} exists already")
    user = User(
        username=username,
        display_name=display_name,
        password_hash=hash_password(password),
        role=role,
        disabled=False,
        failed_logins=0,
        created_at=_now(),
    )
    session.add(user)
    session.flush()
    _assign(session, user, organisations, series)
    audit.record(session, by, "create", "user", user.id, after=_public(session, user))
    return user


def _public(session: Session, user: User) -> dict:
    d = user_to_dict(session, user)
    return {k: d[k] for k in ("username", "display_name", "role", "disabled", "organisations", "series")}


def _assign(session: Session, user: User, organisations: Iterable[str], series: Iterable[str | int]) -> None:
    for name in organisations:
        org = get_or_create_organisation(session, check(Organisation.name, name.strip(), "the organisation name"))
        if org is None:
            raise AccountError("an organisation needs a name")
        if session.get(UserOrganisation, (user.id, org.id)) is None:
            session.add(UserOrganisation(user_id=user.id, organisation_id=org.id))
    for ref in series:
        s = find_series(session, ref)
        if session.get(UserSeries, (user.id, s.id)) is None:
            session.add(UserSeries(user_id=user.id, series_id=s.id))
    session.flush()


def assign(
    session: Session,
    username: str,
    *,
    organisations: Iterable[str] = (),
    series: Iterable[str | int] = (),
    replace: bool = False,
    by: Actor = audit.LOCAL,
) -> User:
    """Add organisations and series to an account (``replace``: instead of its current ones)."""
    user = get_user(session, username)
    before = _public(session, user)
    if replace:
        session.execute(delete(UserOrganisation).where(UserOrganisation.user_id == user.id))
        session.execute(delete(UserSeries).where(UserSeries.user_id == user.id))
    _assign(session, user, organisations, series)
    audit.record(session, by, "update", "user", user.id, before=before, after=_public(session, user))
    return user


def _enabled_admins(session: Session) -> int:
    """How many enabled admins there are, with their rows locked until the transaction ends.

    The lock makes "is this the last enabled admin?" safe against a concurrent change: two admins
    demoting each other at once on PostgreSQL would each count two admins and leave none. With
    ``FOR UPDATE`` the second waits for the first to commit and then counts again (READ COMMITTED
    re-reads the locked rows), in id order so that two such checks never deadlock. SQLite needs no
    lock: a writing transaction there holds the database's write lock from its start.
    """
    admins = select(User.id).where(User.role == Role.ADMIN.value, User.disabled.is_(False)).order_by(User.id)
    return len(session.scalars(admins.with_for_update()).all())


def set_role(session: Session, username: str, role: str, *, by: Actor = audit.LOCAL) -> User:
    """Change an account's role; refuses to demote the last enabled admin."""
    user = get_user(session, username)
    _check_role(role)
    if user.role == role:
        return user
    if user.role == Role.ADMIN and not user.disabled and _enabled_admins(session) <= 1:
        raise LastAdmin(f"{username} is the last enabled admin; make another admin first")
    before = {"role": user.role}
    user.role = role
    audit.record(session, by, "role_change", "user", user.id, before=before, after={"role": role})
    return user


def set_disabled(session: Session, username: str, disabled: bool = True, *, by: Actor = audit.LOCAL) -> User:
    """Disable (or enable again) an account: its sessions and API tokens stop working at once."""
    user = get_user(session, username)
    if user.disabled == disabled:
        return user
    if disabled and user.role == Role.ADMIN and _enabled_admins(session) <= 1:
        raise LastAdmin(f"{username} is the last enabled admin; make another admin first")
    user.disabled = disabled
    if disabled:
        end_user_sessions(session, user.id)
    else:
        user.failed_logins, user.locked_until = 0, None
    audit.record(
        session,
        by,
        "disable" if disabled else "enable",
        "user",
        user.id,
        before={"disabled": not disabled},
        after={"disabled": disabled},
    )
    return user


def set_password(session: Session, username: str, password: str, *, by: Actor = audit.LOCAL) -> User:
    """Replace an account's password; also lifts a lockout and ends every session of the account (a
    session started with the old password, perhaps by whoever learnt it, must not outlive it)."""
    user = get_user(session, username)
    user.password_hash = hash_password(password)
    user.failed_logins, user.locked_until = 0, None
    end_user_sessions(session, user.id)
    audit.record(session, by, "password_change", "user", user.id)
    return user
