"""Drawing the figures page's charts with the brief's own chart builder, so a figure looks the same
on the page as in the brief."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sitroom.brief.charts import figure_chart, scoped_ids
from sitroom.brief.linechart import draw_svg
from sitroom.views.figures import FigureChart, FigurePage


@dataclass(frozen=True, slots=True)
class _Line:
    # What the brief's chart builder reads of a figure: the series its line belongs to.
    series: str


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


def draw_figure_page(page: FigurePage) -> FigurePage:
    """Draw each chart of ``page`` (its ``svg``), adding a warning for each chart that could not be drawn."""
    warnings = list(page.warnings)
    for n, chart in enumerate(page.charts, start=1):
        _draw(chart, n, warnings)
    page.warnings = list(dict.fromkeys(warnings))
    return page
