"""Reports as a reader sees them: items with their status against the previous report, neighbours and
dropped items. The diff with the previous report is ``views.reportdiff``, lists and timelines
``views.reportlist``, the original file ``views.originals``.

Everything here reads the stored ``Link`` rows written at ingest, so a page shows exactly the
statuses the brief and the API use. Pure store functions: they return plain dataclasses, and leave
escaping and layout to whoever draws them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from sqlalchemy import bindparam, literal, or_, select, union_all
from sqlalchemy.orm import Session, aliased, joinedload

from sitroom.errors import ReportNotFound
from sitroom.model import LinkStatus
from sitroom.store.links import series_reports
from sitroom.store.tables import SUPERSEDED, Item, Link, Report, Section, Series

NEW, UPDATED, CONTINUING, DROPPED = LinkStatus.NEW, LinkStatus.UPDATED, LinkStatus.CONTINUING, LinkStatus.DROPPED
STATUSES = (NEW, UPDATED, CONTINUING, DROPPED)


@dataclass(frozen=True, slots=True)
class ReportRef:
    """Enough of a report to name and link it."""

    id: int
    date: date | None
    number: int | None
    title: str | None


@dataclass(frozen=True, slots=True)
class ItemStatus:
    """An item's link to the report before it: ``status`` and, unless new, the item it continues."""

    status: str
    prev_item_id: int | None = None
    prev_report_id: int | None = None
    prev_text: str | None = None
    possible: bool = False  # a weak match the linker was unsure of


@dataclass(frozen=True, slots=True)
class DroppedItem:
    """An item of an earlier report that this report no longer carries."""

    item_id: int
    report_id: int
    text: str
    mitigation: str | None
    heading: str | None


@dataclass(slots=True)
class ReportView:
    """One report for reading: the ORM report (sections and items loaded) and its place in the series."""

    report: Report
    series_id: int
    series: str
    organisation: str | None
    statuses: dict[int, ItemStatus]
    dropped: list[DroppedItem]
    previous: ReportRef | None
    next: ReportRef | None
    first_in_series: bool
    counts: dict[str, int] = field(default_factory=dict)
    superseded_by: ReportRef | None = None  # the correction that replaced this return, if one did

    def status_of(self, item_id: int) -> str | None:
        """The item's status (new, updated, continuing), or None if the report has no links yet."""
        s = self.statuses.get(item_id)
        return s.status if s else None


def report_refs(session: Session, ids: list[int]) -> dict[int, ReportRef]:
    """The references (id, title, date...) of the reports ``ids``, by id."""
    if not ids:
        return {}
    rows = session.execute(
        select(Report.id, Report.period_date, Report.number, Report.title).where(Report.id.in_(ids))
    ).all()
    return {r[0]: ReportRef(*r) for r in rows}


def superseded_by(session: Session, ids: Collection[int]) -> dict[int, ReportRef]:
    """For each superseded report among ``ids``: the current return that corrected it (same series and
    date; same number when both have one), by id. Reports that count are not in the result."""
    old = session.execute(
        select(Report.id, Report.series_id, Report.period_date, Report.number).where(
            Report.id.in_(list(ids)), Report.status == SUPERSEDED
        )
    ).all()
    out: dict[int, ReportRef] = {}
    for rid, series_id, day, number in old:
        q = select(Report.id, Report.period_date, Report.number, Report.title).where(
            Report.series_id == series_id, Report.period_date == day, Report.status != SUPERSEDED
        )
        if number is not None:
            q = q.where(or_(Report.number.is_(None), Report.number == number))
        row = session.execute(q.order_by(Report.id.desc()).limit(1)).first()
        if row is not None:
            out[rid] = ReportRef(*row)
    return out


def neighbours(session: Session, report: Report) -> tuple[ReportRef | None, ReportRef | None]:
    """The reports just before and just after ``report`` in its series order (date, number, arrival)."""
    window = _nearby(session, report)
    if window is not None:
        order = [r.id for r in window]
        refs = {r.id: r for r in window}
    else:
        order = series_reports(session, report.series_id)
        refs = {}
    if report.id not in order:  # a superseded return stands outside its series' order
        return None, None
    pos = order.index(report.id)
    prev_id = order[pos - 1] if pos > 0 else None
    next_id = order[pos + 1] if pos + 1 < len(order) else None
    missing = [i for i in (prev_id, next_id) if i is not None and i not in refs]
    refs.update(report_refs(session, missing))
    return refs.get(prev_id) if prev_id else None, refs.get(next_id) if next_id else None


NEARBY = 8  # reports read on each side; when its date holds more, the whole series is ordered instead


# The report page's statements are built once and bound per request: building a select (aliases,
# subqueries, loader options) costs more Python than running it.


@lru_cache(maxsize=1)
def _nearby_statement():
    cols = (Report.id, Report.period_date, Report.number, Report.title)
    mine = (Report.series_id == bindparam("series_id")) & (Report.status != SUPERSEDED)
    day, n = bindparam("day"), bindparam("n")
    before = (
        select(literal(0).label("side"), *cols)
        .where(mine, Report.period_date <= day)
        .order_by(Report.period_date.desc(), Report.id.desc())
        .limit(n)
        .subquery()
    )
    after = (
        select(literal(1).label("side"), *cols)
        .where(mine, Report.period_date >= day)
        .order_by(Report.period_date, Report.id)
        .limit(n)
        .subquery()
    )
    return union_all(select(before), select(after))


@lru_cache(maxsize=1)
def _links_statement():
    prev = aliased(Item)
    prev_section = aliased(Section)
    return (
        select(
            Link.item_id,
            Link.status,
            Link.prev_item_id,
            Link.prev_report_id,
            Link.possible,
            prev.text,
            prev.mitigation,
            prev.report_id,
            prev.position,
            prev_section.heading,
        )
        .outerjoin(prev, prev.id == Link.prev_item_id)
        .outerjoin(prev_section, prev_section.id == prev.section_id)
        .where(Link.report_id == bindparam("report_id"))
    )


@lru_cache(maxsize=1)
def _report_statement():
    # The report with its series, organisation, sections and items (a few dozen rows).
    return (
        select(Report)
        .where(Report.id == bindparam("report_id"))
        .options(
            joinedload(Report.series).joinedload(Series.organisation),
            joinedload(Report.sections).joinedload(Section.items),
        )
    )


def _nearby(session: Session, report: Report) -> list[ReportRef] | None:
    """The series order around a dated report, read from the date index instead of the whole series
    (a series of years of daily reports has thousands), both sides in one statement. None when the
    window cannot settle it: then the caller orders the whole series."""
    if report.period_date is None:
        return None
    params = {"series_id": report.series_id, "day": report.period_date, "n": NEARBY}
    rows = session.execute(_nearby_statement(), params).all()
    sides: tuple[list, list] = ([], [])
    for side, *rest in rows:
        sides[side].append(ReportRef(*rest))
    before_rows, after_rows = sides
    if report.id not in {r.id for r in before_rows} or report.id not in {r.id for r in after_rows}:
        return None  # more than a window of reports share its date
    undated = select(Report.id).where(Report.series_id == report.series_id, Report.period_date.is_(None)).limit(1)
    if len(before_rows) < NEARBY and session.scalar(undated):
        return None  # undated reports sort first: the whole series decides what comes before

    def key(r: ReportRef) -> tuple:
        return (r.date or date.min, r.number if r.number is not None else -1, r.id)

    me = key(ReportRef(report.id, report.period_date, report.number, report.title))
    kept: dict[int, ReportRef] = {}
    # Rows come back in no promised order: each side is sorted outward from the report again.
    for window, outward in (
        (sorted(before_rows, key=key, reverse=True), lambda r: key(r) < me),
        (sorted(after_rows, key=key), lambda r: key(r) > me),
    ):
        if len(window) == NEARBY:
            # A full window may have cut the reports of its farthest date: leave that date out, and
            # if nothing on this side is left, only the whole series can tell.
            edge = window[-1].date
            window = [r for r in window if r.date != edge]
            if not any(outward(r) for r in window):
                return None
        kept.update((r.id, r) for r in window)
    return sorted(kept.values(), key=key)


def _links(session: Session, report_id: int) -> tuple[dict[int, ItemStatus], list[DroppedItem]]:
    """The report's stored links in one statement: each item's status (with the text it continues) and
    the items of the report before that it dropped, in their old document order."""
    rows = session.execute(_links_statement(), {"report_id": report_id}).all()
    statuses = {r[0]: ItemStatus(r[1], r[2], r[3], r[5], bool(r[4])) for r in rows if r[0] is not None}
    dropped = sorted(
        (r for r in rows if r[1] == DROPPED and r[2] is not None and r[5] is not None),
        key=lambda r: (r[7], r[8]),
    )
    return statuses, [DroppedItem(r[2], r[7], r[5], r[6], r[9]) for r in dropped]


def report_view(session: Session, report_id: int, series_ids: Collection[int] | None = None) -> ReportView:
    """A report with each item's status, the dropped items and its previous/next reports.

    Raises ``ReportNotFound`` (404) for an unknown id, and for a report outside ``series_ids`` (the
    reader's series; None: every series), exactly as for one that does not exist.
    """
    report = session.scalars(_report_statement(), {"report_id": report_id}).unique().one_or_none()
    if report is None or (series_ids is not None and report.series_id not in series_ids):
        raise ReportNotFound(f"no report with id {report_id}")
    org = report.series.organisation.name if report.series.organisation else None
    statuses, dropped = _links(session, report_id)
    previous, nxt = neighbours(session, report)
    counts = Counter(s.status for s in statuses.values())
    counts[DROPPED] = len(dropped)
    return ReportView(
        report=report,
        series_id=report.series_id,
        series=report.series.name,
        organisation=org,
        statuses=statuses,
        dropped=dropped,
        previous=previous,
        next=nxt,
        first_in_series=previous is None,
        counts={s: counts.get(s, 0) for s in STATUSES},
        superseded_by=superseded_by(session, [report.id]).get(report.id) if report.status == SUPERSEDED else None,
    )
