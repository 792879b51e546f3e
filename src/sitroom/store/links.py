"""Stored item links: each report's items linked to the report before it in its series.

Linking happens inside the ingest transaction, under a per-series lock (``lock_series``): on
PostgreSQL concurrent writers of one series link one after the other, each seeing the reports the
others committed; SQLite serialises every writer already. A report that arrives late (dated before
reports already stored) is linked in its place and the reports whose links depend on it are linked
again, so the links of a series are the same whatever order its reports arrived in.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from sqlalchemy import delete, select, text
from sqlalchemy.orm import Session

from sitroom.analyse.link import DROPPED, NEW, LinkItem, LinkOptions, link_items
from sitroom.store.bulk import insert_rows
from sitroom.store.supersede import Current, supersede_earlier
from sitroom.store.tables import SUPERSEDED, Item, Link, Report, Section
from sitroom.store.write import StoredItem

# Items that skip a report are looked for this many reports back.
LOOKBACK = 3
# A report's links read the report before it and the dropped rows of the LOOKBACK reports before it,
# whose dropped rows read the report before each: its links depend on this many predecessors.
DEPENDS_ON = LOOKBACK + 1
# First key of the advisory locks taken on series (the second is the series id).
_LOCK_SPACE = 0x5173


def series_reports(session: Session, series_id: int) -> list[int]:
    """Report ids of a series in report order: by date, then number, then arrival (superseded returns
    left out)."""
    return [r.id for r in _current(session, series_id)]


def _current(session: Session, series_id: int) -> list[Current]:
    """The series' current (not superseded) reports in report order."""
    rows = session.execute(
        select(Report.id, Report.period_date, Report.number, Report.sha256).where(
            Report.series_id == series_id, Report.status != SUPERSEDED
        )
    ).all()
    rows.sort(key=lambda r: (r[1] or date.min, r[2] if r[2] is not None else -1, r[0]))
    return [Current(*r) for r in rows]


def latest_report_id(session: Session, series_id: int) -> int | None:
    """The last report of a series in ``series_reports`` order, from the index instead of the whole series."""
    return session.scalar(
        select(Report.id)
        .where(Report.series_id == series_id, Report.status != SUPERSEDED)
        .order_by(Report.period_date.desc().nulls_last(), Report.number.desc().nulls_last(), Report.id.desc())
        .limit(1)
    )


def series_orders(session: Session, series_ids: Collection[int], since: date | None = None) -> dict[int, list[int]]:
    """``series_reports`` of several series in one query; with ``since``, only their reports from that date."""
    q = select(Report.series_id, Report.id, Report.period_date, Report.number).where(
        Report.series_id.in_(series_ids), Report.status != SUPERSEDED
    )
    if since is not None:
        q = q.where(Report.period_date >= since)
    by_series: dict[int, list] = {sid: [] for sid in series_ids}
    for series_id, *row in session.execute(q).all():
        by_series[series_id].append(row)
    out = {}
    for series_id, rows in by_series.items():
        rows.sort(key=lambda r: (r[1] or date.min, r[2] if r[2] is not None else -1, r[0]))
        out[series_id] = [r[0] for r in rows]
    return out


def _items(session: Session, report_id: int) -> list[StoredItem]:
    rows = session.execute(
        select(Item.id, Item.text, Section.key)
        .join(Section, Section.id == Item.section_id)
        .where(Item.report_id == report_id)
        .order_by(Item.position)
    ).all()
    return [StoredItem(*r) for r in rows]


def link_report(
    session: Session,
    report_id: int,
    options: LinkOptions | None = None,
    order: list[int] | None = None,
    new: list[StoredItem] | None = None,
) -> None:
    """(Re)compute the links of one report against the report before it in its series.

    ``order`` is the series' report order when the caller has it already; ``new``, the items of a
    report stored in this transaction (it has no links yet, and its items need not be read back).
    """
    if order is None:
        order = series_reports(session, session.get(Report, report_id).series_id)
    pos = order.index(report_id)
    new_items = new
    if new_items is None:
        session.execute(delete(Link).where(Link.report_id == report_id))
        new_items = _items(session, report_id)
    rows: list[dict] = []
    if pos == 0:
        rows = [_row(report_id, it.id, None, None, NEW, None) for it in new_items]
        _insert(session, rows)
        return
    prev_id = order[pos - 1]
    old_items = _items(session, prev_id)
    diff = link_items(
        [LinkItem(i.text, i.key) for i in old_items], [LinkItem(i.text, i.key) for i in new_items], options
    )
    for x in diff.links:
        rows.append(_row(report_id, new_items[x.new].id, prev_id, old_items[x.old].id, x.status, x.score, x.possible))
    rows += [_row(report_id, None, prev_id, old_items[o].id, DROPPED, None) for o in diff.dropped_items]
    unmatched = list(diff.new_items)
    if unmatched and pos >= 2:
        # Items dropped at one of the last LOOKBACK reports (they skipped a report or two).
        unmatched = _link_skipped(
            session, order[max(0, pos - LOOKBACK) : pos], report_id, [new_items[n] for n in unmatched], rows, options
        )
        unmatched_ids = {r.id for r in unmatched}
        rows += [_row(report_id, it.id, None, None, NEW, None) for it in new_items if it.id in unmatched_ids]
    else:
        rows += [_row(report_id, new_items[n].id, None, None, NEW, None) for n in unmatched]
    _insert(session, rows)


def _link_skipped(
    session: Session,
    earlier: list[int],
    report_id: int,
    candidates: list[StoredItem],
    rows: list[dict],
    options: LinkOptions | None,
) -> list[StoredItem]:
    """Link new-looking items to items dropped a few reports ago (an item that skipped a report)."""
    dropped = session.execute(
        select(Item.id, Item.text, Section.key, Item.report_id)
        .join(Link, Link.prev_item_id == Item.id)
        .join(Section, Section.id == Item.section_id)
        .where(Link.status == DROPPED, Link.report_id.in_(earlier))
    ).all()
    if not dropped:
        return candidates
    olds = [StoredItem(d[0], d[1], d[2]) for d in dropped]
    diff = link_items([LinkItem(o.text, o.key) for o in olds], [LinkItem(c.text, c.key) for c in candidates], options)
    linked = set()
    for x in diff.links:
        if x.possible:
            continue
        rows.append(_row(report_id, candidates[x.new].id, dropped[x.old][3], olds[x.old].id, x.status, x.score))
        linked.add(x.new)
    return [c for n, c in enumerate(candidates) if n not in linked]


def _row(report_id, item_id, prev_report_id, prev_item_id, status, score, possible=False) -> dict:
    return {
        "report_id": report_id,
        "item_id": item_id,
        "prev_report_id": prev_report_id,
        "prev_item_id": prev_item_id,
        "status": status,
        "score": score,
        "possible": possible,
    }


def _insert(session: Session, rows: list[dict]) -> None:
    insert_rows(session, Link.__table__, rows)


def lock_series(session: Session, series_id: int) -> None:
    """Hold the series' link lock until the transaction ends (PostgreSQL; SQLite writers hold the
    database's write lock already). Take it before reading the series order to link."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:space, :id)"), {"space": _LOCK_SPACE, "id": series_id})


def relink_series(session: Session, series_id: int, options: LinkOptions | None = None) -> None:
    """Recompute every link of a series (after a merge, or a change of linking options)."""
    lock_series(session, series_id)
    order = series_reports(session, series_id)
    for report_id in order:
        link_report(session, report_id, options, order)


def stale_reports(before: list[int], after: list[int], changed: Collection[int] = ()) -> list[int]:
    """The reports of order ``after``, in order, whose links may differ from those made in order
    ``before``: new ones, changed ones, and those with a new or changed report among the DEPENDS_ON
    before them."""
    was = {r: tuple(before[max(0, i - DEPENDS_ON) : i]) for i, r in enumerate(before)}
    changed = set(changed)
    out = []
    for i, r in enumerate(after):
        window = tuple(after[max(0, i - DEPENDS_ON) : i])
        if r in changed or was.get(r) != window or not changed.isdisjoint(window):
            out.append(r)
    return out


def link_in_series(
    session: Session,
    report_id: int,
    options: LinkOptions | None = None,
    *,
    supersede: bool = False,
    new: list[StoredItem] | None = None,
) -> list[int]:
    """Link a newly stored (or re-parsed) report, and re-link the reports whose links depend on it.

    With ``supersede`` (a report just ingested), earlier returns of its date are superseded first
    (store/supersede.py); their ids are returned. A superseded report itself is left unlinked. ``new``:
    the report was stored in this transaction with these items (``store.write.add_report_with_items``).
    """
    series_id = session.get(Report, report_id).series_id  # in the session already: no query
    lock_series(session, series_id)
    current = _current(session, series_id)  # read once: the order to link in, and the returns to supersede
    order = [r.id for r in current]
    superseded = supersede_earlier(session, report_id, current) if supersede else []
    before = [r for r in order if r != report_id]
    after = [r for r in order if r not in superseded]
    if report_id not in after:
        return superseded
    for stale in stale_reports(before, after, {report_id}):
        link_report(session, stale, options, after, new if stale == report_id else None)
    return superseded
