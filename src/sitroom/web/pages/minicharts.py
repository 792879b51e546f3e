"""Small inline SVG charts of the web pages: figure sparklines and per-report status bars.

They are a few shapes each, so drawing them directly keeps pages fast. Every text is escaped; each
chart has a <title> (and the pages show the same numbers in a table or in words beside it).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from markupsafe import Markup, escape

STATUS_ORDER = ("continuing", "updated", "new", "dropped")  # bottom to top


def _num(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".")


def sparkline(values: Sequence[float], title: str, width: int = 120, height: int = 32) -> Markup:
    """A line through ``values`` (oldest first) with the last point marked; flat when all are equal."""
    pad = 3
    lo, hi = min(values), max(values)
    span = hi - lo or 1.0
    n = len(values)
    step = (width - 2 * pad) / (n - 1) if n > 1 else 0
    pts = []
    for i, v in enumerate(values):
        x = pad + i * step if n > 1 else width / 2
        # Equal values sit mid-height, not on the floor, so a flat line reads as "no change".
        y = height / 2 if hi == lo else height - pad - (v - lo) / span * (height - 2 * pad)
        pts.append((x, y))
    line = " ".join(f"{_num(x)},{_num(y)}" for x, y in pts)
    lx, ly = pts[-1]
    return Markup(
        f'<svg class="spark" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" focusable="false">'
        f"<title>{escape(title)}</title>"
        f'<polyline points="{line}" fill="none" stroke="currentColor" stroke-width="1.6" '
        f'stroke-linejoin="round" stroke-linecap="round"/>'
        f'<circle cx="{_num(lx)}" cy="{_num(ly)}" r="2.5" fill="currentColor"/></svg>'
    )


def status_bars(bars: Sequence[tuple[str, date | None, dict[str, int]]], title: str) -> Markup:
    """Stacked bars, one per report: (label, date, {status: count}); continuing at the bottom, then
    updated, new and dropped. Each segment has a <title> with its count for pointer users."""
    bar_w, gap, top, bottom, left, height = 28, 14, 8, 34, 30, 150
    most = max((sum(c.get(s, 0) for s in STATUS_ORDER) for _, _, c in bars), default=0) or 1
    width = left + len(bars) * (bar_w + gap) + gap
    scale = (height - top - bottom) / most
    base = height - bottom
    parts = [
        f'<svg class="bars" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" focusable="false"><title>{escape(title)}</title>',
        f'<line x1="{left}" x2="{width}" y1="{base}" y2="{base}" class="axis"/>',
        f'<text x="{left - 4}" y="{base}" class="tick" text-anchor="end">0</text>',
        f'<text x="{left - 4}" y="{top + 8}" class="tick" text-anchor="end">{most}</text>',
    ]
    for i, (label, when, counts) in enumerate(bars):
        x = left + gap + i * (bar_w + gap)
        y = float(base)
        for status in STATUS_ORDER:
            n = counts.get(status, 0)
            if not n:
                continue
            h = n * scale
            y -= h
            parts.append(
                f'<rect x="{x}" y="{_num(y)}" width="{bar_w}" height="{_num(h)}" class="seg {status}">'
                f"<title>{escape(label)}: {n} {status}</title></rect>"
            )
        parts.append(
            f'<text x="{x + bar_w / 2:g}" y="{base + 14}" class="tick" text-anchor="middle">{escape(label)}</text>'
        )
        if when is not None:
            short = f"{when.day} {when:%b}"  # "6 Apr": a full month name is wider than the bar
            parts.append(
                f'<text x="{x + bar_w / 2:g}" y="{base + 27}" class="tick small" text-anchor="middle">{short}</text>'
            )
    parts.append("</svg>")
    return Markup("".join(parts))
