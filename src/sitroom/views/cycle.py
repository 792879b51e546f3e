"""The reporting cycle of a brief: which reports make it up, and which returns are missing.

A cycle is the latest report of each series on or before a date, or every report since a date.
A series' cadence is its stated ``cadence_days``, else the median gap between its report dates; a
series whose next report was due by the cycle date and has not arrived is a missing return.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import pairwise
from statistics import median

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sitroom.store.series import find_series
from sitroom.store.tables import SUPERSEDED, Report, Series


@dataclass(slots=True)
class MissingReturn:
    """A series whose next report was due by the cycle date but has not arrived."""

    series: str
    last_date: date
    cadence_days: int
    due: date


@dataclass(slots=True)
class SeriesCycle:
    """One series' part of the cycle: its reports in order up to the cycle date, and which are in it."""

    series_id: int
    name: str
    cadence_days: int | None
    order: list[int]  # report ids in series order, on or before the cycle date
    dates: dict[int, date | None]
    titles: dict[int, str | None]
    sources: dict[int, str]
    cycle: list[int] = field(default_factory=list)  # report ids in the cycle, in order
    missing: MissingReturn | None = None

    @property
    def latest(self) -> int:
        return self.cycle[-1]

    @property
    def baseline(self) -> int | None:
        """The report just before the cycle: what the changes are measured against."""
        pos = self.order.index(self.cycle[0])
        return self.order[pos - 1] if pos else None


HISTORY_WEEKS = 52


def newest_date(
    session: Session, series: str | int | None = None, series_ids: Collection[int] | None = None
) -> date | None:
    """The newest report date stored (of one series, or all; only of ``series_ids`` unless None)."""
    q = select(func.max(Report.period_date)).where(Report.status != SUPERSEDED)
    if series is not None:
        q = q.where(Report.series_id == find_series(session, series).id)
    if series_ids is not None:
        q = q.where(Report.series_id.in_(series_ids))
    return session.scalar(q)


def cadence_of(dates: list[date], stated: int | None = None) -> int | None:
    """Days between reports: the stated cadence, else the median gap between distinct dates."""
    if stated:
        return stated
    distinct = sorted(set(dates))
    gaps = [(b - a).days for a, b in pairwise(distinct)]
    return round(median(gaps)) if gaps else None


def build_cycle(
    session: Session,
    on: date,
    since: date | None = None,
    series: str | int | None = None,
    series_ids: Collection[int] | None = None,
) -> list[SeriesCycle]:
    """Each series' reports up to ``on``; the cycle is the latest one, or all since ``since`` (maybe none).

    ``series_ids`` (None: all) limits the cycle to those series: a reader's brief holds only what they may see.
    """
    q = select(
        Report.id, Report.series_id, Report.period_date, Report.number, Report.title, Report.source, Series.name
    ).join(Series, Series.id == Report.series_id)
    # A year back from the cycle is history enough for the report before it and for the cadence, and
    # keeps the cost flat however many years the store holds; a series silent for a year is no
    # longer a missing return of this cycle.
    # One series' own history is cheap and is what its cadence must come from: a series silent for
    # over a year still has the cadence its reports show (and is then a long-missing return).
    in_window = Report.period_date <= on
    if series is None:
        in_window &= Report.period_date >= (since or on) - timedelta(weeks=HISTORY_WEEKS)
    q = q.add_columns(Series.cadence_days).where(in_window | Report.period_date.is_(None), Report.status != SUPERSEDED)
    if series is not None:
        q = q.where(Report.series_id == find_series(session, series).id)
    if series_ids is not None:
        q = q.where(Report.series_id.in_(series_ids))
    by_series: dict[int, list] = {}
    for row in session.execute(q).all():
        by_series.setdefault(row[1], []).append(row)
    out = []
    for series_id, rows in by_series.items():
        rows.sort(key=lambda r: (r[2] or date.min, r[3] if r[3] is not None else -1, r[0]))
        sc = SeriesCycle(
            series_id=series_id,
            name=rows[0][6],
            cadence_days=rows[0][7],
            order=[r[0] for r in rows],
            dates={r[0]: r[2] for r in rows},
            titles={r[0]: r[4] for r in rows},
            sources={r[0]: r[5] for r in rows},
        )
        if since is not None:
            sc.cycle = [r[0] for r in rows if r[2] is not None and r[2] >= since]
        else:
            sc.cycle = [sc.order[-1]]
        sc.missing = _missing(sc, on)
        out.append(sc)  # a series with no report in the cycle may still be a missing return
    out.sort(key=lambda s: s.name.lower())
    return out


def _missing(sc: SeriesCycle, on: date) -> MissingReturn | None:
    dated = [d for d in sc.dates.values() if d is not None]
    cadence = cadence_of(dated, sc.cadence_days)
    if not dated or not cadence:
        return None
    last = max(dated)
    due = last + timedelta(days=cadence)
    return MissingReturn(sc.name, last, cadence, due) if due <= on else None
