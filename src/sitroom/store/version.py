"""A cheap fingerprint of the store's content, for caches of expensive views (dashboard, filter menus).

It changes whenever a report, item or series is added (the newest ids move) and when a series is
merged away (the series count drops). Index look-ups only: a millisecond at 100,000 reports. What
it cannot see — a rename, the delete of an old report — a cache must bound by time.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sitroom.store.tables import Item, Report, Series


def store_version(session: Session) -> tuple:
    """(newest report id, newest item id, newest series id, number of series)."""
    # One round trip: it is asked on every request that a cached view answers.
    parts = (func.max(Report.id), func.max(Item.id), func.max(Series.id), func.count(Series.id))
    return tuple(session.execute(select(*(select(p).scalar_subquery() for p in parts))).one())
