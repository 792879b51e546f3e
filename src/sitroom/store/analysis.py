"""Figures and themes of stored items: computed on ingest, read back as time series and counts."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from datetime import date, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from sitroom.analyse.entities import Gazetteer
from sitroom.analyse.figures.series import series_key
from sitroom.analyse.gazetteers import load_gazetteer
from sitroom.analyse.report_analysis import ReportAnalysis, analyse_texts
from sitroom.analyse.themes import Taxonomy
from sitroom.store.bulk import insert_rows
from sitroom.store.series import find_series
from sitroom.store.tables import SUPERSEDED, FigureRow, Item, ItemTheme, Report, Series


def analyse_report(session: Session, report_id: int, taxonomy: Taxonomy | None = None, *, fresh: bool = False) -> None:
    """(Re)compute the figures and theme tags of one report's items (``fresh``: just stored, none yet)."""
    if not fresh:
        clear_analysis(session, report_id)
    as_of = session.scalar(select(Report.period_date).where(Report.id == report_id))
    items = session.execute(select(Item.id, Item.text).where(Item.report_id == report_id).order_by(Item.position)).all()
    if items:
        ids = [item_id for item_id, _ in items]
        write_analysis(session, report_id, ids, analyse_texts([text for _, text in items], as_of, taxonomy))


def clear_analysis(session: Session, report_id: int) -> None:
    """Remove a report's figures and theme tags (before they are computed again)."""
    session.execute(delete(FigureRow).where(FigureRow.report_id == report_id))
    session.execute(delete(ItemTheme).where(ItemTheme.report_id == report_id))


def report_item_ids(session: Session, report_id: int) -> list[int]:
    """A stored report's item ids in document order (the positions ``ReportAnalysis`` names)."""
    return list(session.scalars(select(Item.id).where(Item.report_id == report_id).order_by(Item.position)))


def write_analysis(session: Session, report_id: int, item_ids: list[int], analysis: ReportAnalysis) -> None:
    """Insert figures and theme tags computed beforehand; one batched insert for each."""
    if analysis.figures:
        rows = [{**row, "item_id": item_ids[n], "report_id": report_id} for n, row in analysis.figures]
        insert_rows(session, FigureRow.__table__, rows)
    if analysis.themes:
        rows = [
            {"item_id": item_ids[n], "theme": key, "report_id": report_id, "score": score}
            for n, key, score in analysis.themes
        ]
        insert_rows(session, ItemTheme.__table__, rows)


def figure_series(
    session: Session,
    subject: str | None = None,
    series: str | int | None = None,
    limit: int = 50,
    since: date | None = None,
    series_ids: Collection[int] | None = None,
) -> list[dict]:
    """Time series of figures, one per series and measure (subject, relation, unit, currency: see
    ``analyse.figures.series``), most reported first (of the series in ``series_ids`` only, unless None).

    Earlier values quoted in passing ("up from 5% last week") are left out: each report's own
    figure makes the point.
    """
    q = (
        select(
            Series.name,
            FigureRow.subject,
            FigureRow.unit,
            FigureRow.currency,
            Report.period_date,
            FigureRow.as_of,
            FigureRow.value,
            FigureRow.qualifier,
            Report.id,
            FigureRow.item_id,
            FigureRow.text,
            FigureRow.relation,
            FigureRow.value_high,
        )
        .join(Report, Report.id == FigureRow.report_id)
        .join(Series, Series.id == Report.series_id)
        .where(FigureRow.earlier.is_(False), FigureRow.subject != "")
    )
    if subject:
        q = q.where(func.lower(FigureRow.subject).like(f"%{subject.lower()}%"))
    if series is not None:
        q = q.where(Series.id == find_series(session, series).id)
    if series_ids is not None:
        q = q.where(Series.id.in_(series_ids))
    if since is not None:
        q = q.where(Report.period_date >= since)
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for r in session.execute(q).all():
        when = r[5] or r[4]
        groups[(r[0], *series_key(r[1], r[11], r[2], r[3]))].append(
            {
                "date": when.isoformat() if when else None,
                "value": r[6],
                "value_high": r[12],
                "subject": r[1],
                "qualifier": r[7],
                "report_id": r[8],
                "item_id": r[9],
                "text": r[10],
            }
        )
    out = []
    for (series_name, _measure, relation, unit, currency), points in groups.items():
        points.sort(key=lambda p: (p["date"] or "", p["report_id"]))
        subj = points[-1]["subject"]  # as the latest report states it
        latest = points[-1]
        previous = points[-2] if len(points) > 1 else None
        out.append(
            {
                "series": series_name,
                "subject": subj,
                "relation": relation,
                "unit": unit,
                "currency": currency,
                "points": points,
                "latest": latest["value"],
                "previous": previous["value"] if previous else None,
                "change": latest["value"] - previous["value"] if previous else None,
            }
        )
    out.sort(key=lambda g: (-len(g["points"]), g["series"], g["subject"]))
    return out[:limit]


def _bucket(d: date, by: str) -> str:
    if by == "day":
        return d.isoformat()
    if by == "month":
        return d.strftime("%Y-%m")
    return (d - timedelta(days=d.weekday())).isoformat()  # the Monday of its week


def theme_counts(
    session: Session,
    series: str | int | None = None,
    by: str = "week",
    series_ids: Collection[int] | None = None,
    *,
    after: date | None = None,
    until: date | None = None,
) -> dict[str, dict[str, int]]:
    """Items per theme per period (day, week starting Monday, or month): {period: {theme: count}};
    only of the series in ``series_ids`` unless None, and of reports dated after ``after`` and on or before
    ``until`` when given."""
    if by not in ("day", "week", "month"):
        raise ValueError(f"by must be day, week or month, not {by!r}")
    q = (
        select(Report.period_date, ItemTheme.theme, func.count())
        .join(Report, Report.id == ItemTheme.report_id)
        .where(Report.period_date.is_not(None))
        .group_by(Report.period_date, ItemTheme.theme)
    )
    if series is not None:
        q = q.where(Report.series_id == find_series(session, series).id)
    if series_ids is not None:
        q = q.where(Report.series_id.in_(series_ids))
    if after is not None:
        q = q.where(Report.period_date > after)
    if until is not None:
        q = q.where(Report.period_date <= until)
    out: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for when, theme, n in session.execute(q).all():
        out[_bucket(when, by)][theme] += n
    return {k: dict(v) for k, v in sorted(out.items())}


def entity_mentions(
    session: Session,
    series: str | int | None = None,
    since: date | None = None,
    kind: str | None = None,
    gazetteer: Gazetteer | None = None,
) -> list[dict]:
    """Organisations and places named in stored items: how often, in how many reports, first and last seen."""
    q = (
        select(Item.text, Report.id, Report.period_date, Series.name)
        .join(Report, Report.id == Item.report_id)
        .join(Series, Series.id == Report.series_id)
        .where(Report.status != SUPERSEDED)  # its correction's names count, not both
    )
    if series is not None:
        q = q.where(Series.id == find_series(session, series).id)
    if since is not None:
        q = q.where(Report.period_date >= since)
    rows = session.execute(q).all()
    gaz = gazetteer or load_gazetteer()
    stats: dict[tuple[str, str], dict] = {}
    for (_text, report_id, when, series_name), found in zip(rows, gaz.find_many([r[0] for r in rows]), strict=True):
        for e in found:
            if kind and e.kind != kind:
                continue
            s = stats.setdefault(
                (e.name, e.kind),
                {
                    "name": e.name,
                    "kind": e.kind,
                    "mentions": 0,
                    "reports": set(),
                    "series": set(),
                    "first": None,
                    "last": None,
                },
            )
            s["mentions"] += 1
            s["reports"].add(report_id)
            s["series"].add(series_name)
            if when:
                s["first"] = min(filter(None, [s["first"], when]))
                s["last"] = max(filter(None, [s["last"], when]))
    out = [
        {
            **s,
            "reports": len(s["reports"]),
            "series": sorted(s["series"]),
            "first": s["first"].isoformat() if s["first"] else None,
            "last": s["last"].isoformat() if s["last"] else None,
        }
        for s in stats.values()
    ]
    out.sort(key=lambda s: (-s["mentions"], s["name"]))
    return out
