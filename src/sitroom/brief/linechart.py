"""Line charts over dates, drawn straight to SVG: the brief's theme and figure charts.

A chart here is a handful of polylines, ticks and a legend, so it is drawn directly rather than by a
chart engine: drawing takes about a millisecond, where starting a JavaScript engine took most of a
second of every brief. The SVG uses presentation attributes only (no script, no style sheet), fonts
that browsers, WeasyPrint and the PNG rasteriser all find, and ids local to the chart. Every text is
escaped; the chart's trend in words goes beside it (see ``charts.ChartSpec.alt``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from html import escape

FONT = "Liberation Sans, DejaVu Sans, Arial, Helvetica, sans-serif"
# Tableau 10: distinct in colour and in lightness, so lines stay apart when printed in grey.
PALETTE = (
    "#4e79a7",
    "#f28e2b",
    "#e15759",
    "#76b7b2",
    "#59a14f",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#9c755f",
    "#bab0ac",
)
GRID = "#e6e6e6"
INK = "#222222"
MUTED = "#5f5f5f"
CHAR_WIDTH = 0.56  # average advance of a sans-serif character, in ems: enough to keep labels apart
TICK_FONT = 10
LEGEND_ROW = 16
MARKED_POINTS = 12  # lines with more points than this are drawn without point markers in documents


@dataclass(frozen=True, slots=True)
class Line:
    """One named line: its points, oldest first."""

    name: str
    points: tuple[tuple[date, float], ...]


@dataclass(frozen=True, slots=True)
class LineChart:
    """What a chart shows; ``draw_svg`` lays it out."""

    title: str
    subtitle: str
    y_title: str
    lines: tuple[Line, ...]
    ticks: tuple[date, ...]  # dates labelled on the x axis
    height: int = 200  # of the plot area
    width: int = 520  # of the plot area
    zero: bool = True  # the y axis starts at zero (counts and rates); else it fits the values
    legend_columns: int = 1


def _num(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".")


def text_width(s: str, size: float) -> float:
    """An estimate of ``s``'s drawn width at font ``size``: labels are laid out without measuring fonts."""
    return len(s) * size * CHAR_WIDTH


def nice_ticks(lo: float, hi: float, zero: bool, target: int = 5) -> list[float]:
    """Round tick values covering [lo, hi] (steps of 1, 2 or 5 times a power of ten)."""
    if zero:
        lo, hi = min(lo, 0.0), max(hi, 0.0)
    if hi == lo:  # one value (or all equal): give the line some room rather than divide by nothing
        pad = abs(hi) * 0.1 or 1.0
        lo, hi = (lo, hi + pad) if zero else (lo - pad, hi + pad)
    raw = (hi - lo) / target
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    start = math.floor(lo / step) * step
    ticks = []
    v = start
    while v < hi + step * 0.999:
        ticks.append(round(v, 10))
        v += step
    return ticks


def tick_label(v: float, scale: float = 1.0) -> str:
    """``1,200``, ``3.5``, or with ``scale`` 1e3 ``25k`` and 1e6 ``1.2M``: short enough for the axis."""
    suffix = {1e3: "k", 1e6: "M"}.get(scale, "") if v else ""  # zero is zero in any scale
    v = v / scale
    if float(v).is_integer():
        return f"{int(v):,}{suffix}"
    return f"{v:.3g}{suffix}"


def tick_labels(ticks: list[float]) -> list[str]:
    """The labels of one axis, all in one scale (``0, 5k, 10k``, never ``5,000, 10k``)."""
    top = max(abs(t) for t in ticks)
    scale = 1e6 if top >= 1e6 else 1e3 if top >= 1e4 else 1.0
    return [tick_label(t, scale) for t in ticks]


def _date_label(d: date) -> str:
    return f"{d.day} {d:%b}"


def _cut(s: str, room: float, size: float) -> str:
    chars = max(4, int(room / (size * CHAR_WIDTH)))
    return s if len(s) <= chars else s[: chars - 1].rstrip() + "…"


def draw_svg(chart: LineChart, *, with_title: bool = True, hover: bool = False) -> str:
    """The chart as a standalone SVG document (with its title and subtitle unless ``with_title`` is off:
    a web page states them as real text above it).

    ``hover`` (web pages) marks every point, each with a ``<title>`` a pointer shows; documents mark
    points only on sparse lines, where they help, since every shape costs print layout time."""
    values = [v for line in chart.lines for _, v in line.points]
    dates = [d for line in chart.lines for d, _ in line.points] + list(chart.ticks)
    yt = nice_ticks(min(values), max(values), chart.zero)
    y_lo, y_hi = yt[0], yt[-1]
    d_lo, d_hi = min(dates), max(dates)

    y_labels = tick_labels(yt)
    left = 14 + max(text_width(s, TICK_FONT) for s in y_labels) + 6  # room for the y title and labels
    top = 46 if with_title else 8
    pw, ph = chart.width, chart.height
    # The newest date's label is centred on the plot's right edge: leave room for its half.
    right = max(12.0, text_width(_date_label(max(chart.ticks, default=d_hi)), TICK_FONT) / 2 + 8)
    width = left + pw + right
    legend = [line.name for line in chart.lines] if len(chart.lines) > 1 else []
    cols = max(1, min(chart.legend_columns, len(legend))) if legend else 1
    rows = -(-len(legend) // cols) if legend else 0
    legend_top = top + ph + 30
    height = legend_top + rows * LEGEND_ROW + (6 if rows else 0)

    def x(d: date) -> float:
        span = (d_hi - d_lo).days
        return left + (pw / 2 if span == 0 else (d - d_lo).days / span * pw)

    def y(v: float) -> float:
        return top + ph - (v - y_lo) / ((y_hi - y_lo) or 1.0) * ph

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{_num(width)}" height="{_num(height)}" '
        f'viewBox="0 0 {_num(width)} {_num(height)}" role="img" font-family="{FONT}">',
        f"<title>{escape(chart.title)}</title>",
        '<rect width="100%" height="100%" fill="white"/>',
    ]
    if with_title:
        out.append(f'<text x="{_num(left)}" y="18" font-size="13" font-weight="bold" fill="{INK}">')
        out.append(f"{escape(chart.title)}</text>")
        subtitle = _cut(chart.subtitle, width - left, 10)
        out.append(f'<text x="{_num(left)}" y="34" font-size="10" fill="{MUTED}">{escape(subtitle)}</text>')
    # Grid and y axis.
    for v, label in zip(yt, y_labels, strict=True):
        yy = _num(y(v))
        out.append(f'<line x1="{_num(left)}" x2="{_num(left + pw)}" y1="{yy}" y2="{yy}" stroke="{GRID}"/>')
        out.append(
            f'<text x="{_num(left - 5)}" y="{yy}" dy="3.5" font-size="{TICK_FONT}" text-anchor="end" '
            f'fill="{INK}">{escape(label)}</text>'
        )
    if chart.y_title:
        cy = _num(top + ph / 2)
        out.append(
            f'<text transform="translate(10 {cy}) rotate(-90)" font-size="{TICK_FONT}" text-anchor="middle" '
            f'fill="{INK}">{escape(_cut(chart.y_title, ph, TICK_FONT))}</text>'
        )
    base = _num(top + ph)
    out.append(f'<line x1="{_num(left)}" x2="{_num(left + pw)}" y1="{base}" y2="{base}" stroke="#888888"/>')
    # X ticks, newest first so the cycle's own date is always labelled; a label that would overlap the
    # one after it is skipped.
    placed: list[tuple[float, float]] = []
    for d in sorted(chart.ticks, reverse=True):
        label = _date_label(d)
        cx, half = x(d), text_width(label, TICK_FONT) / 2 + 3
        if any(abs(cx - px) < half + ph_ for px, ph_ in placed):
            continue
        placed.append((cx, half))
        out.append(f'<line x1="{_num(cx)}" x2="{_num(cx)}" y1="{base}" y2="{_num(top + ph + 4)}" stroke="#888888"/>')
        out.append(
            f'<text x="{_num(cx)}" y="{_num(top + ph + 16)}" font-size="{TICK_FONT}" text-anchor="middle" '
            f'fill="{INK}">{escape(label)}</text>'
        )
    # Lines, each with its points (a <title> per point says its date and value to pointer users).
    markers = hover or max(len(line.points) for line in chart.lines) <= MARKED_POINTS
    for n, line in enumerate(chart.lines):
        colour = PALETTE[n % len(PALETTE)]
        pts = [(x(d), y(v), d, v) for d, v in line.points]
        if len(pts) > 1:
            path = " ".join(f"{_num(px)},{_num(py)}" for px, py, _, _ in pts)
            out.append(
                f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="1.8" '
                f'stroke-linejoin="round" stroke-linecap="round"/>'
            )
        for px, py, d, v in pts if markers or len(pts) == 1 else ():
            tip = f"<title>{escape(line.name)}, {_date_label(d)} {d.year}: {escape(tick_label(v))}</title>"
            out.append(
                f'<circle cx="{_num(px)}" cy="{_num(py)}" r="2.6" fill="{colour}">{tip if hover else ""}</circle>'
            )
    # Legend below the plot, filled row by row.
    col_w = (width - left) / cols
    for n, name in enumerate(legend):
        lx = left + (n % cols) * col_w
        ly = legend_top + (n // cols) * LEGEND_ROW
        colour = PALETTE[n % len(PALETTE)]
        out.append(f'<rect x="{_num(lx)}" y="{_num(ly - 8)}" width="10" height="10" fill="{colour}"/>')
        label = _cut(name, col_w - 20, TICK_FONT)
        out.append(
            f'<text x="{_num(lx + 14)}" y="{_num(ly + 1)}" font-size="{TICK_FONT}" fill="{INK}">{escape(label)}</text>'
        )
    out.append("</svg>")
    return "".join(out)
