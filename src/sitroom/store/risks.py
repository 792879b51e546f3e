"""Reading the risk register: risk items of the store with their links, handed to the analysis."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from sitroom.analyse.risks import RiskEntry, RiskThread, build_threads
from sitroom.analyse.riskwords import RISK_KEYS, is_risk_section
from sitroom.store.links import series_orders
from sitroom.store.series import find_series
from sitroom.store.tables import SUPERSEDED, Item, Link, Report, Section, Series
from sitroom.templates import available_templates

# Stems of the nouns a risk heading ends in (see ``is_risk_section``), for the SQL pre-filter.
HEADING_HINTS = (
    "risk",
    "issue",
    "challenge",
    "concern",
    "register",
    "risque",
    "enjeu",
    "défi",
    "difficult",
    "préoccupation",
    "riesgo",
    "problema",
    "desaf",
)


def risk_section_keys() -> set[str]:
    """Template section keys whose kind is risks, across the templates sitroom knows."""
    return {s.key for t in available_templates() for s in t.sections if s.kind == "risks"} | RISK_KEYS


def risk_register(
    session: Session,
    series: str | int | None = None,
    only_open: bool = False,
    since: date | None = None,
    series_ids: Collection[int] | None = None,
) -> list[RiskThread]:
    """Risk threads of one series or all (of ``series_ids`` unless None), open first, escalating first.
    ``only_open`` leaves out the resolved ones: a risk not reported any more is still open, to chase.

    ``since`` limits the history read to reports from that date: a thread older than that then
    starts at its first report in the window.
    """
    # Narrowed in SQL to sections that may list risks, then decided by meaning (``is_risk_section``); an
    # item with a mitigation states a risk in whatever section it stands ("… . Mitigation: …").
    maybe_risk = or_(
        Item.mitigation.is_not(None),
        Section.key.in_(risk_section_keys()),
        Section.key.is_(None) & or_(*(func.lower(Section.heading).like(f"%{w}%") for w in HEADING_HINTS)),
    )
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
            Section.key,
            Section.heading,
        )
        .join(Section, Section.id == Item.section_id)
        .join(Report, Report.id == Item.report_id)
        .join(Series, Series.id == Report.series_id)
        .outerjoin(Link, Link.item_id == Item.id)
        # A superseded return's risks were restated by its correction: not threads of their own.
        .where(maybe_risk, Report.status != SUPERSEDED)
    )
    if series is not None:
        q = q.where(Series.id == find_series(session, series).id)
    if series_ids is not None:
        q = q.where(Series.id.in_(series_ids))
    if since is not None:
        q = q.where(Report.period_date >= since)
    rows = [r for r in session.execute(q).all() if r[7] or is_risk_section(r[8], r[9])]
    positions: dict[int, dict[int, int]] = {}
    latest: dict[str, int] = {}
    names = {r[3]: r[2] for r in rows}
    # Positions count reports from ``since`` on, like the rows: gaps between them are what matter.
    for series_id, order in series_orders(session, list(names), since).items():
        positions[series_id] = {rid: n for n, rid in enumerate(order)}
        latest[names[series_id]] = len(order) - 1
    # A superseded return has no place in its series' order: its risks are those of its correction.
    entries = [
        RiskEntry(r[0], r[1], r[2], r[4], positions[r[3]][r[4]], r[5], r[6], r[7])
        for r in rows
        if r[4] in positions.get(r[3], {})
    ]
    threads = build_threads(entries, latest)
    return [t for t in threads if t.status != "resolved"] if only_open else threads
