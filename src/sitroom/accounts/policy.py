"""Who may see and change what: roles, principals and the per-series access rules.

Roles:
  admin        everything, including accounts, the audit log, backup and restore;
  coordinator  reads and writes every series of their organisations, and may start a new series of
               one of them (by upload; see ``can_create_series``);
  contributor  reads the series of their organisations and those assigned to them; writes (drafts,
               submissions) only the assigned ones;
  reader       reads the series of their organisations; writes nothing.
A user without organisations or assignments sees nothing but what an admin gives them (fail closed).
Series with no organisation are visible to admins and to users they are assigned to.
Only admins start a series without an organisation. Uploads check each report's series inside the
ingest transaction (``ingest_authoriser``), so a refused file stores nothing.

How a route applies the policy (phase 2)::

    principal = current_principal(request)          # sitroom.web.auth; LOCAL in single-user mode
    ids = visible_series_ids(session, principal)    # None means every series
    stmt = restrict(select(Report), Report.series_id, ids)
    ...
    if not can_read_series(session, principal, report.series_id):
        raise NotFound                               # same answer as a missing id: guessing ids reveals nothing
    if not can_write_series(session, principal, series_id):
        raise Forbidden(...)                         # 403 when the object may be seen but not changed
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, Select, select
from sqlalchemy.orm import Session

from sitroom.accounts.roles import Role
from sitroom.errors import SitroomError
from sitroom.store.tables import Organisation, Report, Series, User, UserOrganisation, UserSeries

WRITING_ROLES = frozenset({Role.ADMIN, Role.COORDINATOR, Role.CONTRIBUTOR})


class Forbidden(SitroomError):
    """The principal may see the object but not do this to it."""

    http_status = 403


@dataclass(frozen=True, slots=True)
class Principal:
    """Who is acting: a signed-in user, a user's API token, or LOCAL (single-user mode and the CLI)."""

    user_id: int | None
    username: str
    role: str
    org_ids: frozenset[int] = field(default_factory=frozenset)
    series_ids: frozenset[int] = field(default_factory=frozenset)
    token_id: int | None = None

    @property
    def is_admin(self) -> bool:
        return self.role == Role.ADMIN

    @property
    def can_write(self) -> bool:
        """Whether the role may write anything at all (a reader never may)."""
        return self.role in WRITING_ROLES


LOCAL = Principal(user_id=None, username="local", role=Role.ADMIN)


def principal_for(session: Session, user: User, token_id: int | None = None) -> Principal:
    """The principal of ``user`` (with their organisations and assigned series, read now)."""
    orgs = session.scalars(select(UserOrganisation.organisation_id).where(UserOrganisation.user_id == user.id))
    series = session.scalars(select(UserSeries.series_id).where(UserSeries.user_id == user.id))
    return Principal(user.id, user.username, user.role, frozenset(orgs), frozenset(series), token_id)


def can_admin(principal: Principal) -> bool:
    """Whether the principal may manage accounts, read the audit log, back up and restore."""
    return principal.is_admin


def visible_series_ids(session: Session, principal: Principal) -> frozenset[int] | None:
    """The ids of the series the principal may read; None means all of them (admins)."""
    if principal.is_admin:
        return None
    ids = set(principal.series_ids)
    if principal.org_ids:
        ids.update(session.scalars(select(Series.id).where(Series.organisation_id.in_(principal.org_ids))))
    return frozenset(ids)


def writable_series_ids(session: Session, principal: Principal) -> frozenset[int] | None:
    """The ids of the series the principal may write to; None means all of them (admins)."""
    if principal.is_admin:
        return None
    if principal.role == Role.COORDINATOR:
        ids = set(principal.series_ids)
        if principal.org_ids:
            ids.update(session.scalars(select(Series.id).where(Series.organisation_id.in_(principal.org_ids))))
        return frozenset(ids)
    if principal.role == Role.CONTRIBUTOR:
        return frozenset(principal.series_ids)
    return frozenset()


def can_read_series(session: Session, principal: Principal, series_id: int) -> bool:
    """Whether the principal may read the series ``series_id``."""
    ids = visible_series_ids(session, principal)
    return ids is None or series_id in ids


def can_write_series(session: Session, principal: Principal, series_id: int) -> bool:
    """Whether the principal may write to the series: admins; coordinators of its organisation;
    contributors it is assigned to."""
    ids = writable_series_ids(session, principal)
    return ids is None or series_id in ids


def can_read_report(session: Session, principal: Principal, report_id: int) -> bool:
    """Whether the principal may read the report (False for a report that does not exist)."""
    series_id = session.scalar(select(Report.series_id).where(Report.id == report_id))
    return series_id is not None and can_read_series(session, principal, series_id)


def series_clause(column: ColumnElement, ids: frozenset[int] | None) -> ColumnElement | None:
    """A WHERE clause limiting ``column`` (a series id column) to ``ids``; None when nothing is to be limited."""
    if ids is None:
        return None
    return column.in_(ids)  # an empty set renders as an always-false IN: the principal sees nothing


def restrict(stmt: Select, column: ColumnElement, ids: frozenset[int] | None) -> Select:
    """``stmt`` limited to the series ``ids`` (from ``visible_series_ids``) through ``column``."""
    clause = series_clause(column, ids)
    return stmt if clause is None else stmt.where(clause)


def require_admin(principal: Principal) -> None:
    """Raise Forbidden unless the principal is an admin."""
    if not can_admin(principal):
        raise Forbidden("only an admin may do this")


def require_write_series(session: Session, principal: Principal, series_id: int) -> None:
    """Raise Forbidden unless the principal may write to the series."""
    if not can_write_series(session, principal, series_id):
        raise Forbidden("you may not change this series")


def can_create_series(session: Session, principal: Principal, organisation: str | None) -> bool:
    """Whether the principal may start a new series of ``organisation`` (by name): admins; coordinators of
    that organisation. A series without an organisation is an admin's to create."""
    if principal.is_admin:
        return True
    if principal.role != Role.COORDINATOR or not organisation:
        return False
    org_id = session.scalar(select(Organisation.id).where(Organisation.name == organisation))
    return org_id is not None and org_id in principal.org_ids


def require_ingest(session: Session, principal: Principal, series_name: str, organisation: str | None) -> None:
    """Raise Forbidden unless the principal may file a report under the series named ``series_name``: an
    existing series they may write to, or a new one they may create (see ``can_create_series``).

    The refusal reads the same whether the series exists or not, so that names of other organisations'
    series cannot be probed by uploading."""
    series_id = session.scalar(select(Series.id).where(Series.name == series_name))
    allowed = (
        can_create_series(session, principal, organisation)
        if series_id is None
        else can_write_series(session, principal, series_id)
    )
    if not allowed:
        raise Forbidden(
            f"you may not file reports under the series {series_name!r} (a new series is started by an admin, "
            "or by a coordinator of its organisation named with it)"
        )


def ingest_authoriser(principal: Principal) -> Callable[[Session, str, str | None], None] | None:
    """The ``IngestOptions.authorise`` hook for the principal (None for an admin: nothing to check)."""
    if principal.is_admin:
        return None

    def authorise(session: Session, series_name: str, organisation: str | None) -> None:
        require_ingest(session, principal, series_name, organisation)

    return authorise
