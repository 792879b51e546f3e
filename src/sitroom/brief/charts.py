"""Charts of a brief: theme mentions over time and the figures' time series.

Each chart is described as a ``LineChart`` (its lines, ticks and titles) and drawn to SVG by
``linechart.draw_svg`` for HTML, PDF and the web pages; DOCX gets the same SVG rasterised to PNG.
Each chart carries an alt text that states the trend in words, so a reader without the picture
loses nothing.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy.orm import Session

from sitroom.analyse.themes import load_taxonomy
from sitroom.brief.linechart import Line, LineChart, draw_svg
from sitroom.brief.model import Brief, Chart, FigureChange, format_date, format_number
from sitroom.views.analysis import figure_rows, theme_counts
from sitroom.views.figures import unit_label

WINDOW_WEEKS = 26  # how far back a chart looks from the cycle date
TOP_THEMES = 6
TOP_SUBJECTS = 4
MIN_POINTS = 3  # fewer points make no trend worth drawing
MAX_LINES = 8  # series per figure chart; more lines stop being readable
MAX_TICKS = 9
LEGEND_CHARS = 80
PNG_SCALE = 2  # DOCX pictures are printed: twice the pixels keeps the text sharp


@dataclass(frozen=True, slots=True)
class ChartSpec:
    """A chart to draw: its title, what it shows, and the trend in words."""

    title: str
    chart: LineChart
    alt: str


def chart_specs(session: Session, brief: Brief) -> list[ChartSpec]:
    """The brief's charts: theme mentions per week (top themes), then the top figures over time."""
    start = _window_start(brief)
    if start is None:
        return []
    themes = _theme_chart(session, brief, start)
    return ([themes] if themes is not None else []) + _figure_charts(session, brief, start)


def theme_chart_spec(session: Session, brief: Brief) -> ChartSpec | None:
    """The brief's theme chart alone (the dashboard draws no figure charts), or None if it has none."""
    start = _window_start(brief)
    return None if start is None else _theme_chart(session, brief, start)


def _window_start(brief: Brief) -> date | None:
    """The first day a chart of the brief looks at, or None for a brief with nothing to chart."""
    if brief.date is None or not brief.reports:
        return None
    start = brief.date - timedelta(weeks=WINDOW_WEEKS)
    return min(start, brief.since) if brief.since is not None else start


def render_charts(specs: list[ChartSpec]) -> tuple[list[Chart], list[str]]:
    """(charts drawn as SVG, warnings for those that could not be drawn)."""
    charts, warnings = [], []
    for n, s in enumerate(specs, start=1):
        try:
            svg = draw_svg(s.chart)
        except (ValueError, ArithmeticError) as e:  # values the layout cannot place (inf, nan)
            warnings.append(f"Chart {s.title!r} left out: it could not be drawn ({str(e)[:200]}).")
            continue
        charts.append(Chart(s.title, s.alt, scoped_ids(svg, f"chart{n}-")))
    return charts, warnings


def svg_to_png(svg: str) -> bytes:
    """A drawn chart as PNG, for documents that cannot show SVG (rasterised by vl-convert's resvg)."""
    import vl_convert as vlc

    return vlc.svg_to_png(svg, scale=PNG_SCALE)


def _label(name: str) -> str:
    # A series name as a chart shows it (legend, point titles): cut to a length a legend row can hold;
    # the full names are in the caption and the figures table.
    return name if len(name) <= LEGEND_CHARS else name[: LEGEND_CHARS - 1].rstrip() + "…"


def scoped_ids(svg: str, prefix: str) -> str:
    # Several SVGs inlined in one page share one id space: a clip path "clip1" of one chart would
    # clip the next. Prefix every id and every reference to one.
    svg = re.sub(r'\bid="([^"]+)"', lambda m: f'id="{prefix}{m[1]}"', svg)
    svg = re.sub(r"url\(#([^)]+)\)", lambda m: f"url(#{prefix}{m[1]})", svg)
    return re.sub(r'href="#([^"]+)"', lambda m: f'href="#{prefix}{m[1]}"', svg)


def _theme_chart(session: Session, brief: Brief, start: date) -> ChartSpec | None:
    weekly = theme_counts(session, brief.series, "week", brief.series_ids, after=start, until=brief.date)
    counts: dict[str, dict[date, int]] = defaultdict(dict)
    for week, per_theme in weekly.items():
        for theme, n in per_theme.items():
            counts[theme][date.fromisoformat(week)] = n
    weeks = sorted({w for per_week in counts.values() for w in per_week})
    if len(weeks) < 2:
        return None
    top = sorted(counts, key=lambda t: (-sum(counts[t].values()), t))[:TOP_THEMES]
    taxonomy = load_taxonomy()

    def label(key: str) -> str:
        theme = taxonomy.theme(key)
        return theme.label if theme else key

    # A theme not mentioned in a week is a zero, not a gap in its line.
    lines = tuple(Line(label(t), tuple((w, float(counts[t].get(w, 0))) for w in weeks)) for t in top)
    title = "Theme mentions per week"
    subtitle = f"Items per theme, weeks starting {format_date(weeks[0])} to {format_date(weeks[-1])}; top {len(top)}"
    chart = LineChart(title, subtitle, "items", lines, _ticks(weeks), height=200, legend_columns=3)
    trends = [f"{label(t)} {_trend([(w, counts[t].get(w, 0)) for w in weeks], '')}" for t in top]
    alt = (
        f"Line chart of items per theme per week from {format_date(weeks[0])} to {format_date(weeks[-1])}, "
        f"the {len(top)} most mentioned themes. " + "; ".join(trends) + "."
    )
    return ChartSpec(title, chart, alt)


def _ticks(dates: list[date]) -> tuple[date, ...]:
    """At most ``MAX_TICKS`` of the data's own dates, counted back from the newest so the cycle date is
    labelled (weeks start on Mondays, and the axis says so)."""
    step = -(-len(dates) // MAX_TICKS)
    return tuple(sorted(sorted(dates)[::-1][::step]))


def _trend(points: list[tuple[date, float]], unit: str, currency: str | None = None) -> str:
    """``rose from 5% (4 May 2020) to 8% (18 May 2020)``, or ``was 3 on … and again on …``, with any higher peak."""
    (d0, v0), (d1, v1) = points[0], points[-1]
    first, last = format_number(v0, unit, currency), format_number(v1, unit, currency)
    if v1 > v0:
        words = f"rose from {first} ({format_date(d0)}) to {last} ({format_date(d1)})"
    elif v1 < v0:
        words = f"fell from {first} ({format_date(d0)}) to {last} ({format_date(d1)})"
    else:
        words = f"was {last} on {format_date(d0)} and again on {format_date(d1)}"
    peak_date, peak = max(points, key=lambda p: (p[1], p[0]))
    if peak > max(v0, v1):
        words += f", peaking at {format_number(peak, unit, currency)} ({format_date(peak_date)})"
    return words


def _figure_charts(session: Session, brief: Brief, start: date) -> list[ChartSpec]:
    """One chart per figure subject (lines per series), for the subjects most reported in the table."""
    if not brief.figures:
        return []
    wanted = {(f.series, f.subject, f.unit, f.currency): f for f in brief.figures}
    rows = figure_rows(
        session,
        subjects={f.subject for f in brief.figures},
        series_names={f.series for f in brief.figures},
        after=start,
        until=brief.date,
    )
    points: dict[tuple, dict[date, tuple]] = defaultdict(dict)
    for r in rows:
        key = (r.series, r.subject, r.unit, r.currency)
        when = r.as_of or r.period
        if key not in wanted or when is None:
            continue
        seen = points[key].get(when)
        # Two statements of one figure on one date: the later report's, then the later item's, counts.
        if seen is None or (r.report_id, r.figure_id) > seen[:2]:
            points[key][when] = (r.report_id, r.figure_id, r.value)
    subjects: dict[tuple, list[tuple[FigureChange, list[tuple[date, float]]]]] = defaultdict(list)
    for key, by_date in points.items():
        if len(by_date) >= MIN_POINTS:
            f = wanted[key]
            subjects[(f.subject, f.unit, f.currency)].append((f, sorted((d, v[2]) for d, v in by_date.items())))
    ranked = sorted(
        subjects.items(),
        key=lambda kv: (-len(kv[1]), -sum(len(p) for _, p in kv[1]), kv[0][0], kv[0][1]),
    )
    return [figure_chart(subject, unit, currency, lines) for (subject, unit, currency), lines in ranked[:TOP_SUBJECTS]]


def figure_chart(
    subject: str, unit: str, currency: str | None, lines: list[tuple[FigureChange, list[tuple[date, float]]]]
) -> ChartSpec:
    lines = sorted(lines, key=lambda fl: (-len(fl[1]), fl[0].series.lower()))
    shown, hidden = lines[:MAX_LINES], len(lines) - MAX_LINES
    label = unit_label(unit, currency)
    title = f"{subject[:1].upper()}{subject[1:]} ({label})"
    first = min(d for _, pts in shown for d, _ in pts)
    last = max(d for _, pts in shown for d, _ in pts)
    subtitle = f"As stated in each report, {format_date(first)} to {format_date(last)}"
    if len(shown) == 1:
        subtitle += f"; {shown[0][0].series}"
    # Counts and rates read against zero; money and durations are better read from their own range.
    zero = unit in ("count", "percent")
    lines_drawn = tuple(Line(_label(f.series), tuple((d, float(v)) for d, v in pts)) for f, pts in shown)
    ticks = _ticks(sorted({d for _, pts in shown for d, _ in pts}))
    chart = LineChart(title, subtitle, label, lines_drawn, ticks, height=160, zero=zero)
    trends = [f"{f.series} ({len(pts)} reports): {subject} {_trend(pts, unit, currency)}" for f, pts in shown]
    alt = f"Line chart of {subject} ({label}) over time. " + "; ".join(trends) + "."
    if hidden > 0:
        alt += f" {hidden} more series stating this figure are not drawn."
    return ChartSpec(title, chart, alt)
