"""Returns of a cycle: which series have reported, which reported late, which are missing.

A series' cadence is the one the brief uses (``views.cycle.cadence_of``: stated, else the median gap
between its report dates). As of a cycle date ``on``:

- ``missing``: its next report was due on or before ``on`` and has not arrived (the brief's missing return);
- ``late``: its latest report arrived, but dated after it was due (the report before it + cadence);
- ``received``: its latest report arrived on time, or it is the series' first (nothing was due yet).

Dates are the reports' own period dates: the ingest time says when a file was loaded, not when it was sent.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from sitroom.store.tables import Organisation, Series
from sitroom.views.cycle import build_cycle, cadence_of, newest_date

RECEIVED, LATE, MISSING = "received", "late", "missing"


@dataclass(frozen=True, slots=True)
class ReturnStatus:
    """One series' return as of a cycle date."""

    series_id: int
    series: str
    organisation: str | None
    status: str  # received | late | missing
    cadence_days: int | None
    last_report_id: int
    last_date: date | None
    expected: date | None  # when the latest report was due (None for a first report)
    next_due: date | None  # when the next report is due (None without a cadence)
    days_late: int = 0  # late: days after it was due; missing: days overdue as of the cycle date


def cycle_returns(
    session: Session,
    on: date | None = None,
    series: str | int | None = None,
    series_ids: Collection[int] | None = None,
) -> list[ReturnStatus]:
    """Each series' return as of ``on`` (default: the newest report date stored), by series name;
    only the series in ``series_ids`` unless it is None.

    Uses ``views.cycle.build_cycle``, so a return is missing here exactly when the brief lists it missing.
    """
    on = on or newest_date(session, series, series_ids)
    if on is None:
        return []
    orgs = dict(session.execute(select(Series.id, Organisation.name).join(Organisation)).all())
    out = []
    for sc in build_cycle(session, on, None, series, series_ids):
        dated = sorted(d for d in sc.dates.values() if d is not None)
        cadence = cadence_of(dated, sc.cadence_days)
        last_id = sc.order[-1]
        last = sc.dates[last_id]
        before = [sc.dates[r] for r in sc.order[:-1] if sc.dates[r] is not None]
        expected = before[-1] + timedelta(days=cadence) if before and cadence and last else None
        next_due = max(dated) + timedelta(days=cadence) if dated and cadence else None
        days = 0
        if sc.missing is not None:
            status, days = MISSING, (on - sc.missing.due).days
        elif expected is not None and last is not None and last > expected:
            status, days = LATE, (last - expected).days
        else:
            status = RECEIVED
        out.append(
            ReturnStatus(
                sc.series_id,
                sc.name,
                orgs.get(sc.series_id),
                status,
                cadence,
                last_id,
                last,
                expected,
                next_due,
                days,
            )
        )
    return out
