"""Figures as a reader browses them: one chart per subject (a line per series) with its data beneath.

This reads the points; the brief's chart drawing (``brief.figurepage``) draws them, so a figure looks
the same on the page as in the brief.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from sitroom.store.tables import Item
from sitroom.views.analysis import figure_series

PAGE_SIZE = 10
_ALL_GROUPS = 100_000  # figure_series caps its groups; the page pages through subjects itself


@dataclass(slots=True)
class FigureChart:
    """One subject's figures: the chart (SVG, or None when it could not be drawn) and every point."""

    subject: str
    unit: str
    currency: str | None
    title: str
    subtitle: str = ""
    alt: str = ""
    svg: str | None = None
    series: list[str] = field(default_factory=list)
    points: list[dict] = field(
        default_factory=list
    )  # date (ISO), day, value, qualifier, series, report_id, item_id, text


@dataclass(slots=True)
class FigurePage:
    """One page of charts, the number of subjects in all and why any chart is missing."""

    charts: list[FigureChart]
    total: int
    page: int
    pages: int
    warnings: list[str] = field(default_factory=list)


def unit_label(unit: str, currency: str | None) -> str:
    """A figure's unit as a chart's axis names it: the currency, "%", or the unit itself."""
    if currency:
        return currency
    return {"percent": "%", "money": "amount"}.get(unit, unit)


def _attach_statements(session: Session, charts: list[FigureChart]) -> None:
    # A figure row keeps only the words of the figure ("10,932"); the reader wants the sentence.
    ids = sorted({p["item_id"] for c in charts for p in c.points})
    texts: dict[int, str] = {}
    for n in range(0, len(ids), 900):  # some databases cap the parameters of one IN list
        texts.update(session.execute(select(Item.id, Item.text).where(Item.id.in_(ids[n : n + 900]))).all())
    for c in charts:
        for p in c.points:
            p["statement"] = texts.get(p["item_id"], p["text"])


def figure_charts(
    session: Session,
    subject: str | None = None,
    series: str | int | None = None,
    since: date | None = None,
    page: int = 1,
    page_size: int = PAGE_SIZE,
    series_ids: Collection[int] | None = None,
) -> FigurePage:
    """Charts of figure subjects (those containing ``subject``, of one series or all), most reported first;
    only of the series in ``series_ids`` unless None. The charts are not drawn (``svg`` is None)."""
    groups: dict[tuple, FigureChart] = {}
    for g in figure_series(session, subject or None, series, limit=_ALL_GROUPS, since=since, series_ids=series_ids):
        key = (g["subject"], g["unit"], g["currency"])
        chart = groups.get(key)
        if chart is None:
            title = f"{g['subject'][:1].upper()}{g['subject'][1:]} ({unit_label(g['unit'], g['currency'])})"
            chart = groups[key] = FigureChart(g["subject"], g["unit"], g["currency"], title)
        chart.series.append(g["series"])
        chart.points.extend(
            {**p, "series": g["series"], "day": date.fromisoformat(p["date"]) if p["date"] else None}
            for p in g["points"]
        )
    ranked = sorted(groups.values(), key=lambda c: (-len(c.series), -len(c.points), c.subject, c.unit))
    pages = max(1, -(-len(ranked) // page_size))
    page = min(max(1, page), pages)
    shown = ranked[(page - 1) * page_size : page * page_size]
    _attach_statements(session, shown)
    for chart in shown:
        chart.points.sort(key=lambda p: (p["date"] or "", p["series"], p["report_id"], p["item_id"]))
    return FigurePage(shown, len(ranked), page, pages)
