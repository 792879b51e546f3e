"""Figures, themes and names of stored items, read back as time series and counts.

``figure_rows`` is the one query of stored figures: the figure series of the API, the dashboard and
the brief's tables, and the brief's charts all read through it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from datetime import date, timedelta

from sqlalchemy import Row, func, select
from sqlalchemy.orm import Session

from sitroom.analyse.entities import Gazetteer
from sitroom.analyse.figures.series import series_key
from sitroom.analyse.gazetteers import load_gazetteer
from sitroom.store.series import find_series
from sitroom.store.tables import SUPERSEDED, FigureRow, Item, ItemTheme, Report, Series


def figure_rows(
    session: Session,
    *,
    subject_like: str | None = None,
    subjects: Collection[str] | None = None,
    series: str | int | None = None,
    series_names: Collection[str] | None = None,
    series_ids: Collection[int] | None = None,
    since: date | None = None,
    after: date | None = None,
    until: date | None = None,
) -> list[Row]:
    """Stored figures as each report states them (earlier values quoted in passing left out), narrowed by
    subject (containing ``subject_like``, or one of ``subjects``), series (one ``series``, by name among
    ``series_names``, by id among ``series_ids``) and report date (on or after ``since``, after ``after``,
    on or before ``until``). Each row has ``series``, ``subject``, ``unit``, ``currency``, ``period``,
    ``as_of``, ``value``, ``qualifier``, ``report_id``, ``item_id``, ``figure_id``, ``text``,
    ``relation`` and ``value_high``."""
    q = (
        select(
            Series.name.label("series"),
            FigureRow.subject,
            FigureRow.unit,
            FigureRow.currency,
            Report.period_date.label("period"),
            FigureRow.as_of,
            FigureRow.value,
            FigureRow.qualifier,
            Report.id.label("report_id"),
            FigureRow.item_id,
            FigureRow.id.label("figure_id"),
            FigureRow.text,
            FigureRow.relation,
            FigureRow.value_high,
        )
        .join(Report, Report.id == FigureRow.report_id)
        .join(Series, Series.id == Report.series_id)
        .where(FigureRow.earlier.is_(False), FigureRow.subject != "")
    )
    if subject_like:
        q = q.where(func.lower(FigureRow.subject).like(f"%{subject_like.lower()}%"))
    if subjects is not None:
        q = q.where(FigureRow.subject.in_(set(subjects)))
    if series is not None:
        q = q.where(Series.id == find_series(session, series).id)
    if series_names is not None:
        q = q.where(Series.name.in_(set(series_names)))
    if series_ids is not None:
        q = q.where(Series.id.in_(series_ids))
    if since is not None:
        q = q.where(Report.period_date >= since)
    if after is not None:
        q = q.where(Report.period_date > after)
    if until is not None:
        q = q.where(Report.period_date <= until)
    return list(session.execute(q).all())


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
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for r in figure_rows(session, subject_like=subject, series=series, series_ids=series_ids, since=since):
        when = r.as_of or r.period
        groups[(r.series, *series_key(r.subject, r.relation, r.unit, r.currency))].append(
            {
                "date": when.isoformat() if when else None,
                "value": r.value,
                "value_high": r.value_high,
                "subject": r.subject,
                "qualifier": r.qualifier,
                "report_id": r.report_id,
                "item_id": r.item_id,
                "text": r.text,
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
