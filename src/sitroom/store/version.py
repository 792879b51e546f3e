"""A cheap fingerprint of the store's content, for caches of expensive views (dashboard, filter menus).

It changes whenever a report, item or series is added (the newest ids move), when a series is merged
away (the series count drops), and whenever a change that moves no id is made — a series renamed or
merged, a report deleted, a backup restored — because those bump the store's generation, a counter
kept in the ``setting`` table. One round trip of index look-ups: a millisecond at 100,000 reports.
"""

from __future__ import annotations

from functools import lru_cache

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sitroom.store.tables import Item, Report, Series, Setting

GENERATION = "store_generation"


def store_version(session: Session) -> tuple:
    """(newest report id, newest item id, newest series id, number of series, generation)."""
    # One round trip: it is asked on every request that a cached view answers.
    return tuple(session.execute(_version_statement()).one())


@lru_cache(maxsize=1)
def _version_statement():
    # Built once: five scalar subqueries cost more Python to build than the database takes to answer.
    parts = [
        select(p).scalar_subquery()
        for p in (func.max(Report.id), func.max(Item.id), func.max(Series.id), func.count(Series.id))
    ]
    parts.append(select(Setting.value).where(Setting.key == GENERATION).scalar_subquery())
    return select(*parts)


def bump_generation(session: Session) -> None:
    """Mark the store changed in a way the newest ids do not show; part of the caller's transaction."""
    row = session.get(Setting, GENERATION)
    if row is None:
        session.add(Setting(key=GENERATION, value="1"))
    else:
        row.value = str(int(row.value) + 1 if row.value.isdigit() else 1)
    session.flush()
