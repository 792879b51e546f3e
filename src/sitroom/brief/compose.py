"""Composing the consolidated brief of a cycle from the store. Extractive: every line is a stored item.

The brief says, in this order: what changed since the previous cycle (new and updated items, new,
escalating and closed risks, figures that moved, items no longer reported), each template section
rolled up across series by theme, the figures table and the open-risk register, and the returns
that are missing. A series whose return is missing contributes no changes (its last report's
changes were news in an earlier brief) but its last statements stay in the roll-up, cited with
their date. A series whose first report is in the cycle has nothing to compare with: it is named
as a first report instead of listing all its items as new.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from sitroom.analyse.themes import load_taxonomy
from sitroom.brief.figurelines import cycle_figures
from sitroom.brief.length import fit_to_pages
from sitroom.brief.model import (
    Brief,
    BriefLine,
    Changes,
    CycleReport,
    ReportRef,
    RiskLine,
    Source,
    cited_sources,
)
from sitroom.brief.risklines import cycle_risks
from sitroom.brief.rollup import ItemRow, roll_up
from sitroom.brief.salience import SALIENCE, merge_duplicates, mmr_select, normalise
from sitroom.model import LinkStatus
from sitroom.store.tables import Item, ItemTheme, Link, Organisation, Report, Section, Series
from sitroom.views.cycle import SeriesCycle, build_cycle, newest_date

NEW, UPDATED, CONTINUING, DROPPED = LinkStatus.NEW, LinkStatus.UPDATED, LinkStatus.CONTINUING, LinkStatus.DROPPED


HISTORY_WEEKS = 26


def compose_brief(
    session: Session,
    date: date | None = None,
    since: date | None = None,
    series: str | int | None = None,
    max_items: int | None = None,
    charts: bool = False,
    max_pages: float | None = None,
    series_ids: Collection[int] | None = None,
) -> Brief:
    """The brief of the cycle ending ``date`` (default: the newest report date stored).

    The cycle is the latest report of each series on or before ``date``, or with ``since`` every
    report from ``since`` to ``date``. ``max_items`` keeps that many changes, most salient first.
    ``charts`` draws the trend charts (theme mentions, figures over time); a chart that cannot be
    drawn is left out with a line in ``Brief.warnings``. ``max_pages`` shortens the brief to about
    that many printed pages (see ``brief/length.py``); 0 or None keeps everything.
    ``series_ids`` (None: all) limits every part of the brief — returns, changes, risks, figures,
    charts — to those series: the brief of a user who may read only some series.
    """
    scope = frozenset(series_ids) if series_ids is not None else None
    on = date or newest_date(session, series, scope)
    brief = Brief(date=on, since=since, series=str(series) if series is not None else None, series_ids=scope)
    if on is None:
        return brief
    cycles = build_cycle(session, on, since, series, scope)
    current = [c for c in cycles if c.cycle]
    brief.missing = [c.missing for c in cycles if c.missing]
    brief.reports = [CycleReport(c.name, r, c.dates[r], c.titles[r], c.sources[r]) for c in current for r in c.cycle]
    if not current:
        return brief
    cycle_ids = [r for c in current for r in c.cycle]
    links = _links(session, cycle_ids)
    wanted = {r for c in current for r in c.cycle} | {c.baseline for c in current if c.baseline}
    items = _items(session, list(wanted | {i[3] for i in links.values() if i[3]}))
    themes = _best_themes(session, [c.latest for c in current])
    # Risks and figures are read back HISTORY_WEEKS from the cycle: enough for trends and threads,
    # and the cost stays flat however long the store's history grows.
    history_from = (since or on) - timedelta(weeks=HISTORY_WEEKS)
    risks = cycle_risks(session, cycles, series, history_from=history_from, series_ids=scope)
    # New and escalating first; those no series said in the cycle last, flagged to chase.
    brief.risks = sorted(
        (r for r in risks if r.status != "closed"),
        key=lambda r: (
            r.status == "unreported",
            not (r.status == "new" or r.trend == "escalating"),
            r.trend == "de-escalating",
            r.status != "new",
            -r.reports,
            r.source.series.lower(),
        ),
    )
    brief.figures, moved = cycle_figures(session, cycles, series, history_from=history_from, series_ids=scope)
    brief.changes = _changes(current, items, links, risks, brief.first_reports)
    brief.changes.figures = moved
    if max_items is not None:
        _keep_salient(brief.changes, max_items)
    rows = []
    for c in current:
        for row in sorted((r for r in items.values() if r.report_id == c.latest), key=lambda r: r.position):
            status = links.get(row.id, (None,))[0]
            line = BriefLine(row.text, [_source(c, row)], status, None, row.mitigation, themes.get(row.id))
            rows.append((row, line))
    brief.sections = roll_up(rows, load_taxonomy())
    if charts:
        from sitroom.brief.charts import chart_specs, render_charts

        brief.charts, warnings = render_charts(chart_specs(session, brief))
        brief.warnings.extend(warnings)
    if max_pages:
        brief.max_pages = max_pages
        fit_to_pages(brief, max_pages)
    _index_reports(session, brief)
    return brief


def _index_reports(session: Session, brief: Brief) -> None:
    """The brief's closing list of sources: every report it cites, and each series' organisation."""
    ids = sorted({s.report_id for s in cited_sources(brief)} | {r.report_id for r in brief.reports})
    for n in range(0, len(ids), 900):  # some databases cap the bound parameters of one IN list
        q = (
            select(Report.id, Series.name, Report.number, Report.period_date, Report.source, Organisation.name)
            .join(Series, Series.id == Report.series_id)
            .outerjoin(Organisation, Organisation.id == Series.organisation_id)
            .where(Report.id.in_(ids[n : n + 900]))
        )
        for rid, series, number, day, source, org in session.execute(q).all():
            brief.report_index[rid] = ReportRef(series, number, day, source)
            brief.organisations[series] = org


def _source(c: SeriesCycle, row: ItemRow) -> Source:
    return Source(c.name, row.report_id, c.dates.get(row.report_id), row.id)


def _items(session: Session, report_ids: list[int]) -> dict[int, ItemRow]:
    if not report_ids:
        return {}
    q = (
        select(Item.id, Item.report_id, Item.text, Item.mitigation, Item.position, Section.key, Section.heading)
        .join(Section, Section.id == Item.section_id)
        .where(Item.report_id.in_(report_ids))
    )
    return {r[0]: ItemRow(*r) for r in session.execute(q).all()}


def _links(session: Session, report_ids: list[int]) -> dict[int, tuple]:
    """item id (or -prev item id for a dropped row) → (status, prev item id, report id, prev report id)."""
    q = select(Link.item_id, Link.prev_item_id, Link.status, Link.report_id, Link.prev_report_id).where(
        Link.report_id.in_(report_ids)
    )
    out = {}
    for item_id, prev, status, report_id, prev_report in session.execute(q).all():
        key = item_id if item_id is not None else -prev
        out[key] = (status, prev, report_id, prev_report)
    return out


def _best_themes(session: Session, report_ids: list[int]) -> dict[int, str]:
    rows = session.execute(
        select(ItemTheme.item_id, ItemTheme.theme, ItemTheme.score).where(ItemTheme.report_id.in_(report_ids))
    ).all()
    best: dict[int, tuple[float, str]] = {}
    for item_id, theme, score in rows:
        if item_id not in best or (score, theme) > best[item_id]:
            best[item_id] = (score, theme)
    return {i: t for i, (_, t) in best.items()}


def _ancestor(item_id: int, links: dict[int, tuple], cycle: set[int]) -> tuple[int | None, list[str]]:
    """Follow an item's links back out of the cycle: (its item before the cycle or None, statuses seen)."""
    statuses: list[str] = []
    current: int | None = item_id
    seen = set()
    while current is not None and current in links and links[current][2] in cycle and current not in seen:
        seen.add(current)
        status, prev, *_ = links[current]
        statuses.append(status)
        current = prev
    return current, statuses


def _changes(
    current: list[SeriesCycle],
    items: dict[int, ItemRow],
    links: dict[int, tuple],
    risks: list[RiskLine],
    first_reports: list[str],
) -> Changes:
    changes = Changes()
    risk_items = {r.source.item_id for r in risks if r.status == "new" or r.trend == "escalating"}
    changes.new_risks = [r for r in risks if r.status == "new" and _comparable(r.source.series, current)]
    changes.escalating_risks = [
        r for r in risks if r.status == "continuing" and r.trend == "escalating" and _in_cycle(r, current)
    ]
    changes.closed_risks = [r for r in risks if r.status == "closed" and _comparable(r.source.series, current)]
    # Stopped being said in this cycle: said in its baseline or in it, not in the series' latest report.
    recent = {r for c in current if c.missing is None and c.baseline for r in (c.baseline, *c.cycle)}
    changes.unreported_risks = [
        r
        for r in risks
        if r.status == "unreported" and r.source.report_id in recent and _comparable(r.source.series, current)
    ]
    closed_items = {r.source.item_id for r in (*changes.closed_risks, *changes.unreported_risks)}
    new, updated, dropped = [], [], []
    for c in current:
        if c.baseline is None:
            first_reports.append(c.name)
            continue
        if c.missing is not None:
            continue
        cycle = set(c.cycle)
        ancestors = set()
        for row in sorted((r for r in items.values() if r.report_id == c.latest), key=lambda r: r.position):
            before, statuses = _ancestor(row.id, links, cycle)
            ancestors.add(before)
            if row.id in risk_items or not statuses:
                continue
            line = BriefLine(row.text, [_source(c, row)], mitigation=row.mitigation)
            if before is None:
                line.status = NEW
                new.append(line)
            elif UPDATED in statuses or (before in items and normalise(items[before].text) != normalise(row.text)):
                line.status = UPDATED
                if before in items:
                    line.previous, line.previous_sources = items[before].text, [_source(c, items[before])]
                updated.append(line)
        for status, prev, report, prev_report in links.values():
            if status != DROPPED or prev in ancestors or prev in closed_items or prev not in items:
                continue
            if report not in cycle or prev_report in cycle:
                continue  # only what was there before the cycle and is gone at its end
            row = items[prev]
            dropped.append(BriefLine(row.text, [_source(c, row)], DROPPED, mitigation=row.mitigation))
    changes.new, changes.updated, changes.dropped = (merge_duplicates(x) for x in (new, updated, dropped))
    return changes


def _comparable(series: str, current: list[SeriesCycle]) -> bool:
    return any(c.name == series and c.baseline is not None and c.missing is None for c in current)


def _in_cycle(r: RiskLine, current: list[SeriesCycle]) -> bool:
    return any(c.name == r.source.series and r.source.report_id in c.cycle and c.missing is None for c in current)


def _keep_salient(changes: Changes, k: int) -> None:
    """Keep the ``k`` most salient changes (MMR), in the order picked; figures are kept as they are."""
    kinds = {
        "new": changes.new,
        "new_risk": changes.new_risks,
        "updated": changes.updated,
        "escalating": changes.escalating_risks,
        "closed": changes.closed_risks,
        "unreported": changes.unreported_risks,
        "dropped": changes.dropped,
    }
    candidates = [(line.text, SALIENCE[kind], (kind, id(line))) for kind, lines in kinds.items() for line in lines]
    picked = mmr_select(candidates, k)
    rank = {p: n for n, p in enumerate(picked)}
    for kind, lines in kinds.items():
        kept = sorted((line for line in lines if (kind, id(line)) in rank), key=lambda x: rank[(kind, id(x))])
        lines[:] = kept
