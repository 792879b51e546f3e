"""The series list: every series with its organisation, report count and date range, as readers see it."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sitroom.store.tables import Organisation, Report, Series


def list_series(session: Session, series_ids: Collection[int] | None = None) -> list[dict]:
    """Every series with its report count and date range (only those in ``series_ids`` unless None)."""
    stmt = (
        select(
            Series.id,
            Series.name,
            Series.template,
            Organisation.name,
            func.count(Report.id),
            func.min(Report.period_date),
            func.max(Report.period_date),
        )
        .outerjoin(Organisation, Organisation.id == Series.organisation_id)
        .outerjoin(Report, Report.series_id == Series.id)
        .group_by(Series.id, Series.name, Series.template, Organisation.name)
        .order_by(Series.name)
    )
    if series_ids is not None:
        stmt = stmt.where(Series.id.in_(series_ids))  # an empty set: no series at all
    rows = session.execute(stmt).all()
    return [
        {
            "id": r[0],
            "name": r[1],
            "template": r[2],
            "organisation": r[3],
            "reports": r[4],
            "first": r[5].isoformat() if r[5] else None,
            "last": r[6].isoformat() if r[6] else None,
        }
        for r in rows
    ]
