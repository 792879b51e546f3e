"""The risk register as a reader browses it: filtered, sorted threads with stable keys and their history.

A thread is keyed ``{series id}-{first item id}``: the first item of a thread never changes once
stored (later reports only extend the chain), and the series id keeps the lookup to one series.
Status is the register's (``analyse.risks``): open, ``unreported`` when its series' latest report no
longer states it (to chase, however long it stays away), resolved only when a report says so.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from sitroom.analyse.risks import RiskThread
from sitroom.errors import SitroomError
from sitroom.store.risks import risk_register
from sitroom.store.series import SeriesNotFound, find_series
from sitroom.store.tables import Item, Link, Report, Series

STATUSES = ("open", "unreported", "resolved")
TRENDS = ("escalating", "stable", "de-escalating")
# Sort keys a reader may ask for; "priority" is the register's own order (open, escalating first).
SORTS = ("priority", "risk", "series", "first_seen", "last_seen", "reports", "status", "trend")
_KEY = re.compile(r"^(\d+)-(\d+)$")


class RiskNotFound(SitroomError):
    http_status = 404


class BadRiskFilter(SitroomError):
    http_status = 400


@dataclass(frozen=True, slots=True)
class RiskFilters:
    """What the register shows: ``sort`` is a key of ``SORTS``, ``descending`` reverses it."""

    series: str | int | None = None
    open_only: bool = False
    trend: str | None = None
    text: str | None = None
    sort: str = "priority"
    descending: bool = False

    def check(self) -> None:
        """Raise ``BadRiskFilter`` for a trend or sort key sitroom does not know."""
        if self.trend is not None and self.trend not in TRENDS:
            raise BadRiskFilter(f"trend must be one of {', '.join(TRENDS)}, not {self.trend!r}")
        if self.sort not in SORTS:
            raise BadRiskFilter(f"sort must be one of {', '.join(SORTS)}, not {self.sort!r}")


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One report in which a risk thread appeared."""

    report_id: int
    report_date: date | None
    report_number: int | None
    item_id: int
    text: str
    mitigation: str | None
    status: str  # the item's link status: new, continuing or updated


@dataclass(slots=True)
class RiskView:
    """A risk thread with its stable key, series id and reader-facing status."""

    key: str
    series_id: int
    status: str
    thread: RiskThread
    history: list[HistoryEntry] = field(default_factory=list)

    def to_row(self) -> dict:
        """The thread as a row of the risks table of ``sitroom.brief.exports`` (same columns)."""
        return {**self.thread.to_row(), "thread": self.key, "status": self.status}

    @property
    def label(self) -> str:
        """The status as the brief prints it: ``escalating``, ``not reported since 4 May 2020``, ``resolved``."""
        return self.thread.label


def parse_key(key: str) -> tuple[int, int]:
    """(series id, first item id) of a thread key; ``RiskNotFound`` when it is not one."""
    m = _KEY.match(key)
    if not m:
        raise RiskNotFound(f"{key!r} is not a risk thread key (series id, a dash, first item id)")
    return int(m[1]), int(m[2])


def _views(session: Session, threads: list[RiskThread]) -> list[RiskView]:
    ids = dict(session.execute(select(Series.name, Series.id)).all())
    return [RiskView(f"{ids[t.series]}-{t.thread_id}", ids[t.series], t.status, t) for t in threads]


def _matches(view: RiskView, needle: str) -> bool:
    t = view.thread
    return any(needle in s.lower() for s in (t.text, t.mitigation or "", *t.history))


def _sort_key(sort: str):
    if sort == "risk":
        return lambda v: v.thread.text.lower()
    if sort == "series":
        return lambda v: (v.thread.series.lower(), v.thread.text.lower())
    if sort in ("first_seen", "last_seen"):
        return lambda v: (getattr(v.thread, sort) or date.min, v.thread.text.lower())
    if sort == "reports":
        return lambda v: (v.thread.reports, v.thread.text.lower())
    if sort == "status":
        return lambda v: (STATUSES.index(v.status), v.thread.text.lower())
    return lambda v: (TRENDS.index(v.thread.trend), v.thread.text.lower())


def risk_views(
    session: Session,
    filters: RiskFilters | None = None,
    *,
    with_history: bool = False,
    series_ids: Collection[int] | None = None,
) -> list[RiskView]:
    """The register's threads passing ``filters``, in the order asked; ``with_history`` reads each report.
    Only the threads of the series in ``series_ids`` unless it is None."""
    f = filters or RiskFilters()
    f.check()
    series_id = find_series(session, f.series).id if f.series is not None else None
    views = _views(session, risk_register(session, series_id, series_ids=series_ids))
    if f.open_only:
        views = [v for v in views if v.status != "resolved"]
    if f.trend:
        views = [v for v in views if v.thread.trend == f.trend]
    if f.text and f.text.strip():
        needle = f.text.strip().lower()
        views = [v for v in views if _matches(v, needle)]
    if f.sort != "priority":
        views.sort(key=_sort_key(f.sort), reverse=f.descending)
    elif f.descending:
        views.reverse()
    if with_history:
        attach_history(session, views)
    return views


def attach_history(session: Session, views: list[RiskView]) -> None:
    """Fill each view's history: the reports it appeared in, in thread order, read in one query."""
    item_ids = [i for v in views for i in v.thread.item_ids]
    if not item_ids:
        return
    rows: dict[int, tuple] = {}
    # Chunked: some databases cap the number of bound parameters in one IN list.
    for n in range(0, len(item_ids), 900):
        chunk = item_ids[n : n + 900]
        q = (
            select(Item.id, Item.report_id, Report.period_date, Report.number, Item.text, Item.mitigation, Link.status)
            .join(Report, Report.id == Item.report_id)
            .outerjoin(Link, Link.item_id == Item.id)
            .where(Item.id.in_(chunk))
        )
        rows.update({r[0]: r for r in session.execute(q).all()})
    for v in views:
        v.history = [
            HistoryEntry(r[1], r[2], r[3], r[0], r[4], r[5], r[6] or "new")
            for r in (rows.get(i) for i in v.thread.item_ids)
            if r is not None
        ]


def risk_thread(session: Session, key: str, series_ids: Collection[int] | None = None) -> RiskView:
    """One thread by key, with its history; ``RiskNotFound`` when no such thread exists — or when its
    series is not in ``series_ids`` (unless None): the same answer, so a key reveals nothing."""
    series_id, first_item = parse_key(key)
    try:
        find_series(session, series_id)
        if series_ids is not None and series_id not in series_ids:
            raise SeriesNotFound(f"no series {series_id!r}")
    except SitroomError as e:
        raise RiskNotFound(f"no risk thread {key!r}: {e}") from e
    for v in _views(session, risk_register(session, series_id)):
        if v.thread.thread_id == first_item:
            attach_history(session, [v])
            return v
    raise RiskNotFound(f"no risk thread {key!r}")
