"""Lists of reports, filtered and paged, with each report's counts of changes; and a series' timeline."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from sitroom.errors import SitroomError
from sitroom.store.links import series_reports
from sitroom.store.series import find_series
from sitroom.store.tables import SUPERSEDED, Item, Link, Organisation, Report, Series
from sitroom.views.reports import DROPPED, NEW, STATUSES, UPDATED, ReportRef, report_refs, superseded_by

# Report-list "status" filter: which kind of change a report must carry.
CHANGE_FILTERS = {
    "changed": (NEW, UPDATED, DROPPED),
    NEW: (NEW,),
    UPDATED: (UPDATED,),
    DROPPED: (DROPPED,),
}
MAX_PER_PAGE = 200


class BadFilter(SitroomError):
    """A report-list filter that cannot be applied."""

    http_status = 400


@dataclass(frozen=True, slots=True)
class ReportFilters:
    """Filters of the report list. ``status``: one of ``CHANGE_FILTERS`` (reports carrying that kind
    of change against their previous report: a series' first report carries none) or None.
    ``series_ids``: only reports of these series (the ones a user may read); None means every series."""

    series: int | str | None = None
    organisation: str | None = None
    since: date | None = None
    until: date | None = None
    status: str | None = None
    series_ids: frozenset[int] | None = None


@dataclass(slots=True)
class ReportRow:
    id: int
    series_id: int
    series: str
    organisation: str | None
    date: date | None
    number: int | None
    title: str | None
    source: str
    format: str
    items: int
    counts: dict[str, int]
    superseded_by: ReportRef | None = None  # set when a corrected return replaced this one
    status: str = "submitted"  # Report.status: "superseded" once a correction replaced it


@dataclass(slots=True)
class ReportPage:
    """One page of a filtered report list."""

    rows: list[ReportRow]
    total: int
    page: int
    per_page: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))


def status_counts(session: Session, report_ids: list[int]) -> dict[int, dict[str, int]]:
    """report id → number of its links of each status (new, updated, continuing, dropped)."""
    out: dict[int, dict[str, int]] = {r: dict.fromkeys(STATUSES, 0) for r in report_ids}
    if not report_ids:
        return out
    rows = session.execute(
        select(Link.report_id, Link.status, func.count())
        .where(Link.report_id.in_(report_ids))
        .group_by(Link.report_id, Link.status)
    ).all()
    for rid, status, n in rows:
        if status in out[rid]:
            out[rid][status] = n
    return out


def find_reports(session: Session, filters: ReportFilters, page: int = 1, per_page: int = 25) -> ReportPage:
    """Reports newest first matching ``filters``, one page of them, with change counts per report.
    A page past the last one gives the last page.

    Raises ``SeriesNotFound`` for an unknown series and ``BadFilter`` for an unknown status or a
    ``since`` after ``until``.
    """
    if filters.status and filters.status not in CHANGE_FILTERS:
        raise BadFilter(f"status must be one of {', '.join(CHANGE_FILTERS)}, not {filters.status!r}")
    if filters.since and filters.until and filters.since > filters.until:
        raise BadFilter("'since' is after 'until'")
    page, per_page = max(1, page), min(max(1, per_page), MAX_PER_PAGE)
    q = (
        select(Report, Series.name, Organisation.name)
        .join(Series, Series.id == Report.series_id)
        .outerjoin(Organisation, Organisation.id == Series.organisation_id)
    )
    if filters.series is not None:
        q = q.where(Report.series_id == find_series(session, filters.series).id)
    if filters.series_ids is not None:
        q = q.where(Report.series_id.in_(filters.series_ids))
    if filters.organisation:
        q = q.where(Organisation.name == filters.organisation)
    if filters.since:
        q = q.where(Report.period_date >= filters.since)
    if filters.until:
        q = q.where(Report.period_date <= filters.until)
    if filters.status:
        # Only links to an earlier report count: a first report's items are all "new" but are no news.
        q = q.where(
            exists().where(Link.report_id == Report.id, Link.status.in_(CHANGE_FILTERS[filters.status])),
            exists().where(Link.report_id == Report.id, Link.prev_report_id.is_not(None)),
        )
    total = session.scalar(select(func.count()).select_from(q.order_by(None).subquery())) or 0
    page = min(page, max(1, -(-total // per_page)))  # past the end (a stale link): the last page
    q = q.order_by(Report.period_date.desc().nulls_last(), Report.number.desc().nulls_last(), Report.id.desc())
    found = session.execute(q.limit(per_page).offset((page - 1) * per_page)).all()
    ids = [r.id for r, _, _ in found]
    counts = status_counts(session, ids)
    corrections = superseded_by(session, [r.id for r, _, _ in found if r.status == SUPERSEDED])
    items = dict(
        session.execute(
            select(Item.report_id, func.count(Item.id)).where(Item.report_id.in_(ids)).group_by(Item.report_id)
        ).all()
    )
    rows = [
        ReportRow(
            r.id,
            r.series_id,
            s,
            o,
            r.period_date,
            r.number,
            r.title,
            r.source,
            r.format,
            items.get(r.id, 0),
            counts[r.id],
            corrections.get(r.id),
            r.status,
        )
        for r, s, o in found
    ]
    return ReportPage(rows, total, page, per_page)


def organisations(session: Session, series_ids: Collection[int] | None = None) -> list[str]:
    """Names of the organisations that have a series (one in ``series_ids``, unless None), alphabetically."""
    stmt = select(Organisation.name).join(Series, Series.organisation_id == Organisation.id).distinct()
    if series_ids is not None:
        stmt = stmt.where(Series.id.in_(series_ids))
    names = session.scalars(stmt).all()
    return sorted(names, key=str.lower)


@dataclass(slots=True)
class TimelineEntry:
    """One report of a series with its change counts against the report before it."""

    report: ReportRef
    counts: dict[str, int]
    items: int


@dataclass(slots=True)
class SeriesTimeline:
    series_id: int
    name: str
    organisation: str | None
    template: str | None
    entries: list[TimelineEntry]  # in series order, oldest first


def series_timeline(session: Session, ref: int | str) -> SeriesTimeline:
    """A series' reports in order with item counts by status (new, updated, continuing, dropped).

    Raises ``SeriesNotFound`` (404) for an unknown series.
    """
    series = find_series(session, ref)
    org = None
    if series.organisation_id is not None:
        org = session.scalar(select(Organisation.name).where(Organisation.id == series.organisation_id))
    order = series_reports(session, series.id)
    refs = report_refs(session, order)
    counts = status_counts(session, order)
    items: dict[int, int] = defaultdict(int)
    if order:
        items.update(
            session.execute(
                select(Item.report_id, func.count(Item.id)).where(Item.report_id.in_(order)).group_by(Item.report_id)
            ).all()
        )
    entries = [TimelineEntry(refs[r], counts[r], items[r]) for r in order]
    return SeriesTimeline(series.id, series.name, org, series.template, entries)
