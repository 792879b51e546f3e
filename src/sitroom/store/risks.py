"""Reading the risk register: risk items of the store with their links, handed to the analysis."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from sitroom.analyse.risks import DEFAULT_CLOSE_AFTER, RiskEntry, RiskThread, build_threads
from sitroom.model import RISK_KEYS
from sitroom.store.links import series_orders
from sitroom.store.series import find_series
from sitroom.store.tables import Item, Link, Report, Section, Series
from sitroom.templates import available_templates


def risk_section_keys() -> set[str]:
    """Section keys that hold risks: the risk meanings, and any template section of kind risks."""
    keys = {k.value for k in RISK_KEYS}
    return keys | {s.key for t in available_templates() for s in t.sections if s.kind == "risks" and s.key}


def risk_register(
    session: Session,
    series: str | int | None = None,
    only_open: bool = False,
    close_after: int = DEFAULT_CLOSE_AFTER,
    since: date | None = None,
    series_ids: Collection[int] | None = None,
) -> list[RiskThread]:
    """Risk threads of one series or all (of ``series_ids`` unless None), open first, escalating first.

    ``since`` limits the history read to reports from that date: a thread older than that then
    starts at its first report in the window.
    """
    is_risk = Section.key.in_(risk_section_keys())
    q = (
        select(
            Item.id,
            Link.prev_item_id,
            Series.name,
            Series.id,
            Report.id,
            Report.period_date,
            Item.text,
            Item.mitigation,
        )
        .join(Section, Section.id == Item.section_id)
        .join(Report, Report.id == Item.report_id)
        .join(Series, Series.id == Report.series_id)
        .outerjoin(Link, Link.item_id == Item.id)
        .where(is_risk)
    )
    if series is not None:
        q = q.where(Series.id == find_series(session, series).id)
    if series_ids is not None:
        q = q.where(Series.id.in_(series_ids))
    if since is not None:
        q = q.where(Report.period_date >= since)
    rows = session.execute(q).all()
    positions: dict[int, dict[int, int]] = {}
    latest: dict[str, int] = {}
    names = {r[3]: r[2] for r in rows}
    # Positions count reports from ``since`` on, like the rows: gaps between them are what matter.
    for series_id, order in series_orders(session, list(names), since).items():
        positions[series_id] = {rid: n for n, rid in enumerate(order)}
        latest[names[series_id]] = len(order) - 1
    entries = [RiskEntry(r[0], r[1], r[2], r[4], positions[r[3]][r[4]], r[5], r[6], r[7]) for r in rows]
    threads = build_threads(entries, latest, close_after)
    return [t for t in threads if t.status == "open"] if only_open else threads
