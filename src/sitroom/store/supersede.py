"""Corrected returns: a second report for a date its series already has replaces the earlier one.

The newest return for a date counts. The earlier one stays stored (original, sections and items, so
it can be read and re-parsed) with status ``superseded``; its links, figures and themes go, so series
order, linking, charts and briefs see one return per date. The caller holds the series' lock
(``links.lock_series``): under it "newest" is the return stored last, whatever the writers.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import Session

from sitroom.store.tables import SUBMITTED, SUPERSEDED, FigureRow, ItemTheme, Link, Report


class Current(NamedTuple):
    """A current (not superseded) report of a series, as superseding compares them."""

    id: int
    period_date: date | None
    number: int | None
    sha256: str


def supersede_earlier(session: Session, report_id: int, current: list[Current]) -> list[int]:
    """Mark the other returns of ``report_id``'s series, date and number superseded; returns their ids.

    A return without a date supersedes nothing (nothing says which it corrects); numbers must agree
    when both have one (two numbered reports of one day are two reports, not a correction); other
    parts of the same file (an e-mail's attachments) are never corrections of each other. ``current``:
    the series' current reports, as the caller read them under the series' lock (``links._current``).
    """
    mine = session.get(Report, report_id)  # just stored, the session has it: no query
    day, number, sha256 = mine.period_date, mine.number, mine.sha256
    if day is None:
        return []
    earlier = sorted(
        r.id
        for r in current
        if r.period_date == day and r.sha256 != sha256 and (number is None or r.number in (None, number))
    )
    if not earlier:
        return []
    session.execute(
        update(Report)
        .where(Report.id.in_(earlier))
        .values(status=SUPERSEDED)
        .execution_options(synchronize_session=False)
    )
    for table in (Link, FigureRow, ItemTheme):
        session.execute(delete(table).where(table.report_id.in_(earlier)))
    return earlier


def reinstate_latest(session: Session, report: Report) -> int | None:
    """After ``report`` (a current return) is deleted: the newest return it superseded counts again.
    Returns its id (its links, figures and themes are the caller's to make), or None."""
    if report.period_date is None or report.status == SUPERSEDED:
        return None
    q = select(Report.id).where(
        Report.series_id == report.series_id,
        Report.period_date == report.period_date,
        Report.status == SUPERSEDED,
        Report.id != report.id,
    )
    if report.number is not None:
        q = q.where(or_(Report.number.is_(None), Report.number == report.number))
    latest = session.scalar(q.order_by(Report.id.desc()).limit(1))
    if latest is not None:
        session.execute(
            update(Report)
            .where(Report.id == latest)
            .values(status=SUBMITTED)
            .execution_options(synchronize_session=False)
        )
    return latest
