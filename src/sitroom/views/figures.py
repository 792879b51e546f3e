"""Figures as a reader browses them: one chart per subject (a line per series) with its data beneath.

The charts come from the brief's own chart builder and drawing (``brief.linechart``), so a figure
looks the same on the page as in the brief.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from sitroom.brief.charts import figure_chart, scoped_ids, unit_label
from sitroom.brief.linechart import draw_svg
from sitroom.store.analysis import figure_series
from sitroom.store.tables import Item

PAGE_SIZE = 10
_ALL_GROUPS = 100_000  # figure_series caps its groups; the page pages through subjects itself


@dataclass(frozen=True, slots=True)
class _Line:
    # What the brief's chart builder reads of a figure: the series its line belongs to.
    series: str


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


def _chart_lines(points: list[dict]) -> list[tuple[_Line, list[tuple[date, float]]]]:
    by_series: dict[str, dict[date, float]] = defaultdict(dict)
    for p in points:  # sorted by date then report: a later statement of the same date wins
        if p["date"]:
            by_series[p["series"]][date.fromisoformat(p["date"])] = p["value"]
    return [(_Line(s), sorted(v.items())) for s, v in by_series.items()]


def _draw(chart: FigureChart, n: int, warnings: list[str]) -> None:
    lines = _chart_lines(chart.points)
    if not lines:
        warnings.append(f"No chart for {chart.subject!r}: none of its figures is dated.")
        return
    spec = figure_chart(chart.subject, chart.unit, chart.currency, lines)  # type: ignore[arg-type]
    chart.title, chart.alt = spec.title, spec.alt
    # The page states title and subtitle as text (a real heading); the picture need not repeat them.
    chart.subtitle = spec.chart.subtitle
    try:
        chart.svg = scoped_ids(draw_svg(spec.chart, with_title=False, hover=True), f"fig{n}-")
    except (ValueError, ArithmeticError) as e:  # values the layout cannot place (inf, nan)
        warnings.append(f"Chart {chart.title!r} left out: it could not be drawn ({str(e)[:200]}).")


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
    draw: bool = True,
    series_ids: Collection[int] | None = None,
) -> FigurePage:
    """Charts of figure subjects (those containing ``subject``, of one series or all), most reported first;
    only of the series in ``series_ids`` unless None."""
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
    warnings: list[str] = []
    for n, chart in enumerate(shown, start=1):
        chart.points.sort(key=lambda p: (p["date"] or "", p["series"], p["report_id"], p["item_id"]))
        if draw:
            _draw(chart, n, warnings)
    return FigurePage(shown, len(ranked), page, pages, list(dict.fromkeys(warnings)))
