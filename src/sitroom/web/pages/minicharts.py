"""Small inline SVG charts of the web pages: figure sparklines and per-report status bars.

They are a few shapes each, so drawing them directly keeps pages fast. Every text is escaped; each
chart has a <title> (and the pages show the same numbers in a table or in words beside it).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from markupsafe import Markup, escape

from sitroom.model import LinkStatus

KEPT = (LinkStatus.CONTINUING, LinkStatus.UPDATED, LinkStatus.NEW)  # a report's own items, stacked bottom to top
DROPPED = LinkStatus.DROPPED  # items of the report before that it no longer holds: drawn below the axis


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
    """One bar per report: (label, date, {status: count}). The report's own items stand on the axis
    (continuing at the bottom, then updated and new), so a bar is as tall as the report is long; the
    items it dropped hang below the axis, apart, since they are not in it. Each segment has a <title>
    with its count for pointer users."""
    bar_w, gap, top, left, up_h, label_h = 28, 14, 8, 30, 110, 30
    most_up = max((sum(c.get(s, 0) for s in KEPT) for _, _, c in bars), default=0) or 1
    most_down = max((c.get(DROPPED, 0) for _, _, c in bars), default=0)
    scale = up_h / most_up
    down_h = most_down * scale if most_down else 0.0
    base = top + up_h
    height = base + down_h + label_h
    width = left + len(bars) * (bar_w + gap) + gap
    parts = [
        f'<svg class="bars" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {_num(height)}" '
        f'width="{width}" height="{_num(height)}" role="img" focusable="false"><title>{escape(title)}</title>',
        f'<text x="{left - 4}" y="{base}" class="tick" text-anchor="end">0</text>',
        f'<text x="{left - 4}" y="{top + 8}" class="tick" text-anchor="end">{most_up}</text>',
    ]
    if most_down:
        parts.append(
            f'<text x="{left - 4}" y="{_num(base + down_h)}" class="tick" text-anchor="end">−{most_down}</text>'
        )
    for i, (label, when, counts) in enumerate(bars):
        x = left + gap + i * (bar_w + gap)
        y = float(base)
        for status in KEPT:
            n = counts.get(status, 0)
            if not n:
                continue
            h = n * scale
            y -= h
            parts.append(
                f'<rect x="{x}" y="{_num(y)}" width="{bar_w}" height="{_num(h)}" class="seg {status}">'
                f"<title>{escape(label)}: {n} {status}</title></rect>"
            )
        dropped = counts.get(DROPPED, 0)
        if dropped:
            parts.append(
                f'<rect x="{x}" y="{base}" width="{bar_w}" height="{_num(dropped * scale)}" class="seg dropped">'
                f"<title>{escape(label)}: {dropped} dropped</title></rect>"
            )
        labels_y = base + down_h
        parts.append(
            f'<text x="{x + bar_w / 2:g}" y="{_num(labels_y + 14)}" class="tick" text-anchor="middle">'
            f"{escape(label)}</text>"
        )
        if when is not None:
            short = f"{when.day} {when:%b}"  # "6 Apr": a full month name is wider than the bar
            parts.append(
                f'<text x="{x + bar_w / 2:g}" y="{_num(labels_y + 27)}" class="tick small" text-anchor="middle">'
                f"{short}</text>"
            )
    # The axis last, over the bars' feet: the line between what a report holds and what it dropped.
    parts.append(f'<line x1="{left}" x2="{width}" y1="{base}" y2="{base}" class="axis"/>')
    parts.append("</svg>")
    return Markup("".join(parts))
