"""What the request's principal may see, for pages and API routes alike.

Every route that reads stored data narrows it here (``visible``) and answers a hidden object exactly as
a missing one — same status, same error type, same message — so guessing ids or names reveals nothing.
Writing to a series that may be seen but not changed is a 403 (``require_series_write``).

Role rules (``sitroom.accounts.policy``): admins see everything; coordinators, contributors and readers
see the series of their organisations plus any assigned to them; a user with neither sees nothing.
Contributors write only their assigned series, coordinators every series of their organisations,
readers nothing.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from sitroom.accounts.policy import (
    Principal,
    can_read_report,
    can_read_series,
    require_write_series,
    visible_series_ids,
)
from sitroom.errors import ReportNotFound
from sitroom.store.lookup import resolve_series
from sitroom.store.series import SeriesNotFound
from sitroom.store.tables import Series


def visible(session: Session, principal: Principal) -> frozenset[int] | None:
    """The ids of the series the principal may read; None means every series (admins, single-user mode)."""
    return visible_series_ids(session, principal)


def readable_series(session: Session, principal: Principal, ref: str | int) -> Series:
    """The series ``ref`` (id or name) if the principal may read it; ``SeriesNotFound`` otherwise."""
    series = resolve_series(session, ref)
    if not can_read_series(session, principal, series.id):
        raise SeriesNotFound(f"no series {ref!r}")  # word for word what an unknown series says
    return series


def series_id_for(session: Session, principal: Principal, ref: str | int | None) -> int | None:
    """``readable_series(...).id``, with None (no series filter) staying None."""
    return None if ref is None else readable_series(session, principal, ref).id


def require_report(session: Session, principal: Principal, report_id: int) -> None:
    """Raise ``ReportNotFound`` unless the report exists and the principal may read it."""
    if not can_read_report(session, principal, report_id):
        raise ReportNotFound(f"no report with id {report_id}")


def require_series_write(session: Session, principal: Principal, series_id: int) -> Series:
    """The series, if the principal may write to it: ``SeriesNotFound`` (404) when they may not even see it,
    ``Forbidden`` (403) when they may see but not change it."""
    series = readable_series(session, principal, series_id)
    require_write_series(session, principal, series.id)
    return series
